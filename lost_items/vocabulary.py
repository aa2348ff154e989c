"""The vocabulary of lost things: language-free concepts, their words, and how to say them.

Everything language-specific lives in `vocabulary.json`; this module only reads it. Adding a
language is a data change: a `languages` entry (stopwords, number words) plus words and a
label for every concept, and a `say` for every kind and colour. A `"*"` key in the data means
"every language" (brand names are the same everywhere).

A language the data does not know (one the phone line offers before its words are added)
is answered in English, the fallback: `say`, `label`, `words`, `hints` and `language` then
give English forms and settings rather than fail mid-call.

Concept ids carry their type as a prefix: "category:wallets_money", "kind:wallet",
"color:black", "material:leather", "feature:folding", "place:metro", "brand:apple".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "CONCEPT_TYPES",
    "FALLBACK_LANGUAGE",
    "Concept",
    "Language",
    "Vocabulary",
    "load_vocabulary",
]

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.json")

# JSON section -> concept type (the id prefix).
_SECTIONS = {
    "categories": "category",
    "kinds": "kind",
    "colors": "color",
    "materials": "material",
    "features": "feature",
    "places": "place",
    "brands": "brand",
    "countries": "country",
    "sides": "side",
}
CONCEPT_TYPES = tuple(_SECTIONS.values())
_SPOKEN_TYPES = ("kind", "color")  # the phone line says these aloud
_EVERY_LANGUAGE = "*"
FALLBACK_LANGUAGE = "en"  # answers for languages the data does not know


@dataclass(frozen=True)
class Concept:
    """One thing the office knows about, with its words and names in every language."""

    id: str
    type: str
    words: Mapping[str, tuple[str, ...]] = field(compare=False, repr=False)
    labels: Mapping[str, str] = field(compare=False, repr=False)
    says: Mapping[str, str] = field(compare=False, repr=False, default_factory=dict)
    category: str | None = None  # kinds only
    related: frozenset[str] = field(compare=False, default=frozenset())
    weight: int = 1  # how often it gets lost; orders speech hints
    wrapper: bool = False  # a pouch or an envelope: what matters is what it holds
    makes: str | None = None  # brands only: the kind "my OnePlus", "my Ray-Bans" mean


@dataclass(frozen=True)
class Language:
    """How to read one language: what to ignore and how numbers are spelt out."""

    code: str
    name: str
    stopwords: frozenset[str] = field(repr=False)
    numbers: Mapping[str, int] = field(repr=False)
    number_connector: str | None = None  # "and" in "thirty and ..." style numbers
    # Word groups dropped whole: "left" is a side in "the left earbud", a verb in "I left it".
    filler_phrases: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()  # "sans", "without": "sans coque" says there is no case
    name_markers: tuple[str, ...] = ()  # "au nom de": the word after is a name, not a colour
    suffixes: tuple[str, ...] = ()  # inflections worth stripping when a word is unknown
    compounds: bool = False  # glues nouns together ("Lederbrieftasche")


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """All concepts and languages.

    Look-ups raise KeyError for unknown concept ids; an unknown language falls back to
    English (`FALLBACK_LANGUAGE`), and raises KeyError only when the data has no English.
    """

    concepts: Mapping[str, Concept]
    language_settings: Mapping[str, Language]

    def has(self, concept_id: str) -> bool:
        return concept_id in self.concepts

    def concept(self, concept_id: str) -> Concept:
        try:
            return self.concepts[concept_id]
        except KeyError:
            raise KeyError(f"unknown concept: {concept_id!r}") from None

    def say(self, concept_id: str, language: str) -> str:
        """The spoken form of a kind ("une valise") or colour ("noire"); English for a
        language the data does not know."""
        concept = self.concept(concept_id)
        if concept.type not in _SPOKEN_TYPES:
            raise KeyError(f"{concept_id!r} has no spoken form; use label()")
        return _in_language(concept.says, self._known(language), concept_id)

    def label(self, concept_id: str, language: str) -> str:
        """A short noun for screens ("Portefeuille"); English for an unknown language."""
        concept = self.concept(concept_id)
        return _in_language(concept.labels, self._known(language), concept_id)

    def words(self, concept_id: str, language: str) -> tuple[str, ...]:
        """The words for a concept; English ones for an unknown language."""
        return self.concept(concept_id).words.get(self._known(language), ())

    def category_of(self, kind_id: str) -> str:
        category = self.concept(kind_id).category
        if category is None:
            raise KeyError(f"{kind_id!r} is not a kind")
        return category

    def of_type(self, concept_type: str) -> list[Concept]:
        return [c for c in self.concepts.values() if c.type == concept_type]

    def categories(self) -> list[Concept]:
        return self.of_type("category")

    def kinds(self, category: str | None = None) -> list[Concept]:
        kinds = self.of_type("kind")
        return [k for k in kinds if category is None or k.category == category]

    def related(self, concept_id: str) -> frozenset[str]:
        return self.concept(concept_id).related

    def languages(self) -> list[str]:
        return list(self.language_settings)

    def _known(self, language: str) -> str:
        return language if language in self.language_settings else FALLBACK_LANGUAGE

    def language(self, code: str) -> Language:
        """How to read a language; English's settings (code "en") for an unknown one."""
        try:
            return self.language_settings[self._known(code)]
        except KeyError:
            raise KeyError(f"unknown language: {code!r}") from None

    def hints(self, language: str, limit: int = 100) -> list[str]:
        """Phrases for the speech recogniser: common kinds first, then colours, then brands.

        English words for an unknown language: they hold brands and words callers borrow.
        """
        language = self.language(language).code
        kinds = sorted(self.of_type("kind"), key=lambda k: -k.weight)  # stable: data order
        ordered = [*kinds, *self.of_type("color"), *self.of_type("brand")]
        hints: list[str] = []
        for concept in ordered:
            word = concept.words[language][0]
            if word not in hints:
                hints.append(word)
        return hints[:limit]


@cache
def load_vocabulary(path: Path = VOCABULARY_FILE) -> Vocabulary:
    """The vocabulary, read and checked once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    languages = {code: _language(code, entry) for code, entry in data["languages"].items()}
    concepts: dict[str, Concept] = {}
    for section, concept_type in _SECTIONS.items():
        for entry in data.get(section, []):
            concept = _concept(entry, concept_type, list(languages))
            if concept.id in concepts:
                raise ValueError(f"{path.name}: {concept.id} is defined twice")
            concepts[concept.id] = concept
    return Vocabulary(concepts=_with_symmetric_relations(concepts), language_settings=languages)


def _in_language(forms: Mapping[str, str], language: str, concept_id: str) -> str:
    try:
        return forms[language]
    except KeyError:
        raise KeyError(f"{concept_id!r} has nothing in language {language!r}") from None


def _language(code: str, entry: Mapping[str, Any]) -> Language:
    return Language(
        code=code,
        name=entry["name"],
        stopwords=frozenset(entry.get("stopwords", ())),
        numbers=dict(entry.get("numbers", {})),
        number_connector=entry.get("number_connector"),
        filler_phrases=tuple(entry.get("filler_phrases", ())),
        negations=tuple(entry.get("negations", ())),
        name_markers=tuple(entry.get("name_markers", ())),
        suffixes=tuple(entry.get("suffixes", ())),
        compounds=bool(entry.get("compounds", False)),
    )


def _per_language(values: Mapping[str, Any], languages: list[str], what: str) -> dict[str, Any]:
    """Expand a "*" entry to every language, and insist every language is present."""
    expanded = {code: values[_EVERY_LANGUAGE] for code in languages if _EVERY_LANGUAGE in values}
    expanded.update({code: v for code, v in values.items() if code != _EVERY_LANGUAGE})
    missing = [code for code in languages if not expanded.get(code)]
    if missing:
        raise ValueError(f"{what} is missing for {', '.join(missing)}")
    return expanded


def _concept(entry: Mapping[str, Any], concept_type: str, languages: list[str]) -> Concept:
    concept_id = entry["id"]
    if not concept_id.startswith(f"{concept_type}:"):
        raise ValueError(f"{concept_id}: ids in this section start with {concept_type}:")
    words = _per_language(entry.get("words", {}), languages, f"{concept_id} words")
    says = {}
    if concept_type in _SPOKEN_TYPES:
        says = _per_language(entry.get("say", {}), languages, f"{concept_id} say")
    return Concept(
        id=concept_id,
        type=concept_type,
        words={code: tuple(w) for code, w in words.items()},
        labels=_per_language(entry.get("label", {}), languages, f"{concept_id} label"),
        says=says,
        category=entry.get("category"),
        related=frozenset(entry.get("related", ())),
        weight=int(entry.get("weight", 1)),
        wrapper=bool(entry.get("wrapper", False)),
        makes=entry.get("makes"),
    )


def _with_symmetric_relations(concepts: dict[str, Concept]) -> dict[str, Concept]:
    """If A is related to B, B is related to A; unknown ids in the data are an error."""
    related: dict[str, set[str]] = {concept_id: set() for concept_id in concepts}
    for concept in concepts.values():
        if concept.type == "kind" and concept.category not in concepts:
            raise ValueError(f"{concept.id}: unknown category {concept.category!r}")
        if concept.makes is not None and concept.makes not in concepts:
            raise ValueError(f"{concept.id}: makes an unknown kind {concept.makes!r}")
        for other in concept.related:
            if other not in concepts:
                raise ValueError(f"{concept.id}: unknown related concept {other!r}")
            related[concept.id].add(other)
            related[other].add(concept.id)
    return {
        concept_id: replace(concept, related=frozenset(related[concept_id]))
        for concept_id, concept in concepts.items()
    }
