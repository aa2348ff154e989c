"""E-mails to owners who gave an address with their report: the same news as the text
message (an item that may be theirs is in storage), once per match.

An outbox, as the texts are: a match is due an e-mail once it is due a text (strong, or
confirmed by a clerk) whatever became of the text (an owner who texted STOP still reads
their e-mail), while its item is in storage and the report active. Claimed before sending,
so two workers never send it twice. Imports neither Flask nor twilio.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lost_items.models import (
    FoundItem,
    ItemStatus,
    LossReport,
    MatchStatus,
    ReportMatch,
    ReportStatus,
)
from lost_items.reports import ACTIVE_STATUSES

__all__ = ["claim_email", "emails_to_send", "record_email", "release_email"]

_TOLD = (MatchStatus.QUEUED.value, MatchStatus.NOTIFIED.value, MatchStatus.NOT_SENT.value)


def emails_to_send(session: Session, *, limit: int = 100) -> list[tuple[ReportMatch, LossReport]]:
    rows = session.execute(
        select(ReportMatch, LossReport)
        .join(LossReport, LossReport.id == ReportMatch.report_id)
        .join(FoundItem, FoundItem.id == ReportMatch.item_id)
        .where(ReportMatch.status.in_(_TOLD), ReportMatch.emailed_at.is_(None))
        .where(LossReport.email.is_not(None), LossReport.status.in_(ACTIVE_STATUSES))
        .where(FoundItem.status == ItemStatus.IN_STORAGE.value)
        .order_by(ReportMatch.id)
        .limit(limit)
    ).all()
    return [(match, report) for match, report in rows]


def claim_email(session: Session, match: ReportMatch, *, now: datetime) -> bool:
    """Take this e-mail for this worker (False: another has it). The caller commits."""
    claimed = session.execute(
        update(ReportMatch)
        .where(ReportMatch.id == match.id, ReportMatch.emailed_at.is_(None))
        .values(emailed_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    match.emailed_at = now
    return True


def record_email(report: LossReport) -> None:
    """The e-mail went out: the owner has been told, as a text would have."""
    report.status = ReportStatus.MATCHED.value


def release_email(match: ReportMatch) -> None:
    """The mail server did not take it: due again at the next run."""
    match.emailed_at = None
