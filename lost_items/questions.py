"""The one short question that best tells close candidates apart.

When the best candidates are lookalikes the caller's words do not separate (three black
Samsung phones found the same week), a person at the counter would ask one thing: when was
it lost, on which line, what brand, what was inside, what colour is the case. This module
picks that question from what differs among the close candidates and what the caller has
not said yet; the phone line asks it and searches again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date

from lost_items.describing import Description
from lost_items.matching import Match
from lost_items.models import FoundItem
from lost_items.vocabulary import load_vocabulary

__all__ = ["CLOSE_POINTS", "QUESTIONS", "answer_as_said", "question_to_ask"]

# Candidates within this many points of the best are lookalikes worth a question.
CLOSE_POINTS = 6.0
_MOST_COMPARED = 5
QUESTIONS = ("when", "where", "brand", "inside", "case")
# Things people keep other things in.
_HOLDING = frozenset(
    {"category:wallets_money", "category:luggage_bags", "category:identity_papers"}
)


def question_to_ask(
    wanted: Description,
    found: Sequence[Match],
    *,
    lost_on: date | None,
    lost_at: str | None,
    asked: Collection[str] = (),
) -> str | None:
    """The question whose answer splits the close candidates most, or None: no two are
    close, or nothing the caller could still tell would split them."""
    if len(found) < 2:
        return None
    close = [m.item for m in found[:_MOST_COMPARED] if m.score >= found[0].score - CLOSE_POINTS]
    if len(close) < 2:
        return None
    best, best_split = None, 1
    for question in QUESTIONS:
        if question in asked or _already_said(question, wanted, lost_on=lost_on, lost_at=lost_at):
            continue
        if question == "inside" and not all(item.category in _HOLDING for item in close):
            continue  # "what was inside" is for wallets, bags and papers' sleeves
        split = len({_ANSWERS[question](item) for item in close})
        if split > best_split:
            best, best_split = question, split
    return best


def answer_as_said(question: str, answer: str, language: str) -> str:
    """The answer as words to add to the description: "a green one", answering what
    colour the case is, is said of the case ("case a green one"), so the colour is read as
    the case's and not the item's."""
    if question == "case":
        return f"{load_vocabulary().words('feature:case', language)[0]} {answer}"
    return answer


def _already_said(
    question: str, wanted: Description, *, lost_on: date | None, lost_at: str | None
) -> bool:
    words = set(wanted.words)
    if question == "when":
        return lost_on is not None
    if question == "where":
        return bool(lost_at) or any(w.startswith("place:") for w in words)
    if question == "brand":
        return wanted.brand is not None
    if question == "inside":
        return any(w.startswith("kind:") for w in words)
    return any(w.startswith("case:") for w in words)


def _terms(item: FoundItem, prefix: str) -> frozenset[str]:
    return frozenset(t for t in (item.search_text or "").split() if t.startswith(prefix))


_ANSWERS: dict[str, Callable[[FoundItem], object]] = {
    "when": lambda item: item.found_on,
    "where": lambda item: (item.found_at or "").split(" - ")[0].strip().lower(),
    "brand": lambda item: item.brand,
    "inside": lambda item: _terms(item, "kind:") - {item.kind or ""},
    "case": lambda item: _terms(item, "case:"),
}
