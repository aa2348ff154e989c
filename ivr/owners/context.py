"""What the owners' views share: the address a request comes from, the limit per hour."""

from __future__ import annotations

from flask import abort, current_app, request
from flask_babel import gettext as _

from ivr.db import get_session
from ivr.owners import throttle
from lost_items.models import utcnow

__all__ = ["count_request", "refuse_if_too_many"]


def _address() -> str:
    return request.remote_addr or "unknown"


def refuse_if_too_many(kind: str) -> None:
    """429, in the owner's language, once this address has used its allowance this hour."""
    limit = current_app.config["DECLARE_PER_HOUR"]
    if throttle.too_many(get_session(), kind, _address(), now=utcnow(), limit=limit):
        abort(429, _("You have sent this form many times this hour. Please try again later."))


def count_request(kind: str) -> None:
    throttle.count(get_session(), kind, _address(), now=utcnow())
