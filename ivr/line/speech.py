"""How the line says things that are not plain sentences: references, dates, items, hours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from babel.dates import format_skeleton, format_time, get_day_names
from babel.lists import format_list

from ivr.line.prompts import Catalogue
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
    colors = [vocabulary.say(color, language) for color in item.color_list[:_COLORS_SAID]]
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


# Details read to a caller, most telling first: the model, the case, what is inside, the
# country of a document, then marks anyone would notice.
_MARKS = (
    "feature:engraved",
    "feature:stickers",
    "feature:keyring",
    "feature:patch",
    "feature:ribbon",
    "feature:cracked",
)
_DETAILS_READ = 2
# What a caller hears of one candidate, at most: a clerk may log every colour of a backpack
# and all it held; the first said are the item's own and tell enough.
_COLORS_SAID = 2
_CONTENTS_SAID = 2


def spoken_candidate(item: FoundItem, catalogue: Catalogue, *, among: Sequence[FoundItem]) -> str:
    """A candidate as the caller hears it: kind, colour and brand, then what tells it apart
    from the other candidates (`among`), two details at most, from the vocabulary in the
    caller's language; never the clerk's words, which may hold a name."""
    others = [set(_details(other, catalogue)) for other in among]
    mine = _details(item, catalogue)
    telling = [d for d in mine if not any(d in theirs for theirs in others)]
    read = (telling + [d for d in mine if d not in telling])[:_DETAILS_READ]
    text = spoken_item(item, catalogue)
    for key, values in (d for d in mine if d in read):  # in the order a person names them
        text = catalogue.text(key, item=text, **dict(values))
    return text


Detail = tuple[str, tuple[tuple[str, str], ...]]  # a prompt key and its values


def _details(item: FoundItem, catalogue: Catalogue) -> list[Detail]:
    vocabulary = load_vocabulary()
    language, locale = catalogue.code, catalogue.babel_locale
    terms = (item.search_text or "").split()

    def label(concept: str) -> str:
        text = vocabulary.label(concept, language)
        return text if language == "de" else text.lower()

    found: list[Detail] = []
    for term in terms:
        if term.startswith("model:"):
            found.append(("item_model", (("model", term[6:].replace("-", " ")),)))
    if "case:none" in terms:
        found.append(("item_no_case", ()))
    case_colors = [
        term.removeprefix("case:")
        for term in terms
        if term.startswith("case:color:") and vocabulary.has(term.removeprefix("case:"))
    ]
    if case_colors:  # the first said: a second is most often the strap's or the pouch's
        found.append(("item_case_color", (("color", vocabulary.say(case_colors[0], language)),)))
    inside = [
        t
        for t in terms
        if t.startswith("kind:")
        and t != item.kind
        and vocabulary.has(t)
        and not vocabulary.concept(t).wrapper  # "a pouch" tells nothing of what it held
    ]
    if inside:
        named = [label(t) for t in dict.fromkeys(inside)][:_CONTENTS_SAID]
        things = format_list(named, locale=locale)
        found.append(("item_contents", (("things", things),)))
    for term in terms:
        if term.startswith("country:") and vocabulary.has(term):
            found.append(("item_country", (("country", vocabulary.label(term, language)),)))
    marks = [label(t) for t in _MARKS if t in terms]
    if marks:
        found.append(("item_features", (("features", format_list(marks, locale=locale)),)))
    return found


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
