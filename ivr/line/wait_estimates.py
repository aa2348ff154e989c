"""How long a caller will wait: from the language queue's recent waits and its agents.

As Asterisk's announce-holdtime and Genesys' estimated wait do, each place ahead of a
caller counts the average wait of the callers of that language put through to an agent
lately; before there are any, a call's usual length shared among the agents on shift.
Plain functions over a session: the phone line, the desk and the supervisor's page all
read the same estimate.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ivr.models import Agent, AgentStatus, QueuedCall

__all__ = [
    "IN_LINE",
    "estimated_wait",
    "place_in_line",
    "spoken_minutes",
    "time_per_place",
]

RECENT = timedelta(hours=2)  # waits older than this say little about the next one
SAMPLE = 20  # the last callers put through count, no more
USUAL_CALL = timedelta(minutes=3)  # before any wait is known: a call's usual length
SHORTEST = timedelta(seconds=30)  # no estimate promises less than this per place

# States of a queue row still in line: callers holding, and callbacks keeping their place.
IN_LINE = ("waiting", "connecting", "callback", "callback-number")


def _aware(moment: datetime) -> datetime:
    """SQLite hands back UTC times without their zone; PostgreSQL with it."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def time_per_place(session: Session, language: str, *, now: datetime) -> timedelta:
    """What each place in the language's line is worth now."""
    rows = session.execute(
        select(QueuedCall.enqueued_at, QueuedCall.left_at)
        .where(
            QueuedCall.language == language,
            QueuedCall.state == "connected",
            # Put through at once: no wait to learn from.
            or_(QueuedCall.result.is_(None), QueuedCall.result != "direct"),
            QueuedCall.left_at >= now - RECENT,
        )
        .order_by(QueuedCall.left_at.desc())
        .limit(SAMPLE)
    ).all()
    waits = [_aware(left) - _aware(joined) for joined, left in rows]
    if waits:
        return max(sum(waits, timedelta()) / len(waits), SHORTEST)
    spoken = (" " + Agent.languages + " ").like(f"% {language} %")
    agents = session.scalar(
        select(func.count()).where(Agent.status != AgentStatus.OFFLINE.value, spoken)
    )
    return max(USUAL_CALL / max(agents or 0, 1), SHORTEST)


def place_in_line(session: Session, call: QueuedCall) -> int:
    """1 for the first in line: callers and callbacks of the language, in arrival order."""
    ahead = session.scalar(
        select(func.count()).where(
            QueuedCall.language == call.language,
            QueuedCall.state.in_(IN_LINE),
            QueuedCall.call_sid != call.call_sid,
            (QueuedCall.enqueued_at < call.enqueued_at)
            | (
                (QueuedCall.enqueued_at == call.enqueued_at) & (QueuedCall.call_sid < call.call_sid)
            ),
        )
    )
    return (ahead or 0) + 1


def estimated_wait(session: Session, language: str, *, position: int, now: datetime) -> timedelta:
    """How long the caller at `position` (1: next) should wait."""
    return time_per_place(session, language, now=now) * max(position, 1)


def spoken_minutes(wait: timedelta) -> int:
    """Whole minutes, rounded up: a caller told "about 4 minutes" should not wait 5."""
    return max(1, math.ceil(wait.total_seconds() / 60))
