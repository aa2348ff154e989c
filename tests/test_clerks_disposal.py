"""The list of items due for disposal, and marking them disposed, through HTTP."""

from __future__ import annotations

import re

import pytest

from tests.conftest import make_app
from tests.web import add_item, days_ago, log_in, logged_in, make_user, post_form, seen, shown_day


@pytest.fixture
def clerk(app):
    return logged_in(app, "clerk", "maria")


def spaced(reference: str) -> str:
    return f"{reference[:3]} {reference[3:6]} {reference[6:]}"


def ticks(clerk) -> dict[str, str]:
    """Reference shown -> the value its checkbox posts."""
    page = clerk.get("/clerks/disposal").get_data(as_text=True)
    boxes = re.findall(r'name="item" value="(\d+)".*?aria-label="Disposed of ([\d ]+)"', page, re.S)
    return {reference.replace(" ", ""): value for value, reference in boxes}


def test_the_list_has_what_is_past_retention_for_its_value_band(app, clerk):
    cheap_old = add_item(app, "Parapluie noir", found_on=days_ago(130))
    cheap_new = add_item(app, "Parapluie rouge", found_on=days_ago(100))
    dear_130 = add_item(app, "Ordinateur portable", found_on=days_ago(130), value_band="high")
    dear_old = add_item(app, "Montre dorée", found_on=days_ago(600), value_band="high")
    claimed = add_item(app, "Sac à dos", found_on=days_ago(300))
    post_form(clerk, f"/clerks/items/{claimed}/claim", {"claimant": "Jo"})

    page = seen(clerk.get("/clerks/disposal"))
    assert "2 items due" in page
    assert spaced(cheap_old) in page and spaced(dear_old) in page
    for kept in (cheap_new, dear_130, claimed):
        assert spaced(kept) not in page
    assert page.index(spaced(dear_old)) < page.index(spaced(cheap_old))  # most overdue first
    assert shown_day(days_ago(130 - 122)) in page  # when it stopped having to be kept


def test_ticked_items_are_marked_disposed_and_leave_the_list(app, clerk):
    first = add_item(app, "Parapluie noir", found_on=days_ago(200))
    second = add_item(app, "Parapluie bleu", found_on=days_ago(150))
    answer = post_form(clerk, "/clerks/disposal", {"item": [ticks(clerk)[first]]})
    assert answer.status_code == 302
    page = seen(clerk.get(answer.headers["Location"]))
    assert "Marked 1 item disposed." in page
    assert spaced(first) not in page and spaced(second) in page
    item = seen(clerk.get(f"/clerks/items/{first}"))
    assert "Status: disposed" in item and "Disposed" in item and "by maria" in item


def test_items_no_longer_due_are_left_alone_and_the_clerk_is_told(app, clerk):
    due = add_item(app, "Parapluie noir", found_on=days_ago(200))
    value = ticks(clerk)[due]
    post_form(clerk, f"/clerks/items/{due}/claim", {"claimant": "Jo"})  # someone came meanwhile
    answer = post_form(clerk, "/clerks/disposal", {"item": [value]})
    page = seen(clerk.get(answer.headers["Location"]))
    assert "Marked 0 items disposed. 1 were no longer due and were left alone." in page
    assert "Status: claimed" in seen(clerk.get(f"/clerks/items/{due}"))


@pytest.mark.parametrize("ticked", [[], ["abc"], ["²"], ["9" * 40]])
def test_nothing_ticked_gets_a_message(app, clerk, ticked):
    """Nothing ticked, or nothing that could be an item: the clerk is told to tick, and
    nothing is disposed of."""
    due = add_item(app, found_on=days_ago(200))
    answer = post_form(clerk, "/clerks/disposal", {"item": ticked})
    assert answer.status_code == 302
    page = seen(clerk.get(answer.headers["Location"]))
    assert "Tick the items you have disposed of, then press the button." in page
    assert "Marked" not in page
    assert "Status: in storage" in seen(clerk.get(f"/clerks/items/{due}"))


def test_an_empty_list_says_so(clerk):
    assert "Nothing is due for disposal today." in seen(clerk.get("/clerks/disposal"))


def test_retention_periods_come_from_the_settings(database_url, _schema, app):
    add_item(app, "Parapluie noir", found_on=days_ago(20))
    strict = make_app(database_url, RETENTION_LOW_VALUE_DAYS=10, RETENTION_HIGH_VALUE_DAYS=30)
    make_user(strict, "jo", "clerk")
    client = strict.test_client()
    log_in(client, "jo")
    page = seen(client.get("/clerks/disposal"))
    assert "1 item due" in page
    assert "under €100, 10 days; €100 or more, 30 days" in page
