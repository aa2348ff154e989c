"""An item's lifecycle through its page: claimed, returned, withdrawn, disposed; history."""

from __future__ import annotations

import re

import pytest

from tests.web import add_item, days_ago, logged_in, post_form, seen, shown_day


@pytest.fixture
def clerk(app):
    return logged_in(app, "clerk", "maria")


def act(clerk, reference: str, action: str, **form: str):
    return post_form(clerk, f"/clerks/items/{reference}/{action}", form)


def history(clerk, reference: str) -> list[str]:
    page = clerk.get(f"/clerks/items/{reference}").get_data(as_text=True)
    listed = re.search(r'id="history">(.*?)</ol>', page, re.S).group(1)
    entries = re.findall(r"<li><strong>(.*?)</li>", listed, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", entry).split()) for entry in entries]


def test_an_item_is_claimed_then_returned_and_the_history_tells_the_story(app, clerk):
    reference = add_item(app, found_on=days_ago(3))
    claimed = act(clerk, reference, "claim", claimant="Ana García", note="comes Friday")
    assert claimed.status_code == 302
    page = seen(clerk.get(claimed.headers["Location"]))
    assert "Marked claimed." in page and "Status: claimed" in page
    assert "Put back in storage" in page and "Mark claimed" not in page

    returned = act(clerk, reference, "return", collected_by="Ana García", id_document="DNI …123")
    page = seen(clerk.get(returned.headers["Location"]))
    assert "Marked returned." in page and "Status: returned" in page
    assert "What happens next" not in page  # nothing more to do

    steps = history(clerk, reference)
    assert [step.split()[0] for step in steps] == ["Logged", "Claimed", "Returned"]
    assert steps[1].endswith("by maria Claimant: Ana García; Note: comes Friday")
    assert steps[2].endswith("by maria Collected by: Ana García; ID document checked: DNI …123")
    assert re.search(r"Returned \d\d/\d\d/\d{4}, \d\d:\d\d by maria", steps[2])


def test_returning_without_the_id_document_says_what_is_missing(app, clerk):
    reference = add_item(app, found_on=days_ago(3))
    answer = act(clerk, reference, "return", collected_by="Ana García")
    assert answer.status_code == 400
    page = seen(answer)
    assert "ID document checked is required" in page
    assert "Status: in storage" in page
    assert 'value="Ana García"' in answer.get_data(as_text=True)  # kept for the retry
    assert [step.split()[0] for step in history(clerk, reference)] == ["Logged"]


def test_a_withdrawn_claim_puts_the_item_back_in_storage(app, clerk):
    reference = add_item(app, found_on=days_ago(3))
    act(clerk, reference, "claim", claimant="Someone")
    answer = act(clerk, reference, "withdraw-claim", reason="could not describe the contents")
    page = seen(clerk.get(answer.headers["Location"]))
    assert "Claim withdrawn: the item is back in storage." in page
    assert "Status: in storage" in page
    assert history(clerk, reference)[-1].endswith("Why: could not describe the contents")


def test_a_returned_item_cannot_be_claimed_again(app, clerk):
    reference = add_item(app, found_on=days_ago(3))
    act(clerk, reference, "return", collected_by="Ana", id_document="passport …4821")
    answer = act(clerk, reference, "claim", claimant="Somebody else")
    assert answer.status_code == 409
    assert "This item is returned: it cannot be marked claimed." in seen(answer)


def test_an_item_cannot_be_disposed_of_before_its_time(app, clerk):
    reference = add_item(app, found_on=days_ago(3))
    answer = act(clerk, reference, "dispose")
    assert answer.status_code == 409
    assert f"This item must be kept until {shown_day(days_ago(3 - 122))}." in seen(answer)


def test_an_item_past_its_retention_is_disposed_of_from_its_page(app, clerk):
    reference = add_item(app, found_on=days_ago(130))
    page = seen(clerk.get(f"/clerks/items/{reference}"))
    assert "(due for disposal)" in page and "Mark disposed" in page
    answer = act(clerk, reference, "dispose", note="given to charity")
    assert "Status: disposed" in seen(clerk.get(answer.headers["Location"]))
    assert history(clerk, reference)[-1].endswith("Note: given to charity")


def test_an_unknown_action_or_item_is_a_404_page(app, clerk):
    reference = add_item(app, found_on=days_ago(3))
    unknown_action = act(clerk, reference, "sell")
    assert unknown_action.status_code == 404
    assert "There is no action called sell." in seen(unknown_action)
    assert act(clerk, "100000427", "claim", claimant="x").status_code == 404
