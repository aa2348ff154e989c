"""Loss reports: what callers declare lost, and the callback numbers they leave."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lost_items import matching
from lost_items.models import (
    FoundItem,
    LossReport,
    MatchStatus,
    ReportMatch,
    ReportStatus,
    TextOptOut,
)
from lost_items.references import InvalidReference, RecordType, format_reference, parse_reference

__all__ = [
    "close_report",
    "decide_match",
    "get_loss_report",
    "has_opted_out",
    "match_reports",
    "messages_to_send",
    "normalise_phone_number",
    "record_loss_report",
    "record_message",
    "report_reference",
    "reports_for_number",
    "set_opt_out",
]

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def normalise_phone_number(number: str, *, country_code: str) -> str | None:
    """A callback number in E.164 form, from what a caller keyed or Twilio's `From`.

    Callers key national numbers ("0612345678"), international ones with 00
    ("0044…"), or Twilio gives E.164. Anything else (anonymous callers,
    browser clients, too short) is None.
    """
    number = re.sub(r"[\s().-]", "", number or "")
    if number.startswith("00"):
        number = "+" + number[2:]
    elif number.startswith("0") and len(number) >= 9:
        number = "+" + country_code + number[1:]
    elif number.isdigit() and len(number) >= 11:
        number = "+" + number
    return number if _E164.match(number) else None


def record_loss_report(
    session: Session,
    *,
    description: str,
    language: str,
    lost_on: date | None,
    callback_number: str | None,
    keep_days: int,
    today: date,
    lost_at: str | None = None,
    call_sid: str | None = None,
) -> LossReport:
    """Store a report; the same call never stores two (Twilio may retry a webhook)."""
    if call_sid:
        existing = session.scalar(select(LossReport).where(LossReport.call_sid == call_sid))
        if existing is not None:
            return existing
    described = matching.describe(description, language)
    report = LossReport(
        description=description,
        language=language,
        lost_on=lost_on,
        lost_at=lost_at,
        callback_number=callback_number,
        category=described.category,
        kind=described.kind,
        colors=" ".join(described.colors),
        call_sid=call_sid,
        expires_on=today + timedelta(days=keep_days),
    )
    session.add(report)
    session.flush()
    return report


def report_reference(report: LossReport) -> str:
    return format_reference(RecordType.LOSS_REPORT, report.id)


def get_loss_report(session: Session, reference: str) -> LossReport | None:
    try:
        record_type, record_id = parse_reference(reference)
    except InvalidReference:
        return None
    if record_type is not RecordType.LOSS_REPORT:
        return None
    return session.get(LossReport, record_id)


def match_reports(
    session: Session, item: FoundItem, *, today: date, strong: float, weak: float, limit: int = 200
) -> list[ReportMatch]:
    """Open reports a newly logged item may answer.

    A score of at least `strong` queues a text message to the caller at once;
    between `weak` and `strong` the match waits for a clerk to confirm it.
    Candidates are narrowed in SQL to open, unexpired reports of the same kind
    (or category) lost no later than the item was found.
    """
    same_thing = (
        or_(
            LossReport.kind == item.kind,
            and_(LossReport.kind.is_(None), LossReport.category == item.category),
        )
        if item.kind
        else LossReport.category == item.category
    )
    candidates = session.scalars(
        select(LossReport)
        .where(
            LossReport.status.in_([ReportStatus.OPEN.value, ReportStatus.MATCHED.value]),
            LossReport.expires_on >= today,
            or_(LossReport.lost_on.is_(None), LossReport.lost_on <= item.found_on),
            same_thing,
        )
        .order_by(LossReport.created_at.desc())
        .limit(limit)
    ).all()
    found = []
    for report in candidates:
        described = matching.describe(report.description, report.language)
        score = matching.score(described, item, lost_on=report.lost_on, today=today)
        if score < weak:
            continue
        status = MatchStatus.QUEUED if score >= strong else MatchStatus.PENDING
        match = ReportMatch(report_id=report.id, item_id=item.id, score=score, status=status.value)
        session.add(match)
        found.append(match)
    session.flush()
    return found


def decide_match(session: Session, match: ReportMatch, *, confirmed: bool, by: str) -> None:
    """A clerk's verdict on a weaker match: confirmed ones queue the caller's text message."""
    if match.status != MatchStatus.PENDING:
        return
    match.status = (MatchStatus.QUEUED if confirmed else MatchStatus.REJECTED).value
    match.decided_by = by


def messages_to_send(session: Session, *, limit: int = 100) -> list[tuple[ReportMatch, LossReport]]:
    """Matches whose caller is due a text message, with their report."""
    rows = session.execute(
        select(ReportMatch, LossReport)
        .join(LossReport, LossReport.id == ReportMatch.report_id)
        .where(ReportMatch.status == MatchStatus.QUEUED.value)
        .order_by(ReportMatch.id)
        .limit(limit)
    ).all()
    return [(match, report) for match, report in rows]


def record_message(
    session: Session, match: ReportMatch, report: LossReport, *, message_sid: str | None
) -> None:
    """The text went out (or may not: None when the number opted out)."""
    if message_sid is None:
        match.status = MatchStatus.NOT_SENT.value
        return
    match.status = MatchStatus.NOTIFIED.value
    match.message_sid = message_sid
    report.status = ReportStatus.MATCHED.value


def has_opted_out(session: Session, number: str) -> bool:
    return session.get(TextOptOut, number) is not None


def set_opt_out(session: Session, number: str, *, opted_out: bool) -> None:
    """STOP and START texts: the caller decides whether we may text them."""
    existing = session.get(TextOptOut, number)
    if opted_out and existing is None:
        session.add(TextOptOut(number=number))
    elif not opted_out and existing is not None:
        session.delete(existing)


def reports_for_number(session: Session, number: str, *, today: date) -> list[LossReport]:
    """The caller's own unexpired reports, found by the number they left (newest first)."""
    return list(
        session.scalars(
            select(LossReport)
            .where(LossReport.callback_number == number, LossReport.expires_on >= today)
            .order_by(LossReport.created_at.desc())
            .limit(3)
        )
    )


def close_report(session: Session, report: LossReport, *, now: datetime) -> None:
    """The owner has their item back (or gave up): the number's grace period starts."""
    report.status = ReportStatus.CLOSED.value
    report.closed_at = now
