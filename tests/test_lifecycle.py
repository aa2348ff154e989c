"""An item's life after it is logged, in the domain: transitions, history, retention."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ivr.db import get_session
from lost_items import lifecycle
from lost_items.items import FoundItemDraft, get_found_item
from lost_items.lifecycle import Retention, TransitionRefused
from lost_items.models import FoundItem, ItemStatus
from lost_items.validation import ValidationError

TODAY = date(2026, 11, 26)
PARIS = Retention(low_value_days=122, high_value_days=548)


@pytest.fixture
def session(app):
    with app.app_context():
        yield get_session()


def log(session, *, found_on: date = TODAY, band: str = "low", actor: str = "maria") -> FoundItem:
    draft = FoundItemDraft(
        description="Portefeuille en cuir noir",
        found_on=found_on,
        found_at="Bus 38",
        language="fr",
        value_band=band,
    )
    item = lifecycle.log_item(session, draft, actor=actor)
    session.commit()
    return item


def actions(session, item: FoundItem) -> list[tuple[str, str | None, dict]]:
    return [(e.action, e.actor, e.details) for e in lifecycle.history(session, item)]


def test_an_item_is_claimed_then_returned_and_its_history_says_who_and_how(session):
    item = log(session)
    lifecycle.claim(session, item, {"claimant": "Ana García"}, actor="jo")
    lifecycle.return_item(
        session, item, {"collected_by": "Ana García", "id_document": "passport …4821"}, actor="al"
    )
    session.commit()
    assert item.status == ItemStatus.RETURNED
    assert actions(session, item) == [
        ("logged", "maria", {}),
        ("claimed", "jo", {"claimant": "Ana García"}),
        ("returned", "al", {"collected_by": "Ana García", "id_document": "passport …4821"}),
    ]


def test_an_owner_may_collect_an_item_nobody_claimed_yet(session):
    item = log(session)
    lifecycle.return_item(session, item, {"collected_by": "Jo", "id_document": "ID …1"}, actor="al")
    assert item.status == ItemStatus.RETURNED


def test_a_withdrawn_claim_puts_the_item_back_in_storage(session):
    item = log(session)
    lifecycle.claim(session, item, {"claimant": "Jo"}, actor="al")
    lifecycle.withdraw_claim(session, item, {"reason": "not theirs"}, actor="al")
    assert item.status == ItemStatus.IN_STORAGE
    assert [a for a, _, _ in actions(session, item)][-1] == "claim_withdrawn"


@pytest.mark.parametrize(
    ("perform", "form", "field"),
    [
        (lifecycle.claim, {}, "claimant"),
        (lifecycle.return_item, {"collected_by": "Jo"}, "id_document"),
        (lifecycle.return_item, {"id_document": "passport"}, "collected_by"),
        (lifecycle.return_item, {"collected_by": "x" * 200, "id_document": "p"}, "collected_by"),
    ],
)
def test_missing_details_are_refused_and_change_nothing(session, perform, form, field):
    item = log(session)
    with pytest.raises(ValidationError) as refused:
        perform(session, item, form, actor="al")
    assert field in refused.value.errors
    assert item.status == ItemStatus.IN_STORAGE
    assert len(lifecycle.history(session, item)) == 1


def test_a_returned_item_cannot_be_claimed_or_disposed(session):
    item = log(session, found_on=TODAY - timedelta(days=400))
    lifecycle.return_item(session, item, {"collected_by": "Jo", "id_document": "ID"}, actor="al")
    with pytest.raises(
        TransitionRefused, match="This item is returned: it cannot be marked claimed"
    ):
        lifecycle.claim(session, item, {"claimant": "Someone"}, actor="al")
    with pytest.raises(TransitionRefused):
        lifecycle.dispose(session, item, {}, actor="al", retention=PARIS, today=TODAY)


def test_the_second_of_two_clerks_acting_at_once_is_refused(app, session):
    """Each clerk's page loaded the item in storage; only the first change wins."""
    item = log(session)
    with app.app_context():
        other = get_session()
        stale = other.get(FoundItem, item.id)
        other.commit()  # the page was rendered; its transaction is over, its object stays
        lifecycle.return_item(session, item, {"collected_by": "A", "id_document": "B"}, actor="x")
        session.commit()
        assert stale.status == ItemStatus.IN_STORAGE  # what the second clerk still sees
        with pytest.raises(TransitionRefused, match="returned"):
            lifecycle.claim(other, stale, {"claimant": "C"}, actor="y")
        assert stale.status == ItemStatus.RETURNED


def test_an_item_is_not_disposed_of_before_its_retention_is_over(session):
    item = log(session, found_on=TODAY - timedelta(days=121))
    with pytest.raises(TransitionRefused, match="must be kept until 2026-11-27"):
        lifecycle.dispose(session, item, {}, actor="al", retention=PARIS, today=TODAY)
    lifecycle.dispose(
        session,
        item,
        {"note": "destroyed"},
        actor="al",
        retention=PARIS,
        today=TODAY + timedelta(1),
    )
    assert item.status == ItemStatus.DISPOSED
    assert actions(session, item)[-1] == ("disposed", "al", {"note": "destroyed"})


def test_retention_depends_on_the_value_band(session):
    low = log(session, found_on=TODAY - timedelta(days=122))
    high = log(session, found_on=TODAY - timedelta(days=122), band="high")
    old_high = log(session, found_on=TODAY - timedelta(days=548), band="high")
    fresh = log(session, found_on=TODAY - timedelta(days=10))
    claimed = log(session, found_on=TODAY - timedelta(days=600))
    lifecycle.claim(session, claimed, {"claimant": "Jo"}, actor="al")
    due = lifecycle.due_for_disposal(session, retention=PARIS, today=TODAY)
    assert [item.id for item in due] == [old_high.id, low.id]  # longest overdue first
    assert lifecycle.count_due_for_disposal(session, retention=PARIS, today=TODAY) == 2
    assert not PARIS.is_due(high, today=TODAY) and not PARIS.is_due(fresh, today=TODAY)
    assert PARIS.keep_until(high) == TODAY + timedelta(days=548 - 122)


def test_an_unknown_value_band_is_kept_as_long_as_a_valuable_one():
    assert PARIS.days("low") == 122
    assert PARIS.days("high") == PARIS.days("something else") == 548


def test_disposing_of_a_batch_skips_what_is_no_longer_due(session):
    due = log(session, found_on=TODAY - timedelta(days=200))
    claimed_meanwhile = log(session, found_on=TODAY - timedelta(days=200))
    lifecycle.claim(session, claimed_meanwhile, {"claimant": "Jo"}, actor="al")
    not_due = log(session, found_on=TODAY - timedelta(days=5))
    count = lifecycle.dispose_due(
        session,
        [due.id, claimed_meanwhile.id, not_due.id, 999_999],
        actor="al",
        retention=PARIS,
        today=TODAY,
    )
    session.commit()
    assert count == 1
    statuses = {
        i.id: session.get(FoundItem, i.id).status for i in (due, claimed_meanwhile, not_due)
    }
    assert statuses == {
        due.id: "disposed",
        claimed_meanwhile.id: "claimed",
        not_due.id: "in_storage",
    }


def test_history_starts_with_the_logging_even_for_imported_items(session):
    item = FoundItem(
        description="Sac",
        language="fr",
        found_on=TODAY,
        found_at="Bus 38",
        category="category:luggage_bags",
    )
    session.add(item)
    session.commit()
    history = lifecycle.history(session, item)
    assert [(e.action, e.actor) for e in history] == [("logged", None)]
    assert history[0].happened_at == item.created_at


def test_allowed_actions_follow_the_status(session):
    item = log(session)
    assert lifecycle.allowed_actions(item) == ["claimed", "returned", "disposed"]
    lifecycle.claim(session, item, {"claimant": "Jo"}, actor="al")
    assert lifecycle.allowed_actions(item) == ["claim_withdrawn", "returned"]
    lifecycle.return_item(session, item, {"collected_by": "Jo", "id_document": "ID"}, actor="al")
    assert lifecycle.allowed_actions(item) == []


def test_a_value_band_must_be_low_or_high(session):
    draft = FoundItemDraft(
        description="Sac", found_on=TODAY, found_at="Bus", language="fr", value_band="priceless"
    )
    with pytest.raises(ValidationError):
        lifecycle.log_item(session, draft, actor="al")


def test_the_logged_item_is_found_by_its_reference(session):
    item = log(session, band="high")
    from lost_items.items import reference_of

    again = get_found_item(session, reference_of(item))
    assert again is item and again.value_band == "high"
