"""Reading where a caller lost something from their words, written as the register writes it.

A line ("ligne 9", "line nine", "la 9", "U-Bahn Linie 9", "im Bus 91", "le 91", "RER bé",
"T3a") becomes "Métro ligne 9", "Bus 91", "RER B", "Tram T3a"; a station or place the city's
data knows ("à Châtelet", "gare de Lyon", "CDG", "in a taxi") its register name; both said
give "Métro ligne 4 - Châtelet". A line number says its mode when none is named: Paris's
metro lines are 1 to 14, its buses 20 and up. Place names that are also everyday words
("opéra", "nation") count only after a word such as "à", "at", "station".

Everything about the city is in `places.json` (Paris): another city replaces that file with
its modes, line numbers, register formats, stations and the names callers give them. Places
the file lacks are not guessed (a recogniser's "à la maison" is no place to search).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from lost_items.spoken import Phrases, Word
from lost_items.text import fold
from lost_items.vocabulary import load_vocabulary

__all__ = ["Place", "read_place", "register_language"]

PLACES_FILE = Path(__file__).with_name("places.json")
_EVERY_LANGUAGE = "*"


# What was said, most precise first: "ligne 9", "Châtelet", "taxi", "dans le métro".
_LINE, _PLACE, _GENERAL_PLACE, _MODE = range(4)


@dataclass(frozen=True)
class _Found:
    text: str
    start: int
    end: int
    rank: int = _LINE


@dataclass(frozen=True)
class _Place:
    register: str
    general: bool  # "Taxi", "Aéroport": a more precise place said beside it wins
    context: bool  # an everyday word too: needs "à", "at"... before it


@dataclass(frozen=True)
class _Network:
    """One language's words for the city's lines and places."""

    modes: Phrases  # -> mode id
    line_words: Phrases
    metro_article: Phrases  # "la" 9
    bus_article: Phrases  # "le" 91, "dans le" 21
    context: Phrases
    places: Phrases  # -> _Place
    number_words: Phrases  # "Bus Nummer 91"
    number_suffixes: frozenset[str]  # "91er Bus"
    rer_letters: dict[str, str]
    stopwords: frozenset[str]


class Place(NamedTuple):
    """A place the words say, and which of them said it."""

    text: str  # in the register's style: "Métro ligne 4 - Châtelet"
    start: int  # index of its first word
    end: int  # index after its last word
    taken: frozenset[int]  # every word a line or place took: no date is read from them
    words: frozenset[int]  # the words `text` was read from (a second line said is not)


def read_place(words: Sequence[Word], language: str) -> Place | None:
    """Where the words say, in the register's style, or None."""
    network = _network(load_vocabulary().language(language).code)
    found: list[_Found] = []
    i = 0
    while i < len(words):
        said = _line_at(words, i, network) or _place_at(words, i, network)
        if said:
            found.append(said)
        i = said.end if said else i + 1
    return _combined(found)


def _combined(found: list[_Found]) -> Place | None:
    """A line and a station say "Métro ligne 4 - Châtelet"; else the most precise said."""
    if not found:
        return None
    taken = frozenset(i for said in found for i in range(said.start, said.end))
    line = next((said for said in found if said.rank == _LINE), None)
    station = next((said for said in found if said.rank == _PLACE), None)
    if line and station:
        start, end = min(line.start, station.start), max(line.end, station.end)
        words = frozenset([*range(line.start, line.end), *range(station.start, station.end)])
        return Place(f"{line.text} - {station.text}", start, end, taken, words)
    best = min(found, key=lambda said: said.rank)  # the first said among the most precise
    return Place(best.text, best.start, best.end, taken, frozenset(range(best.start, best.end)))


def _line_at(words: Sequence[Word], i: int, network: _Network) -> _Found | None:
    mode = network.modes.at(words, i)
    if mode:
        length, mode_id, _ = mode
        j = _after_line_word(words, i + length, network)
        line = _line(words, j, mode_id, network)
        if line:
            return _Found(_registered(mode_id, line[0]), i, line[1])
        if length > 1 or len(words[i].text) > 1:  # "dans le métro"; not a lone "t" or "u"
            return _Found(_modes()[mode_id]["alone"], i, i + length, _MODE)
        return None
    if words[i].text.isdigit():  # "the 91 bus", "im 91er Bus"
        k = i + 1 + (i + 1 < len(words) and words[i + 1].text in network.number_suffixes)
        mode = network.modes.at(words, k) if k < len(words) else None
        line = _line(words, i, mode[1], network) if mode else None
        if mode and line:
            return _Found(_registered(mode[1], line[0]), i, k + mode[0])
    said_line = network.line_words.at(words, i)
    if said_line:
        return _numbered_line(words, i, i + said_line[0], network)
    for article, mode_id in ((network.metro_article, "metro"), (network.bus_article, "bus")):
        said_article = article.at(words, i)
        if said_article:
            j = i + said_article[0]
            line = _line(words, j, mode_id, network)
            if line and _line_alone(words, j, mode_id, said_article[0]):
                return _Found(_registered(mode_id, line[0]), i, line[1])
    return None


def _line_alone(words: Sequence[Word], j: int, mode_id: str, article_length: int) -> bool:
    """ "la 9" is a line; "le 21" a day, unless "dans le 21"; nothing said as an ordinal."""
    after = j + 1
    if after < len(words) and not words[after].text.isalpha():
        return False
    return mode_id == "metro" or int(words[j].text) > 31 or article_length > 1


def _numbered_line(words: Sequence[Word], i: int, j: int, network: _Network) -> _Found | None:
    """ "ligne 9 (du métro)", "line 91", "linea b": the mode said after, or told by the number."""
    for ahead in range(j + 1, min(j + 4, len(words))):
        mode = network.modes.at(words, ahead)
        if mode:
            line = _line(words, j, mode[1], network)
            if line:
                return _Found(_registered(mode[1], line[0]), i, ahead + mode[0])
            break
    for mode_id in ("metro", "bus"):
        line = _line(words, j, mode_id, network)
        if line:
            return _Found(_registered(mode_id, line[0]), i, line[1])
    if j < len(words) and len(words[j].text) == 1 and words[j].text in network.rer_letters:
        return _Found(_registered("rer", network.rer_letters[words[j].text]), i, j + 1)
    return None


def _after_line_word(words: Sequence[Word], j: int, network: _Network) -> int:
    """After "bus": past "ligne" and "numéro" ("U-Bahn Linie 9", "Bus Nummer 91")."""
    for table in (network.line_words, network.number_words):
        said = table.at(words, j) if j < len(words) else None
        j += said[0] if said else 0
    return j


def _line(words: Sequence[Word], j: int, mode_id: str, network: _Network) -> tuple[str, int] | None:
    """The line of a mode said at words[j], and the index after it."""
    if j >= len(words):
        return None
    mode = _modes()[mode_id]
    word = words[j].text
    if mode_id == "rer":
        letter = network.rer_letters.get(word)
        # "RER dé" is D, "le RER de la gare de Lyon" no line: a letter that is also a word
        # counts last in the words or before "à", "at"...
        everyday = len(word) > 1 and word in network.stopwords
        last = j + 1 == len(words) or network.context.at(words, j + 1) is not None
        return (letter, j + 1) if letter and (last or not everyday) else None
    if mode_id == "tram":
        return _tram_line(words, j, mode["lines"])
    if not word.isdigit():
        return None
    if "line_range" in mode:
        low, high = mode["line_range"]
        return (word, j + 1) if low <= int(word) <= high else None
    if j + 1 < len(words) and words[j + 1].text == "bis" and f"{word}bis" in mode["lines"]:
        return f"{word}bis", j + 2
    return (word, j + 1) if word in mode["lines"] else None


def _tram_line(words: Sequence[Word], j: int, lines: list[str]) -> tuple[str, int] | None:
    """ "tram T3a", "tram 3", "T 3 b": a letter after the number only if glued to it or "b"
    ("T3 a Porte de Versailles" is "T3 à ...")."""
    if words[j].text == "t":
        j += 1
    if j >= len(words) or not words[j].text.isdigit():
        return None
    line, end = f"T{words[j].text}", j + 1
    if end < len(words) and words[end].text in ("a", "b"):
        glued = words[end].start == words[j].start
        if (glued or words[end].text == "b") and f"{line}{words[end].text}" in lines:
            line, end = f"{line}{words[end].text}", end + 1
    return (line, end) if any(known.startswith(line) for known in lines) else None


def _place_at(words: Sequence[Word], i: int, network: _Network) -> _Found | None:
    found = network.places.at(words, i)
    if not found:
        return None
    length, place, _ = found
    said_alone = i == 0  # a short answer: "République"
    after_context = any(network.context.ending_at(words, i - skip) for skip in (0, 1))
    if place.context and not (said_alone or after_context):
        return None
    return _Found(place.register, i, i + length, _GENERAL_PLACE if place.general else _PLACE)


def _registered(mode_id: str, line: str) -> str:
    return _modes()[mode_id]["register"].format(line=line)


def register_language() -> str:
    """The language the register writes places in, whatever the entry's: "Gare de Lyon",
    "Métro ligne 9" in an English entry too."""
    return _data()["register_language"]


@cache
def _data() -> dict[str, Any]:
    return json.loads(PLACES_FILE.read_text(encoding="utf-8"))


def _modes() -> dict[str, Any]:
    return _data()["modes"]


def _said_in(words: dict[str, list[str]], language: str) -> list[str]:
    return [*words.get(_EVERY_LANGUAGE, []), *words.get(language, [])]


@cache
def _network(language: str) -> _Network:
    data = _data()
    alone = data["line_alone"]
    places = [
        (phrase, _Place(p["register"], p.get("general", False), p.get("context", False)))
        for p in data["places"]
        for phrase in _said_in(p["words"], language)
    ]
    letters = _modes()["rer"]["letters"]
    return _Network(
        modes=Phrases.of(
            (phrase, mode_id)
            for mode_id, mode in _modes().items()
            for phrase in _said_in(mode["words"], language)
        ),
        line_words=Phrases.of((w, True) for w in data["line_words"].get(language, [])),
        metro_article=Phrases.of((w, True) for w in alone["metro"].get(language, [])),
        bus_article=Phrases.of((w, True) for w in alone["bus"].get(language, [])),
        context=Phrases.of((w, True) for w in data["context_words"].get(language, [])),
        places=Phrases.of(places),
        number_words=Phrases.of((w, True) for w in data["number_words"].get(language, [])),
        number_suffixes=frozenset(data["number_suffixes"].get(language, [])),
        rer_letters={form: letter for letter, forms in letters.items() for form in forms},
        stopwords=frozenset(fold(w) for w in load_vocabulary().language(language).stopwords),
    )
