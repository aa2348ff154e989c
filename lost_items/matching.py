"""Understanding a description, and finding the found items that fit a caller's.

A description, in any language, is reduced to language-free concepts (`describe`): the kind
of thing, its category, colours, material and brand, plus `words` for everything else that
may tell two items apart (other things mentioned, features such as "folding", places, and
names or numbers that match no concept). A caller's "perdí mi cartera negra en el metro" and a
clerk's "Portefeuille en cuir noir" then meet on "kind:wallet" and "color:black".

`search` narrows candidates in SQL with the indexed columns (kind or category, and the date
window), a bounded number per kind, then scores that short list in Python (`score`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import Select, and_, select, text, true, union_all
from sqlalchemy.orm import Session

from lost_items.models import FoundItem, ItemStatus
from lost_items.text import normalize, tokenize
from lost_items.vocabulary import load_vocabulary

__all__ = ["MIN_SCORE", "Description", "Match", "describe", "score", "search", "search_text"]

# A match must score at least this (0-100) to be offered to a caller at all.
MIN_SCORE = 55.0

# Candidates read from the database per query part; they bound the work at any table size.
_PER_KIND = 200  # the kind the caller named
_PER_RELATED_KIND = 30  # each related or also-mentioned kind
_PER_COLOR = 100  # the named kind in the named colour, reaching further in time
_COLOR_REACH_DAYS = 21  # ... but no further than this
_PER_UNKNOWN_KIND = 50  # items whose kind the clerk's text did not reveal
_FALLBACK = 300  # nothing recognisable was said: the most recent items
_MAX_AGE_DAYS = 548  # items are kept 18 months at most
_EARLY_DAYS = 1  # a loss date may be a day off; earlier finds are not considered

# Points of evidence; `score` maps their sum onto 0-100.
_KIND_SAME, _KIND_RELATED, _KIND_MENTIONED, _KIND_SAME_CATEGORY = 40, 28, 22, 10
_CATEGORY_ONLY = 25
_COLOR_MAX, _COLOR_CLASH = 20, -15
_MATERIAL_SAME, _MATERIAL_RELATED, _MATERIAL_CLASH = 8, 4, -5
_BRAND_SAME, _BRAND_MENTIONED, _BRAND_CLASH = 15, 8, -12
_DETAIL_EACH, _DETAIL_MAX = 5, 15
_WORD_EACH, _WORD_MAX = 6, 18
_PLACE_CONCEPT, _PLACE_WORD_EACH, _PLACE_MAX, _PLACE_CLASH = 5, 6, 15, -5
_SCALE = 60.0  # raw points at which the score reaches 63 of 100

_MIN_FUZZY_LENGTH = 5  # shorter words are only ever matched exactly
_WORD_SIMILARITY = 85  # rapidfuzz ratio for two names or model words to count as the same
_TRANSPORT = frozenset(
    {"place:metro", "place:rer", "place:train", "place:bus", "place:tram", "place:taxi"}
)


@dataclass
class Description:
    """What a description says, as vocabulary concept ids.

    `words` holds the rest, in order: ids of the other things mentioned ("kind:transit_pass"
    for the Navigo card in a wallet), of features and places ("feature:folding",
    "place:metro"), and the plain tokens that matched nothing ("martin", "13").
    """

    category: str | None = None
    kind: str | None = None
    colors: list[str] = field(default_factory=list)
    material: str | None = None
    brand: str | None = None
    words: list[str] = field(default_factory=list)


@dataclass
class Match:
    item: FoundItem
    score: float  # 0-100, higher is better


def describe(text: str, language: str) -> Description:
    """The concepts in a caller's words or a clerk's text, tolerant of typos and mishearings."""
    found = _concepts_and_words(text, language)
    concepts = [token for token in found if ":" in token]
    kinds = [c for c in concepts if c.startswith("kind:")]
    kind = _main_kind(kinds)
    category = load_vocabulary().category_of(kind) if kind else _first(concepts, "category:")
    colors = _unique(c for c in concepts if c.startswith("color:"))
    material = _first(concepts, "material:")
    brand = _first(concepts, "brand:")
    primary = {category, kind, material, brand, *colors}
    return Description(
        category=category,
        kind=kind,
        colors=colors,
        material=material,
        brand=brand,
        words=_unique(token for token in found if token not in primary),
    )


def search_text(description: Description) -> str:
    """The normalised text stored with an item: its concept ids, then its other words."""
    terms = [description.category, description.kind, *description.colors]
    terms += [description.material, _as_term(description.brand), *description.words]
    return " ".join(_unique(term for term in terms if term))


def search(
    session: Session,
    query: str,
    *,
    language: str,
    lost_on: date | None = None,
    lost_at: str | None = None,
    today: date | None = None,
    limit: int = 5,
) -> list[Match]:
    """Items in storage that fit the caller's description, best first; often none.

    Only items found from the day before `lost_on` on are considered. `lost_at` is where the
    caller lost it, when asked separately; places said in `query` count too.
    """
    today = today or date.today()
    wanted = describe(query, language)
    if lost_at:
        wanted.words += [w for w in describe(lost_at, language).words if w not in wanted.words]
    matches = []
    for item in _candidates(session, wanted, lost_on=lost_on, today=today):
        points = score(wanted, item, lost_on=lost_on, today=today)
        if points >= MIN_SCORE:
            matches.append(Match(item=item, score=points))
    matches.sort(key=lambda m: (-m.score, -m.item.found_on.toordinal(), m.item.id))
    return matches[:limit]


def score(
    wanted: Description,
    item: FoundItem,
    *,
    lost_on: date | None = None,
    today: date | None = None,
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
        + _color_points(wanted.colors, item.color_list)
        + _material_points(wanted.material, item.material, facts.details)
        + _brand_points(wanted.brand, item.brand, facts.details)
        + _detail_points(wanted_ids, facts)
        + _word_and_place_points(wanted_ids, wanted_plain, facts)
        + _date_points(item.found_on, lost_on=lost_on, today=today or date.today())
    )
    return round(100 * (1 - math.exp(-raw / _SCALE)), 1) if raw > 0 else 0.0


# --- reading descriptions ---------------------------------------------------------------------


@lru_cache(maxsize=20_000)
def _concepts_and_words(text: str, language: str) -> tuple[str, ...]:
    """Concept ids and leftover tokens, in the order they were said.

    Longest vocabulary phrase first. A two-word phrase with one word misheard ("galaxy bads",
    "camarra fotos") beats a one-word match; a word matching nothing is then tried as an
    inflection or a typo.
    """
    tokens = normalize(text, language)
    index = _phrase_index(language)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        size, ids = _longest_phrase(tokens, i, language)
        if size <= 1 and i + 1 < len(tokens) and (tokens[i + 1],) not in index:
            pair_ids = _approximate_pair(f"{tokens[i]} {tokens[i + 1]}", language)
            if pair_ids:
                size, ids = 2, pair_ids
        if not size:
            size, ids = 1, _single_word(tokens[i], language) or (tokens[i],)
        out += ids
        i += size
    return tuple(out)


def _longest_phrase(tokens: list[str], start: int, language: str) -> tuple[int, tuple[str, ...]]:
    """The longest vocabulary phrase at `start`: its length in words, and its concepts."""
    index = _phrase_index(language)
    for size in range(min(_longest_in(language), len(tokens) - start), 0, -1):
        ids = index.get(tuple(tokens[start : start + size]))
        if ids:
            return size, ids
    return 0, ()


@cache
def _phrase_index(language: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every vocabulary phrase, normalised as descriptions are, mapped to its concepts."""
    index: dict[tuple[str, ...], list[str]] = {}
    for concept in load_vocabulary().concepts.values():
        for phrase in concept.words.get(language, ()):
            tokens = tuple(normalize(phrase, language))
            if tokens and concept.id not in index.setdefault(tokens, []):
                index[tokens].append(concept.id)
    return {tokens: tuple(ids) for tokens, ids in index.items()}


@cache
def _longest_in(language: str) -> int:
    return max(len(phrase) for phrase in _phrase_index(language))


@cache
def _fuzzy_choices(language: str, words: int) -> dict[str, tuple[str, ...]]:
    """Phrases of one (or two) words, long enough to be matched approximately."""
    return {
        " ".join(tokens): ids
        for tokens, ids in _phrase_index(language).items()
        if len(tokens) == words and len(" ".join(tokens)) >= _MIN_FUZZY_LENGTH
    }


@lru_cache(maxsize=50_000)
def _single_word(token: str, language: str) -> tuple[str, ...]:
    """Concepts for a word the vocabulary lacks as such: an inflection, a typo, a mishearing."""
    if token.isdigit():
        return ()
    index = _phrase_index(language)
    for suffix in load_vocabulary().language(language).suffixes:
        stem = token[: -len(suffix)]
        if token.endswith(suffix) and len(stem) >= 3 and (stem,) in index:
            return index[(stem,)]
    return _approximately(token, _fuzzy_choices(language, 1))


@lru_cache(maxsize=50_000)
def _approximate_pair(pair: str, language: str) -> tuple[str, ...]:
    """A two-word phrase with one word misheard: "studsnt card", "camarra fotos"."""
    first, second = pair.split()
    if first.isdigit() or second.isdigit():
        return ()

    def one_word_exact(phrase: str) -> bool:
        return phrase.startswith(first) or phrase.endswith(second)

    # Two-word phrases are stored glued when the transcript may glue them ("galaxybuds").
    return _approximately(pair, _fuzzy_choices(language, 2), also=one_word_exact) or (
        _approximately(first + second, _fuzzy_choices(language, 1), also=one_word_exact)
    )


def _approximately(
    text: str,
    choices: dict[str, tuple[str, ...]],
    *,
    also: Callable[[str], bool] = lambda phrase: True,
) -> tuple[str, ...]:
    """The concepts of the closest phrase, if close enough to be a typo or a mishearing.

    Short words are not guessed at; a candidate must start with the same letter and be
    about as long, as mishearings keep the first sound and roughly the length.
    """
    if len(text) < _MIN_FUZZY_LENGTH:
        return ()
    cutoff = _typo_tolerance(len(text))
    for phrase, _, _ in process.extract(
        text, choices.keys(), scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
    ):
        if phrase[0] == text[0] and abs(len(phrase) - len(text)) <= 2 and also(phrase):
            return choices[phrase]
    return ()


def _typo_tolerance(length: int) -> float:
    """Similarity needed for a word to stand for a vocabulary word: stricter when short."""
    if length <= 5:
        return 88  # a letter more or less ("canon"/"cannon"), never another letter
    if length <= 7:
        return 85
    return 80


def _main_kind(kinds: list[str]) -> str | None:
    """The first kind mentioned, skipping wrappers: in "a pouch with my insulin pen" the pen."""
    vocabulary = load_vocabulary()
    for kind in kinds:
        if not vocabulary.concept(kind).wrapper:
            return kind
    return kinds[0] if kinds else None


def _first(concepts: list[str], prefix: str) -> str | None:
    return next((c for c in concepts if c.startswith(prefix)), None)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _as_term(brand: str | None) -> str | None:
    """A brand the vocabulary lacks (a clerk typed "Obut") is stored as plain words."""
    if brand is None or load_vocabulary().has(brand):
        return brand
    return " ".join(tokenize(brand)) or None


# --- narrowing in SQL -------------------------------------------------------------------------


def _candidates(
    session: Session, wanted: Description, *, lost_on: date | None, today: date
) -> list[FoundItem]:
    """A bounded short list: per kind, the items found soonest after the loss (or latest).

    Each part of the union is meant to be one short range scan on (kind, found_on), or on
    (category, found_on) or (found_on) when no kind was recognised.
    """
    if lost_on:
        start, order = lost_on - timedelta(days=_EARLY_DAYS), FoundItem.found_on.asc()
        color_window = (start, min(today, lost_on + timedelta(days=_COLOR_REACH_DAYS)))
    else:
        start, order = today - timedelta(days=_MAX_AGE_DAYS), FoundItem.found_on.desc()
        color_window = (today - timedelta(days=_COLOR_REACH_DAYS), today)
    # "Not in another status" rather than "= in_storage": the same rows, but the planner
    # then cannot prefer (status, found_on) and filter thousands of rows by kind.
    unavailable = [s.value for s in ItemStatus if s is not ItemStatus.IN_STORAGE]

    def part(condition, limit: int, window: tuple[date, date] = (start, today)) -> Select:
        return (
            select(FoundItem.id)
            .where(condition, FoundItem.found_on.between(*window))
            .where(FoundItem.status.not_in(unavailable))
            .order_by(order)
            .limit(limit)
        )

    parts = [part(FoundItem.kind == kind, n) for kind, n in _kinds_to_fetch(wanted).items()]
    if wanted.kind and wanted.colors:
        in_color = and_(FoundItem.kind == wanted.kind, FoundItem.colors.contains(wanted.colors[0]))
        parts.append(part(in_color, _PER_COLOR, color_window))
    if wanted.kind:
        # Items whose kind the clerk's text did not reveal; few, so their category is left to
        # scoring, which keeps this part a range scan on (kind, found_on) with kind IS NULL.
        parts.append(part(FoundItem.kind.is_(None), _PER_UNKNOWN_KIND))
    elif wanted.category:
        parts.append(part(FoundItem.category == wanted.category, _PER_KIND))
    if not parts:
        parts.append(part(true(), _FALLBACK))
    ids = union_all(*(select(p.subquery().c.id) for p in parts))
    _plan_for_these_values(session)
    return list(session.scalars(select(FoundItem).where(FoundItem.id.in_(ids))))


def _plan_for_these_values(session: Session) -> None:
    """Ask PostgreSQL to plan the search for its actual kinds and dates.

    The driver prepares a statement it sees often, and PostgreSQL may then reuse a generic
    plan that cannot tell a rare kind from a common one: measured at 1M items, p95 went
    from about 25 ms to over 500 ms. The setting lasts until the end of the transaction.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))


def _kinds_to_fetch(wanted: Description) -> dict[str, int]:
    if not wanted.kind:
        return {}
    vocabulary = load_vocabulary()
    also = [w for w in wanted.words if w.startswith("kind:")]
    kinds = {wanted.kind: _PER_KIND}
    for kind in sorted(vocabulary.related(wanted.kind)) + also:
        kinds.setdefault(kind, _PER_RELATED_KIND)
    return kinds


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ItemFacts:
    """What an item's stored text says beyond its columns, and where it was found."""

    kinds: frozenset[str]  # other kinds mentioned (a wallet's Navigo card)
    details: frozenset[str]  # other concept ids: features, further materials and brands
    words: tuple[str, ...]  # plain words: names, model numbers
    places: frozenset[str]  # place concepts of `found_at`
    place_words: frozenset[str]  # plain words of `found_at`: line numbers, stations


def _item_facts(item: FoundItem) -> _ItemFacts:
    stored = item.search_text or search_text(describe(item.description, item.language))
    return _facts(stored, item.kind or "", item.found_at or "", item.language)


@lru_cache(maxsize=50_000)
def _facts(stored: str, kind: str, found_at: str, language: str) -> _ItemFacts:
    terms = stored.split()
    ids = {t for t in terms if ":" in t}
    place = _concepts_and_words(found_at, language)
    return _ItemFacts(
        kinds=frozenset(t for t in ids if t.startswith("kind:") and t != kind),
        details=frozenset(t for t in ids if not t.startswith(("kind:", "place:", "category:"))),
        words=tuple(t for t in terms if ":" not in t),
        places=frozenset(t for t in place if t.startswith("place:")),
        place_words=frozenset(t for t in place if ":" not in t),
    )


def _kind_points(wanted: Description, item: FoundItem, facts: _ItemFacts) -> float:
    vocabulary = load_vocabulary()
    if not wanted.kind:
        if wanted.category:
            return _CATEGORY_ONLY if item.category == wanted.category else 0
        return 0
    if item.kind == wanted.kind:
        return _KIND_SAME
    if item.kind and item.kind in vocabulary.related(wanted.kind):
        return _KIND_RELATED
    if wanted.kind in facts.kinds or (item.kind and item.kind in wanted.words):
        return _KIND_MENTIONED
    if item.category == vocabulary.category_of(wanted.kind):
        return _KIND_SAME_CATEGORY
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


def _material_points(wanted: str | None, found: str | None, details: frozenset[str]) -> float:
    if not wanted:
        return 0
    if wanted == found:
        return _MATERIAL_SAME
    if wanted in details or (found and found in load_vocabulary().related(wanted)):
        return _MATERIAL_RELATED
    return _MATERIAL_CLASH if found else 0


def _brand_points(wanted: str | None, found: str | None, details: frozenset[str]) -> float:
    if not wanted:
        return 0
    if wanted == found:
        return _BRAND_SAME
    if wanted in details:
        return _BRAND_MENTIONED
    return _BRAND_CLASH if found and load_vocabulary().has(found) else 0


def _detail_points(wanted_ids: set[str], facts: _ItemFacts) -> float:
    """Other things and features both mention: a Navigo card, "folding", a keyring."""
    shared = {i for i in wanted_ids if not i.startswith("place:")} & (facts.details | facts.kinds)
    return min(_DETAIL_MAX, _DETAIL_EACH * len(shared))


def _word_and_place_points(wanted_ids: set[str], plain: list[str], facts: _ItemFacts) -> float:
    """Names and numbers found in the item's text, and the place: same line, station, mode."""
    word_points = place_points = 0.0
    for word in plain:
        if _word_in(word, facts.words):
            word_points += _WORD_EACH
        elif _word_in(word, facts.place_words):
            place_points += _PLACE_WORD_EACH
    wanted_places = {i for i in wanted_ids if i.startswith("place:")} - {"place:line"}
    if wanted_places & facts.places:
        place_points += _PLACE_CONCEPT
    elif wanted_places & _TRANSPORT and facts.places & _TRANSPORT:
        place_points += _PLACE_CLASH
    return min(_WORD_MAX, word_points) + min(_PLACE_MAX, place_points)


def _word_in(word: str, words: Iterable[str]) -> bool:
    if word.isdigit() or len(word) < 4:
        return word in words
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
