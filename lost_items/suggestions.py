"""What the entry form suggests from a description as the clerk types it.

The description is read in every language, and the one that understands the
most of it is suggested, the clerk's own choice winning ties: an item
described in French with English selected would otherwise be filed as
"other" and never meet its owner's call.
"""

from __future__ import annotations

from dataclasses import dataclass

from lost_items import describing
from lost_items.vocabulary import load_vocabulary

__all__ = ["Suggestion", "suggest"]


@dataclass(frozen=True)
class Suggestion:
    language: str
    description: describing.Description


def suggest(text: str, language: str, *, chosen: bool = False) -> Suggestion:
    """The concepts in `text`, read in the language that understands it best.

    `chosen`: the clerk picked the language themselves, so it is the only one read.
    """
    others = [] if chosen else [c for c in load_vocabulary().languages() if c != language]
    codes = [language, *others]
    readings = [Suggestion(code, describing.describe(text, code)) for code in codes]
    return max(readings, key=lambda reading: _evidence(reading.description))  # first wins ties


def _evidence(description: describing.Description) -> int:
    """How much of a description a language understood: a kind counts most."""
    return 3 * bool(description.kind) + bool(description.category) + len(description.colors)
