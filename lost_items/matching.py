"""Finding the found items that fit a caller's description.

`search` reads the caller's words (`describing.describe`), narrows candidates in SQL with the
indexed columns (kind or category, and the date window), a bounded number per kind, then
scores that short list in Python (`score`): kind counts most, then colour, material, brand,
things mentioned, names, place and dates.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz
from sqlalchemy import Select, and_, select, true, union_all
from sqlalchemy.orm import Session

from lost_items.describing import LINE, SIZES, Description, describe, describe_place, search_text
from lost_items.details import ISSUED, same_model
from lost_items.models import FoundItem, ItemContent, ItemStatus
from lost_items.vocabulary import load_vocabulary

__all__ = ["CONFIDENT_SCORE", "MIN_SCORE", "Match", "score", "search", "worth_offering"]

# A match must score at least this (0-100) to be offered to a caller at all.
MIN_SCORE = 55.0
# ... and this much when a crowd of others score as well as it does (`worth_offering`).
CONFIDENT_SCORE = 75.0
_ALIKE_POINTS = 3.0
_CROWD = 3
# ... and, below that, fit at least one thing the caller said of the thing itself, when they
# said several (a VR headset, a Meta Quest, its controllers: not any white headphones found
# on that line that day).
_ONE_DETAIL = 5.0  # one feature the caller said that the item has (_DETAIL_EACH)
_SAID_SEVERAL = 3
_NAME_LENGTH = 5  # an unknown word this long may name something: "bresser", not "it's"

# Candidates read from the database per query part; they bound the work at any table size.
_PER_KIND = 150  # the kind the caller named
_PER_RELATED_KIND = 30  # each related or also-mentioned kind
_PER_SAID_RELATED_KIND = 100  # a related kind the caller named too ("a jacket, a parka")
_PER_COLOR = 100  # the named kind in the named colour, reaching further in time
_COLOR_REACH_DAYS = 21  # ... but no further than this
_PER_BRAND = 100  # items of the brand named, as far as the colour part reaches
_PER_UNKNOWN_KIND = 50  # items whose kind the clerk's text did not reveal
_PER_CARRIED = 50  # items of another kind that hold the one named (a wallet's ID card)
_FALLBACK = 300  # nothing recognisable was said: the most recent items
_MAX_AGE_DAYS = 548  # items are kept 18 months at most
_EARLY_DAYS = 1  # a loss date may be a day off; earlier finds are not considered

# Points of evidence; `score` maps their sum onto 0-100.
_KIND_SAME, _KIND_RELATED, _KIND_MENTIONED, _KIND_SAME_CATEGORY = 40, 28, 36, 10
_OTHER = "category:other"
_KIND_HOLDER = 20  # the item is what the caller kept it in ("a drone in its bag": a bag)
_CATEGORY_ONLY = 25
_COLOR_MAX, _COLOR_CLASH = 20, -15
_MATERIAL_SAME, _MATERIAL_RELATED, _MATERIAL_CLASH = 8, 4, -5
_BRAND_SAME, _BRAND_MENTIONED, _BRAND_CLASH = 15, 8, -12
_DETAIL_EACH, _DETAIL_MAX = 5, 15
_TELLING_SAME, _TELLING_CLASH = 6, -14
# Details an item has one of: two different values contradict each other.
_ONE_OF = ("case:",)  # its colour, or none; models: `same_model`; countries: `_country_points`
_COUNTRY = "country:"
_EITHER_OR = (
    frozenset({"side:left", "side:right"}),
    frozenset({"side:top", "side:bottom"}),
    frozenset({"feature:child", "feature:adult"}),
    frozenset({"feature:soft", "feature:hard_shell"}),
    # What a soft toy, a keyring or a pattern is: a bear is not a dog.
    frozenset(
        {
            "feature:bear",
            "feature:rabbit",
            "feature:dog",
            "feature:cat",
            "feature:giraffe",
            "feature:elephant",
            "feature:unicorn",
            "feature:fox",
            "feature:lion",
            "feature:monkey",
            "feature:dinosaur",
            "feature:panda",
            "feature:koala",
            "feature:frog",
            "feature:turtle",
            "feature:duck",
        }
    ),
)
_WORD_EACH, _WORD_MAX = 6, 18
# Past the first three shared details or words, each further one still counts a little: or
# "LG gram 16" leaves "Mafalda", the sticker that tells the owner's laptop apart, worth nothing.
_MORE_EACH, _MORE_MAX = 2, 8
_PLACE_CONCEPT, _PLACE_WORD_EACH, _PLACE_MAX, _PLACE_CLASH = 5, 6, 15, -5
_SCALE = 60.0  # raw points at which the score reaches 63 of 100

_WORD_SIMILARITY = 85  # rapidfuzz ratio for two names or model words to count as the same
_TRANSPORT = frozenset(
    {"place:metro", "place:rer", "place:train", "place:bus", "place:tram", "place:taxi"}
)


@dataclass
class Match:
    item: FoundItem
    score: float  # 0-100, higher is better
    alike: int = 0  # other short-listed items scoring within _ALIKE_POINTS of this one
    same_kind: bool = True  # the kind asked for, what holds it, or a related kind named too
    details_fit: float = 0.0  # points for brand, details, names and place, not kind or colour
    details_said: int = 0  # things the caller said beyond kind, colour and place


def worth_offering(found: list[Match]) -> list[Match]:
    """The matches worth telling a caller about: none when the best is only as good as a
    crowd of others (any black bag found that week, for a drone lost in its bag), or is
    another kind than the one asked for (a scooter for a skateboard), or fits none of the
    several things the caller said beyond kind and colour, unless it is strong in itself.
    In a small register one black wallet stands out; in a real office's, kind, colour and
    date alone fit a dozen items."""
    if not found or found[0].score >= CONFIDENT_SCORE:
        return found
    best = found[0]
    unexplained = best.details_said >= _SAID_SEVERAL and best.details_fit < _ONE_DETAIL
    if best.alike < _CROWD and best.same_kind and not unexplained:
        return found
    return []


def search(
    session: Session,
    query: str,
    *,
    language: str,
    lost_on: date | None = None,
    lost_at: str | None = None,
    today: date,
    limit: int = 5,
    statuses: Collection[str] | None = None,
) -> list[Match]:
    """Items that fit the caller's description, best first; often none.

    Only items found from the day before `lost_on` on are considered (a `lost_on` before
    any item still kept is taken for a typing mistake and ignored). `lost_at` is where the
    caller lost it, when asked separately; places said in `query` count too. `statuses`
    (`ItemStatus` values) widens the search for the clerks' list: by default only items
    still in storage, the ones a caller can be offered. An unknown status is a ValueError.
    `today` is the office's date, which the server's clock may not share at midnight.
    """
    if lost_on is not None and lost_on < today - timedelta(days=_MAX_AGE_DAYS):
        lost_on = None  # before anything still kept: a mistyped year (0001-01-01) tells nothing
    wanted = describe(query, language)
    if lost_at:
        wanted.words += [w for w in describe_place(lost_at, language) if w not in wanted.words]
    shown = {ItemStatus(s) for s in statuses} if statuses is not None else {ItemStatus.IN_STORAGE}
    scored = []
    same_kind: dict[int, bool] = {}
    for row in _candidates(session, wanted, lost_on=lost_on, today=today, statuses=shown):
        points = score(wanted, row, lost_on=lost_on, today=today)
        if points >= MIN_SCORE:
            # Equal scores: found soonest after the loss (most are found the same day),
            # or, with no day said, the latest found.
            found = row.found_on.toordinal()
            scored.append((-points, found if lost_on else -found, row.id))
            same_kind[row.id] = (
                not wanted.kind
                or _kind_said(wanted, row.kind)
                or wanted.kind in _item_facts(row).kinds
            )
    ranked = sorted(scored)
    best = ranked[:limit]
    if not best:
        return []
    items = {
        item.id: item
        for item in session.scalars(
            select(FoundItem).where(FoundItem.id.in_([i for *_, i in best]))
        )
    }
    points_of = [-points for points, _, _ in ranked]
    said = _details_said(wanted)
    return [
        Match(
            item=items[item_id],
            score=-points,
            alike=sum(1 for p in points_of if abs(p + points) <= _ALIKE_POINTS) - 1,
            same_kind=same_kind[item_id],
            details_fit=_details_fit(wanted, items[item_id]),
            details_said=said,
        )
        for points, _, item_id in best
    ]


def _details_said(wanted: Description) -> int:
    """What the caller said beyond kind, colour and place: features, contents, brands, and
    words the vocabulary lacks that may name the thing ("Mikroskop", "Bresser")."""
    return sum(
        1
        for w in wanted.words
        if (":" in w and not w.startswith("place:")) or (len(w) >= _NAME_LENGTH and w.isalpha())
    )


def _details_fit(wanted: Description, item: Scorable) -> float:
    """The points an item gets for what the caller said of the thing itself: not its kind,
    colour, nor when and where it was lost."""
    facts = _item_facts(item)
    wanted_ids = {w for w in wanted.words if ":" in w}
    return (
        _brand_points(wanted.brand, item.brand, facts.details)
        + _detail_points(wanted_ids, facts)
        + _telling_points(wanted_ids, facts)
        + _word_points([w for w in wanted.words if ":" not in w and _word_in(w, facts.words)])
    )


class Scorable(Protocol):
    """What scoring reads of an item: a FoundItem, or a lighter row of its columns."""

    id: int
    description: str
    language: str
    found_on: date
    found_at: str
    category: str
    kind: str | None
    colors: str
    material: str | None
    brand: str | None
    search_text: str


def score(
    wanted: Description,
    item: Scorable,
    *,
    lost_on: date | None = None,
    today: date,
) -> float:
    """How well an item fits a description, 0-100; 0 when its kind rules it out."""
    facts = _item_facts(item)
    kind_points = _kind_points(wanted, item, facts)
    if kind_points <= 0 and (wanted.kind or wanted.category):
        return 0.0
    wanted_ids = {w for w in wanted.words if ":" in w}
    wanted_plain = [w for w in wanted.words if ":" not in w]
    raw = (
        kind_points
        + _color_points(wanted.colors, item.colors.split() if item.colors else [])
        + _material_points(wanted.material, item.material, facts.details)
        + _brand_points(wanted.brand, item.brand, facts.details)
        + _detail_points(wanted_ids, facts)
        + _telling_points(wanted_ids, facts)
        + _word_and_place_points(wanted_ids, wanted_plain, facts)
        + _date_points(item.found_on, lost_on=lost_on, today=today)
    )
    return round(100 * (1 - math.exp(-raw / _SCALE)), 1) if raw > 0 else 0.0


# --- narrowing in SQL -------------------------------------------------------------------------


def _candidates(
    session: Session,
    wanted: Description,
    *,
    lost_on: date | None,
    today: date,
    statuses: set[ItemStatus],
) -> list[Scorable]:
    """A bounded short list: per kind, the items found soonest after the loss (or latest).

    Each part of the union is meant to be one short range scan on (kind, found_on), or on
    (category, found_on) or (found_on) when no kind was recognised, and one on item_contents
    for items that hold the kind named.
    """
    if lost_on:
        start, order = lost_on - timedelta(days=_EARLY_DAYS), FoundItem.found_on.asc()
        color_window = (start, min(today, lost_on + timedelta(days=_COLOR_REACH_DAYS)))
    else:
        start, order = today - timedelta(days=_MAX_AGE_DAYS), FoundItem.found_on.desc()
        color_window = (today - timedelta(days=_COLOR_REACH_DAYS), today)
    # "Not in another status" rather than "= in_storage": the same rows, but the planner
    # then cannot prefer (status, found_on) and filter thousands of rows by kind.
    unavailable = [s.value for s in ItemStatus if s not in statuses]
    available = FoundItem.status.not_in(unavailable) if unavailable else true()

    def part(condition, limit: int, window: tuple[date, date] = (start, today)) -> Select:
        return (
            select(FoundItem.id)
            .where(condition, FoundItem.found_on.between(*window))
            .where(available)
            .order_by(order)
            .limit(limit)
        )

    parts = [part(FoundItem.kind == kind, n) for kind, n in _kinds_to_fetch(wanted).items()]
    if wanted.kind and wanted.colors:
        in_color = and_(FoundItem.kind == wanted.kind, FoundItem.colors.contains(wanted.colors[0]))
        parts.append(part(in_color, _PER_COLOR, color_window))
    if wanted.brand:
        # The brand narrows a crowded kind (black phones) to the few that can be it, as far
        # back as anything is kept when no day was said (a Delsey suitcase five weeks ago);
        # a range scan on (brand, found_on).
        # A related kind counts: a clerk logs a Peugeot key on a ring as keys, not a car key.
        of_brand = FoundItem.brand == wanted.brand
        if wanted.kind:
            kinds = [wanted.kind, *sorted(load_vocabulary().related(wanted.kind))]
            of_brand = and_(of_brand, FoundItem.kind.in_(kinds))
        parts.append(part(of_brand, _PER_BRAND))
    if wanted.kind:
        # Items whose kind the clerk's text did not reveal; few, so their category is left to
        # scoring, which keeps this part a range scan on (kind, found_on) with kind IS NULL.
        parts.append(part(FoundItem.kind.is_(None), _PER_UNKNOWN_KIND))
    elif wanted.category:
        parts.append(part(FoundItem.category == wanted.category, _PER_KIND))
    if wanted.kind:
        # Items of another kind that hold the one named: "portefeuille avec carte d'identité"
        # for "my ID card"; a range scan on item_contents (kind, found_on).
        carried = (
            select(ItemContent.item_id.label("id"))
            .join(FoundItem, FoundItem.id == ItemContent.item_id)
            .where(ItemContent.kind == wanted.kind, available)
            .where(ItemContent.found_on.between(start, today))
            .order_by(ItemContent.found_on.asc() if lost_on else ItemContent.found_on.desc())
            .limit(_PER_CARRIED)
        )
        parts.append(carried)
    if not parts:
        parts.append(part(true(), _FALLBACK))
    ids = union_all(*(select(p.subquery().c.id) for p in parts))
    # Plain rows, not ORM objects: a search scores a few hundred, and only the best are kept.
    return list(session.execute(select(*_SCORED_COLUMNS).where(FoundItem.id.in_(ids))))


_SCORED_COLUMNS = [getattr(FoundItem, name) for name in Scorable.__annotations__]


def _kinds_to_fetch(wanted: Description) -> dict[str, int]:
    if not wanted.kind:
        return {}
    vocabulary = load_vocabulary()
    also = [w for w in wanted.words if w.startswith("kind:")]
    related = vocabulary.related(wanted.kind)
    kinds = {wanted.kind: _PER_KIND}
    for kind in also:  # "eine Kinderjacke, so ein Parka": either may be the clerk's word
        kinds.setdefault(kind, _PER_SAID_RELATED_KIND if kind in related else _PER_RELATED_KIND)
    for kind in sorted(related):
        kinds.setdefault(kind, _PER_RELATED_KIND)
    return kinds


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ItemFacts:
    """What an item's stored text says beyond its columns, and where it was found."""

    kinds: tuple[str, ...]  # other kinds mentioned (a wallet's Navigo card)
    details: tuple[str, ...]  # other concept ids: features, further materials and brands
    words: tuple[str, ...]  # plain words: names, model numbers
    places: tuple[str, ...]  # place concepts of `found_at`
    place_words: tuple[str, ...]  # plain words of `found_at`: line numbers, stations


def _item_facts(item: Scorable) -> _ItemFacts:
    stored = item.search_text or search_text(describe(item.description, item.language))
    return _ItemFacts(*_facts(stored, item.kind or "", item.found_at or "", item.language))


@lru_cache(maxsize=50_000)
def _facts(stored: str, kind: str, found_at: str, language: str) -> tuple[tuple[str, ...], ...]:
    """`_ItemFacts`'s fields as plain tuples of strings, which the garbage collector stops
    tracking: a full collection then does not walk every cached item (measured after 600
    searches, 6,761 cached: 83,700 tracked objects and 76-96 ms with sets, 49,900 and 46-62 ms)."""
    terms = stored.split()
    ids = sorted({t for t in terms if ":" in t})
    place = describe_place(found_at, language)
    return (
        tuple(t for t in ids if t.startswith("kind:") and t != kind),
        tuple(t for t in ids if not t.startswith(("kind:", "place:", "category:"))),
        tuple(t for t in terms if ":" not in t),
        tuple(t for t in place if t.startswith("place:")),
        tuple(t for t in place if ":" not in t),
    )


def _kind_said(wanted: Description, kind: str | None) -> bool:
    """The kind asked for, or a related one the caller named too: "Kopfhörer, also In-Ear",
    "a jacket, a parka" are what was said, not cousins of it."""
    if not kind or not wanted.kind:
        return False
    return kind == wanted.kind or (
        kind in wanted.words and kind in load_vocabulary().related(wanted.kind)
    )


def _kind_points(wanted: Description, item: Scorable, facts: _ItemFacts) -> float:
    vocabulary = load_vocabulary()
    if not wanted.kind:
        if wanted.category:
            return _CATEGORY_ONLY if item.category == wanted.category else 0
        return 0
    if _kind_said(wanted, item.kind):
        return _KIND_SAME
    if item.kind and item.kind in vocabulary.related(wanted.kind):
        return _KIND_RELATED
    if wanted.kind in facts.kinds:
        return _KIND_MENTIONED  # the item holds the kind named: a wallet with the ID card
    if item.kind and item.kind in wanted.words:
        # What it was kept in, found without it (or the clerk did not say): possible only.
        return _KIND_HOLDER if not vocabulary.concept(wanted.kind).wrapper else _KIND_MENTIONED
    if item.category == vocabulary.category_of(wanted.kind) != _OTHER:
        return _KIND_SAME_CATEGORY  # ("other" is what an unknown thing is filed under)
    return 0


def _color_points(wanted: list[str], found: list[str]) -> float:
    """Full points when every colour said is the item's; a clash when none is even close."""
    if not wanted or not found:
        return 0
    vocabulary = load_vocabulary()
    credit = 0.0
    for color in wanted:
        if color in found:
            credit += 1
        elif vocabulary.has(color) and vocabulary.related(color) & set(found):
            credit += 0.5
    return _COLOR_MAX * credit / len(wanted) if credit else _COLOR_CLASH


def _material_points(wanted: str | None, found: str | None, details: tuple[str, ...]) -> float:
    if not wanted:
        return 0
    if wanted == found:
        return _MATERIAL_SAME
    if wanted in details or (found and found in load_vocabulary().related(wanted)):
        return _MATERIAL_RELATED
    return _MATERIAL_CLASH if found else 0


def _brand_points(wanted: str | None, found: str | None, details: tuple[str, ...]) -> float:
    if not wanted:
        return 0
    if wanted == found:
        return _BRAND_SAME
    if wanted in details:
        return _BRAND_MENTIONED
    return _BRAND_CLASH if found and load_vocabulary().has(found) else 0


def _detail_points(wanted_ids: set[str], facts: _ItemFacts) -> float:
    """Other things and features both mention: a Navigo card, "folding", a keyring."""
    shared = [
        i
        for i in wanted_ids
        if not i.startswith(("place:", _COUNTRY, ISSUED))  # countries are `_country_points`
        and (i in facts.details or i in facts.kinds)
    ]
    return _first_most(len(shared), each=_DETAIL_EACH, most=_DETAIL_MAX)


def _telling_points(wanted_ids: set[str], facts: _ItemFacts) -> float:
    """What only the owner knows, for or against an item: the same model, case colour,
    country or side counts for it; a different one counts against it (right earbud
    missing vs left; a Portuguese ID card vs a French one). Unsaid on either side: nothing."""
    found = set(facts.details)
    points = 0.0
    said_models = [i[6:] for i in wanted_ids if i.startswith("model:")]
    logged_models = [i[6:] for i in found if i.startswith("model:")]
    if said_models and logged_models:
        agree = max(same_model(m, n) for m in said_models for n in logged_models)
        points += _TELLING_SAME * agree if agree > 0 else _TELLING_CLASH
        if 0 < agree < 1:
            points += _TELLING_CLASH / 3  # a word more or less: "13 mini" for a "13"
    for prefix in _ONE_OF:
        wanted = {i for i in wanted_ids if i.startswith(prefix)}
        have = {i for i in found if i.startswith(prefix)}
        if wanted and have:
            points += _TELLING_SAME if wanted & have else _TELLING_CLASH
    points += _country_points(wanted_ids, found)
    for pair in _EITHER_OR:
        wanted, have = wanted_ids & pair, found & pair
        if len(wanted) == 1 and len(have) == 1:
            points += _TELLING_SAME if wanted == have else _TELLING_CLASH
    wanted, have = wanted_ids & SIZES, found & SIZES
    if len(wanted) == 1 and len(have) == 1 and wanted != have:
        points += _TELLING_CLASH / 2  # "petit" is also said fondly: a size tells less
    return points


def _country_points(wanted_ids: set[str], found: set[str]) -> float:
    """The same country for the same document counts for the item, another against it
    ("issued:id_card:pt" and "issued:id_card:fr"); a country said of nothing in particular
    is compared with the item's others."""
    if not any(i.startswith((_COUNTRY, ISSUED)) for i in wanted_ids):
        return 0.0
    said = _issued(wanted_ids)
    logged = _issued(found)
    points = 0.0
    for kind in said.keys() & logged.keys():
        points += _TELLING_SAME if said[kind] & logged[kind] else _TELLING_CLASH
    compared = {c for kind in said.keys() & logged.keys() for c in said[kind] | logged[kind]}
    wanted = {i for i in wanted_ids if i.startswith(_COUNTRY)} - compared
    have = {i for i in found if i.startswith(_COUNTRY)} - compared
    if wanted and have:
        points += _TELLING_SAME if wanted & have else _TELLING_CLASH
    return points


def _issued(terms: Iterable[str]) -> dict[str, set[str]]:
    """ "issued:id_card:pt" terms as kind -> {"country:pt"}."""
    by_kind: dict[str, set[str]] = {}
    for term in terms:
        if term.startswith(ISSUED):
            kind, _, country = term.removeprefix(ISSUED).rpartition(":")
            by_kind.setdefault(kind, set()).add(_COUNTRY + country)
    return by_kind


def _word_and_place_points(wanted_ids: set[str], plain: list[str], facts: _ItemFacts) -> float:
    """Names and numbers found in the item's text, and the place: same line, station, mode."""
    in_text = [word for word in plain if _word_in(word, facts.words)]
    others = [word for word in plain if word not in in_text]
    return _word_points(in_text) + _place_points(wanted_ids, others, facts)


def _word_points(in_text: list[str]) -> float:
    """Names and numbers the caller said that the item's text holds."""
    return _first_most(len(in_text), each=_WORD_EACH, most=_WORD_MAX)


def _first_most(count: int, *, each: float, most: float) -> float:
    """`each` per thing shared up to `most`, then `_MORE_EACH` per further one."""
    first = min(most, each * count)
    return first + min(_MORE_MAX, _MORE_EACH * max(0, count - int(most // each)))


def _place_points(wanted_ids: set[str], plain: list[str], facts: _ItemFacts) -> float:
    """Where it was found: the same line, station or mode of transport as said."""
    place_points = _PLACE_WORD_EACH * sum(1 for word in plain if _word_in(word, facts.place_words))
    wanted_places = {i for i in wanted_ids if i.startswith("place:")} - {"place:line"}
    if not wanted_places.isdisjoint(facts.places):
        place_points += _PLACE_CONCEPT
    elif wanted_places & _TRANSPORT and not _TRANSPORT.isdisjoint(facts.places):
        place_points += _PLACE_CLASH
    said_lines = {i for i in wanted_ids if i.startswith(LINE)}
    found_lines = {p for p in facts.places if p.startswith(LINE)}
    if said_lines and found_lines and said_lines.isdisjoint(found_lines):
        place_points += _PLACE_CLASH  # line 12 at Pigalle for a phone lost on line 2
    return min(_PLACE_MAX, place_points)


def _word_in(word: str, words: Iterable[str]) -> bool:
    if word in words:
        return True
    if word.isdigit() or len(word) < 4:
        return False
    return any(fuzz.ratio(word, other) >= _WORD_SIMILARITY for other in words)


def _date_points(found_on: date, *, lost_on: date | None, today: date) -> float:
    """Found soon after the loss is likeliest; before it, very unlikely; weeks later, less so."""
    if lost_on is None:
        age = (today - found_on).days
        return 8 if age <= 7 else 4 if age <= 30 else 0
    delay = (found_on - lost_on).days
    if delay < 0:
        return -20
    if delay <= 3:
        return 15
    if delay <= 7:
        return 8
    if delay <= 14:
        return 0
    return -8 if delay <= 30 else -15
