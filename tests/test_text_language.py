"""The language a short text is written in, from the words only one language has."""

from __future__ import annotations

import pytest

from lost_items.text_language import detect_language

LANGUAGES = ["fr", "en", "es", "de"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("lost my black Samsung on line 9 yesterday", "en"),
        ("I left my umbrella on the bus", "en"),
        ("j'ai perdu mon sac noir hier dans le métro", "fr"),
        ("Oublié mon parapluie dans le bus 91", "fr"),
        ("perdí mi cartera negra en la línea 9 ayer", "es"),
        ("se me olvidó la mochila en el autobús", "es"),
        ("Ich habe gestern meine schwarze Brieftasche in der U-Bahn verloren", "de"),
        ("Regenschirm im Bus vergessen", "de"),
    ],
)
def test_the_words_say_the_language(text, language):
    assert detect_language(text, languages=LANGUAGES) == language


def test_a_tie_goes_to_the_senders_country_then_the_first_language():
    assert detect_language("Samsung Galaxy S21", languages=LANGUAGES, preferred=["es"]) == "es"
    assert detect_language("Samsung Galaxy S21", languages=LANGUAGES) == "fr"
    # the preferred language does not outweigh the words
    assert detect_language("perdí mi cartera", languages=LANGUAGES, preferred=["de"]) == "es"
