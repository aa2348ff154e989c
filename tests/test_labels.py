"""Concept names typed in any of the four languages, as the entry form takes them."""

from __future__ import annotations

import pytest

from lost_items import labels


@pytest.mark.parametrize(
    "typed",
    ["Portefeuilles et argent", "wallets and money", "CARTERAS Y DINERO", "Geldbörsen und Geld",
     "geldborsen und geld", "wallets_money", "category:wallets_money"],
)  # fmt: skip
def test_a_category_is_found_by_its_name_in_any_language_or_its_id(typed):
    assert labels.resolve("category", typed) == "category:wallets_money"


@pytest.mark.parametrize("typed", ["", "   ", "spaceships", "kind:wallet"])
def test_what_names_no_category_is_none(typed):
    assert labels.resolve("category", typed) is None


@pytest.mark.parametrize(
    ("typed", "ids", "unknown"),
    [
        ("noir, bleu marine", ["color:black", "color:navy"], []),
        ("schwarz und weiß", ["color:black", "color:white"], []),
        ("black white", ["color:black", "color:white"], []),
        ("Negra", ["color:black"], []),  # a word of the concept, not only its label
        ("red, plaid", ["color:red"], ["plaid"]),
        ("black, black", ["color:black"], []),
        ("", [], []),
    ],
)
def test_colours_are_read_from_a_list(typed, ids, unknown):
    assert labels.resolve_list("color", typed) == (ids, unknown)


def test_the_picker_offers_every_category_in_every_language_once():
    offered = labels.choices("category")
    assert {c.language for c in offered} == {"fr", "en", "es", "de"}
    assert len({c.label for c in offered}) == len(offered)
    assert {c.concept_id for c in offered if c.language == "de"} == {
        c.concept_id for c in offered if c.language == "en"
    }


def test_options_are_sorted_by_their_name_in_one_language():
    names = [name for _, name in labels.options("category", "fr")]
    assert names[0] == "Articles médicaux"
    assert "Électronique" in names and names.index("Électronique") < names.index(
        "Instruments de musique"
    )
