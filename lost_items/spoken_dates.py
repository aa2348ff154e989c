"""Reading the day a caller lost something from their words: "yesterday", "el lunes", "le 3".

What is read, in French, English, Spanish and German:
- a day counted back from today: "hier", "anteayer", "this morning", "vor zwei Tagen";
- a weekday: the latest such day up to today ("mardi" said on a Tuesday is today: people say
  "today" for today, but a caller answering "which day?" names it); "last Tuesday",
  "mardi dernier", "el martes pasado", "letzten Dienstag" skip today (a week ago on a Tuesday);
- a day of the month, with a month ("le 3 novembre", "november 3rd", "3 de noviembre",
  "am dritten November") or without ("le 17", "the 3rd", "el día 3", "am 3."): the latest such
  date up to today; today's own number alone ("the 20th" on the 20th) is last month's: people
  say "today" for today.

A number is a day only where a day is said: next to a month, or after "le", "the", "el",
"am" (or a weekday) and not before a word of the vocabulary or a model's ("le 3 cartes",
"the second earbud", "the 14 Plus"); numbers a place reader took ("ligne 9", "le 91") are
left alone. Never a date after today, none more than 18 months back (as the search, which
keeps no item longer).
When several are said, a day with its month wins, then a day, then a count back, then a
weekday; among equals, the first said.

Weekday and month names come from Babel's locale data; the other words from
`spoken_dates.json`.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from babel import Locale

from lost_items.spoken import ORDINAL, Phrases, Word, language_data
from lost_items.text import MODEL_WORDS, fold, known_words
from lost_items.vocabulary import load_vocabulary

__all__ = ["MAX_DAYS_BACK", "Day", "read_date"]

MAX_DAYS_BACK = 548  # about 18 months, the search's limit too (matching._MAX_AGE_DAYS)
# What a reading is, most precise first: it decides between two dates said in one breath.
_DAY_AND_MONTH, _DAY, _DAYS_BACK, _WEEKDAY = range(4)
# "the 14 Plus" names a phone, not a day ("se", "air", "note" are everyday words too).
_MODEL_SUFFIXES = MODEL_WORDS - {"se", "air", "note", "fe"}


@dataclass(frozen=True)
class _Reading:
    precision: int
    start: int  # index of its first word
    end: int  # index after its last word
    day: date | None  # None: a day that is not in the calendar ("le 31 novembre")


def _kept(day: date, today: date) -> bool:
    return today - timedelta(days=MAX_DAYS_BACK) <= day <= today


@dataclass(frozen=True)
class _Words:
    """One language's ways of saying a day."""

    days_ago: Phrases
    counted_ago: Phrases
    last: Phrases
    last_week: Phrases  # "de la semaine dernière": the weekday of the week before this one
    before_day: Phrases
    before_month: Phrases
    weekdays: dict[str, int]  # folded name -> Monday 0 ... Sunday 6
    months: dict[str, int]
    item_words: frozenset[str]
    # "the one with the eraser" is no day: in English a day alone is an ordinal ("the 3rd").
    day_needs_ordinal: bool


class Day(NamedTuple):
    """A day the words say, and which of them said it."""

    day: date
    start: int  # index of its first word
    end: int  # index after its last word


def read_date(
    words: Sequence[Word], language: str, *, today: date, taken: frozenset[int] = frozenset()
) -> Day | None:
    """The day the words say, or None; the words at indices in `taken` said something else."""
    said = _words(load_vocabulary().language(language).code)
    readings = []
    for i in range(len(words)):
        reading = _reading_at(words, i, said, today)
        if (
            reading
            and reading.day
            and _kept(reading.day, today)
            # Not over words a place took: "à Quatre-Septembre un béret" is no 4 September.
            and taken.isdisjoint(range(reading.start, reading.end))
        ):
            readings.append(reading)
    if not readings:
        return None
    best = min(readings, key=lambda r: (r.precision, r.start))
    return Day(best.day, best.start, best.end)


def _reading_at(words: Sequence[Word], i: int, said: _Words, today: date) -> _Reading | None:
    found = said.counted_ago.at(words, i)  # "il y a # jours", "# days ago"
    if found and found[2] is not None:
        length, per_unit, count = found
        days = min(count * per_unit, MAX_DAYS_BACK + 1)
        return _Reading(_DAYS_BACK, i, i + length, today - timedelta(days=days))
    word = words[i].text
    if word.isdigit():
        return _day_of_month(words, i, said, today)
    if word in said.weekdays:
        return _weekday(words, i, said, today)
    found = said.days_ago.at(words, i)
    if found:
        length, days, _ = found
        return _Reading(_DAYS_BACK, i, i + length, today - timedelta(days=days))
    return None


def _weekday(words: Sequence[Word], i: int, said: _Words, today: date) -> _Reading:
    """The latest such day up to today; with "last" ("mardi dernier"), before today."""
    weekday = said.weekdays[words[i].text]
    week_after = said.last_week.at(words, i + 1) if i + 1 < len(words) else None
    week_before = said.last_week.ending_at(words, i)
    if week_after or week_before:  # "jeudi de la semaine dernière", "letzte Woche Dienstag"
        monday = today - timedelta(days=today.weekday())
        start = i - (week_before or 0)
        end = i + 1 + (week_after[0] if week_after else 0)
        return _Reading(_WEEKDAY, start, end, monday - timedelta(days=7 - weekday))
    before = said.last.ending_at(words, i) or 0
    after = said.last.at(words, i + 1) if i + 1 < len(words) else None
    start, end = i - before, i + 1 + (after[0] if after else 0)
    if not before:
        start -= said.before_day.ending_at(words, i) or 0  # "el lunes", "am Donnerstag"
    back = (today.weekday() - weekday) % 7
    if back == 0 and (before or after):
        back = 7
    return _Reading(_WEEKDAY, start, end, today - timedelta(days=back))


def _day_of_month(words: Sequence[Word], i: int, said: _Words, today: date) -> _Reading | None:
    day = int(words[i].text)
    if not 1 <= day <= 31 or len(words[i].text) > 2:
        return None
    after = i + 1
    ordinal = after < len(words) and words[after].text == ORDINAL
    after += ordinal
    context = _context_start(words, i, said)
    month_before = _month_before(words, i, said)
    if month_before is not None:  # "October 14th": what follows is something else ("Third gen")
        found = _dated(day, said.months[words[month_before].text], None, today)
        return _Reading(_DAY_AND_MONTH, month_before, after, found)
    month, end = _month_after(words, after, said, ordinal)
    if month and not ordinal and _ordinal_at(words, end):
        return None  # "terminal two, October thirtieth": the day is the one after the month
    if month:
        year, end = _year_after(words, end, said)
        found = _dated(day, month, year, today)
        return _Reading(_DAY_AND_MONTH, i if context is None else context, end, found)
    if context is None or _names_something(words, after, said):
        return None
    if said.day_needs_ordinal and not ordinal:
        return None
    named = [w.text for w in words[max(0, i - 2) : i] if w.text in said.weekdays]
    weekday = said.weekdays[named[-1]] if named else None  # "mardi 13", "Wednesday the 11th"
    return _Reading(_DAY, context, after, _latest_day(day, today, weekday))


def _context_start(words: Sequence[Word], i: int, said: _Words) -> int | None:
    """Where the words saying a day is coming begin: "le 3", "el día 3", "le samedi 14"."""
    if i > 0 and words[i - 1].text in said.weekdays:
        return i - 1 - (said.before_day.ending_at(words, i - 1) or 0)
    length = said.before_day.ending_at(words, i)
    return i - length if length else None


def _month_after(
    words: Sequence[Word], j: int, said: _Words, ordinal: bool
) -> tuple[int | None, int]:
    """The month said at words[j] ("novembre", "de noviembre", "of November", and after an
    ordinal day an ordinal month: "am vierzehnten elften"), and the index after it."""
    joined = said.before_month.at(words, j) if j < len(words) else None
    k = j + (joined[0] if joined else 0)
    if k < len(words) and words[k].text in said.months:
        return said.months[words[k].text], k + 1
    numbered = ordinal and k + 1 < len(words) and words[k + 1].text == ORDINAL
    if numbered and words[k].text.isdigit() and 1 <= int(words[k].text) <= 12:
        return int(words[k].text), k + 2
    return None, j


def _ordinal_at(words: Sequence[Word], i: int) -> bool:
    return i + 1 < len(words) and words[i].text.isdigit() and words[i + 1].text == ORDINAL


def _month_before(words: Sequence[Word], i: int, said: _Words) -> int | None:
    """ "november 3rd", "november the third": the index of the month, if one comes first."""
    for back in (1, 2):
        j = i - back
        if j >= 0 and words[j].text in said.months and (back == 1 or words[j + 1].text == "the"):
            return j
    return None


def _names_something(words: Sequence[Word], i: int, said: _Words) -> bool:
    """ "le 3 cartes", "the second earbud", "el 3 4": the number counts or ranks a thing
    (not across a pause: "samedi 31. Un Samsung", "on the tenth, black leather")."""
    if i == 0 or i >= len(words) or words[i - 1].pause_after:
        return False
    return words[i].text.isdigit() or words[i].text in said.item_words


def _year_after(words: Sequence[Word], i: int, said: _Words) -> tuple[int | None, int]:
    """A year said after the month ("novembre 2025", "de noviembre de 2025"), if any."""
    joined = said.before_month.at(words, i) if i < len(words) else None
    j = i + (joined[0] if joined else 0)
    if j < len(words) and len(words[j].text) == 4 and words[j].text.isdigit():
        return int(words[j].text), j + 1
    return None, i


def _dated(day: int, month: int, year: int | None, today: date) -> date | None:
    """The date, in the given year or the latest year that puts it up to today."""
    years = [year] if year else [today.year, today.year - 1]
    for candidate in years:
        if day <= calendar.monthrange(candidate, month)[1]:
            found = date(candidate, month, day)
            if found <= today or year:
                return found
    return None


def _latest_day(day: int, today: date, weekday: int | None = None) -> date | None:
    """The latest date up to today with this day of the month ("le 31" on 4 December:
    31 October, November having 30 days); with a weekday, the latest that falls on it
    ("mardi 13" on Friday 20 November: Tuesday 13 October), else the latest. Today's own
    number alone is last month's: people say "today" for today."""
    dates = []
    year, month = today.year, today.month
    for _ in range(13):
        said_today = date(year, month, 1) == today.replace(day=1) and day == today.day
        if said_today and weekday is None:
            pass  # people say "today" for today: "the 20th" on the 20th is last month's
        elif day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= today:
            dates.append(date(year, month, day))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    on_weekday = [d for d in dates if d.weekday() == weekday]
    return (on_weekday or dates or [None])[0]


@cache
def _words(language: str) -> _Words:
    data = language_data(language)
    locale = Locale.parse(language)
    return _Words(
        days_ago=Phrases.of(data["days_ago"].items()),
        counted_ago=Phrases.of(data["counted_ago"].items()),
        last=Phrases.of((phrase, True) for phrase in data["last"]),
        last_week=Phrases.of((phrase, True) for phrase in data.get("last_week", ())),
        before_day=Phrases.of((phrase, True) for phrase in data["before_day"]),
        before_month=Phrases.of((phrase, True) for phrase in data["before_month"]),
        weekdays={
            fold(name) + part_of_day: day
            for day, name in locale.days["format"]["wide"].items()
            for part_of_day in ("", *data.get("weekday_compounds", ()))
        },
        months={fold(name): month for month, name in locale.months["format"]["wide"].items()},
        item_words=known_words(language) | _MODEL_SUFFIXES,
        day_needs_ordinal=bool(data.get("day_needs_ordinal")),
    )
