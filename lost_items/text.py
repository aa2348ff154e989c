"""Normalising what callers say and clerks type, so that the same thing reads the same way.

`normalize("Euh, j'ai perdu mon i phone 13", "fr")` gives `["iphone", "13"]`: accents and
case folded, punctuation gone, numbers spoken as words turned into digits, words the speech
recogniser split glued back ("i phone", "porte feuille", "ray band"), the language's filler
and function words dropped, and, in languages that glue nouns ("Lederbrieftasche"), compounds
split into the vocabulary's words ("leder", "brieftasche").

Everything language-specific comes from the vocabulary data; this module holds no word lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache

from rapidfuzz import fuzz, process

from lost_items.vocabulary import Language, load_vocabulary

__all__ = [
    "MODEL_WORDS",
    "NAME",
    "NOT",
    "fold",
    "known_words",
    "normalize",
    "phrase_tokens",
    "sound_key",
    "spoken_numbers",
    "tokenize",
]

# Stands for "sans", "without", "sin", "ohne" in normalised words (a token no text folds to):
# the negation is a stopword, yet "sans coque" must not read as "with a case".
NOT = "~not"
# "And" between two initials: "M et P", "M and P", "M y P", "M und P" are the clerk's "M & P".
_AND = frozenset({"et", "and", "y", "und"})
# Before a word matched as itself only: a name ("au nom de MARTIN"), or a letter written
# against a number ("Pixel 8a"), which is the model's even where it is an article.
NAME = "~name:"
_NAME_REACH = 4  # "name on it is Rose": the first word after the marker that is not a stopword
# Words that make a model of a number, or of a name alone ("iPhone SE", "AirPods Pro").
MODEL_WORDS = frozenset({"pro", "max", "plus", "ultra", "lite", "mini", "se", "fe", "note", "air"})

_SPECIAL_LETTERS = str.maketrans({"ß": "ss", "œ": "oe", "æ": "ae", "ø": "o", "ł": "l"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_LETTERS_DIGITS = re.compile(r"[a-z]+|[0-9]+")

# Spellings a recogniser swaps for the same sound, in the order they are rewritten: a word
# heard in another language's spelling ("shaomi", "chao mi" for Xiaomi; "eye pad" for iPad).
_SOUNDS = (
    ("eye", "i"),
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("x", "s"),
    ("z", "s"),
    ("ph", "f"),
    ("ck", "k"),
    ("qu", "k"),
    ("c", "k"),
    ("q", "k"),
    ("w", "v"),
    ("ai", "i"),
    ("ay", "i"),
    ("ee", "i"),
    ("y", "i"),
    ("ou", "u"),
    ("h", ""),
)
_DOUBLED = re.compile(r"(.)\1+")

# Gluing two split words back: only into a longish known word, and only when close.
_MIN_JOINED_LENGTH = 6
_JOIN_SIMILARITY = 90
# Compound parts shorter than this are too ambiguous to split on ("rad", "uhr" are heads only).
_MIN_MODIFIER = 3
_MIN_HEAD = 3


def fold(text: str) -> str:
    """Lower case, no accents, punctuation replaced by spaces: "Clé d'accès" -> "cle d acces"."""
    text = text.lower().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", plain).strip()


def tokenize(text: str) -> list[str]:
    """Folded words, with letters and digits apart ("S23" -> "s", "23"; "G7" -> "g", "7")."""
    return _LETTERS_DIGITS.findall(fold(text))


def sound_key(word: str) -> str:
    """A folded word as it sounds, roughly, whatever the spelling: "shaomi" and "xiaomi"
    give "saomi" and "siaomi", "eyepad" and "ipad" both "ipad". For telling a mishearing of
    a vocabulary word from another word, a class of mistakes rather than a list of them."""
    key = fold(word).replace(" ", "")
    for spelling, sound in _SOUNDS:
        key = key.replace(spelling, sound)
    return _DOUBLED.sub(r"\1", key)


def normalize(text: str, language: str) -> list[str]:
    """The meaningful words of a description, in order, ready to compare with the vocabulary."""
    settings = load_vocabulary().language(language)
    tokens = _join_thousands(_numbers_as_digits(_tokens_keeping_glued(text, language), settings))
    tokens = _join_spelled_out(tokens, _stopwords(language))
    tokens = _join_split_words(tokens, language)
    tokens = _without_filler_phrases(tokens, language)
    tokens = _names_marked(tokens, language)
    stopwords = _stopwords(language)
    negations = _negations(language)
    names = _product_names()
    tokens = [
        NOT if token in negations else token
        for i, token in enumerate(tokens)
        if token not in stopwords
        or token in negations
        or (token in MODEL_WORDS and i and (tokens[i - 1] in names or tokens[i - 1].isdigit()))
    ]
    if settings.compounds:
        tokens = [
            part
            for token in tokens
            for part in ((token,) if token.startswith(NAME) else _split_compound(token, language))
        ]
    return tokens


def _tokens_keeping_glued(text: str, language: str) -> list[str]:
    """`tokenize`, with a letter written against a number kept as itself even when it is a
    stopword: the "a" of "Pixel 8a" is the model's, not an article ("Pixel 8" is another)."""
    folded = fold(text)
    stopwords = _stopwords(language)
    tokens = []
    for at in _LETTERS_DIGITS.finditer(folded):
        token, glued = at.group(), at.start() and folded[at.start() - 1].isdigit()
        tokens.append(NAME + token if glued and len(token) == 1 and token in stopwords else token)
    return tokens


def _join_thousands(tokens: list[str]) -> list[str]:
    """ "10 000 mAh", "10,000" as the one number a caller's "ten thousand" is read as."""
    out: list[str] = []
    for token in tokens:
        if token == "000" and out and out[-1].isdigit() and len(out[-1]) <= 3:
            out[-1] += token
        else:
            out.append(token)
    return out


def _join_spelled_out(tokens: list[str], stopwords: frozenset[str]) -> list[str]:
    """Letters the recogniser heard one by one, as the one word they spell: "x p s" is
    "xps", "nord c e" "nord ce", and initials "M et P", "M and P" the clerk's "M & P".
    Not "il y a": a run of stopwords only stays as it is."""
    out: list[str] = []
    run: list[str] = []
    tokens = [
        token
        for i, token in enumerate(tokens)
        if not (token in _AND and 0 < i < len(tokens) - 1 and _letters(tokens[i - 1 : i + 2]))
    ]
    for token in [*tokens, ""]:
        if len(token) == 1 and token.isalpha():
            run.append(token)
            continue
        if len(run) > 1 and not all(letter in stopwords for letter in run):
            out.append("".join(run))
        else:
            out += run
        run = []
        if token:
            out.append(token)
    return out


def _letters(around: list[str]) -> bool:
    """Both neighbours of an "and" are single letters: initials ("M y P")."""
    return all(len(t) == 1 and t.isalpha() for t in (around[0], around[-1]))


def phrase_tokens(phrase: str, language: str) -> tuple[str, ...]:
    """A vocabulary entry as tokens, with stopwords dropped: "sac à dos" -> ("sac", "dos")."""
    stopwords = _stopwords(language)
    negations = _negations(language)
    settings = load_vocabulary().language(language)
    tokens = _numbers_as_digits(tokenize(phrase), settings)
    return tuple(
        NOT if token in negations else token
        for token in tokens
        if token not in stopwords or token in negations
    )


@cache
def _country_words(language: str) -> frozenset[str]:
    return frozenset(
        token
        for concept in load_vocabulary().concepts.values()
        if concept.type == "country"
        for phrase in concept.words.get(language, ())
        for token in phrase_tokens(phrase, language)
    )


@cache
def known_words(language: str) -> frozenset[str]:
    """Every one-word vocabulary entry in a language, and every two-word entry glued together.

    The glued forms let a transcript's "porte feuille" or "air pods" meet the vocabulary's
    "portefeuille" and "airpods".
    """
    words: set[str] = set()
    for concept in load_vocabulary().concepts.values():
        for phrase in concept.words.get(language, ()):
            tokens = phrase_tokens(phrase, language)
            if len(tokens) == 1:
                words.add(tokens[0])
            elif len(tokens) == 2:
                words.add(tokens[0] + tokens[1])
    return frozenset(words)


@cache
def _product_names() -> frozenset[str]:
    """One-word brand and product names ("iphone", "galaxy"): a model word after one is the
    model, even where it is a common word ("iPhone SE", French "se"; "15 Plus", "plus")."""
    vocabulary = load_vocabulary()
    return frozenset(
        word
        for concept in vocabulary.concepts.values()
        if concept.type == "brand"
        for words in concept.words.values()
        for phrase in words
        for word in tokenize(phrase)
        if len(tokenize(phrase)) == 1
    )


@cache
def _stopwords(language: str) -> frozenset[str]:
    settings = load_vocabulary().language(language)
    return frozenset(token for word in settings.stopwords for token in tokenize(word))


@cache
def _negations(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in load_vocabulary().language(language).negations)


def _names_marked(tokens: list[str], language: str) -> list[str]:
    """The word after "au nom de", "named", "a nombre de" as NAME + the word: a surname
    read as itself, never as the colour or the brand it looks like ("MARTÍNEZ", "marine")."""
    stopwords = _stopwords(language)
    out = list(tokens)
    for marker in _name_markers(language):
        size = len(marker)
        for start in range(len(tokens) - size):
            if tuple(tokens[start : start + size]) != marker:
                continue
            following = range(start + size, min(len(tokens), start + size + _NAME_REACH))
            name = next((i for i in following if tokens[i] not in stopwords), None)
            if name is not None and not tokens[name].isdigit():
                out[name] = NAME + tokens[name].removeprefix(NAME)
    return out


@cache
def _name_markers(language: str) -> tuple[tuple[str, ...], ...]:
    settings = load_vocabulary().language(language)
    return tuple(tuple(tokenize(marker)) for marker in settings.name_markers)


@cache
def _filler_phrases(language: str) -> frozenset[tuple[str, ...]]:
    settings = load_vocabulary().language(language)
    return frozenset(tuple(tokenize(phrase)) for phrase in settings.filler_phrases)


def _without_filler_phrases(tokens: list[str], language: str) -> list[str]:
    """Tokens without the language's filler phrases ("i left", "left it"), each dropped
    whole, so that a word they share keeps its meaning elsewhere ("the left earbud")."""
    phrases = _filler_phrases(language)
    if not phrases:
        return tokens
    dropped: set[int] = set()
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(tokens) - size + 1):
            if tuple(tokens[start : start + size]) == phrase:
                dropped.update(range(start, start + size))
    return [token for i, token in enumerate(tokens) if i not in dropped]


@cache
def _number_words(language: str) -> dict[str, int]:
    settings = load_vocabulary().language(language)
    return {fold(word): value for word, value in settings.numbers.items()}


def spoken_numbers(
    tokens: list[str], language: str, *, more: Mapping[str, int] | None = None
) -> list[tuple[str, int]]:
    """Tokens with spoken numbers as digits, each with the index of the token it starts at.

    The index lets a caller find the words a number was said with ("quatre vingt onze" is
    one "91" starting at token 0). `more` adds number words the caller's context allows:
    "un" is a number in "vingt et un" or "le trente et un" but an article in "un sac",
    so only a reader of dates or lines passes it.
    """
    settings = load_vocabulary().language(language)
    numbers = _number_words(settings.code)
    if more:
        numbers = {**numbers, **more}
    return _read_numbers(tokens, numbers, fold(settings.number_connector or ""))


def _numbers_as_digits(tokens: list[str], settings: Language) -> list[str]:
    """ "line thirty eight", "línea treinta y ocho", "achtunddreißig" -> "38"."""
    connector = fold(settings.number_connector or "")
    return [token for token, _ in _read_numbers(tokens, _number_words(settings.code), connector)]


def _read_numbers(
    tokens: list[str], numbers: Mapping[str, int], connector: str
) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    building: int | None = None  # the number being read, while number words keep coming
    for index, token in enumerate(tokens):
        value = numbers.get(token)
        if value is None and token.endswith("s") and numbers.get(token[:-1]) in (20, 100):
            value = numbers[token[:-1]]  # "quatre-vingts", "deux cents"
        if value is None and connector:
            value = _glued_number(token, connector, numbers)
        if value is None:
            if token == connector and building is not None:
                continue  # "treinta y ocho": the next word may go on with the number
            out.append((token, index))
            building = None
            continue
        combined = _combine(building, value) if building is not None else None
        if combined is None:
            out.append((str(value), index))
            building = value
        else:
            out[-1] = (str(combined), out[-1][1])
            building = combined
    return out


def _glued_number(token: str, connector: str, numbers: Mapping[str, int]) -> int | None:
    """German writes numbers in one word: "achtunddreissig" is 8 + 30, "zehntausend"
    10 x 1000.

    A unit glued this way drops a final "s": "einundneunzig" is "eins" + 90.
    """
    for word, times in sorted(numbers.items(), key=lambda pair: -pair[1]):
        if times not in (100, 1000) or word not in token or token == word:
            continue  # "zehntausend", "zweihundertfünfundfünfzig"
        head, _, tail = token.partition(word)
        count = (numbers.get(head) or _glued_number(head, connector, numbers)) if head else 1
        rest = (numbers.get(tail) or _glued_number(tail, connector, numbers)) if tail else 0
        if count and count < times and rest is not None and rest < times:
            return count * times + rest
    unit, glued, tens = token.partition(connector)
    if not glued:
        return None
    unit_value = numbers.get(unit, numbers.get(unit + "s", 0))
    if unit_value in range(1, 10) and numbers.get(tens, 0) in range(20, 100, 10):
        return unit_value + numbers[tens]
    return None


def _combine(building: int, value: int) -> int | None:
    """The number "building value" reads as, or None when `value` starts a new number."""
    if value in (100, 1000) and building < value:
        return building * value  # "deux cents", "three hundred"
    if building == 4 and value == 20:
        return 80  # "quatre-vingt"
    if building >= 100 and building % 100 == 0 and value < 100:
        return building + value  # "cent cinquante"
    if building > 100 and building % 100 == 4 and value == 20:
        return building + 76  # "cent quatre-vingt"
    tens = building % 100 if building > 100 and building % 10 == 0 else 0
    if tens >= 20 and (value < 10 or (value < 20 and tens in (60, 80))):
        return building + value  # "cent vingt-cinq", "cent quatre-vingt-trois"
    if 20 <= building < 100 and building % 10 == 0 and value < 20:
        return building + value  # "thirty eight", "soixante dix"
    if building == 10 and 7 <= value <= 9:
        return building + value  # "dix-sept", "dix-huit", "dix-neuf"
    return None


def _join_split_words(tokens: list[str], language: str) -> list[str]:
    """Glue two tokens the recogniser split ("i phone", "mac book", "east pack")."""
    known = known_words(language)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens):
            joined = _joined(tokens[i], tokens[i + 1], known, language)
            if joined:
                out.append(joined)
                i += 2
                continue
        out.append(tokens[i])
        i += 1
    return out


def _joined(first: str, second: str, known: frozenset[str], language: str) -> str | None:
    stopwords = _stopwords(language)
    if first in stopwords and second in stopwords:
        return None  # "I'd", "I'm": a contraction, not "ID"
    if first + second in _country_words(language):
        return None  # countries are said plainly, never guessed: "I ran" is no "Iran"
    glued = first + second
    if glued in known:
        return glued
    if first.isdigit() or second.isdigit() or first in known or second in known:
        return None
    if len(glued) < _MIN_JOINED_LENGTH:
        return None
    return _closest_known(glued, language)


@cache
def _long_known_words(language: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in known_words(language) if len(w) >= _MIN_JOINED_LENGTH))


def _closest_known(glued: str, language: str) -> str | None:
    found = process.extractOne(
        glued, _long_known_words(language), scorer=fuzz.ratio, score_cutoff=_JOIN_SIMILARITY
    )
    return found[0] if found else None


def _split_compound(token: str, language: str) -> list[str]:
    """ "lederbrieftasche" -> ["leder", "brieftasche"]; unknown tokens stay whole.

    The head (last part) must be a known word. The modifier is split again if it is itself
    a compound; if it matches nothing it is kept as a word of its own ("damen" in
    "damenhandtasche" would be, were it not known).
    """
    known = known_words(language)
    if token in known or token.isdigit() or _inflection_of_known(token, language):
        return [token]
    for cut in range(_MIN_MODIFIER, len(token) - _MIN_HEAD + 1):
        modifier, head = token[:cut], token[cut:]
        if head in known:
            return [*_modifier_parts(modifier, language), head]
    return [token]


def _modifier_parts(modifier: str, language: str) -> list[str]:
    """The front of a compound, without its linking letters ("geigen" -> "geige")."""
    known = known_words(language)
    for candidate in _without_linking_letters(modifier):
        if candidate in known:
            return [candidate]
    parts = _split_compound(modifier, language)
    return parts if len(parts) > 1 else [modifier]


def _without_linking_letters(modifier: str) -> list[str]:
    candidates = [modifier, modifier + "e"]
    for link in ("s", "n", "e", "en", "es", "er"):
        if modifier.endswith(link) and len(modifier) - len(link) >= _MIN_MODIFIER:
            candidates.append(modifier[: -len(link)])
    return candidates


def _inflection_of_known(token: str, language: str) -> bool:
    known = known_words(language)
    suffixes = load_vocabulary().language(language).suffixes
    return any(token.endswith(s) and token[: -len(s)] in known for s in suffixes)
