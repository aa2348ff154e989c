"""When and where a caller lost their item, read from what they said.

Callers say it in passing ("perdí mi cartera negra el lunes en la línea nueve del metro") or
answer a question ("yesterday", "le 17", "am Donnerstag", "à Châtelet"). The phone line uses
what is read here as the loss date and place of its search, as the API's `lost_on` and
`lost_at` are: items found before the loss rank down, those found on the line or at the
station said rank up. The place is written as the register's clerks write it ("Métro ligne
9", "Bus 91", "Métro ligne 4 - Châtelet") so that it meets their text.

Transcripts in French, English, Spanish and German are read: lower case, unpunctuated,
numbers as words ("ligne quatre-vingt-onze", "einundneunzig"). Numbers that say something
else (a model's "iPhone 11", "3 cartes") are neither days nor lines. The rules for dates are
in `spoken_dates`, for places in `spoken_places` (with the city's data, `places.json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lost_items.spoken import Word, said, spoken_words
from lost_items.spoken_dates import Day, read_date
from lost_items.spoken_places import read_place

__all__ = ["WhenAndWhere", "read_when_and_where"]


@dataclass(frozen=True)
class WhenAndWhere:
    """The day and place the caller's words say, and the words that said them (for logs)."""

    lost_on: date | None  # never after today, nor more than about 18 months before
    lost_at: str | None  # in the register's style: "Métro ligne 9", "Gare de Lyon"
    said_when: str | None  # "el lunes"
    said_where: str | None  # "line nine"
    rest: str  # the words about the item: the text without those that said the day and place


def read_when_and_where(text: str, *, language: str, today: date) -> WhenAndWhere:
    """The loss date and place in a transcript in `language`; None for what it does not say."""
    words = spoken_words(text, language)
    place = read_place(words, language)
    day = read_date(words, language, today=today, taken=place.taken if place else frozenset())
    return WhenAndWhere(
        lost_on=day.day if day else None,
        lost_at=place.text if place else None,
        said_when=said(text, words[day.start : day.end]) if day else None,
        said_where=said(text, words[place.start : place.end]) if place else None,
        rest=_without(
            text,
            [words[i] for i in sorted({*(place.words if place else ()), *_span(day)})],
        ),
    )


def _span(day: Day | None) -> range:
    return range(day.start, day.end) if day else range(0)


def _without(text: str, words: list[Word]) -> str:
    """The text without `words`, the day's and the place's: they are searched as `lost_on`
    and `lost_at`, not as words of the item ("the twentieth" would match a "20 000 mAh"
    battery, "le 14" an iPhone 14, "à Magenta" a pink one)."""
    kept, at = [], 0
    for word in words:
        kept.append(text[at : word.start])
        at = max(at, word.end)
    kept.append(text[at:])
    return " ".join(" ".join(kept).split())
