"""Loss reports: what callers declare lost, and the callback numbers they leave."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lost_items import matching
from lost_items.models import LossReport
from lost_items.references import InvalidReference, RecordType, format_reference, parse_reference

__all__ = [
    "get_loss_report",
    "normalise_phone_number",
    "record_loss_report",
    "report_reference",
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
