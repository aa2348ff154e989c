"""Details that tell lookalikes apart, read from where words stand in a description.

`describing` turns words into concepts; some details only show in their order: the colour
right after "coque" is the case's, not the phone's ("iPhone noir, coque verte"); "sans" before
it says there is none; the number after "Galaxy" is the model ("A54", "iPhone 13 Pro"). This
module reads those from the concepts in the order they were said and gives them as terms
stored and compared like the others: "case:color:green", "case:none", "model:13-pro".

Sides ("side:left"), countries ("country:pt") and contents (other kinds) are vocabulary
concepts already; `matching` weighs all of them, a contradiction counting against an item.
A country said right beside a kind is that thing's ("CNI portugaise", "German driving
licence"): "issued:id_card:pt", so that a Portuguese ID card with a French health card is
not taken for a French ID card.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from lost_items.text import MODEL_WORDS, NOT

__all__ = [
    "CASE",
    "CASES",
    "CASE_FEATURE",
    "CASE_NONE",
    "ISSUED",
    "Details",
    "read_details",
    "same_model",
]

CASE = "case:"  # "case:color:green", "case:none"
CASE_NONE = CASE + "none"
ISSUED = "issued:"  # "issued:id_card:pt": the country of the document named beside it
CASE_FEATURE = "feature:case"  # a case of any kind; "sans coque" reads as having none
CASES = (CASE_FEATURE, "feature:flip_cover")
# Kinds whose models people name by a number: "Pixel 7", "AirPods 3", "iPad 9".
_MODEL_KINDS = frozenset(
    {
        "kind:phone",
        "kind:tablet",
        "kind:earbuds",
        "kind:headphones",
        "kind:laptop",
        "kind:smartwatch",
        "kind:watch",
        "kind:camera",
        "kind:e_reader",
        "kind:game_console",
    }
)
_SMALL = "feature:small"  # "mini" is read as small: after a model it is the model's name
_MODEL_REACH = 8  # words after the brand where its model may stand ("Redmi Note 12 Pro")
_MODEL_PARTS = 4  # "wf-1000-xm-5"
_CODE_LETTERS = 2
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}  # generations after a number
_LOOK_AHEAD = 3  # words between a case and its colour at most ("étui à rabat en cuir vert")
_LOOK_BACK = 2  # in English and German the colour comes first ("green rubber case")
_COLOUR_FIRST = frozenset({"en", "de"})


@dataclass(frozen=True)
class Details:
    terms: tuple[str, ...]  # "case:color:green", "case:none", "model:13-pro"
    case_colors: frozenset[str]  # colour concepts said of the case, not of the item


def read_details(stream: Sequence[str], language: str, *, holders: Collection[str] = ()) -> Details:
    """The case and its colour, and the model, from concepts and words in their order.
    `holders` are the kinds the item is kept in (a pouch, a plastic bag): their colour is
    a case's ("CNI dans une pochette bleue" and "an ID card in a blue sleeve" meet)."""
    terms: list[str] = []
    case_colors: set[str] = set()
    for i, token in enumerate(stream):
        if token not in CASES and token not in holders:
            continue
        if token in holders:
            terms.append(CASE_FEATURE)  # kept in it as in a case: "sleeve" and "pochette" meet
        if i and stream[i - 1] == NOT:
            terms.append(CASE_NONE)
            continue
        color = _color_near(stream, i, language)
        if color:
            case_colors.add(color)
            terms.append(f"{CASE}{color}")
    for i, token in enumerate(stream):
        kind = _kind_beside(stream, i, language) if token.startswith("country:") else None
        if kind:
            terms.append(f"{ISSUED}{kind.removeprefix('kind:')}:{token.removeprefix('country:')}")
    model = _model(stream)
    if model:
        terms.append(f"model:{model}")
    return Details(tuple(dict.fromkeys(terms)), frozenset(case_colors))


def _color_near(stream: Sequence[str], at: int, language: str) -> str | None:
    """The colour said of the case at `at`: just before it where adjectives come first
    ("a clear case, a brown wallet"), else after it ("coque verte", "Hülle in Grün");
    never across the name of a thing or a brand."""
    if language in _COLOUR_FIRST:
        for token in reversed(stream[max(0, at - _LOOK_BACK) : at]):
            if token.startswith("color:"):
                return token
            if token.startswith(("kind:", "brand:", "place:")):
                break
    for j, token in enumerate(stream[at + 1 : at + 1 + _LOOK_AHEAD]):
        if token.startswith("color:"):
            return token
        if token.startswith("brand:") and j == 0:
            continue  # the case's own make: "coque Fairphone transparente"
        if token.startswith(("kind:", "brand:", "feature:case", "place:", "side:")):
            break
    return None


def _kind_beside(stream: Sequence[str], at: int, language: str) -> str | None:
    """The kind named right beside the word at `at`: after it where adjectives come first
    ("deutscher Führerschein"), else before it ("permis allemand"), else the other side."""
    sides = (at + 1, at - 1) if language in _COLOUR_FIRST else (at - 1, at + 1)
    for i in sides:
        if 0 <= i < len(stream) and stream[i].startswith("kind:"):
            return stream[i]
    return None


def _model(stream: Sequence[str]) -> str | None:
    """The model named after a brand or a device: its number and the words that go with
    it ("13-pro", "note-12", "7"), a model word alone ("pro"), or a code of letters and
    numbers ("wf-1000-xm-5" for "WF-1000XM5", "12-r" for "12R", "10-5" for "10 V")."""
    for i, token in enumerate(stream):
        if not (token.startswith("brand:") or token in _MODEL_KINDS):
            continue
        parts: list[str] = []
        following = stream[i + 1 : i + 1 + _MODEL_REACH]
        for j, word in enumerate(following):
            if word.startswith(("brand:", "kind:")) and not parts:
                continue  # "Samsung Galaxy A54", "Xiaomi Redmi Note 12": the names come first
            part = _model_part(word, parts, following[j + 1] if j + 1 < len(following) else "")
            if part is None:
                break
            parts.append(part)
            if len(parts) == _MODEL_PARTS:
                break
        if _has_number(parts) or (parts and not _code(parts[-1])):
            return "-".join(parts)
    return None


def _model_part(word: str, parts: Sequence[str], next_word: str) -> str | None:
    """`word` as the next part of a model begun with `parts`, or None: it ends there."""
    after_number = bool(parts) and parts[-1].isdigit()
    if word.isdigit() and len(word) <= 4:
        # One number, or a second after a code ("1000 XM 5") or a generation ("10 5").
        if not _has_number(parts) or _code(parts[-1]) or (after_number and len(word) == 1):
            return word
        return None
    if word in _ROMAN and after_number:
        return _ROMAN[word]  # "Xperia 10 V" is the 10's fifth generation
    if word in MODEL_WORDS or (word == _SMALL and parts):
        return "mini" if word == _SMALL else word
    if _code(word) and (after_number or next_word.isdigit()):
        return word  # "XM" before its number, "R" after it
    return None


def _code(word: str) -> bool:
    """Letters of a model code ("wf", "xm", "r"): too short to be a word of their own."""
    return word.isalpha() and len(word) <= _CODE_LETTERS and word not in MODEL_WORDS


def _has_number(parts: Sequence[str]) -> bool:
    return any(p.isdigit() for p in parts)


def same_model(said: str, logged: str) -> float:
    """How far two models agree: 1 the same, or the same with the line's first letters or
    number left out ("xm-5" for "wf-1000-xm-5": what owners call it); 0.5 the same number
    with a word more or less ("13" and "13-mini": maybe the owner left it out); -1 another
    model ("a54" and "a34", "pro" and "3"). Models are "model:..." terms' values."""
    if said == logged:
        return 1.0
    said_list, logged_list = said.split("-"), logged.split("-")
    shorter, longer = sorted((said_list, logged_list), key=len)
    if _has_number(shorter) and longer[-len(shorter) :] == shorter:
        return 1.0
    said_parts, logged_parts = set(said_list), set(logged_list)
    said_numbers = {p for p in said_parts if p.isdigit()}
    logged_numbers = {p for p in logged_parts if p.isdigit()}
    if said_numbers and said_numbers == logged_numbers:
        return 0.5 if said_parts <= logged_parts or logged_parts <= said_parts else -1.0
    return -1.0
