"""What admins change on their pages, recorded with who did it and when, and worded for the
page in the reader's language.

Each change is an action name and its particulars (`AdminChange`), not a sentence, so
that a German admin reads in German what a French one did.
"""

from __future__ import annotations

from collections.abc import Collection
from contextlib import suppress
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.models import AdminChange
from ivr.wording import ROLE_NAMES

__all__ = ["SECTIONS", "describe", "recent_changes", "record_change"]

# What each action says, with its details as placeholders.
_WORDING = {
    "user_created": _l("created the user %(name)s (%(role)s)"),
    "password_set": _l("set a new password for %(name)s"),
    "token_issued": _l("issued a new API token for %(name)s"),
    "user_removed": _l("removed the user %(name)s"),
    "agent_created": _l("added the agent %(name)s (%(languages)s; %(endpoint)s)"),
    "agent_changed": _l("changed the agent %(name)s (%(languages)s; %(endpoint)s)"),
    "agent_on_shift": _l("put the agent %(name)s on shift"),
    "agent_off_shift": _l("took the agent %(name)s off shift"),
    "address_set": _l("set the office's address to “%(value)s”"),
    "address_default": _l("went back to the address from the settings"),
    "hours_set": _l("set the opening hours to “%(value)s”"),
    "hours_default": _l("went back to the opening hours from the settings"),
    "closure_added": _l("added a closure: %(day)s, %(when)s (%(reason)s)"),
    "closure_removed": _l("removed the closure of %(day)s"),
}
# Which page shows which changes.
SECTIONS = {
    "users": ("user_created", "password_set", "token_issued", "user_removed"),
    "agents": ("agent_created", "agent_changed", "agent_on_shift", "agent_off_shift"),
    "office": (
        "address_set",
        "address_default",
        "hours_set",
        "hours_default",
        "closure_added",
        "closure_removed",
    ),
}


def record_change(session: Session, actor: str, action: str, **details: str) -> AdminChange:
    """Note who did what; the caller's transaction commits it with the change itself."""
    if action not in _WORDING:
        raise ValueError(f"unknown admin action {action!r}")
    change = AdminChange(actor=actor, action=action, details=details)
    session.add(change)
    return change


def recent_changes(
    session: Session, actions: Collection[str], limit: int = 20
) -> list[AdminChange]:
    """The latest changes of these kinds, the newest first."""
    query = select(AdminChange).where(AdminChange.action.in_(list(actions)))
    return list(session.scalars(query.order_by(AdminChange.id.desc()).limit(limit)))


def describe(change: AdminChange) -> str:
    """What was done, in the reader's language ("created the user maria (clerk)")."""
    details = dict(change.details or {})
    if "day" in details:
        with suppress(ValueError):  # a day as the page writes days, if it reads as one
            details["day"] = format_date(date.fromisoformat(details["day"]), "medium")
    if "role" in details:
        details["role"] = str(ROLE_NAMES.get(details["role"], details["role"]))
    if details.get("when") == "all day":
        details["when"] = _("all day")
    elif "from" in details:
        details["when"] = _("from %(time)s", time=details["from"])
    wording = _WORDING.get(change.action)
    if wording is None:
        return change.action
    try:
        return str(wording) % details
    except (KeyError, TypeError):
        return str(wording)
