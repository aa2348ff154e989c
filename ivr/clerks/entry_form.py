"""The entry form's fields: what the clerk typed, turned into an item draft, or every problem.

Everything is checked by `items.validate_found_item`, as for the API and CSV (category
and colours by name in any language: "Portefeuille", "wallet", "schwarz"); the form only
words some problems for the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from flask_babel import lazy_gettext as _l

from lost_items import items, labels
from lost_items.items import FoundItemDraft
from lost_items.models import ValueBand
from lost_items.validation import ValidationError

__all__ = ["FIELDS", "EntryForm", "read_entry"]

# Each field's name on the page, in tab order; error messages read after it.
FIELDS = {
    "description": _l("Description"),
    "language": _l("Language of the description"),
    "category": _l("Category"),
    "colors": _l("Colours"),
    "brand": _l("Brand"),
    "value_band": _l("Value"),
    "found_on": _l("Date found"),
    "found_at": _l("Place found"),
    "storage_location": _l("Storage location"),
}


@dataclass(frozen=True)
class EntryForm:
    """The form's values as shown on the page (all text)."""

    description: str = ""
    language: str = ""
    category: str = ""
    colors: str = ""
    brand: str = ""
    value_band: str = ValueBand.LOW.value
    found_on: str = ""
    found_at: str = ""
    storage_location: str = ""

    @classmethod
    def from_form(cls, form: Mapping[str, str]) -> EntryForm:
        return cls(**{name: str(form.get(name, "")).strip() for name in FIELDS})


def read_entry(entry: EntryForm, *, today: date, kept_days: int | None = None) -> FoundItemDraft:
    """The draft the form describes; ValidationError names every bad field."""
    try:
        return items.validate_found_item(entry.__dict__, today=today, kept_days=kept_days)
    except ValidationError as error:
        errors = {**error.errors, **_worded_for_the_page(entry, error.errors)}
        raise ValidationError({name: errors[name] for name in FIELDS if name in errors}) from None


def _worded_for_the_page(entry: EntryForm, errors: Mapping[str, str]) -> dict[str, str]:
    """The form picks category and value from lists: say so, rather than the API's words."""
    worded = {}
    if "category" in errors:
        worded["category"] = (
            "is not a category we know: pick one from the list, or leave it empty "
            "to have it guessed from the description"
        )
    if "colors" in errors:
        _, unknown = labels.resolve_list("color", entry.colors)
        worded["colors"] = f"has colours we do not know: {', '.join(unknown)}"
    if "value_band" in errors:
        worded["value_band"] = "must be one of the two choices"
    return worded
