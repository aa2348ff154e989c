"""Loss reports: what callers declare lost, and the callback numbers they leave."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta

from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.orm import Session

from lost_items import describing, matching
from lost_items.database import claim_for_sending, insert_if_absent
from lost_items.models import (
    FoundItem,
    ItemStatus,
    LossReport,
    MatchStatus,
    ReportMatch,
    ReportStatus,
    TextOptOut,
)
from lost_items.references import InvalidReference, RecordType, format_reference, parse_reference
from lost_items.vocabulary import load_vocabulary

__all__ = [
    "ACTIVE_STATUSES",
    "claim_message",
    "close_report",
    "decide_match",
    "find_reports",
    "get_loss_report",
    "has_opted_out",
    "match_reports",
    "matches_for_item",
    "matches_for_report",
    "messages_to_send",
    "pending_matches",
    "record_loss_report",
    "record_message",
    "release_message",
    "report_reference",
    "reports_for_number",
    "set_opt_out",
]

# Reports that may still meet their item: the caller has not got it back yet.
ACTIVE_STATUSES = (ReportStatus.OPEN.value, ReportStatus.MATCHED.value)


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
    source: str = "phone",
    email: str | None = None,
) -> LossReport:
    """Store a report; the same call never stores two (Twilio may retry a webhook)."""
    described = describing.describe(description, language)
    # One statement, not a look-up then an insert. Without a CallSid (a clerk's report)
    # nothing conflicts; with one, a retried webhook's insert does nothing and the report
    # the first one made is read.
    made = session.scalars(
        insert_if_absent(session, LossReport)
        .values(
            description=description,
            language=language,
            lost_on=lost_on,
            lost_at=lost_at,
            callback_number=callback_number,
            source=source,
            email=email,
            category=described.category,
            kind=described.kind,
            colors=" ".join(described.colors),
            call_sid=call_sid,
            expires_on=today + timedelta(days=keep_days),
        )
        .returning(LossReport)
    ).first()
    if made is not None:
        return made
    return session.scalars(_left_by(call_sid)).one()  # the insert met this call's report


def report_of_call(session: Session, call_sid: str) -> LossReport | None:
    """The report a phone call left, if any: a call leaves at most one, so the CallSid
    finds it and the call needs no pointer of its own to it."""
    return session.scalars(_left_by(call_sid)).first() if call_sid else None


def _left_by(call_sid: str | None) -> Select[tuple[LossReport]]:
    return select(LossReport).where(LossReport.call_sid == call_sid)


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
    Candidates are narrowed in SQL to open, unexpired reports of a kind the item is, is
    related to or holds (or of its category), lost no later than the item was found.
    """
    # The kinds the phone line's search would find this item by: its own, related ones (a
    # purse for "wallet"), and what it holds (the ID card in a wallet).
    vocabulary = load_vocabulary()
    kinds = {item.kind, *vocabulary.related(item.kind)} if item.kind else set()
    kinds |= {content.kind for content in item.contents}
    by_category = (
        and_(LossReport.kind.is_(None), LossReport.category == item.category)
        if item.kind
        else LossReport.category == item.category
    )
    same_thing = or_(LossReport.kind.in_(sorted(kinds)), by_category) if kinds else by_category
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
        described = describing.describe(report.description, report.language)
        score = matching.score(described, item, lost_on=report.lost_on, today=today)
        if score < weak:
            continue
        status = MatchStatus.QUEUED if score >= strong else MatchStatus.PENDING
        match = ReportMatch(report_id=report.id, item_id=item.id, score=score, status=status.value)
        session.add(match)
        found.append(match)
    session.flush()
    return found


def decide_match(session: Session, match: ReportMatch, *, confirmed: bool, by: str) -> bool:
    """A clerk's verdict on a weaker match: confirmed ones queue the caller's text message.

    Only a pending match of an item still in storage can be decided, and the UPDATE says so
    in its WHERE: of two clerks deciding at once, one wins and the other gets False (nothing
    changed); an item handed to someone else meanwhile is not offered to this caller.
    """
    status = (MatchStatus.QUEUED if confirmed else MatchStatus.REJECTED).value
    in_storage = select(FoundItem.id).where(FoundItem.status == ItemStatus.IN_STORAGE.value)
    changed = session.execute(
        update(ReportMatch)
        .where(ReportMatch.id == match.id, ReportMatch.status == MatchStatus.PENDING.value)
        .where(ReportMatch.item_id.in_(in_storage.where(FoundItem.id == match.item_id)))
        .values(status=status, decided_by=by)
        .execution_options(synchronize_session=False)
    )
    session.refresh(match)
    return changed.rowcount == 1  # type: ignore[attr-defined]


def messages_to_send(session: Session, *, limit: int = 100) -> list[tuple[ReportMatch, LossReport]]:
    """Matches whose caller is due a text message, with their report.

    Only for items still in storage: a text must not send anyone to collect an item that
    was returned to someone else while it waited (Twilio down, say).
    """
    rows = session.execute(
        select(ReportMatch, LossReport)
        .join(LossReport, LossReport.id == ReportMatch.report_id)
        .join(FoundItem, FoundItem.id == ReportMatch.item_id)
        .where(ReportMatch.status == MatchStatus.QUEUED.value)
        .where(FoundItem.status == ItemStatus.IN_STORAGE.value)
        .order_by(ReportMatch.id)
        .limit(limit)
    ).all()
    return [(match, report) for match, report in rows]


def claim_message(session: Session, match: ReportMatch, *, now: datetime, lease: timedelta) -> bool:
    """Take the sending of a queued text for this worker; False when another has it."""
    queued = MatchStatus.QUEUED.value
    if not claim_for_sending(session, ReportMatch, match.id, queued=queued, now=now, lease=lease):
        return False
    match.sending_since = now
    return True


def release_message(session: Session, match: ReportMatch) -> None:
    """The send failed: the text stays queued for the next try."""
    match.sending_since = None


def record_message(
    session: Session, match: ReportMatch, report: LossReport, *, message_sid: str | None
) -> None:
    """The text went out (or may not: None when the number opted out)."""
    match.sending_since = None
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


def find_reports(
    session: Session,
    *,
    today: date,
    statuses: Collection[str] = ACTIVE_STATUSES,
    language: str | None = None,
    offset: int = 0,
    limit: int = 25,
) -> tuple[list[LossReport], int]:
    """Unexpired reports in these statuses (and language), the newest first, and their count."""
    where = [LossReport.expires_on >= today, LossReport.status.in_(list(statuses))]
    if language:
        where.append(LossReport.language == language)
    total = session.scalar(select(func.count()).select_from(LossReport).where(*where)) or 0
    query = select(LossReport).where(*where).order_by(LossReport.created_at.desc(), LossReport.id)
    return list(session.scalars(query.offset(offset).limit(limit))), total


def matches_for_item(session: Session, item: FoundItem) -> list[tuple[ReportMatch, LossReport]]:
    """The reports an item may answer, best first; those a clerk rejected are left out."""
    rows = session.execute(
        select(ReportMatch, LossReport)
        .join(LossReport, LossReport.id == ReportMatch.report_id)
        .where(ReportMatch.item_id == item.id, ReportMatch.status != MatchStatus.REJECTED.value)
        .order_by(ReportMatch.score.desc(), ReportMatch.id)
    ).all()
    return [(match, report) for match, report in rows]


def matches_for_report(session: Session, report: LossReport) -> list[tuple[ReportMatch, FoundItem]]:
    """The items logged after a report that may be what it describes, best first."""
    rows = session.execute(
        select(ReportMatch, FoundItem)
        .join(FoundItem, FoundItem.id == ReportMatch.item_id)
        .where(ReportMatch.report_id == report.id)
        .order_by(ReportMatch.score.desc(), ReportMatch.id)
    ).all()
    return [(match, item) for match, item in rows]


def pending_matches(
    session: Session, *, today: date, offset: int = 0, limit: int = 25
) -> tuple[list[tuple[ReportMatch, LossReport, FoundItem]], int]:
    """Weaker matches waiting for a clerk, the oldest first: their caller has waited longest.

    Only those a verdict can still help: the report active and unexpired, the item in storage.
    """
    where = (
        ReportMatch.status == MatchStatus.PENDING.value,
        LossReport.status.in_(ACTIVE_STATUSES),
        LossReport.expires_on >= today,
        FoundItem.status == ItemStatus.IN_STORAGE.value,
    )
    query = (
        select(ReportMatch, LossReport, FoundItem)
        .join(LossReport, LossReport.id == ReportMatch.report_id)
        .join(FoundItem, FoundItem.id == ReportMatch.item_id)
        .where(*where)
    )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(ReportMatch.created_at, ReportMatch.id).offset(offset).limit(limit)
    ).all()
    return [(match, report, item) for match, report, item in rows], total
