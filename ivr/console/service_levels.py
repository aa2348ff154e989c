"""What a manager reads of the line's service, per language: the share of calls answered
within a minute, abandoned calls, the average and longest wait, callbacks pending.

Every call that asked for an agent has a row in `queued_calls` (one put through at once
waited nothing), so the figures come from there; plain functions over a session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ivr.line.wait_estimates import IN_LINE
from ivr.models import QueuedCall

__all__ = ["ANSWERED_WITHIN", "ServiceLevel", "callbacks_pending", "service_levels"]

ANSWERED_WITHIN = timedelta(seconds=60)
_ANSWERED = ("connected", "called-back")


@dataclass(frozen=True)
class ServiceLevel:
    """One language over one period (calls that asked for an agent in it)."""

    language: str
    calls: int = 0  # those over: answered, abandoned, or gone to another option
    answered_in_time: int = 0
    abandoned: int = 0  # hung up while waiting
    average_wait: timedelta | None = None
    longest_wait: timedelta | None = None  # callers still waiting count with their wait so far

    @property
    def share_in_time(self) -> float | None:
        return self.answered_in_time / self.calls if self.calls else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def service_levels(
    session: Session, languages: Iterable[str], *, since: datetime, now: datetime
) -> list[ServiceLevel]:
    """Each language's figures for the calls that asked for an agent from `since`."""
    rows = session.execute(
        select(
            QueuedCall.language,
            QueuedCall.state,
            QueuedCall.result,
            QueuedCall.enqueued_at,
            QueuedCall.left_at,
        ).where(QueuedCall.enqueued_at >= since)
    ).all()
    levels = []
    for code in languages:
        mine = [row for row in rows if row.language == code]
        waits = [_aware(row.left_at or now) - _aware(row.enqueued_at) for row in mine]
        over = [
            (row, wait)
            for row, wait in zip(mine, waits, strict=True)
            if row.state not in (*IN_LINE, "calling-back")
        ]
        levels.append(
            ServiceLevel(
                language=code,
                calls=len(over),
                answered_in_time=sum(
                    1 for row, wait in over if row.state in _ANSWERED and wait <= ANSWERED_WITHIN
                ),
                abandoned=sum(1 for row, _ in over if row.result == "hangup"),
                average_wait=sum(waits, timedelta()) / len(waits) if waits else None,
                longest_wait=max(waits) if waits else None,
            )
        )
    return levels


def callbacks_pending(session: Session, languages: Iterable[str]) -> dict[str, int]:
    """Callers waiting to be called back, per language (kept across closing)."""
    rows = session.execute(
        select(QueuedCall.language, func.count())
        .where(QueuedCall.state.in_(("callback", "calling-back")))
        .group_by(QueuedCall.language)
    ).all()
    found = dict(rows)
    return {code: found.get(code, 0) for code in languages}
