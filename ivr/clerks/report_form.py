"""The loss report form's fields: what the clerk typed, checked, or every problem by field.

A clerk takes the report for someone at the counter or on the phone; the
callback number is read as the phone line reads a keyed one (national form
"06 12 34 56 78", or international), so both channels store E.164.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from flask_babel import lazy_gettext as _l

from lost_items.phone_numbers import parse_phone_number
from lost_items.validation import ValidationError, Validator

__all__ = ["FIELDS", "ReportDraft", "ReportForm", "read_report"]

# Each field's name on the page, in tab order; error messages read after it.
FIELDS = {
    "description": _l("Description"),
    "language": _l("Language"),
    "lost_on": _l("Date lost"),
    "lost_at": _l("Place lost"),
    "callback_number": _l("Callback number"),
}


@dataclass(frozen=True)
class ReportForm:
    """The form's values as shown on the page (all text)."""

    description: str = ""
    language: str = ""
    lost_on: str = ""
    lost_at: str = ""
    callback_number: str = ""

    @classmethod
    def from_form(cls, form: Mapping[str, str]) -> ReportForm:
        return cls(**{name: str(form.get(name, "")).strip() for name in FIELDS})


@dataclass(frozen=True)
class ReportDraft:
    """A checked report, as `lost_items.reports.record_loss_report` takes it."""

    description: str
    language: str
    lost_on: date | None
    lost_at: str | None
    callback_number: str | None


def read_report(
    form: ReportForm, *, today: date, languages: Collection[str], country_code: str
) -> ReportDraft:
    """The report the form describes; ValidationError names every bad field, in form order."""
    check = Validator(form.__dict__)
    description = check.text("description", max_length=2000)
    language = check.choice("language", languages)
    lost_on = check.day("lost_on", latest=today, required=False)
    lost_at = check.text("lost_at", max_length=200, required=False)
    keyed = check.text("callback_number", max_length=32, required=False)
    number = parse_phone_number(keyed, country_code=country_code) if keyed else None
    if keyed and number is None:
        check.errors["callback_number"] = (
            "is not a phone number we can text: type it as 06 12 34 56 78 or +34 612 345 678"
        )
    if check.errors:
        raise ValidationError({name: check.errors[name] for name in FIELDS if name in check.errors})
    return ReportDraft(description or "", language or "", lost_on, lost_at, number)
