"""Keeping personal data no longer than configured: what `flask purge` deletes.

Loss reports and their callback numbers, and the people named in found items'
histories (who claimed or collected an item, the ID document checked).
Safe to run as often as you like (from cron, say): each run deletes only what
is past its retention, and a second run right after finds nothing to do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Text, cast, delete, or_, select, update
from sqlalchemy.orm import Session

from lost_items.models import ItemAction, ItemEvent, LossReport, ReportStatus

__all__ = ["ERASED", "PERSONAL_DETAILS", "PurgeResult", "purge_item_history", "purge_loss_reports"]

# What an item's history says about people, per action: the claimant's name and how to reach
# them (a claim's note), who collected the item and the ID document checked. What happened,
# when and which clerk did it stay: they are the office's record, not the owner's data.
PERSONAL_DETAILS: dict[str, tuple[str, ...]] = {
    ItemAction.CLAIMED.value: ("claimant", "note"),
    ItemAction.RETURNED.value: ("collected_by", "id_document"),
}
# The detail left in their place, so the history says why they are missing.
ERASED = {"personal_data": "erased"}


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
            or_(LossReport.callback_number.is_not(None), LossReport.email.is_not(None)),
            LossReport.closed_at < closed_before,
        )
        .values(callback_number=None, email=None)
    ).rowcount
    return PurgeResult(reports_deleted=deleted or 0, numbers_erased=erased or 0)


def purge_item_history(session: Session, *, today: date, keep_days: int) -> int:
    """Erase people's names and ID details from history entries older than `keep_days`.

    Returns how many entries were changed; entries already erased are left as they are,
    so a second run changes nothing. `details` is JSON, so rows are rewritten in Python
    (a portable JSON update does not exist in SQL across SQLite and PostgreSQL).
    """
    before = datetime.combine(today - timedelta(days=keep_days), time(), UTC)
    # Entries erased by earlier runs stay out of Python: the history only grows, and each
    # daily run would otherwise read every old entry again. The text test only narrows;
    # the check below decides.
    erased_mark = json.dumps(ERASED)[1:-1]  # "personal_data": "erased"
    events = session.scalars(
        select(ItemEvent).where(
            ItemEvent.action.in_(list(PERSONAL_DETAILS)),
            ItemEvent.happened_at < before,
            cast(ItemEvent.details, Text).not_like(f"%{erased_mark}%"),
        )
    )
    erased = 0
    for event in events:
        personal = PERSONAL_DETAILS[event.action]
        details = dict(event.details or {})
        if not any(name in details for name in personal):
            continue
        kept = {name: value for name, value in details.items() if name not in personal}
        event.details = {**kept, **ERASED}
        erased += 1
    session.flush()
    return erased
