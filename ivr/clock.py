"""The office's today: callers say "yesterday" in the office's time zone, not the server's."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from flask import current_app


def office_today() -> date:
    """Today in the office's time zone; OFFICE_DATE pins it (a replay of past calls, a
    benchmark on a register written for one day)."""
    pinned = current_app.config.get("OFFICE_DATE")
    if pinned:
        return date.fromisoformat(str(pinned))
    return datetime.now(ZoneInfo(current_app.config["OFFICE_TIMEZONE"])).date()


def office_midnight() -> datetime:
    """When the office's today began, in UTC: "today" on the supervisor's page."""
    zone = ZoneInfo(current_app.config["OFFICE_TIMEZONE"])
    return datetime.combine(office_today(), time(), tzinfo=zone).astimezone(UTC)
