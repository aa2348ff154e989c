"""Keeping personal data no longer than configured: what `flask purge` deletes.

Safe to run as often as you like (from cron, say): each run deletes only what
is past its retention, and a second run right after finds nothing to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from lost_items.models import LossReport, ReportStatus

__all__ = ["PurgeResult", "purge_loss_reports"]


@dataclass(frozen=True)
class PurgeResult:
    reports_deleted: int
    numbers_erased: int


def purge_loss_reports(session: Session, *, today: date, number_grace_days: int) -> PurgeResult:
    """Delete expired reports; erase callback numbers of closed reports after a grace period.

    A report expires `REPORT_RETENTION_DAYS` after it was made (its `expires_on`).
    A closed report (the owner got their item back) keeps its number only
    `number_grace_days` more, in case the office must call back about it.
    """
    deleted = session.execute(delete(LossReport).where(LossReport.expires_on < today)).rowcount
    closed_before = datetime.combine(today - timedelta(days=number_grace_days), time(), UTC)
    erased = session.execute(
        update(LossReport)
        .where(
            LossReport.status == ReportStatus.CLOSED.value,
            LossReport.callback_number.is_not(None),
            LossReport.closed_at < closed_before,
        )
        .values(callback_number=None)
    ).rowcount
    return PurgeResult(reports_deleted=deleted or 0, numbers_erased=erased or 0)
