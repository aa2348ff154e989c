"""Sending an e-mail through the SMTP server SMTP_URL names, with the standard library.

SMTP_URL: smtp://host:port (plain, as a local relay listens), smtp+starttls://user:password@
host:587 (upgraded to TLS, then logged in), or smtps://user:password@host:465 (TLS from the
start). Empty: no e-mail is sent (the owner still gets the text).
"""

from __future__ import annotations

import smtplib
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import unquote, urlsplit

__all__ = ["MailError", "mail_configured", "send_mail"]

TIMEOUT_SECONDS = 10
# Long headers unfolded: folding a subject of encoded words loses the space between two
# of them once read back ("gehören könnte" became "gehörenkönnte").
_POLICY = policy.SMTP.clone(max_line_length=998)
_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


class MailError(Exception):
    """The mail server could not be reached or refused the message."""


def mail_configured(config: Any) -> bool:
    return bool(config.get("SMTP_URL"))


def send_mail(config: Any, *, to: str, subject: str, body: str, language: str) -> str:
    """Send a plain-text e-mail; returns its Message-ID."""
    url = urlsplit(config["SMTP_URL"])
    if url.scheme not in _PORTS or not url.hostname:
        raise MailError(
            f"SMTP_URL must be smtp://, smtp+starttls:// or smtps://, not {url.scheme!r}"
        )
    message = EmailMessage(policy=_POLICY)
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=str(config["MAIL_FROM"]).rpartition("@")[2] or None)
    message.set_content(body)
    message["Content-Language"] = language  # after set_content, which starts them afresh
    connect = smtplib.SMTP_SSL if url.scheme == "smtps" else smtplib.SMTP
    try:
        with connect(url.hostname, url.port or _PORTS[url.scheme], timeout=TIMEOUT_SECONDS) as smtp:
            if url.scheme == "smtp+starttls":
                smtp.starttls()
            if url.username:
                smtp.login(unquote(url.username), unquote(url.password or ""))
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        raise MailError(str(error)) from error
    return str(message["Message-ID"])
