"""Personal data past retention: `purge_item_history` erases people from item histories."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from ivr.db import get_session
from lost_items import lifecycle
from lost_items.items import FoundItemDraft
from lost_items.models import FoundItem, ItemEvent
from lost_items.retention import purge_item_history
from tests.web import days_ago

TODAY = days_ago(0)


@pytest.fixture
def session(app):
    with app.app_context():
        yield get_session()


def returned_item(session, *, days_ago: int, claimed: bool = True) -> FoundItem:
    """An item claimed then returned `days_ago` days ago, with names and an ID in its history."""
    draft = FoundItemDraft(
        description="Portefeuille noir", found_on=TODAY, found_at="Bus 38", language="fr"
    )
    item = lifecycle.log_item(session, draft, actor="maria")
    if claimed:
        claim = {"claimant": "Ana García", "note": "06 12 34 56 78"}
        lifecycle.claim(session, item, claim, actor="maria")
    returned = {"collected_by": "Ana García", "id_document": "passport …4821"}
    lifecycle.return_item(session, item, returned, actor="jo")
    when = datetime.combine(TODAY - timedelta(days=days_ago), time(12), UTC)
    for event in session.scalars(select(ItemEvent).where(ItemEvent.item_id == item.id)):
        event.happened_at = when
    session.commit()
    return item


def details(session, item: FoundItem) -> list[tuple[str, str | None, dict]]:
    session.expire_all()
    return [(e.action, e.actor, e.details) for e in lifecycle.history(session, item)]


def test_names_and_id_documents_past_the_period_are_erased(session):
    old = returned_item(session, days_ago=366)
    erased = purge_item_history(session, today=TODAY, keep_days=365)
    session.commit()
    assert erased == 2
    assert details(session, old) == [
        ("logged", "maria", {}),
        ("claimed", "maria", {"personal_data": "erased"}),
        ("returned", "jo", {"personal_data": "erased"}),
    ]


def test_nothing_younger_than_the_period_is_touched(session):
    recent = returned_item(session, days_ago=364)
    on_the_day = returned_item(session, days_ago=365, claimed=False)
    before = details(session, recent), details(session, on_the_day)
    assert purge_item_history(session, today=TODAY, keep_days=365) == 0
    session.commit()
    assert (details(session, recent), details(session, on_the_day)) == before


def test_other_details_stay_and_a_second_run_changes_nothing(session):
    item = returned_item(session, days_ago=400, claimed=False)
    returned_event = select(ItemEvent).where(
        ItemEvent.item_id == item.id, ItemEvent.action == "returned"
    )
    event = session.scalars(returned_event).one()
    event.details = {**event.details, "note": "returned at the counter"}
    session.commit()
    assert purge_item_history(session, today=TODAY, keep_days=365) == 1
    session.commit()
    assert purge_item_history(session, today=TODAY, keep_days=365) == 0
    returned = details(session, item)[-1]
    assert returned == (
        "returned",
        "jo",
        {"note": "returned at the counter", "personal_data": "erased"},
    )


def test_flask_purge_erases_them_after_the_configured_period(app, runner, session):
    app.config["HISTORY_PERSONAL_DATA_DAYS"] = 30
    old = returned_item(session, days_ago=31)
    kept = returned_item(session, days_ago=29)
    result = runner.invoke(args=["purge"])
    assert result.exit_code == 0, result.output
    assert "the personal details of 2 item history entries" in result.output
    assert "Ana García" not in str(details(session, old))
    assert "Ana García" in str(details(session, kept))
    assert "personal details of 0 item" in runner.invoke(args=["purge"]).output


def test_the_default_period_is_a_year(app):
    assert app.config["HISTORY_PERSONAL_DATA_DAYS"] == 365
