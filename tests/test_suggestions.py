"""What the entry form suggests: a description read in the language that understands it."""

from __future__ import annotations

import pytest

from lost_items.suggestions import suggest


@pytest.mark.parametrize(
    ("text", "selected", "read_as", "kind"),
    [
        ("Sac à dos Eastpak bleu marine", "en", "fr", "kind:backpack"),
        ("cartera negra", "fr", "es", "kind:wallet"),
        ("schwarze Geldbörse", "fr", "de", "kind:wallet"),
        ("black wallet", "en", "en", "kind:wallet"),
        ("orange bag", "en", "en", "kind:bag"),  # "orange" is French too: English says more
    ],
)
def test_the_language_that_understands_the_most_is_suggested(text, selected, read_as, kind):
    suggestion = suggest(text, selected)
    assert suggestion.language == read_as
    assert suggestion.description.kind == kind


def test_nothing_understood_keeps_the_selected_language():
    suggestion = suggest("zzz qqq", "de")
    assert suggestion.language == "de"
    assert suggestion.description.category is None


def test_a_language_the_clerk_chose_is_the_only_one_read():
    suggestion = suggest("Sac à dos bleu", "en", chosen=True)
    assert suggestion.language == "en"
    assert suggestion.description.kind is None
