"""The counter's entry form, through HTTP: logging items, mistakes, suggestions, labels."""

from __future__ import annotations

import re

import pytest

from ivr.db import get_session
from lost_items.references import parse_reference
from lost_items.reports import record_loss_report
from tests.web import days_ago, logged_in, post_form, seen, shown_day


@pytest.fixture
def clerk(app):
    return logged_in(app, "clerk", "maria")


def entry(**changes: str) -> dict[str, str]:
    form = {
        "description": "Portefeuille en cuir noir, carte Navigo",
        "language": "fr",
        "category": "",
        "colors": "",
        "brand": "",
        "value_band": "low",
        "found_on": days_ago(0).isoformat(),
        "found_at": "Métro ligne 4 - Châtelet",
        "storage_location": "Shelf A1",
    }
    form.update(changes)
    return form


def log_item(clerk, **changes: str):
    return post_form(clerk, "/clerks/items", entry(**changes))


def logged_reference(clerk, answer) -> str:
    assert answer.status_code == 302, seen(answer)
    page = clerk.get(answer.headers["Location"])
    found = re.search(r'id="reference" data-reference="(\d+)"', page.get_data(as_text=True))
    assert found, "the page shows no reference"
    return found.group(1)


def test_the_form_is_ready_for_typing_with_todays_date(clerk):
    page = clerk.get("/clerks/items/new").get_data(as_text=True)
    assert re.search(r'<input id="description"[^>]*autofocus', page, re.S)
    assert f'value="{days_ago(0).isoformat()}"' in page
    fields = re.findall(r'<(?:input|select)\b[^>]*?\bid="(\w+)"', page)
    assert fields == [
        "description", "language", "category", "colors", "brand",
        "value_low", "value_high", "found_on", "found_at", "storage_location",
    ]  # fmt: skip
    assert "tabindex" not in page.replace('tabindex="-1"', "")  # document order is tab order


def test_the_category_list_offers_names_in_the_four_languages(clerk):
    page = clerk.get("/clerks/items/new").get_data(as_text=True)
    for name in ("Portefeuilles et argent", "Wallets and money", "Carteras y dinero", "Geldbörsen"):
        assert f'<option value="{name}' in page


def test_a_clerk_logs_an_item_and_sees_its_reference_in_large_type(app, clerk):
    answer = log_item(clerk)
    reference = logged_reference(clerk, answer)
    parse_reference(reference)
    page = seen(clerk.get(answer.headers["Location"]))
    assert "Logged: write this reference on the item" in page
    assert f"{reference[:3]} {reference[3:6]} {reference[6:]}" in page
    assert "Print label" in page

    item = seen(clerk.get(f"/clerks/items/{reference}"))
    assert "Status: in storage" in item
    assert "Wallets and money · Wallet" in item
    assert "Colours Black" in item
    assert "Logged" in item and "by maria" in item


def test_a_caller_who_reported_the_item_lost_gets_a_text_when_a_clerk_logs_it(
    app, clerk, twilio_api
):
    with app.app_context():
        session = get_session()
        record_loss_report(
            session,
            description="perdí mi cartera negra de cuero en el metro",
            language="es",
            lost_on=days_ago(2),
            callback_number="+34612345678",
            keep_days=90,
            today=days_ago(2),
        )
        session.commit()
    reference = logged_reference(clerk, log_item(clerk, found_on=days_ago(1).isoformat()))
    texts = twilio_api.messages()
    assert len(texts) == 1
    assert texts[0].form["To"] == "+34612345678"
    assert reference in texts[0].form["Body"]


def test_the_category_and_colours_typed_in_any_language_are_kept(clerk):
    answer = log_item(
        clerk, description="Sac", category="Gepäck und Taschen", colors="rojo, blanco"
    )
    item = seen(clerk.get(f"/clerks/items/{logged_reference(clerk, answer)}"))
    assert "What Luggage and bags" in item
    assert "Colours Red, White" in item


def test_the_value_band_sets_how_long_the_item_is_kept(clerk):
    answer = log_item(clerk, value_band="high")
    item = seen(clerk.get(f"/clerks/items/{logged_reference(clerk, answer)}"))
    keep_until = shown_day(days_ago(-548))
    assert f"Keep until {keep_until}" in item
    assert "Value €100 or more" in item


def test_the_form_remembers_the_language_and_shelf_for_the_next_item(clerk):
    log_item(clerk, language="es", description="Cartera negra", storage_location="B7")
    page = clerk.get("/clerks/items/new").get_data(as_text=True)
    assert '<option value="es" selected>' in page
    assert 'id="storage_location" name="storage_location" maxlength="100" value="B7"' in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"description": ""}, "Description is required"),
        ({"found_at": " "}, "Place found is required"),
        ({"found_on": days_ago(-2).isoformat()}, "Date found must not be in the future"),
        ({"found_on": "26/11/2026"}, "Date found must be a date as YYYY-MM-DD"),
        ({"found_on": "1900-01-01"}, "Date found must not be before"),
        ({"category": "spaceships"}, "Category is not a category we know"),
        ({"colors": "black, plaid-ish"}, "Colours has colours we do not know: plaid-ish"),
        ({"language": "xx"}, "Language of the description must be one of"),
        ({"value_band": "priceless"}, "Value must be one of the two choices"),
        ({"description": "x" * 2001}, "Description must be at most 2000 characters"),
    ],
)
def test_mistakes_are_shown_next_to_the_field_and_nothing_is_lost(clerk, changes, message):
    answer = log_item(clerk, **changes)
    assert answer.status_code == 400
    page = seen(answer)
    assert "Please correct this:" in page
    assert message in page
    html = answer.get_data(as_text=True)
    assert 'value="Shelf A1"' in html  # what was typed is still there
    assert 'aria-invalid="true"' in html
    assert clerk.get("/clerks/items").get_data(as_text=True).count("/clerks/items/1") == 0


def test_the_first_field_in_error_gets_the_focus(clerk):
    answer = log_item(clerk, found_at="", found_on="")
    html = answer.get_data(as_text=True)
    assert re.search(r'<input id="found_on"[^>]*autofocus', html, re.S)
    assert not re.search(r'<input id="description"[^>]*autofocus', html, re.S)


def test_a_refresh_after_saving_does_not_log_the_item_twice(clerk):
    answer = log_item(clerk)
    assert answer.status_code == 302  # post, then redirect: reloading shows, never re-posts
    clerk.get(answer.headers["Location"])
    clerk.get(answer.headers["Location"])
    assert "1 item;" in seen(clerk.get("/clerks/items"))


def test_suggestions_name_the_category_and_colours_in_the_descriptions_language(clerk):
    answer = clerk.get("/clerks/describe", query_string={"text": "cartera negra", "language": "es"})
    assert answer.status_code == 200
    assert answer.get_json() == {
        "language": "es",
        "category": {"id": "category:wallets_money", "label": "Carteras y dinero"},
        "kind": {"id": "kind:wallet", "label": "Cartera"},
        "colors": [{"id": "color:black", "label": "Negro"}],
        "brand": None,
    }


def test_a_description_in_another_language_than_selected_is_read_in_its_own(clerk):
    query = {"text": "Sac à dos bleu marine", "language": "en"}
    answer = clerk.get("/clerks/describe", query_string=query).get_json()
    assert answer["language"] == "fr"
    assert answer["category"]["label"] == "Bagages et sacs"
    assert answer["colors"] == [{"id": "color:navy", "label": "Bleu marine"}]
    chosen = clerk.get("/clerks/describe", query_string={**query, "chosen": "1"}).get_json()
    assert chosen["language"] == "en"


def test_suggestions_for_nothing_recognisable_are_empty(clerk):
    answer = clerk.get("/clerks/describe", query_string={"text": "zzz", "language": "fr"})
    assert answer.get_json()["category"] is None and answer.get_json()["colors"] == []


def test_suggestions_in_an_unknown_language_are_a_clear_400(clerk):
    answer = clerk.get("/clerks/describe", query_string={"text": "wallet", "language": "xx"})
    assert answer.status_code == 400
    assert "language" in answer.get_json()["error"]


def test_the_label_shows_the_reference_as_digits_and_as_a_barcode(clerk):
    reference = logged_reference(clerk, log_item(clerk))
    answer = clerk.get(f"/clerks/items/{reference}/label")
    assert answer.status_code == 200
    html = answer.get_data(as_text=True)
    assert f'aria-label="Barcode {reference}"' in html
    assert "<path" in html
    page = seen(answer)
    assert f"{reference[:3]} {reference[3:6]} {reference[6:]}" in page
    assert "Print the label" in page
    assert "Shelf A1" in page


def test_the_label_of_an_unknown_reference_is_a_404_page(clerk):
    answer = clerk.get("/clerks/items/123/label")
    assert answer.status_code == 404
    assert "No found item has the reference 123" in seen(answer)
