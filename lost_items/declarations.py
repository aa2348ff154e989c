"""An owner's own loss report, as they follow it from outside: found by its reference and
the contact they gave, its state in words an owner understands, details added, withdrawn.

Like the rest of `lost_items/`, this imports neither Flask nor twilio.
"""

from __future__ import annotations

import enum
import hmac
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lost_items import describing, reports
from lost_items.models import FoundItem, ItemStatus, LossReport, MatchStatus, ReportStatus
from lost_items.references import InvalidReference, RecordType, parse_reference

__all__ = ["DETAILS_LENGTH", "ReportState", "State", "add_details", "own_report", "report_state"]

DETAILS_LENGTH = 1000
DESCRIPTION_LENGTH = 4000  # the description with every detail added, at most


class State(enum.StrEnum):
    OPEN = "open"  # nothing matches yet
    WAITING = "waiting"  # a possible match waits for a clerk's verdict
    FOUND = "found"  # an item is the owner's, in storage: come and collect it
    CLOSED = "closed"  # withdrawn, or the item is back with its owner


@dataclass(frozen=True)
class ReportState:
    state: State
    item: FoundItem | None = None


def own_report(
    session: Session, reference: str, *, phone: str | None, email: str | None
) -> LossReport | None:
    """The report with this reference, if the phone number (E.164) or e-mail address given
    is the one it was declared with; else None, whether or not the report exists.

    The look-up and the comparison run the same way for a wrong reference as for a wrong
    contact, so the answer's timing tells as little as its words.
    """
    try:
        record_type, record_id = parse_reference(reference)
    except InvalidReference:
        record_type, record_id = RecordType.LOSS_REPORT, 0
    report = session.get(LossReport, record_id) if record_type is RecordType.LOSS_REPORT else None
    number = (report.callback_number if report else None) or ""
    address = (report.email if report else None) or ""
    same_number = hmac.compare_digest(number.encode(), (phone or "").encode()) and bool(phone)
    same_email = hmac.compare_digest(
        address.casefold().encode(), (email or "").strip().casefold().encode()
    ) and bool(email)
    return report if report is not None and (same_number or same_email) else None


def report_state(session: Session, report: LossReport) -> ReportState:
    """Where the owner's report stands: closed, found (with the item to collect), a possible
    match a clerk has still to look at, or open."""
    if report.status == ReportStatus.CLOSED.value:
        return ReportState(State.CLOSED)
    waiting = False
    for match, item in reports.matches_for_report(session, report):
        if item.status != ItemStatus.IN_STORAGE.value:
            continue
        if match.status in (MatchStatus.QUEUED, MatchStatus.NOTIFIED, MatchStatus.NOT_SENT):
            return ReportState(State.FOUND, item)
        waiting = waiting or match.status == MatchStatus.PENDING
    return ReportState(State.WAITING if waiting else State.OPEN)


def add_details(report: LossReport, details: str) -> None:
    """Add what the owner remembered since to the description, and read it again: items
    logged from now on are matched against the whole of it."""
    text = f"{report.description}\n{details.strip()}"[:DESCRIPTION_LENGTH]
    described = describing.describe(text, report.language)
    report.description = text
    report.category = described.category
    report.kind = described.kind
    report.colors = " ".join(described.colors)
