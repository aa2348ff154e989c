"""A transcript as words, numbers as digits, each word knowing where it was said.

The readers of spoken dates and places (`spoken_dates`, `spoken_places`) look for short
phrases ("il y a # jours", "gare de lyon") in a transcript's folded words. Numbers said as
words become digits with `text.spoken_numbers`, the helper the matching uses, and ordinals
become their number followed by `ORDINAL` ("third" -> "3", ORDINAL; "3rd" alike), so that
"on the third" and "on the 3rd" read the same. Each word keeps the span of the transcript it
came from, so a reader can tell which words said what ("line nine", not "line 9").

The ordinal words and the number words a date allows ("un" in "le trente et un") are in
`spoken_dates.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from lost_items.text import spoken_numbers, tokenize
from lost_items.vocabulary import load_vocabulary

__all__ = ["ORDINAL", "Phrases", "Word", "language_data", "said", "spoken_words"]

DATES_FILE = Path(__file__).with_name("spoken_dates.json")
ORDINAL = "_ord"  # after a number said as an ordinal; no transcript word can look like it
_WORD = re.compile(r"[^\W_]+")
_PAUSE = re.compile(r"[.,;:!?]")  # punctuation the recogniser puts where the caller paused


class Word(NamedTuple):
    """One folded word of a transcript, and where in the transcript it was said."""

    text: str
    start: int
    end: int
    pause_after: bool = False  # a comma or a full stop follows: the next word starts afresh


def spoken_words(text: str, language: str) -> list[Word]:
    """The transcript's folded words, numbers and ordinals as digits: "le trente et un" ->
    "le", "31"; "am einundzwanzigsten" -> "am", "21", ORDINAL."""
    code = load_vocabulary().language(language).code
    tokens: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        for token in tokenize(match.group()):
            for part in _ordinal_as_number(token, code):
                tokens.append(part)
                spans.append(match.span())
    data = language_data(code)
    numbers = spoken_numbers(tokens, code, more=data["more_numbers"])
    marks = _ordinal_marks(code)
    words: list[Word] = []
    for i, (token, first) in enumerate(numbers):
        last = (numbers[i + 1][1] if i + 1 < len(numbers) else len(tokens)) - 1
        if token in marks and words and words[-1].text.isdigit():
            token = ORDINAL  # "3rd", "1er", "1º"
        words.append(Word(token, spans[first][0], spans[last][1]))
    if not words:
        return words
    return [
        word._replace(pause_after=bool(_PAUSE.search(text, word.end, following.start)))
        for word, following in zip(words, [*words[1:], Word("", len(text), len(text))], strict=True)
    ]


def said(text: str, words: Sequence[Word]) -> str:
    """The transcript's own words from the first of `words` to the last."""
    return text[words[0].start : words[-1].end]


def _longest_first(
    phrases: Iterable[tuple[tuple[str, ...], Any]],
) -> tuple[tuple[tuple[str, ...], Any], ...]:
    """Phrases by length, longest first: the longest phrase said is the one meant."""
    return tuple(sorted(phrases, key=lambda phrase: -len(phrase[0])))


@dataclass(frozen=True)
class Phrases:
    """Folded phrases and what each means, found at a position by their longest match.

    "#" in a phrase stands for any number ("il y a # jours").
    """

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], Any], ...]]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, Any]]) -> Phrases:
        table: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, meaning in pairs:
            tokens = tuple(phrase.split())
            table.setdefault(tokens[0], []).append((tokens, meaning))
        return cls({first: _longest_first(phrases) for first, phrases in table.items()})

    def at(self, words: Sequence[Word], i: int) -> tuple[int, Any, int | None] | None:
        """(length, meaning, the number "#" stood for) of the longest phrase at words[i].
        A number matches the phrases that name it ("4 septembre", the station
        "Quatre-Septembre" once "quatre" is read as 4) as well as those with "#"."""
        text = words[i].text
        candidates = self.by_first.get(text, ())
        if text.isdigit():
            candidates = _longest_first((*candidates, *self.by_first.get("#", ())))
        for tokens, meaning in candidates:
            matched, number = _match(tokens, words, i)
            if matched:
                return len(tokens), meaning, number
        return None

    def ending_at(self, words: Sequence[Word], end: int) -> int | None:
        """The length of the longest phrase ending just before words[end], if any."""
        for length in (3, 2, 1):
            start = end - length
            if start >= 0:
                found = self.at(words, start)
                if found and found[0] == length:
                    return length
        return None


def _match(tokens: tuple[str, ...], words: Sequence[Word], i: int) -> tuple[bool, int | None]:
    """Whether the phrase is at words[i], and the number "#" stood for (None without "#")."""
    if i + len(tokens) > len(words):
        return False, None
    number: int | None = None
    for token, word in zip(tokens, words[i : i + len(tokens)], strict=True):
        if token == "#" and word.text.isdigit():
            number = int(word.text)
        elif token != word.text:
            return False, None
    return True, number


@cache
def language_data(language: str) -> dict[str, Any]:
    """The language's entry in `spoken_dates.json` (English's for an unknown language)."""
    languages = json.loads(DATES_FILE.read_text(encoding="utf-8"))["languages"]
    return languages.get(language) or languages["en"]


@cache
def _ordinal_marks(language: str) -> frozenset[str]:
    return frozenset(language_data(language)["ordinal_marks"])


@cache
def _ordinal_pattern(language: str) -> re.Pattern[str] | None:
    """German glues units before ordinals and inflects them: "einundzwanzigsten"."""
    data = language_data(language)
    if not data["ordinals"]:
        return None
    settings = load_vocabulary().language(language)
    connector = settings.number_connector or ""
    glue = f"(?:[a-z]+{connector})?" if connector and settings.compounds else ""
    ordinals = "|".join(sorted(data["ordinals"], key=len, reverse=True))
    endings = "".join(data["ordinal_endings"])
    ending = f"[{endings}]?" if endings else ""
    return re.compile(f"({glue})({ordinals}){ending}")


@cache
def _cardinal_words(language: str) -> dict[int, str]:
    numbers = load_vocabulary().language(language).numbers
    return {value: tokenize(word)[0] for word, value in reversed(list(numbers.items()))}


def _ordinal_as_number(token: str, language: str) -> tuple[str, ...]:
    """ "third" -> ("three", ORDINAL): the cardinal word, so that "twenty third" is 23."""
    pattern = _ordinal_pattern(language)
    found = pattern.fullmatch(token) if pattern and not token.isdigit() else None
    if not found:
        return (token,)
    value = language_data(language)["ordinals"][found.group(2)]
    cardinal = _cardinal_words(language).get(value, str(value))
    return (found.group(1) + cardinal, ORDINAL)
