"""The stored items' list and each item's page, through HTTP."""

from __future__ import annotations

import pytest

from tests.web import add_item, days_ago, logged_in, post_form, seen, shown_day


@pytest.fixture
def clerk(app):
    return logged_in(app, "clerk", "maria")


def spaced(reference: str) -> str:
    return f"{reference[:3]} {reference[3:6]} {reference[6:]}"


def test_the_list_shows_the_newest_items_first(app, clerk):
    older = add_item(app, "Parapluie pliant rouge", found_on=days_ago(3), found_at="Bus 38")
    newer = add_item(app, "Sac à dos bleu", found_on=days_ago(1), found_at="Gare du Nord")
    page = seen(clerk.get("/clerks/items"))
    assert "2 items; showing 1–2." in page
    assert page.index(spaced(newer)) < page.index(spaced(older))
    assert "Umbrella · Red Parapluie pliant rouge" in page
    assert f"{shown_day(days_ago(1))} Gare du Nord Shelf A1 in storage" in page


def test_the_list_comes_a_page_at_a_time(app, clerk):
    for n in range(30):
        add_item(app, f"Parapluie {n}", found_on=days_ago(n % 5))
    first = seen(clerk.get("/clerks/items"))
    assert "30 items; showing 1–25." in first and "Page 1 of 2" in first and "Next →" in first
    second = seen(clerk.get("/clerks/items?page=2"))
    assert "30 items; showing 26–30." in second and "← Previous" in second
    beyond = seen(clerk.get("/clerks/items?page=7"))
    assert "There is nothing on page 7" in beyond


def test_a_description_is_searched_as_the_phone_line_does_in_any_language(app, clerk):
    black = add_item(app, "Portefeuille en cuir noir", found_on=days_ago(2))
    add_item(app, "Parapluie rouge", found_on=days_ago(1))
    page = seen(clerk.get("/clerks/items", query_string={"q": "cartera negra", "lang": "es"}))
    assert "1 item matching “cartera negra”" in page
    assert spaced(black) in page
    assert "Parapluie rouge" not in page


@pytest.mark.parametrize("words", ["cartera negra", "schwarze Brieftasche", "portefeuille noir"])
def test_the_search_reads_the_words_in_the_language_they_are_in(app, clerk, words):
    black = add_item(app, "Portefeuille en cuir noir", found_on=days_ago(2))
    english_browser = {"Accept-Language": "en-GB,en;q=0.9"}
    page = seen(clerk.get("/clerks/items", query_string={"q": words}, headers=english_browser))
    assert spaced(black) in page


def test_a_reference_typed_or_scanned_opens_the_item(app, clerk):
    reference = add_item(app, found_on=days_ago(1))
    answer = clerk.get("/clerks/items", query_string={"q": spaced(reference)})
    assert answer.status_code == 302
    assert answer.headers["Location"] == f"/clerks/items/{reference}"


def test_a_reference_that_names_nothing_says_so(clerk):
    answer = clerk.get("/clerks/items", query_string={"q": "100000427"})
    assert answer.status_code == 400
    assert "No found item has the reference 100000427: check the digits." in seen(answer)


def test_filters_narrow_the_list(app, clerk):
    umbrella = add_item(app, "Parapluie noir", found_on=days_ago(3))
    wallet = add_item(app, "Portefeuille noir", found_on=days_ago(1))
    post_form(clerk, f"/clerks/items/{wallet}/claim", {"claimant": "Ana"})

    def shown(**filters):
        page = seen(clerk.get("/clerks/items", query_string=filters))
        return [ref for ref in (umbrella, wallet) if spaced(ref) in page]

    assert shown(category="category:umbrellas") == [umbrella]
    assert shown(status="claimed") == [wallet]
    assert shown(status="in_storage") == [umbrella]
    assert shown(found_from=days_ago(2).isoformat()) == [wallet]
    assert shown(found_to=days_ago(2).isoformat()) == [umbrella]
    assert shown(status="returned") == []


def test_a_description_with_another_status_filter_explains_what_search_covers(app, clerk):
    add_item(app, found_on=days_ago(1))
    page = seen(clerk.get("/clerks/items", query_string={"q": "wallet", "status": "returned"}))
    assert "A description finds items in storage only" in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"category": "spaceships"}, "Category is not a known category"),
        ({"status": "lost"}, "Status must be one of"),
        ({"found_from": "last week"}, "Found from must be a date as YYYY-MM-DD"),
        ({"found_from": "2026-11-20", "found_to": "2026-11-01"}, "must not be before the first"),
        ({"page": "²"}, None),
        ({"lang": "klingon", "q": "wallet"}, None),
    ],
)
def test_bad_filters_get_a_message_not_an_error_page(app, clerk, query, message):
    add_item(app, found_on=days_ago(1))
    answer = clerk.get("/clerks/items", query_string=query)
    if message is None:
        assert answer.status_code == 200
        return
    assert answer.status_code == 400
    assert message in seen(answer)
    assert "Stored items" in seen(answer)


def test_the_item_page_shows_the_facts_and_what_can_be_done(app, clerk):
    reference = add_item(app, "Sac à dos Eastpak bleu", found_on=days_ago(1), value_band="high")
    page = seen(clerk.get(f"/clerks/items/{reference}"))
    assert f"Item {spaced(reference)}" in page
    assert "Status: in storage" in page
    assert "Description Sac à dos Eastpak bleu" in page
    assert "Found " + shown_day(days_ago(1)) in page
    assert "Storage Shelf A1" in page
    assert "Keep until " + shown_day(days_ago(1 - 548)) in page
    assert "Mark claimed" in page and "Mark returned" in page
    assert "Mark disposed" not in page  # not due yet
    assert "Logged" in page and "by setup" in page
