"""Which of the office's languages a short text is written in ("lost my black Samsung on
line 9 yesterday", "j'ai perdu mon sac hier"), for answering a text message in kind.

Each language scores the words that belong to it alone: its stopwords (the vocabulary's
list for reading transcripts), and the words it names things with ("cartera" is Spanish,
"Brieftasche" German). Words several languages share ("a", "taxi") count for none. A tie
goes to the first of `preferred` (the sender's country's language), then to the first
language. Imports neither Flask nor twilio.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from lost_items.vocabulary import load_vocabulary

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@cache
def _owners() -> dict[str, frozenset[str]]:
    """Each word, and the languages it belongs to."""
    vocabulary = load_vocabulary()
    owners: dict[str, set[str]] = {}
    for code in vocabulary.languages():
        for word in vocabulary.language(code).stopwords:
            owners.setdefault(word, set()).add(code)
    for concept in vocabulary.concepts.values():
        for code, words in concept.words.items():
            for phrase in words:
                for word in phrase.lower().split():
                    owners.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in owners.items()}


def _words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(text.lower()):
        words.append(word)
        words.extend(part for part in re.split(r"['’-]", word) if part and part != word)
    return words


def detect_language(text: str, *, languages: Sequence[str], preferred: Sequence[str] = ()) -> str:
    """The language of `languages` the text's words say most clearly."""
    owners = _owners()
    scores = dict.fromkeys(languages, 0)
    for word in _words(text):
        codes = owners.get(word, frozenset()) & scores.keys()
        if len(codes) == 1:
            scores[next(iter(codes))] += 1
    order = [*[code for code in preferred if code in scores], *languages]
    return max(order, key=lambda code: (scores[code], -order.index(code)))
