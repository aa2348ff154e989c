"""The clerks' JSON API: tokens and roles, validation, lookup and search."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ivr.accounts import create_user
from ivr.db import get_session
from lost_items import items
from lost_items.lifecycle import history
from lost_items.references import InvalidReference, parse_reference
from tests.conftest import today


def token_for(app, role: str, name: str | None = None) -> str:
    with app.app_context():
        session = get_session()
        _, token = create_user(session, name or f"{role}-user", role)
        session.commit()
        return token


@pytest.fixture
def clerk(app) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(app, 'clerk')}"}


def item_body(**changes):
    body = {
        "description": "Portefeuille en cuir noir, carte Navigo",
        "found_on": (today() - timedelta(days=1)).isoformat(),
        "found_at": "Métro ligne 4 - Châtelet",
        "language": "fr",
    }
    body.update(changes)
    return {key: value for key, value in body.items() if value is not None}


def test_a_clerk_logs_an_item_and_gets_its_reference(client, clerk):
    answer = client.post("/api/found-items", json=item_body(), headers=clerk)
    assert answer.status_code == 201
    item = answer.get_json()
    parse_reference(item["reference"])  # a valid, checkable reference
    assert item["category"] == "wallets_money"
    assert item["kind"] == "wallet"
    assert item["colors"] == ["black"]
    assert item["status"] == "in_storage"

    again = client.get(f"/api/found-items/{item['reference']}", headers=clerk)
    assert again.status_code == 200
    assert again.get_json() == item


def test_a_valuable_item_is_logged_as_such_and_its_history_names_the_clerk(app, client):
    clerk = {"Authorization": f"Bearer {token_for(app, 'clerk', 'maria')}"}
    answer = client.post("/api/found-items", json=item_body(value_band="high"), headers=clerk)
    assert answer.status_code == 201 and answer.get_json()["value_band"] == "high"
    with app.app_context():
        session = get_session()
        item = items.get_found_item(session, answer.get_json()["reference"])
        assert [(e.action, e.actor) for e in history(session, item)] == [("logged", "maria")]


def test_an_item_found_before_anything_is_still_kept_is_taken_for_a_typo(app, client, clerk):
    kept = app.config["RETENTION_HIGH_VALUE_DAYS"]
    too_old = (today() - timedelta(days=kept + 1)).isoformat()
    answer = client.post("/api/found-items", json=item_body(found_on=too_old), headers=clerk)
    assert answer.status_code == 400
    assert answer.get_json()["fields"]["found_on"].startswith("must not be before")
    oldest = (today() - timedelta(days=kept)).isoformat()
    answer = client.post("/api/found-items", json=item_body(found_on=oldest), headers=clerk)
    assert answer.status_code == 201


def test_an_item_is_of_low_value_unless_said(client, clerk):
    answer = client.post("/api/found-items", json=item_body(), headers=clerk)
    assert answer.get_json()["value_band"] == "low"


def test_a_bad_value_band_is_named_with_the_other_bad_fields(client, clerk):
    body = item_body(value_band="priceless", found_on="yesterday")
    answer = client.post("/api/found-items", json=body, headers=clerk)
    assert answer.status_code == 400
    assert set(answer.get_json()["fields"]) == {"value_band", "found_on"}


def test_colours_and_category_may_be_named_in_any_language_as_on_the_form(client, clerk):
    body = item_body(description="Sac", category="Bagages et sacs", colors=["bleu", "Schwarz"])
    answer = client.post("/api/found-items", json=body, headers=clerk)
    assert answer.status_code == 201, answer.get_json()
    assert answer.get_json()["category"] == "luggage_bags"
    assert answer.get_json()["colors"] == ["blue", "black"]


def test_given_category_colours_and_brand_are_kept(client, clerk):
    body = item_body(
        description="Sac", category="luggage_bags", colors=["red", "white"], brand="Longchamp"
    )
    item = client.post("/api/found-items", json=body, headers=clerk).get_json()
    assert item["category"] == "luggage_bags"
    assert item["colors"] == ["red", "white"]
    assert item["brand"] == "Longchamp"


@pytest.mark.parametrize(
    ("changes", "bad_fields"),
    [
        ({"description": None}, {"description"}),
        ({"description": "   "}, {"description"}),
        ({"description": 42}, {"description"}),
        ({"found_on": "26/11/2026"}, {"found_on"}),
        ({"found_on": "2026-02-30"}, {"found_on"}),
        ({"found_on": (today() + timedelta(days=2)).isoformat()}, {"found_on"}),
        ({"found_at": None, "language": "xx"}, {"found_at", "language"}),
        ({"category": "spaceships"}, {"category"}),
        ({"colors": ["black", "plaid-ish"]}, {"colors"}),
        ({"colors": "black"}, set()),
        ({"colors": [1, 2]}, {"colors"}),
        ({"description": "x" * 5000}, {"description"}),
        # PostgreSQL's text columns refuse NUL: named as bad, never a 500 from the database.
        (
            {"description": "red \x00 umbrella", "found_at": "Bus\x0738"},
            {"description", "found_at"},
        ),
        ({"brand": "Sam\x00sung", "storage_location": "A\x001"}, {"brand", "storage_location"}),
        ({"description": "Parapluie rouge\r\n\tmanche en bois"}, set()),
    ],
)
def test_invalid_items_are_refused_naming_each_bad_field(client, clerk, changes, bad_fields):
    answer = client.post("/api/found-items", json=item_body(**changes), headers=clerk)
    if not bad_fields:
        assert answer.status_code == 201
        return
    assert answer.status_code == 400
    assert set(answer.get_json()["fields"]) == bad_fields


@pytest.mark.parametrize(
    "body", [b"", b"not json", b"[1, 2]", b'"text"', b"[" * 100_000 + b"]" * 100_000]
)
def test_a_body_that_is_not_an_object_is_a_400(client, clerk, body):
    answer = client.post(
        "/api/found-items", data=body, headers={**clerk, "Content-Type": "application/json"}
    )
    assert answer.status_code == 400
    assert "body" in answer.get_json()["fields"]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic Zm9vOmJhcg=="}],
)
def test_without_a_valid_token_the_api_answers_401(client, headers):
    for answer in (
        client.post("/api/found-items", json=item_body(), headers=headers),
        client.get("/api/found-items/100000427", headers=headers),
        client.get("/api/found-items/search?q=wallet&lang=en", headers=headers),
    ):
        assert answer.status_code == 401
        assert "error" in answer.get_json()


def test_an_agent_may_search_but_not_log_items(app, client):
    agent = {"Authorization": f"Bearer {token_for(app, 'agent')}"}
    assert client.post("/api/found-items", json=item_body(), headers=agent).status_code == 403
    answer = client.get("/api/found-items/search?q=wallet&lang=en", headers=agent)
    assert answer.status_code == 200


def test_an_admin_may_log_items(app, client):
    admin = {"Authorization": f"Bearer {token_for(app, 'admin')}"}
    assert client.post("/api/found-items", json=item_body(), headers=admin).status_code == 201


def test_an_unknown_or_mistyped_reference_is_a_404(client, clerk):
    created = client.post("/api/found-items", json=item_body(), headers=clerk).get_json()
    reference = created["reference"]
    typo = reference[:-1] + str((int(reference[-1]) + 1) % 10)
    with pytest.raises(InvalidReference):
        parse_reference(typo)
    mistyped = client.get(f"/api/found-items/{typo}", headers=clerk)
    assert mistyped.status_code == 404
    assert mistyped.get_json()["error"] == f"{typo} is not a valid reference: check the digits"
    assert client.get("/api/found-items/hello", headers=clerk).status_code == 404
    unused = "1" + "9999999"
    unused += next(d for d in "0123456789" if _valid(unused + d))
    missing = client.get(f"/api/found-items/{unused}", headers=clerk)
    assert missing.get_json()["error"] == f"no found item has the reference {unused}"


def _valid(reference: str) -> bool:
    try:
        parse_reference(reference)
    except InvalidReference:
        return False
    return True


def test_unknown_api_urls_and_methods_answer_json(client, clerk):
    unknown = client.get("/api/nothing-here", headers=clerk)
    assert unknown.status_code == 404 and "error" in unknown.get_json()
    wrong_method = client.delete("/api/found-items", headers=clerk)
    assert wrong_method.status_code == 405 and "error" in wrong_method.get_json()
    assert "POST" in wrong_method.headers["Allow"].split(", ")


def test_a_date_with_a_time_is_told_the_format_it_needs(client, clerk):
    body = item_body(found_on="2026-11-26T10:00:00")
    answer = client.post("/api/found-items", json=body, headers=clerk)
    assert answer.status_code == 400
    assert answer.get_json()["fields"] == {"found_on": "must be a date as YYYY-MM-DD"}


def test_search_finds_across_languages_best_first(client, clerk):
    black = client.post("/api/found-items", json=item_body(), headers=clerk).get_json()
    brown = client.post(
        "/api/found-items",
        json=item_body(description="Portefeuille en cuir marron"),
        headers=clerk,
    ).get_json()
    umbrella = client.post(
        "/api/found-items", json=item_body(description="Parapluie pliant rouge"), headers=clerk
    ).get_json()
    answer = client.get(
        "/api/found-items/search",
        query_string={"q": "perdí mi cartera negra", "lang": "es"},
        headers=clerk,
    )
    assert answer.status_code == 200
    results = answer.get_json()["results"]
    references = [result["reference"] for result in results]
    assert references[0] == black["reference"]
    assert brown["reference"] not in references[:1]
    assert umbrella["reference"] not in references
    scores = [result["score"] for result in results]
    assert scores == sorted(scores, reverse=True)


def test_a_loss_date_before_anything_kept_still_searches(client, clerk):
    """A mistyped year (0001 for 2026) finds what a search without a date finds."""
    logged = client.post("/api/found-items", json=item_body(), headers=clerk).get_json()
    answer = client.get(
        "/api/found-items/search",
        query_string={"q": "black wallet", "lang": "en", "lost_on": "0001-01-01"},
        headers=clerk,
    )
    assert answer.status_code == 200
    assert [r["reference"] for r in answer.get_json()["results"]] == [logged["reference"]]


def test_search_knows_an_item_found_before_the_loss_is_unlikely(client, clerk):
    old = client.post(
        "/api/found-items",
        json=item_body(found_on=(today() - timedelta(days=20)).isoformat()),
        headers=clerk,
    ).get_json()
    recent = client.post("/api/found-items", json=item_body(), headers=clerk).get_json()
    lost_on = (today() - timedelta(days=2)).isoformat()
    results = client.get(
        "/api/found-items/search",
        query_string={"q": "black wallet", "lang": "en", "lost_on": lost_on},
        headers=clerk,
    ).get_json()["results"]
    assert results[0]["reference"] == recent["reference"]
    assert old["reference"] not in [r["reference"] for r in results[:1]]


@pytest.mark.parametrize(
    ("query", "bad_fields"),
    [
        ({}, {"q", "lang"}),
        ({"q": "wallet", "lang": "klingon"}, {"lang"}),
        ({"q": "wallet", "lang": "en", "lost_on": "yesterday"}, {"lost_on"}),
        ({"q": "wallet", "lang": "en", "limit": "0"}, {"limit"}),
        ({"q": "wallet\x00", "lang": "en"}, {"q"}),
    ],
)
def test_bad_search_parameters_are_a_400_naming_them(client, clerk, query, bad_fields):
    answer = client.get("/api/found-items/search", query_string=query, headers=clerk)
    assert answer.status_code == 400
    assert set(answer.get_json()["fields"]) == bad_fields
