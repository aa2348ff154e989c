"""Browsing the stored items in the domain: filters, pages, search, recent places."""

from __future__ import annotations

from datetime import date

import pytest

from ivr.db import get_session
from lost_items import inventory, lifecycle
from lost_items.inventory import ItemFilters
from lost_items.items import FoundItemDraft
from lost_items.validation import ValidationError
from tests.web import days_ago


@pytest.fixture
def session(app):
    with app.app_context():
        yield get_session()


def log(session, description: str, found_on: date, found_at: str = "Bus 38"):
    draft = FoundItemDraft(
        description=description, found_on=found_on, found_at=found_at, language="fr"
    )
    item = lifecycle.log_item(session, draft, actor="maria")
    session.commit()
    return item


@pytest.mark.parametrize(
    ("query", "bad"),
    [
        ({"category": "spaceships"}, {"category"}),
        ({"status": "lost"}, {"status"}),
        ({"found_from": "yesterday"}, {"found_from"}),
        ({"found_from": "2026-11-20", "found_to": "2026-11-01"}, {"found_to"}),
    ],
)
def test_bad_filters_are_named(query, bad):
    with pytest.raises(ValidationError) as refused:
        inventory.read_filters(query)
    assert set(refused.value.errors) == bad


def test_filters_read_from_a_query_string():
    filters = inventory.read_filters(
        {"category": "umbrellas", "status": "claimed", "found_from": "2026-11-01", "q": "x"}
    )
    assert filters == ItemFilters("category:umbrellas", "claimed", date(2026, 11, 1), None)


def test_items_are_listed_most_recently_found_first_a_page_at_a_time(session):
    logged = [log(session, f"Parapluie {n}", days_ago(n)) for n in range(5)]
    first, total = inventory.list_items(session, ItemFilters(), offset=0, limit=2)
    second, _ = inventory.list_items(session, ItemFilters(), offset=2, limit=2)
    assert total == 5
    assert [i.id for i in first + second] == [i.id for i in logged[:4]]


def test_filters_narrow_the_list(session):
    umbrella = log(session, "Parapluie noir", days_ago(3))
    wallet = log(session, "Portefeuille noir", days_ago(1))
    lifecycle.claim(session, wallet, {"claimant": "Jo"}, actor="al")
    session.commit()

    def ids(**filters):
        return [i.id for i in inventory.list_items(
            session, ItemFilters(**filters), offset=0, limit=10)[0]]  # fmt: skip

    assert ids(category="category:umbrellas") == [umbrella.id]
    assert ids(status="claimed") == [wallet.id]
    assert ids(found_to=days_ago(2)) == [umbrella.id]
    assert ids(found_from=days_ago(2)) == [wallet.id]
    assert ids(found_from=days_ago(0)) == []


def test_search_ranks_with_the_phone_lines_engine_and_then_filters(session):
    black = log(session, "Portefeuille en cuir noir", days_ago(2))
    brown = log(session, "Portefeuille en cuir marron", days_ago(1))
    log(session, "Parapluie rouge", days_ago(1))
    found, total = inventory.search_items(
        session, "cartera de cuero", language="es", filters=ItemFilters(),
        today=days_ago(0), offset=0, limit=10,
    )  # fmt: skip
    assert sorted(m.item.id for m in found) == [black.id, brown.id]  # not the umbrella
    assert total == 2
    best, _ = inventory.search_items(
        session, "cartera negra", language="es", filters=ItemFilters(),
        today=days_ago(0), offset=0, limit=10,
    )  # fmt: skip
    assert best[0].item.id == black.id
    recent, _ = inventory.search_items(
        session, "cartera de cuero", language="es",
        filters=ItemFilters(found_from=days_ago(1)),
        today=days_ago(0), offset=0, limit=10,
    )  # fmt: skip
    assert [m.item.id for m in recent] == [brown.id]


def test_recent_places_come_most_recent_first_once_each(session):
    log(session, "Sac", days_ago(3), "Bus 38")
    log(session, "Sac", days_ago(2), "Gare du Nord")
    log(session, "Sac", days_ago(1), "Bus 38")
    assert inventory.recent_places(session) == ["Bus 38", "Gare du Nord"]
    assert inventory.recent_places(session, limit=1) == ["Bus 38"]
