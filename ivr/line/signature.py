"""Proof that a webhook request comes from Twilio, as Twilio signs it.

Twilio signs the URL it called. Behind a proxy or TLS terminator the URL
Flask sees differs (http instead of https, an internal host), the most
common cause of failed checks, so PUBLIC_BASE_URL, when set, replaces the
scheme and host the app sees.
"""

from __future__ import annotations

from flask import Request
from twilio.request_validator import RequestValidator


def signed_url(req: Request, public_base_url: str) -> str:
    """The URL Twilio called, as it signed it: the query as sent, still percent-encoded."""
    base = public_base_url or req.root_url  # req.url would decode %27, %C3%A9, ...
    query = req.query_string.decode("latin-1")
    return base.rstrip("/") + req.path + (f"?{query}" if query else "")


def is_from_twilio(req: Request, auth_token: str, public_base_url: str = "") -> bool:
    signature = req.headers.get("X-Twilio-Signature", "")
    if not signature or not auth_token:
        return False
    params = req.form if req.method == "POST" else {}
    validator = RequestValidator(auth_token)
    return validator.validate(signed_url(req, public_base_url), params, signature)
