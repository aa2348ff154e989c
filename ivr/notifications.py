"""Texts to callers: an item matching their loss report was handed in, or the details of an
item they asked to get by text on the phone; and the same news by e-mail to owners who gave
an address on /declare.

Matches are an outbox: `lost_items.reports.match_reports` queues them in the
same transaction as the item, and `send_due_messages` sends what is queued. A
failed send stays queued and goes out on the next call (or `flask notify`).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from flask import Response, current_app
from sqlalchemy.orm import Session

from ivr import mail, office
from ivr.clock import office_today
from ivr.db import get_session
from ivr.line.prompts import catalogue
from ivr.line.speech import spoken_date, spoken_hours, spoken_item
from ivr.line.twilio_gateway import TwilioError, gateway
from lost_items import item_texts, report_emails, reports
from lost_items.items import reference_of
from lost_items.models import FoundItem, ItemText, LossReport, ReportMatch, utcnow

log = logging.getLogger(__name__)

# How long a worker's claim on a text lasts: if it dies while sending, another sends it then.
SEND_LEASE = timedelta(minutes=5)
# Texts a clerk's request sends at most (a new item matches one report, seldom more): the
# clerk waits for them. A backlog left by an outage is `flask notify`'s to send.
IN_REQUEST = 5


def match_new_item(session: Session, item: FoundItem) -> None:
    """Run once a clerk has logged an item: queue matches, commit, send the texts due."""
    config = current_app.config
    reports.match_reports(
        session,
        item,
        today=office_today(),
        strong=config["MATCH_STRONG_SCORE"],
        weak=config["MATCH_WEAK_SCORE"],
    )
    session.commit()
    send_due_messages(session, limit=IN_REQUEST)


def send_due_messages(session: Session, *, limit: int = 100) -> int:
    """Send up to `limit` queued texts; returns how many went out.

    Each text is claimed (and the claim committed) before it goes out, so that workers
    sending at the same time never text a caller twice; the database is not held while
    Twilio answers. When Twilio cannot be reached, the rest wait for the next run: each
    try would only wait out the same timeout.
    """
    sent = 0
    send_due_emails(session, limit=limit)  # an e-mail does not wait for Twilio
    for match, report in reports.messages_to_send(session, limit=limit):
        number = report.callback_number
        opted_out = not number or reports.has_opted_out(session, number)
        body = None if opted_out else _text(session, match, report)
        claimed = reports.claim_message(session, match, now=utcnow(), lease=SEND_LEASE)
        if claimed and opted_out:
            reports.record_message(session, match, report, message_sid=None)
        session.commit()
        if not claimed or opted_out:
            continue
        try:
            sid = _sms(number, body, about=f"for report {report.id}")
        except _TwilioDown:
            reports.release_message(session, match)
            session.commit()
            break
        reports.record_message(session, match, report, message_sid=sid)
        session.commit()
        sent += sid is not None
    return sent


def send_due_emails(session: Session, *, limit: int = 100) -> int:
    """E-mail the owners due one (SMTP_URL set); returns how many went out. Claimed and
    committed before sending; one the server does not take is due again at the next run,
    and the rest wait for it (the server is likely down for them too)."""
    config = current_app.config
    if not mail.mail_configured(config):
        return 0
    sent = 0
    for match, report in report_emails.emails_to_send(session, limit=limit):
        if not report_emails.claim_email(session, match, now=utcnow()):
            session.commit()
            continue
        subject, body = _email(session, match, report)
        address = report.email or ""
        session.commit()
        try:
            mail.send_mail(config, to=address, subject=subject, body=body, language=report.language)
        except mail.MailError as error:
            log.warning("e-mail for report %s not sent (%s); it stays due", report.id, error)
            report_emails.release_email(match)
            session.commit()
            break
        report_emails.record_email(report)
        session.commit()
        sent += 1
    return sent


def _email(session: Session, match: ReportMatch, report: LossReport) -> tuple[str, str]:
    """Subject and body in the owner's language, with a link to follow the report."""
    language = catalogue(report.language)
    reference = reports.report_reference(report)
    body = _text(session, match, report, key="mail_item_found")
    base = str(current_app.config.get("PUBLIC_BASE_URL") or "").rstrip("/")
    if base:
        link = f"{base}/declare/status?lang={language.code}"
        body += "\n\n" + language.text("mail_follow_report", link=link)
    return language.text("mail_item_found_subject", report=reference), body


def _text(
    session: Session, match: ReportMatch, report: LossReport, *, key: str = "text_item_found"
) -> str:
    """The message in the caller's language (the first configured one if it is gone)."""
    language = catalogue(report.language)
    item = session.get(FoundItem, match.item_id)
    return language.text(
        key,
        report=reports.report_reference(report),
        reference=reference_of(item),
        address=office.address(session),
        hours=spoken_hours(
            office.hours(session),
            language,
            [(c.day, c.closed_from) for c in office.closures_ahead(session, office_today())],
        ),
    )


def send_item_texts(session: Session, *, limit: int = 100) -> int:
    """Send up to `limit` queued texts callers asked for about an item; returns how many
    went out. Claimed before sending, as the matches' texts are; when Twilio cannot be
    reached the rest wait for the next run (`flask notify`)."""
    sent = 0
    for text in item_texts.item_texts_to_send(session, limit=limit):
        number = text.to_number
        opted_out = not number or reports.has_opted_out(session, number)
        claimed = item_texts.claim_item_text(session, text, now=utcnow(), lease=SEND_LEASE)
        if claimed and opted_out:
            item_texts.finish_item_text(text, message_sid=None)
        body = None if opted_out or not claimed else _item_text(session, text)
        session.commit()
        if body is None or number is None:
            continue
        try:
            sid = _sms(number, body, about=f"asked for about item {text.item_id}")
        except _TwilioDown:
            item_texts.release_item_text(text)
            session.commit()
            break
        item_texts.finish_item_text(text, message_sid=sid)
        session.commit()
        sent += sid is not None
    return sent


class _TwilioDown(Exception):
    """Twilio cannot take a text now: it and the rest wait for the next run, as each try
    would only wait out the same timeout."""


def _sms(to: str, body: str, *, about: str) -> str | None:
    """Send one text from the line's number: its SID, or None when Twilio refuses it for
    good (retrying cannot help, and would hold up the texts behind it)."""
    try:
        return gateway().send_sms(to=to, from_=current_app.config["TWILIO_PHONE_NUMBER"], body=body)
    except TwilioError as error:
        if error.permanent:
            log.warning("Twilio refused the text %s: %s", about, error)
            return None
        log.warning("text %s not sent (%s); it and the rest stay queued", about, error)
        raise _TwilioDown from error


def send_item_texts_after(response: Response) -> Response:
    """Send the texts callers asked for once `response` has gone out: the caller does not
    wait for Twilio's REST API. What fails stays queued for `flask notify`."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]

    def run() -> None:
        with app.app_context():
            try:
                send_item_texts(get_session(), limit=IN_REQUEST)
            except Exception:  # nobody is left to answer: log it, `flask notify` tries again
                log.exception("could not send the texts callers asked for")

    response.call_on_close(run)
    return response


def _item_text(session: Session, text: ItemText) -> str:
    """What a caller gets about an item: what it is, where and when it was found, its
    reference, where to collect it and what to bring; in their language."""
    config = current_app.config
    language = catalogue(text.language)
    item = session.get(FoundItem, text.item_id)
    return language.text(
        "text_item_details",
        item=spoken_item(item, language),
        date=spoken_date(item.found_on, language, today=office_today()),
        place=item.found_at,
        reference=reference_of(item),
        address=config["OFFICE_ADDRESS"],
        hours=spoken_hours(config["OFFICE_HOURS"], language),
    )
