"""Concepts named the way people type them, in any of the vocabulary's languages.

The clerks' entry form takes "Portefeuilles et argent", "wallets and money" or
"Geldbörsen und Geld" for one category, and "noir, rouge" or "schwarz" for
colours; this turns such names into concept ids. Case and accents do not
matter ("cles et badges" is "Clés et badges"), a concept's own words count
too ("noire" is black), and so does its id ("wallets_money").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from lost_items.text import fold
from lost_items.vocabulary import load_vocabulary

__all__ = ["Choice", "choices", "options", "resolve", "resolve_list"]

_AMBIGUOUS = ""
_LIST_SEPARATORS = re.compile(r"[,;/+]| and | et | y | und ")


@dataclass(frozen=True)
class Choice:
    concept_id: str
    label: str
    language: str


def choices(concept_type: str) -> list[Choice]:
    """Every concept of a type under its label in every language, for a typed-in picker."""
    vocabulary = load_vocabulary()
    seen: set[str] = set()
    found = []
    for language in vocabulary.languages():
        for concept in vocabulary.of_type(concept_type):
            label = vocabulary.label(concept.id, language)
            if label not in seen:
                seen.add(label)
                found.append(Choice(concept.id, label, language))
    return found


def options(concept_type: str, language: str = "en") -> list[tuple[str, str]]:
    """(id, label) of every concept of a type, in one language, sorted by label."""
    vocabulary = load_vocabulary()
    named = [(c.id, vocabulary.label(c.id, language)) for c in vocabulary.of_type(concept_type)]
    return sorted(named, key=lambda pair: fold(pair[1]))


def resolve(concept_type: str, text: str) -> str | None:
    """The concept a typed name means, or None when it means none (or several)."""
    key = fold(text)
    if not key:
        return None
    names = _names(concept_type)
    concept_id = names.get(key) or names.get(fold(text.removeprefix(f"{concept_type}:")))
    return concept_id or None


def resolve_list(concept_type: str, text: str) -> tuple[list[str], list[str]]:
    """Ids of the concepts named in a list ("noir, bleu marine"), and the names not understood.

    Items are separated by commas (or "and" in the four languages); an item not
    understood as a whole is tried word by word ("black white").
    """
    ids: list[str] = []
    unknown: list[str] = []
    for part in _LIST_SEPARATORS.split(f" {text} "):
        part = part.strip()
        if not part:
            continue
        concept_id = resolve(concept_type, part)
        found = [concept_id] if concept_id else [resolve(concept_type, w) for w in part.split()]
        if all(found):
            ids.extend(i for i in found if i and i not in ids)
        else:
            unknown.append(part)
    return ids, unknown


@cache
def _names(concept_type: str) -> dict[str, str]:
    """Folded name -> concept id, from labels and ids, then words for names still free.

    A name two concepts share means neither (it maps to ""): better to ask the
    clerk than to guess.
    """
    concepts = load_vocabulary().of_type(concept_type)
    strong = _index(
        (name, concept.id)
        for concept in concepts
        for name in [*concept.labels.values(), concept.id.split(":", 1)[1].replace("_", " ")]
    )
    weak = _index(
        (word, concept.id)
        for concept in concepts
        for words in concept.words.values()
        for word in words
    )
    return {**weak, **strong}


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    names: dict[str, str] = {}
    for name, concept_id in pairs:
        key = fold(name)
        if key:
            names[key] = concept_id if names.get(key, concept_id) == concept_id else _AMBIGUOUS
    return names
