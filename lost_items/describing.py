"""Reading descriptions: what a caller says or a clerk types, as language-free concepts.

A description, in any language, is reduced to vocabulary concept ids (`describe`): the kind
of thing, its category, colours, material and brand, plus `words` for everything else that
may tell two items apart (other things mentioned, features such as "folding", places, and
names or numbers that match no concept). A caller's "perdí mi cartera negra en el metro" and a
clerk's "Portefeuille en cuir noir" then meet on "kind:wallet" and "color:black".

A language the vocabulary does not know (one added to the phone line before its words were)
is read with every known language's words at once: callers use international words
("iPhone", "Samsonite") and neighbouring languages' colours, and a partial reading beats none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from lost_items.details import CASE_FEATURE, CASES, read_details
from lost_items.spoken_places import register_language
from lost_items.text import NAME, NOT, normalize, sound_key, tokenize
from lost_items.vocabulary import load_vocabulary

__all__ = ["LINE", "SIZES", "Description", "describe", "describe_place", "search_text"]

_MIN_FUZZY_LENGTH = 5  # shorter words are only ever matched exactly
_OTHER_WORD_SIMILARITY = 70  # the misheard word of a two-word phrase, against the right one
_EVERY_LANGUAGE = "*"  # reads with the words of every language the vocabulary knows
_CLOTHING = "category:clothing_shoes"
SIZES = frozenset({"feature:small", "feature:medium", "feature:large"})
LINE = "place:line:"  # "place:line:9": the line itself, read from a place (`describe_place`)
_LINE_MODES = frozenset({"place:line", "place:metro", "place:bus", "place:tram", "place:rer"})
# Marks on an item, which a size word may describe instead of the item.
_MARKS = frozenset(
    {
        "feature:stain",
        "feature:hole",
        "feature:cracked",
        "feature:stickers",
        "feature:patch",
        "feature:star",
        "feature:heart",
        "feature:flag",
        "feature:drawing",
        "feature:keyring",
        "feature:pendant",
        "feature:evil_eye",
        "feature:ribbon",
        "feature:engraved",
        "feature:scratched",
    }
)
# Glass, lens and screen words: "rayé" beside one is scratched, not striped ("écran rayé").
_GLASS = frozenset(
    {
        "feature:lens",
        "verre",
        "verres",
        "vitre",
        "ecran",
        "screen",
        "glass",
        "cristal",
        "cristales",
        "pantalla",
        "glas",
        "glaser",
        "display",
        "bildschirm",
    }
)
_STRIPED, _SCRATCHED = "feature:striped", "feature:scratched"
# "Only the left one" says the right one is missing ("nur noch der linke", "solo el izquierdo").
_ONLY = frozenset({"only", "just", "seulement", "solo", "solamente", "unicamente", "nur"})
_OTHER_SIDE = {"side:left": "side:right", "side:right": "side:left"}
_MISSING = "feature:missing"


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


def describe(text: str, language: str) -> Description:
    """The concepts in a caller's words or a clerk's text, tolerant of typos and mishearings."""
    found = _concepts_and_words(text, language)
    found = _without_marks_sizes(_scratched_glass(_only_one_side(_without_negated(found))))
    concepts = [token for token in found if ":" in token]
    kinds = [c for c in concepts if c.startswith("kind:")]
    kind = _brands_kind(concepts) or _main_kind(kinds)
    vocabulary = load_vocabulary()
    category = vocabulary.category_of(kind) if kind else _first(concepts, "category:")
    if category == _CLOTHING:  # a coat's "sleeve" is no case, nor the red after it its colour
        found = tuple(t for t in found if t not in CASES)
    holders = {c for c in kinds if c != kind and vocabulary.concept(c).wrapper}
    details = read_details(found, language, holders=holders)
    # A colour said of the case only ("iPhone noir, coque verte") is not the item's; but
    # with no other colour said, the case's is what anyone sees of it ("iPhone coque rose").
    said_colors = _unique(c for c in concepts if c.startswith("color:"))
    colors = [
        c for c in said_colors if c not in details.case_colors or concepts.count(c) > 1
    ] or said_colors
    material = _first(concepts, "material:")
    brand = _items_brand(found, kind)
    primary = {category, kind, material, brand, *said_colors, NOT}
    return Description(
        category=category,
        kind=kind,
        colors=colors,
        material=material,
        brand=brand,
        words=_unique([*(t for t in found if t not in primary), *details.terms]),
    )


@lru_cache(maxsize=20_000)
def describe_place(text: str, language: str) -> tuple[str, ...]:
    """Where something was found or lost, as concept ids ("place:station") and the plain
    words that name it ("lyon", "9"). Places are written in the register's language whatever
    the entry's ("Gare de Lyon" in an English entry, "Métro ligne 5" for a Spanish caller):
    the concepts of both readings count, and only the words neither reads as a concept, so
    that "gare" and "de" are no names shared by Gare de Lyon and Gare de Bercy."""
    readings = [
        describe(text, code).words for code in dict.fromkeys([language, register_language()])
    ]
    concepts = [w for words in readings for w in [*words, *_lines(words)] if w.startswith("place:")]
    names = [w for w in readings[0] if ":" not in w and all(w in words for words in readings)]
    return tuple(_unique([*concepts, *names]))


def _lines(words: list[str]) -> list[str]:
    """The line a place names, as a term of its own ("place:line:2" for "Métro ligne 2",
    "place:line:21" for "Bus 21"): another line is another place, even at the same station."""
    return [
        f"{LINE}{word}"
        for said, word in pairwise(words)
        if said in _LINE_MODES and ":" not in word and (word.isdigit() or len(word) == 1)
    ]


def _without_negated(found: tuple[str, ...]) -> tuple[str, ...]:
    """What is said to be missing is not there: "no health card", "sans écusson", "ohne
    Badge", "sans rabat". A case stays, for `read_details` to read "sans coque" as having
    none."""
    return tuple(
        token
        for i, token in enumerate(found)
        if not (i and found[i - 1] == NOT and ":" in token and token != CASE_FEATURE)
    )


def _only_one_side(found: tuple[str, ...]) -> tuple[str, ...]:
    """ "Only the left earbud is left" is the right one missing: what tells it from the
    lookalike whose left one is missing. Not "only the left lens is scratched"."""
    if _MISSING in found:
        return found
    for i, token in enumerate(found):
        said_of = [t for t in found[i + 1 : i + 4] if t.startswith("feature:") and t not in CASES]
        if token in _OTHER_SIDE and _ONLY & set(found[max(0, i - 3) : i]) and not said_of:
            return (*found[:i], _OTHER_SIDE[token], _MISSING, *found[i + 1 :])
    return found


def _scratched_glass(found: tuple[str, ...]) -> tuple[str, ...]:
    """Lines on glass are scratches: "verre gauche rayé", "écran rayé", "una raya en el
    cristal" are scratched; "parapluie rayé" stays striped."""
    return tuple(
        _SCRATCHED if token == _STRIPED and _GLASS & set(found[max(0, i - 2) : i + 3]) else token
        for i, token in enumerate(found)
    )


def _without_marks_sizes(found: tuple[str, ...]) -> tuple[str, ...]:
    """A size said right beside a mark is the mark's: "petite tache", "a tiny stain",
    "kleiner Aufkleber", "un parche pequeño" say nothing of the item's size."""
    return tuple(
        token
        for i, token in enumerate(found)
        if token not in SIZES
        or not ({found[i - 1] if i else "", found[i + 1] if i + 1 < len(found) else ""} & _MARKS)
    )


def search_text(description: Description) -> str:
    """The normalised text stored with an item: its concept ids, then its other words."""
    terms = [description.category, description.kind, *description.colors]
    terms += [description.material, _as_term(description.brand), *description.words]
    return " ".join(_unique(term for term in terms if term))


# --- reading words -------------------------------------------------------------------------


@lru_cache(maxsize=20_000)
def _concepts_and_words(text: str, language: str) -> tuple[str, ...]:
    """Concept ids and leftover tokens, in the order they were said.

    Longest vocabulary phrase first. A two-word phrase with one word misheard ("galaxy bads",
    "camarra fotos") beats a one-word match; a word matching nothing is then tried as an
    inflection or a typo.
    """
    vocabulary = load_vocabulary()
    if language not in vocabulary.languages():
        # Fillers and spoken numbers as the fallback language has them (`Vocabulary.language`);
        # concepts in the words of every language.
        tokens = normalize(text, vocabulary.language(language).code)
        language = _EVERY_LANGUAGE
    else:
        tokens = normalize(text, language)
    index = _phrase_index(language)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i].startswith(NAME):  # a name: itself, whatever it looks like
            out.append(tokens[i].removeprefix(NAME))
            i += 1
            continue
        size, ids = _longest_phrase(tokens, i, language)
        if size <= 1 and i + 1 < len(tokens) and (tokens[i + 1],) not in index:
            pair_ids = _approximate_pair(f"{tokens[i]} {tokens[i + 1]}", language)
            # A known word stays itself unless the pair names the same thing more closely
            # ("galaxy bads": Galaxy Buds; not "gravée Inès": something else entirely).
            if pair_ids and (not size or set(ids) & set(pair_ids)):
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
        for code in _codes(language):
            for phrase in concept.words.get(code, ()):
                tokens = tuple(normalize(phrase, code))
                if tokens and concept.id not in index.setdefault(tokens, []):
                    index[tokens].append(concept.id)
    return {tokens: tuple(ids) for tokens, ids in index.items()}


def _codes(language: str) -> list[str]:
    """The languages whose words `language` reads with: itself, or all of them for "*"."""
    return load_vocabulary().languages() if language == _EVERY_LANGUAGE else [language]


@cache
def _suffixes(language: str) -> tuple[str, ...]:
    """Inflections worth stripping from a word the vocabulary lacks."""
    settings = [load_vocabulary().language(code) for code in _codes(language)]
    return tuple(dict.fromkeys(suffix for s in settings for suffix in s.suffixes))


@cache
def _longest_in(language: str) -> int:
    return max(len(phrase) for phrase in _phrase_index(language))


@cache
def _fuzzy_choices(
    language: str, words: int, min_length: int = _MIN_FUZZY_LENGTH
) -> dict[str, tuple[str, ...]]:
    """Phrases of one (or two) words, long enough to be matched approximately. Not countries:
    callers say them plainly, and a country guessed from a brand ("Tourister": Turkish)
    would count against the right document."""
    return {
        " ".join(tokens): ids
        for tokens, ids in _phrase_index(language).items()
        if len(tokens) == words
        and len(" ".join(tokens)) >= min_length
        and not any(i.startswith("country:") for i in ids)
    }


@lru_cache(maxsize=50_000)
def _single_word(token: str, language: str) -> tuple[str, ...]:
    """Concepts for a word the vocabulary lacks as such: an inflection, a typo, a mishearing."""
    if token.isdigit():
        return ()
    index = _phrase_index(language)
    for suffix in _suffixes(language):
        stem = token[: -len(suffix)]
        if token.endswith(suffix) and len(stem) >= 3 and (stem,) in index:
            return index[(stem,)]
    return _approximately(token, _fuzzy_choices(language, 1), by_sound=language)


@lru_cache(maxsize=50_000)
def _approximate_pair(pair: str, language: str) -> tuple[str, ...]:
    """A two-word phrase with one word misheard: "studsnt card", "camarra fotos"."""
    first, second = pair.split()
    if first.isdigit() or second.isdigit():
        return ()

    def one_word_exact(phrase: str) -> bool:
        # One word as said, the other close to the phrase's ("galaxy bads"), not any word
        # at all ("got back paris" is no "back pack").
        glued = phrase.replace(" ", "")
        if glued.startswith(first):
            return _close(glued[len(first) :], second)
        if glued.endswith(second):
            return _close(glued[: -len(second)], first)
        return False

    # Two-word phrases are stored glued when the transcript may glue them ("galaxybuds").
    return _approximately(pair, _fuzzy_choices(language, 2), also=one_word_exact) or (
        _approximately(
            first + second,
            _fuzzy_choices(language, 1),
            also=one_word_exact,
            by_sound=language,
        )
    )


def _close(right: str, heard: str) -> bool:
    """A word heard for the right one: spelt or sounding alike ("bads", "eye" for "i")."""
    return (
        fuzz.ratio(right, heard) >= _OTHER_WORD_SIMILARITY
        or fuzz.ratio(sound_key(right), sound_key(heard)) >= _OTHER_WORD_SIMILARITY
    )


def _approximately(
    text: str,
    choices: dict[str, tuple[str, ...]],
    *,
    also: Callable[[str], bool] = lambda phrase: True,
    by_sound: str | None = None,
) -> tuple[str, ...]:
    """The concepts of the closest phrase, if close enough to be a typo or a mishearing.

    Short words are not guessed at; a candidate must start with the same letter and be
    about as long, as mishearings keep the first sound and roughly the length. With
    `by_sound` (a language), a word spelt otherwise is then tried by how it sounds.
    """
    if len(text) < _MIN_FUZZY_LENGTH:
        return ()
    cutoff = _typo_tolerance(len(text))
    for phrase, _, _ in process.extract(
        text, choices.keys(), scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
    ):
        # A word that begins a longer one is itself: "student" is not "studentid".
        begins_it = phrase.startswith(text) and len(phrase) > len(text) + 1
        close = phrase[0] == text[0] and abs(len(phrase) - len(text)) <= 2
        if close and not begins_it and also(phrase):
            return choices[phrase]
    return _sounding_alike(text, by_sound, also=also) if by_sound else ()


def _sounding_alike(
    text: str, language: str, *, also: Callable[[str], bool] = lambda phrase: True
) -> tuple[str, ...]:
    """The concepts of a phrase that sounds like `text` though spelt otherwise ("shaomi",
    "chao mi" for Xiaomi; "eye pad" for iPad): the same test on the sound keys."""
    heard = sound_key(text)
    if len(heard) < _MIN_FUZZY_LENGTH - 1:
        return ()
    choices = _sound_choices(language)
    for key, _, phrase in process.extract(
        heard,
        _sound_keys(language),
        scorer=fuzz.ratio,
        score_cutoff=_typo_tolerance(len(heard)),
        limit=5,
    ):
        if key[0] == heard[0] and abs(len(key) - len(heard)) <= 1 and also(phrase):
            return choices[phrase]
    return ()


@cache
def _sound_choices(language: str) -> dict[str, tuple[str, ...]]:
    """One-word names of brands and things a mishearing may stand for, short ones too
    ("ipad"); not colours or materials, which a name sounds like as often ("Martínez":
    "marrones")."""
    return {
        phrase: ids
        for phrase, ids in _fuzzy_choices(language, 1, min_length=_MIN_FUZZY_LENGTH - 1).items()
        if all(i.startswith(("brand:", "kind:")) for i in ids)
    }


@cache
def _sound_keys(language: str) -> dict[str, str]:
    """Each of those phrases' sound key, made once per language: rapidfuzz scores a
    mapping's values and hands back the key, here the phrase."""
    return {phrase: sound_key(phrase) for phrase in _sound_choices(language)}


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


def _brands_kind(concepts: list[str]) -> str | None:
    """The kind a brand named first means: "OnePlus Nord, étui portefeuille" is a phone in a
    wallet case, "my Ray-Bans" sunglasses; None when a kind comes first, the brand makes
    many kinds (Samsung, Apple), or a kind akin to the brand's is named after it ("Ray-Ban
    glasses" are prescription glasses)."""
    vocabulary = load_vocabulary()
    for i, concept in enumerate(concepts):
        if concept.startswith("kind:"):
            return None
        if concept.startswith("brand:"):
            makes = vocabulary.concept(concept).makes
            akin = vocabulary.related(makes) if makes else frozenset()
            return None if akin & set(concepts[i + 1 :]) else makes
    return None


def _items_brand(found: tuple[str, ...], kind: str | None) -> str | None:
    """The first brand said of the item itself, not of another thing beside it: in "sac à
    dos noir, contient ordinateur portable HP" or "my HP laptop inside", HP is the laptop's.
    A brand said of nothing else is the item's ("un Samsung noir"), and so is one that
    makes no such thing as the one beside it ("rouge vernis de chez Lancel. Il y a ma carte")."""
    if not kind:
        return _first(list(found), "brand:")
    vocabulary = load_vocabulary()
    same = {kind, *vocabulary.related(kind)}

    def of_other(brand: str, other: str) -> bool:
        makes = vocabulary.concept(brand).makes
        return other not in same and (not makes or makes in {other, *vocabulary.related(other)})

    for i, token in enumerate(found):
        beside = found[max(0, i - 1) : i + 2]
        if token.startswith("brand:") and not any(
            t.startswith("kind:") and of_other(token, t) for t in beside
        ):
            return token
    return None


def _first(concepts: list[str], prefix: str) -> str | None:
    return next((c for c in concepts if c.startswith(prefix)), None)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _as_term(brand: str | None) -> str | None:
    """A brand the vocabulary lacks (a clerk typed "Obut") is stored as plain words."""
    if brand is None or load_vocabulary().has(brand):
        return brand
    return " ".join(tokenize(brand)) or None
