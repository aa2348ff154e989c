"""The vocabulary: complete in every language, consistent, and loadable as plain data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lost_items.describing import describe
from lost_items.text import phrase_tokens
from lost_items.vocabulary import VOCABULARY_FILE, load_vocabulary

LANGUAGES = ("fr", "en", "es", "de")
FAMILIES = {
    "luggage_bags",
    "electronics",
    "clothing_shoes",
    "wallets_money",
    "identity_papers",
    "optics",
    "keys_badges",
    "books_stationery",
    "bikes_scooters",
    "sport_leisure",
    "children",
    "umbrellas",
    "jewellery_watches",
    "medical",
    "musical_instruments",
    "other",
}
COMMONLY_LOST = (
    "wallet",
    "purse",
    "card_holder",
    "backpack",
    "handbag",
    "suitcase",
    "phone",
    "tablet",
    "laptop",
    "earbuds",
    "headphones",
    "charger",
    "camera",
    "keys",
    "badge",
    "glasses",
    "sunglasses",
    "umbrella",
    "coat",
    "jacket",
    "scarf",
    "hat",
    "gloves",
    "passport",
    "id_card",
    "driving_licence",
    "residence_permit",
    "bank_card",
    "transit_pass",
    "book",
    "notebook",
    "bike",
    "scooter",
    "stroller",
    "soft_toy",
    "ring",
    "necklace",
    "watch",
    "bracelet",
    "hearing_aid",
    "crutch",
    "guitar",
    "violin",
)


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


def test_the_four_languages_are_there(vocabulary):
    assert set(vocabulary.languages()) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_concept_has_words_and_a_label_in_every_language(vocabulary, language):
    for concept in vocabulary.concepts.values():
        assert concept.words[language], f"{concept.id} has no {language} words"
        assert vocabulary.label(concept.id, language), f"{concept.id} has no {language} label"


@pytest.mark.parametrize("language", LANGUAGES)
def test_kinds_and_colours_can_be_said_in_every_language(vocabulary, language):
    for concept in vocabulary.kinds() + vocabulary.of_type("color"):
        assert vocabulary.say(concept.id, language), f"{concept.id} cannot be said in {language}"


def test_the_sixteen_families_of_the_register(vocabulary):
    assert {c.id.split(":", 1)[1] for c in vocabulary.categories()} == FAMILIES


def test_kinds_cover_what_really_gets_lost(vocabulary):
    assert len(vocabulary.kinds()) >= 80
    for kind in COMMONLY_LOST:
        assert vocabulary.has(f"kind:{kind}"), kind


def test_every_kind_names_a_category(vocabulary):
    for kind in vocabulary.kinds():
        assert vocabulary.concept(vocabulary.category_of(kind.id)).type == "category"
    assert vocabulary.category_of("kind:wallet") == "category:wallets_money"
    assert vocabulary.category_of("kind:transit_pass") == "category:wallets_money"


def test_spoken_forms_fit_the_prompts(vocabulary):
    assert [vocabulary.say("kind:wallet", lang) for lang in LANGUAGES] == [
        "un portefeuille",
        "a wallet",
        "una cartera",
        "eine Brieftasche",
    ]
    # After "de couleur" (feminine), "de color" (masculine), "in" (a noun), or alone.
    assert [vocabulary.say("color:black", lang) for lang in LANGUAGES] == [
        "noire",
        "black",
        "negro",
        "Schwarz",
    ]
    assert vocabulary.say("color:green", "fr") == "verte"
    assert vocabulary.label("color:black", "fr") == "Noir"
    assert vocabulary.label("category:optics", "de") == "Optik"


def test_brands_are_named_the_same_everywhere(vocabulary):
    assert {vocabulary.label("brand:ray_ban", lang) for lang in LANGUAGES} == {"Ray-Ban"}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["portefeuille", "porte-monnaie", "portemonnaie"]),
        ("en", ["wallet", "purse"]),
        ("es", ["cartera", "billetera", "monedero"]),
        ("de", ["Brieftasche", "Geldbörse", "Portemonnaie", "Geldbeutel"]),
    ],
)
def test_everyday_words_for_a_wallet(vocabulary, language, words):
    wallet_words = {
        word.lower()
        for kind in vocabulary.kinds("category:wallets_money")
        for word in kind.words[language]
    }
    assert {word.lower() for word in words} <= wallet_words


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_is_only_stopwords(vocabulary, language):
    for concept in vocabulary.concepts.values():
        for word in concept.words[language]:
            assert phrase_tokens(word, language), f"{language} {concept.id}: {word!r} vanishes"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_phrase_names_two_kinds_in_one_language(vocabulary, language):
    seen: dict[tuple[str, ...], str] = {}
    for kind in vocabulary.kinds():
        for word in kind.words[language]:
            tokens = phrase_tokens(word, language)
            assert seen.setdefault(tokens, kind.id) == kind.id, f"{word!r}: {seen[tokens]}"


def test_relations_go_both_ways(vocabulary):
    assert "kind:wallet" in vocabulary.related("kind:purse")
    assert "kind:purse" in vocabulary.related("kind:wallet")
    for concept in vocabulary.concepts.values():
        for other in concept.related:
            assert concept.id in vocabulary.related(other)


@pytest.mark.parametrize("language", LANGUAGES)
def test_hints_put_common_things_first(vocabulary, language):
    hints = vocabulary.hints(language, limit=40)
    assert len(hints) == 40
    assert len(set(hints)) == 40
    assert vocabulary.words("kind:wallet", language)[0] in hints[:10]
    assert vocabulary.words("kind:umbrella", language)[0] in hints[:10]


def test_hints_are_in_the_callers_language(vocabulary):
    assert "parapluie" in vocabulary.hints("fr")
    assert "paraguas" in vocabulary.hints("es")
    assert "paraguas" not in vocabulary.hints("de")
    assert len(vocabulary.hints("en", limit=100)) == 100


def test_unknown_ids_and_languages_are_refused(vocabulary):
    assert vocabulary.has("kind:wallet")
    assert not vocabulary.has("kind:spaceship")
    with pytest.raises(KeyError):
        vocabulary.concept("kind:spaceship")
    with pytest.raises(KeyError):
        vocabulary.say("category:optics", "fr")  # categories have labels, not spoken forms


def test_a_language_the_data_does_not_know_falls_back_to_english(vocabulary):
    assert vocabulary.say("kind:wallet", "it") == "a wallet"
    assert vocabulary.label("category:optics", "it") == vocabulary.label("category:optics", "en")
    assert vocabulary.words("kind:wallet", "it") == vocabulary.words("kind:wallet", "en")
    assert vocabulary.hints("it", limit=40) == vocabulary.hints("en", limit=40)
    assert vocabulary.language("it").code == "en"


def test_it_is_read_once():
    assert load_vocabulary() is load_vocabulary()


def _minimal_vocabulary(languages: dict[str, dict]) -> dict:
    return {
        "languages": languages,
        "categories": [{"id": "category:other", "label": {"*": "Other"}, "words": {"*": ["x"]}}],
        "kinds": [
            {
                "id": "kind:thing",
                "category": "category:other",
                "label": {"fr": "Chose", "it": "Cosa"},
                "say": {"fr": "une chose", "it": "una cosa"},
                "words": {"fr": ["chose"], "it": ["cosa"]},
            }
        ],
    }


def test_a_new_language_is_a_data_change(tmp_path: Path):
    path = tmp_path / "vocabulary.json"
    languages = {"fr": {"name": "Français"}, "it": {"name": "Italiano"}}
    path.write_text(json.dumps(_minimal_vocabulary(languages)), encoding="utf-8")
    vocabulary = load_vocabulary(path)
    assert vocabulary.languages() == ["fr", "it"]
    assert vocabulary.say("kind:thing", "it") == "una cosa"
    assert vocabulary.label("category:other", "it") == "Other"


def test_without_english_an_unknown_language_is_refused(tmp_path: Path):
    path = tmp_path / "vocabulary.json"
    languages = {"fr": {"name": "Français"}, "it": {"name": "Italiano"}}
    path.write_text(json.dumps(_minimal_vocabulary(languages)), encoding="utf-8")
    vocabulary = load_vocabulary(path)
    with pytest.raises(KeyError):
        vocabulary.say("kind:thing", "pt")
    with pytest.raises(KeyError):
        vocabulary.language("pt")


def test_a_language_left_out_of_a_concept_is_reported(tmp_path: Path):
    path = tmp_path / "vocabulary.json"
    languages = {"fr": {"name": "Français"}, "it": {"name": "Italiano"}, "pt": {"name": "Pt"}}
    path.write_text(json.dumps(_minimal_vocabulary(languages)), encoding="utf-8")
    with pytest.raises(ValueError, match=r"kind:thing .* missing for pt"):
        load_vocabulary(path)


def test_the_data_file_is_plain_json():
    data = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    assert {"languages", "categories", "kinds", "colors", "brands"} <= set(data)


@pytest.mark.parametrize(
    ("heard", "language", "brand"),
    [
        ("shaomi", "es", "brand:xiaomi"),
        ("my eye pad", "en", "brand:apple"),
        ("mon aipad", "fr", "brand:apple"),
        ("sam sonite", "de", "brand:samsonite"),
    ],
)
def test_a_brand_heard_in_another_spelling_is_read_by_rule_not_listed(
    vocabulary, heard, language, brand
):
    """Mishearings are a class handled by `sound_key`, not strings memorised in the data."""
    listed = {w for c in vocabulary.concepts.values() for ws in c.words.values() for w in ws}
    assert heard not in listed
    assert describe(heard, language).brand == brand
