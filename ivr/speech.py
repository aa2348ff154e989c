"""How the line says things that are not plain sentences: references, dates, items, hours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from babel.dates import format_skeleton, format_time, get_day_names
from babel.lists import format_list

from ivr.prompts import Catalogue
from lost_items.models import FoundItem
from lost_items.vocabulary import load_vocabulary

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def digits(reference: str) -> str:
    """Digits spaced so a voice reads them one by one, in groups of three."""
    groups = [reference[i : i + 3] for i in range(0, len(reference), 3)]
    return ", ".join(" ".join(group) for group in groups)


def spoken_date(day: date, catalogue: Catalogue, *, today: date) -> str:
    """Day and month as the locale says them ("26 de noviembre", "26. November")."""
    skeleton = "MMMMd" if day.year == today.year else "yMMMMd"
    return format_skeleton(skeleton, day, locale=catalogue.babel_locale)


def spoken_item(item: FoundItem, catalogue: Catalogue) -> str:
    """Kind and colour from the vocabulary, in the caller's language; never the clerk's text."""
    vocabulary = load_vocabulary()
    language = catalogue.code
    if item.kind:
        thing = vocabulary.say(item.kind, language)
    else:
        thing = catalogue.text(
            "item_of_category", category=vocabulary.label(item.category, language)
        )
    colors = [vocabulary.say(color, language) for color in item.color_list]
    if colors:
        thing = catalogue.text(
            "item_with_color",
            item=thing,
            color=format_list(colors, locale=catalogue.babel_locale),
        )
    if item.brand and vocabulary.has(item.brand):
        thing = catalogue.text(
            "item_with_brand", item=thing, brand=vocabulary.label(item.brand, language)
        )
    return thing


@dataclass(frozen=True)
class OpeningHours:
    first_day: int
    last_day: int
    opens: time
    closes: time


def parse_opening_hours(spec: str) -> list[OpeningHours]:
    """Read "mon-thu 08:30-17:00; fri 08:30-16:30" (the OFFICE_HOURS setting)."""
    hours = []
    pattern = re.compile(r"^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$")
    for part in spec.split(";"):
        found = pattern.match(part.strip().lower())
        if not found or found.group(1) not in _DAYS or (found.group(2) or "mon") not in _DAYS:
            raise ValueError(f"OFFICE_HOURS: cannot read {part.strip()!r}")
        first, last, opens, closes = found.groups()
        hours.append(
            OpeningHours(
                first_day=_DAYS.index(first),
                last_day=_DAYS.index(last or first),
                opens=time.fromisoformat(opens.zfill(5)),
                closes=time.fromisoformat(closes.zfill(5)),
            )
        )
    return hours


def spoken_hours(
    spec: str, catalogue: Catalogue, closures: Sequence[tuple[date, time | None]] = ()
) -> str:
    """The opening hours in words, then the closures coming (a holiday, an afternoon):
    "du lundi au jeudi, de 08:30 à 17:00, sauf le 25 décembre"."""
    hours = _spoken_periods(spec, catalogue)
    if not closures:
        return hours
    locale = catalogue.babel_locale
    days = [
        catalogue.text(
            "closed_from" if closed_from else "closed_day",
            day=format_skeleton("MMMMd", day, locale=locale),
            time=format_time(closed_from, "short", locale=locale) if closed_from else "",
        )
        for day, closed_from in closures
    ]
    return catalogue.text("hours_except", hours=hours, days=format_list(days, locale=locale))


def _spoken_periods(spec: str, catalogue: Catalogue) -> str:
    locale = catalogue.babel_locale
    day_names = get_day_names("wide", locale=locale)
    parts = []
    for period in parse_opening_hours(spec):
        values = {
            "first_day": day_names[period.first_day],
            "last_day": day_names[period.last_day],
            "opens": format_time(period.opens, "short", locale=locale),
            "closes": format_time(period.closes, "short", locale=locale),
        }
        key = "hours_one_day" if period.first_day == period.last_day else "hours_days"
        parts.append(catalogue.text(key, **values))
    return format_list(parts, locale=locale)
