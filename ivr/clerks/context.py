"""What the clerks' pages share: the item or report a URL names, retention, names to show."""

from __future__ import annotations

from flask import abort, current_app
from flask_babel import gettext as _

from ivr.db import get_session
from ivr.i18n import page_language
from lost_items import items, reports
from lost_items.lifecycle import Retention
from lost_items.models import FoundItem, LossReport
from lost_items.vocabulary import load_vocabulary

__all__ = [
    "concept_label",
    "item_or_404",
    "language_names",
    "masked_number",
    "report_or_404",
    "retention",
    "spaced",
]


def item_or_404(reference: str) -> FoundItem:
    item = items.get_found_item(get_session(), reference)
    if item is None:
        abort(
            404,
            _(
                "No found item has the reference %(reference)s. Check the digits.",
                reference=reference,
            ),
        )
    return item


def report_or_404(reference: str) -> LossReport:
    report = reports.get_loss_report(get_session(), reference)
    if report is None:
        abort(
            404,
            _(
                "No loss report has the reference %(reference)s. Check the digits.",
                reference=reference,
            ),
        )
    return report


def retention() -> Retention:
    config = current_app.config
    return Retention(config["RETENTION_LOW_VALUE_DAYS"], config["RETENTION_HIGH_VALUE_DAYS"])


def concept_label(concept_id: str | None, language: str | None = None) -> str:
    """A concept's name for people ("kind:wallet" -> "wallet"), in `language` or the page's
    (the vocabulary names every concept in the four); unknown ids are shown as is."""
    if not concept_id:
        return ""
    language = language or page_language()
    vocabulary = load_vocabulary()
    return vocabulary.label(concept_id, language) if vocabulary.has(concept_id) else concept_id


def spaced(reference: str) -> str:
    """A reference in groups of three digits, as the phone line reads it: 100 000 014."""
    return " ".join(reference[i : i + 3] for i in range(0, len(reference), 3))


def language_names() -> list[tuple[str, str]]:
    """(code, name in that language) of each language the vocabulary knows."""
    vocabulary = load_vocabulary()
    return [(code, vocabulary.language(code).name) for code in vocabulary.languages()]


def masked_number(number: str | None) -> str:
    """A callback number with all but its last 2 digits hidden ("+•••••••••78").

    Enough for a clerk to tell two owners apart, or for an owner at the counter to
    recognise their own number, without showing it to everyone who opens the item.
    """
    if not number:
        return "none given"
    return number[0] + "•" * (len(number) - 3) + number[-2:]
