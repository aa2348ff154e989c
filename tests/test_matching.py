"""Matching callers' words to clerks' entries, across languages, on the test database (SQLite,
or PostgreSQL with TEST_DATABASE_URL), built by the migrations."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from lost_items import matching
from lost_items.database import make_engine
from lost_items.describing import Description, describe, search_text
from lost_items.items import FoundItemDraft, build_found_item
from lost_items.matching import MIN_SCORE, score, search
from lost_items.models import FoundItem, ItemStatus

TODAY = date(2026, 11, 20)
METRO_4 = "Métro ligne 4 - Châtelet"


@pytest.fixture
def session(database_url: str, _schema: None) -> Iterator[Session]:
    """A session on the test database; nothing it does is committed."""
    engine = make_engine(database_url)
    with Session(engine) as session:
        yield session
        session.rollback()
    engine.dispose()


def log(
    session: Session,
    description: str,
    *,
    days_ago: int = 0,
    found_at: str = METRO_4,
    language: str = "fr",
    status: ItemStatus = ItemStatus.IN_STORAGE,
) -> FoundItem:
    """Store an item as the clerks' API does: concepts inferred from the text."""
    draft = FoundItemDraft(description, TODAY - timedelta(days=days_ago), found_at, language)
    item = build_found_item(draft)
    item.status = status.value
    session.add(item)
    session.flush()
    return item


def found(session: Session, query: str, language: str, **options) -> list[FoundItem]:
    return [
        match.item for match in search(session, query, language=language, today=TODAY, **options)
    ]


# --- describing ---------------------------------------------------------------------------


def test_a_spanish_caller_is_understood():
    described = describe("perdí mi cartera negra en el metro", "es")
    assert described.kind == "kind:wallet"
    assert described.category == "category:wallets_money"
    assert described.colors == ["color:black"]
    assert "place:metro" in described.words


def test_a_clerks_text_gives_category_colours_material_brand_and_contents():
    described = describe("Portefeuille en cuir noir, carte Navigo au nom de MARTIN D.", "fr")
    assert (described.kind, described.category) == ("kind:wallet", "category:wallets_money")
    assert described.colors == ["color:black"]
    assert described.material == "material:leather"
    assert "kind:transit_pass" in described.words
    assert "martin" in described.words


@pytest.mark.parametrize(
    ("text", "language", "kind", "colors", "brand"),
    [
        (
            "Lunettes de soleil Ray-Ban noires",
            "fr",
            "kind:sunglasses",
            ["color:black"],
            "brand:ray_ban",
        ),
        ("iPhone 13 coque rose", "fr", "kind:phone", ["color:pink"], "brand:apple"),
        ("Sac à dos Eastpak bleu marine", "fr", "kind:backpack", ["color:navy"], "brand:eastpak"),
        ("Black leather gloves", "en", "kind:gloves", ["color:black"], None),
        ("grauer Kaschmirschal", "de", "kind:scarf", ["color:grey"], None),
        ("un Samsung Galaxy A54 azul", "es", "kind:phone", ["color:blue"], "brand:samsung"),
    ],
)
def test_concepts_are_inferred_from_free_text(text, language, kind, colors, brand):
    described = describe(text, language)
    assert (described.kind, described.colors, described.brand) == (kind, colors, brand)


@pytest.mark.parametrize(
    ("heard", "language", "kind", "brand"),
    [
        ("j'ai oublié mon ai phone", "fr", "kind:phone", "brand:apple"),
        ("my camera, a cannon", "en", "kind:camera", "brand:canon"),
        ("un portefeuile marron", "fr", "kind:wallet", None),  # typed with one l
        ("an eastpack backpack", "en", "kind:backpack", "brand:eastpak"),
        ("los galaxy bads negros", "es", "kind:earbuds", "brand:samsung"),
        ("Luis Vuitton Geldbörse", "de", "kind:wallet", "brand:louis_vuitton"),
    ],
)
def test_typos_and_mishearings_are_tolerated(heard, language, kind, brand):
    described = describe(heard, language)
    assert (described.kind, described.brand) == (kind, brand)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("au nom de MARTIN D.", "fr"),  # not "marine" (navy)
        ("dans le bus 38", "fr"),
        ("mon chat", "fr"),
        ("Oreilles roses", "fr"),  # ears, not earphones ("oreillettes")
    ],
)
def test_short_and_proper_words_do_not_false_match(text, language):
    described = describe(text, language)
    assert described.kind is None
    assert "color:navy" not in described.colors


def test_a_pouch_or_envelope_gives_way_to_what_it_holds():
    assert describe("une pochette avec mon stylo à insuline", "fr").kind == "kind:insulin_pen"
    assert describe("Enveloppe contenant 150 € en espèces", "fr").kind == "kind:cash"
    assert describe("une pochette", "fr").kind == "kind:pouch"


def test_the_first_thing_named_is_the_thing_lost():
    described = describe("Sac à dos Herschel contenant un ordinateur portable HP", "fr")
    assert described.kind == "kind:backpack"
    assert "kind:laptop" in described.words


def test_a_language_the_vocabulary_does_not_know_is_read_with_every_languages_words():
    phone = describe("il mio iPhone 13 rosa", "it")
    assert (phone.kind, phone.brand, phone.colors) == ("kind:phone", "brand:apple", ["color:pink"])
    assert "13" in phone.words
    umbrella = describe("ombrello verde", "it")  # "verde" as in Spanish
    assert (umbrella.category, umbrella.colors) == ("category:umbrellas", ["color:green"])
    assert describe("una valigia Samsonite", "it").brand == "brand:samsonite"
    assert describe("", "it") == Description()


def test_search_text_holds_concepts_then_words():
    text = search_text(describe("Portefeuille en cuir noir, carte Navigo", "fr"))
    assert text.split()[:3] == ["category:wallets_money", "kind:wallet", "color:black"]
    assert "material:leather" in text.split()
    assert search_text(Description(brand="Obut")) == "obut"  # a brand the vocabulary lacks


# --- searching ----------------------------------------------------------------------------


def test_the_spanish_caller_finds_the_french_clerks_wallet(session):
    wallet = log(session, "Portefeuille en cuir noir, carte Navigo")
    log(session, "Parapluie pliant rouge")
    assert found(session, "perdí mi cartera negra en el metro", "es") == [wallet]


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("euh j'ai perdu mon portefeuille noir dans le métro", "fr"),
        ("I lost my black wallet on the metro", "en"),
        ("ich habe meine schwarze Brieftasche in der U-Bahn verloren", "de"),
        ("schwarze Lederbrieftasche, Linie 4", "de"),
        ("mi billetera negra de cuero", "es"),
    ],
)
def test_the_black_wallet_comes_before_the_brown_one(session, query, language):
    black = log(session, "Portefeuille en cuir noir, carte Navigo")
    brown = log(session, "Portefeuille en cuir marron, permis de conduire")
    results = found(session, query, language)
    assert results[0] == black
    assert brown not in results[:1]


def test_brand_tells_two_backpacks_apart(session):
    log(session, "Sac à dos Eastpak bleu", days_ago=1)
    nike = log(session, "Sac à dos Nike bleu", days_ago=1)
    assert found(session, "una mochila Nike azul", "es")[0] == nike


def test_the_place_tells_two_umbrellas_apart(session):
    log(session, "Parapluie pliant noir", found_at=METRO_4)
    bus = log(session, "Parapluie pliant noir", found_at="Bus 38")
    assert found(session, "mein schwarzer Taschenschirm, im Bus achtunddreißig", "de")[0] == bus
    assert found(session, "a black folding umbrella", "en", lost_at="bus 38")[0] == bus


def test_items_found_before_the_loss_are_left_out(session):
    log(session, "Parapluie pliant noir", days_ago=10)
    later = log(session, "Parapluie pliant noir", days_ago=2)
    results = found(session, "un paraguas negro", "es", lost_on=TODAY - timedelta(days=5))
    assert results == [later]


def test_items_found_soon_after_the_loss_come_first(session):
    weeks_later = log(session, "Parapluie pliant noir", days_ago=0)
    next_day = log(session, "Parapluie pliant noir", days_ago=29)
    results = found(session, "black umbrella", "en", lost_on=TODAY - timedelta(days=30))
    assert results == [next_day, weeks_later]


def test_nothing_matches_when_nothing_fits(session):
    log(session, "Portefeuille en cuir noir")
    log(session, "Parapluie pliant rouge")
    assert found(session, "I lost my guitar", "en") == []
    assert found(session, "he perdido a mi perro", "es") == []
    assert found(session, "une bague en or", "fr") == []


def test_a_wrong_colour_is_not_offered(session):
    log(session, "Portefeuille en cuir marron")
    assert found(session, "black wallet", "en", lost_on=TODAY) == []


def test_only_items_still_in_storage_are_offered(session):
    log(session, "Parapluie pliant noir", status=ItemStatus.RETURNED)
    kept = log(session, "Parapluie pliant noir")
    assert found(session, "parapluie noir", "fr") == [kept]


def test_the_clerks_list_can_search_other_statuses(session):
    returned = log(session, "Parapluie pliant noir", status=ItemStatus.RETURNED)
    disposed = log(session, "Parapluie pliant noir", days_ago=1, status=ItemStatus.DISPOSED)
    kept = log(session, "Parapluie pliant noir", days_ago=2)
    statuses = [ItemStatus.RETURNED.value, ItemStatus.DISPOSED.value]
    assert found(session, "parapluie noir", "fr", statuses=statuses) == [returned, disposed]
    every = found(session, "parapluie noir", "fr", statuses=[s.value for s in ItemStatus])
    assert every == [returned, disposed, kept]
    assert found(session, "parapluie noir", "fr") == [kept]
    with pytest.raises(ValueError):
        found(session, "parapluie noir", "fr", statuses=["lost_again"])


def test_the_thing_carried_in_another_is_found_by_its_own_name(session):
    wallet = log(session, "Portefeuille marron avec carte d'identité", days_ago=3)
    navigo = log(session, "Portefeuille en cuir noir, carte Navigo", days_ago=2)
    for days_ago in range(300):  # enough ID cards to fill their own part of the short list
        log(session, "Carte d'identité", days_ago=days_ago % 30)
    lost_on = TODAY - timedelta(days=4)
    assert wallet in found(session, "I lost my ID card", "en", lost_on=lost_on, limit=400)
    assert found(session, "mi tarjeta Navigo", "es", lost_on=lost_on)[0] == navigo


def test_related_kinds_are_found(session):
    purse = log(session, "Porte-monnaie en cuir rouge")
    assert found(session, "my red wallet", "en") == [purse]


def test_the_thing_inside_another_is_found(session):
    pouch = log(session, "Pochette plastique : carte Vitale et attestation de mutuelle")
    assert found(session, "eine Plastikhülle mit meiner Carte Vitale", "de") == [pouch]


def test_names_and_numbers_count(session):
    log(session, "Passeport espagnol au nom de MARTÍNEZ", found_at="Gare de Lyon")
    garcia = log(session, "Passeport espagnol au nom de GARCÍA LÓPEZ", found_at="Gare de Lyon")
    assert found(session, "my passport, name Garcia Lopez", "en")[0] == garcia
    log(session, "iPhone 12 noir", days_ago=1)
    iphone_14 = log(session, "iPhone 14 noir", days_ago=1)
    assert found(session, "ich habe mein iPhone vierzehn verloren", "de")[0] == iphone_14


def test_results_are_scored_best_first_and_limited(session):
    for days_ago in range(8):
        log(session, "Parapluie pliant noir", days_ago=days_ago)
    matches = search(session, "parapluie noir", language="fr", today=TODAY, limit=3)
    assert len(matches) == 3
    scores = [match.score for match in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(MIN_SCORE <= s <= 100 for s in scores)


def test_items_logged_without_search_text_are_still_matched(session):
    item = log(session, "Écharpe en cachemire grise")
    item.search_text = ""
    session.flush()
    assert found(session, "grey cashmere scarf", "en") == [item]


def test_score_rules_out_another_kind(session):
    umbrella = log(session, "Parapluie pliant noir")
    assert score(describe("black wallet", "en"), umbrella, today=TODAY) == 0
    assert score(describe("black umbrella", "en"), umbrella, today=TODAY) > MIN_SCORE


def test_a_description_without_a_recognised_kind_can_still_match(session):
    item = log(session, "Tableau peint sur toile, environ 40 x 50 cm", found_at="Taxi G7")
    results = found(session, "a painting, oil on canvas, about 40 by 50, in a taxi", "en")
    assert results == [item]


def test_the_facts_kept_of_each_scored_item_are_left_out_of_garbage_collection():
    """A worker caches up to 50,000 items' facts; tracked, they lengthened every full
    collection, a pause for whichever call the worker was answering."""
    facts = matching._facts(
        "kind:wallet color:black feature:navigo dupont", "kind:wallet", "Métro ligne 4", "fr"
    )
    assert facts[2] == ("dupont",)  # the plain words, for names
    gc.collect()  # a collection stops tracking the inner tuples of strings,
    gc.collect()  # the next one the tuple that holds them
    assert not gc.is_tracked(facts)
