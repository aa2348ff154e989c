"""The office's address, opening hours and closures, as the admins set them on their page.

OFFICE_ADDRESS and OFFICE_HOURS stay the defaults: an admin's setting overrides one,
and clearing it goes back to the environment's. The phone line reads the hours and the
coming closures to callers (`speech.spoken_hours`), and the texts to owners quote them.
The apology when the database is down (`webhooks.fallback`) cannot read them, and says
the environment's hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from flask import current_app
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ivr.line.speech import parse_opening_hours
from ivr.models import OfficeClosure, OfficeSetting

__all__ = [
    "SETTINGS",
    "Closure",
    "add_closure",
    "address",
    "closures_ahead",
    "hours",
    "remove_closure",
    "set_setting",
]

# The settings an admin may change, and the environment variable each overrides.
SETTINGS = {"address": "OFFICE_ADDRESS", "hours": "OFFICE_HOURS"}
CLOSURES_AHEAD_DAYS = 14  # closures the line mentions, from today on


@dataclass(frozen=True)
class Closure:
    day: date
    closed_from: time | None  # None: the whole day


def _setting(session: Session, name: str) -> str:
    row = session.get(OfficeSetting, name)
    return row.value if row is not None else str(current_app.config[SETTINGS[name]])


def address(session: Session) -> str:
    return _setting(session, "address")


def hours(session: Session) -> str:
    """The opening hours as OFFICE_HOURS writes them ("mon-thu 08:30-17:00; fri ...")."""
    return _setting(session, "hours")


def set_setting(session: Session, name: str, value: str | None) -> None:
    """Override a setting; None or an empty value goes back to the environment's.

    Hours that `speech.parse_opening_hours` cannot read raise ValueError: the line
    reads them to every caller.
    """
    value = (value or "").strip()
    if name == "hours" and value:
        parse_opening_hours(value)
    row = session.get(OfficeSetting, name)
    if not value:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(OfficeSetting(name=name, value=value))
    else:
        row.value = value


def closures_ahead(session: Session, today: date, days: int = CLOSURES_AHEAD_DAYS) -> list[Closure]:
    """Closures from today on, for `days` days, the soonest first."""
    rows = session.scalars(
        select(OfficeClosure)
        .where(OfficeClosure.day >= today, OfficeClosure.day < today + timedelta(days=days))
        .order_by(OfficeClosure.day, OfficeClosure.closed_from)
    )
    return [Closure(row.day, row.closed_from) for row in rows]


def all_closures(session: Session, today: date) -> list[OfficeClosure]:
    """Every closure from today on, for the admin's page."""
    query = select(OfficeClosure).where(OfficeClosure.day >= today)
    return list(session.scalars(query.order_by(OfficeClosure.day, OfficeClosure.closed_from)))


def add_closure(
    session: Session, day: date, closed_from: time | None, reason: str
) -> OfficeClosure:
    closure = OfficeClosure(day=day, closed_from=closed_from, reason=reason.strip())
    session.add(closure)
    session.flush()
    return closure


def remove_closure(session: Session, closure_id: int) -> OfficeClosure | None:
    closure = session.get(OfficeClosure, closure_id)
    if closure is not None:
        session.execute(delete(OfficeClosure).where(OfficeClosure.id == closure_id))
    return closure
