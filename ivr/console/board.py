"""The figures the console shows: who is on shift, who is waiting, how many called when.

Plain functions over a session, with no Flask: the pages and their polling
endpoints read the same figures, and tests can call them directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ivr.line import routing, wait_estimates
from ivr.models import Agent, AgentStatus, CallState, QueuedCall

__all__ = [
    "QueueFigures",
    "agents_on_shift",
    "calls_per_hour",
    "waiting_calls",
    "with_estimates",
]

WAITING = "waiting"  # QueuedCall.state of a caller still in the queue


@dataclass(frozen=True)
class QueueFigures:
    """One language's queue: how many wait, and for how long the first of them has."""

    language: str
    waiting: int = 0
    longest_wait: timedelta | None = None
    estimated_wait: timedelta | None = None  # for a caller who joins now (None: nobody on shift)


def _aware(moment: datetime) -> datetime:
    """SQLite hands back UTC times without their zone; PostgreSQL with it."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def waiting_calls(
    session: Session, languages: Iterable[str], *, now: datetime
) -> list[QueueFigures]:
    """Callers waiting per language (every offered language, even with an empty queue)."""
    rows = session.execute(
        select(QueuedCall.language, func.count(), func.min(QueuedCall.enqueued_at))
        .where(QueuedCall.state == WAITING)
        .group_by(QueuedCall.language)
    ).all()
    found = {
        language: QueueFigures(language, count, max(now - _aware(oldest), timedelta(0)))
        for language, count, oldest in rows
    }
    wanted = list(languages)
    extra = sorted(code for code in found if code not in wanted)  # a language since dropped
    return [found.get(code, QueueFigures(code)) for code in [*wanted, *extra]]


def with_estimates(
    session: Session, queues: list[QueueFigures], *, now: datetime
) -> list[QueueFigures]:
    """The queues with the wait a caller joining now would be told (the phone's estimate:
    callers and callbacks in line, then them)."""
    estimated = []
    for figures in queues:
        wait = None
        if routing.on_shift(session, figures.language):
            in_line = session.scalar(
                select(func.count()).where(
                    QueuedCall.language == figures.language,
                    QueuedCall.state.in_(wait_estimates.IN_LINE),
                )
            )
            position = (in_line or 0) + 1
            wait = wait_estimates.estimated_wait(
                session, figures.language, position=position, now=now
            )
        estimated.append(
            QueueFigures(figures.language, figures.waiting, figures.longest_wait, wait)
        )
    return estimated


def agents_on_shift(session: Session, languages: Iterable[str]) -> dict[str, list[Agent]]:
    """Agents not offline, under each language they speak, by name."""
    on_shift = session.scalars(
        select(Agent).where(Agent.status != AgentStatus.OFFLINE.value).order_by(Agent.name)
    ).all()
    return {code: [a for a in on_shift if code in a.language_list] for code in languages}


def calls_per_hour(session: Session, day: date, zone: ZoneInfo) -> dict[str, Counter[int]]:
    """Calls that chose a language on `day` (office time), per language and local hour."""
    start = datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
    rows = session.execute(
        select(CallState.language, CallState.created_at).where(
            CallState.created_at >= start,
            CallState.created_at < end,
            CallState.language.is_not(None),
        )
    ).all()
    counts: dict[str, Counter[int]] = {}
    for language, created in rows:
        counts.setdefault(language, Counter())[_aware(created).astimezone(zone).hour] += 1
    return counts
