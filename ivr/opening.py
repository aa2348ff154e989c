"""Whether the office is open, and when it opens next: callbacks are made in opening hours."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from ivr.line.speech import OpeningHours, parse_opening_hours

__all__ = ["closing_time", "is_open", "next_opening"]


def _periods(spec: str, day: int) -> list[OpeningHours]:
    return [p for p in parse_opening_hours(spec) if p.first_day <= day <= p.last_day]


def closing_time(moment: datetime, spec: str, zone: ZoneInfo) -> datetime | None:
    """When the office closes, if it is open at `moment`; None if it is closed."""
    local = moment.astimezone(zone)
    for period in _periods(spec, local.weekday()):
        if period.opens <= local.time() < period.closes:
            return datetime.combine(local.date(), period.closes, tzinfo=zone)
    return None


def is_open(moment: datetime, spec: str, zone: ZoneInfo) -> bool:
    return closing_time(moment, spec, zone) is not None


def next_opening(moment: datetime, spec: str, zone: ZoneInfo) -> datetime:
    """The next time the office opens after `moment` (later today, or another day)."""
    local = moment.astimezone(zone)
    for days in range(8):
        day = local.date() + timedelta(days=days)
        for period in sorted(_periods(spec, day.weekday()), key=lambda p: p.opens):
            opens = datetime.combine(day, period.opens, tzinfo=zone)
            if opens > local:
                return opens
    raise ValueError("OFFICE_HOURS names no opening in a week")
