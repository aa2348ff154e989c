"""In a real browser: a near match waits for a clerk, who confirms it; the caller gets a text.

A Spanish owner reports a black leather wallet; a brown wallet is handed in.
That is close enough to ask a clerk, not to text the owner: nothing goes out
until the clerk, on the item's page, confirms it.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.web import PASSWORD, days_ago, make_user

REFERENCE = re.compile(r"^\d{3} \d{3} \d{3}$")


def log_in(page: Page, name: str) -> None:
    page.locator("#name").fill(name)
    page.locator("#password").fill(PASSWORD)
    page.keyboard.press("Enter")


def test_a_near_match_waits_for_a_clerk_who_confirms_it_and_the_caller_is_texted(
    app, page, twilio_api
):
    make_user(app, "maria", "clerk", language="en")
    page.goto("/clerks/reports/new")
    log_in(page, "maria")

    # The owner phones in: the clerk takes their report.
    expect(page.locator("#description")).to_be_focused()
    page.keyboard.type("perdí mi cartera negra de cuero")
    page.locator("#language").select_option("es")
    page.locator("#lost_on").fill(days_ago(2).isoformat())
    page.locator("#callback_number").fill("+34 612 345 678")
    expect(page.locator("#callback-notice")).to_contain_text("for 90 days")
    page.keyboard.press("Enter")
    report = page.locator("#report-reference").get_attribute("data-reference")
    expect(page.get_by_role("status")).to_contain_text(f"Loss report {report} recorded")

    # Later, a brown wallet is handed in at the counter.
    page.goto("/clerks/items/new")
    expect(page.locator("#description")).to_be_focused()  # else the first key can be lost
    page.keyboard.type("Portefeuille marron")
    page.locator("#found_at").fill("Métro ligne 1 - Bastille")
    page.keyboard.press("Enter")
    expect(page.locator("#reference")).to_have_text(REFERENCE)
    item = page.locator("#reference").get_attribute("data-reference")
    assert twilio_api.messages() == []  # a near match: nobody is texted yet

    # The clerk sees it waiting on the item's page and confirms it with the keyboard.
    page.get_by_role("link", name="Item page").press("Enter")
    waiting = page.locator("#pending-matches")
    expect(waiting).to_contain_text(" ".join(re.findall("...", report)))
    expect(waiting).to_contain_text("perdí mi cartera negra de cuero")
    waiting.get_by_role("button", name="Confirm").press("Enter")

    expect(page.get_by_role("status")).to_contain_text(
        "Confirmed: the caller has been sent a text message in their language."
    )
    owner = page.locator("#possible-owner")
    expect(owner).to_contain_text("Español")
    expect(owner).to_contain_text("+34 ••• •• •• 78")
    expect(page.locator("#pending-matches")).to_have_count(0)
    texts = twilio_api.messages()
    assert len(texts) == 1
    assert texts[0].form["To"] == "+34612345678"
    assert texts[0].form["Body"].startswith("Objetos perdidos:")
    assert item in texts[0].form["Body"] and report in texts[0].form["Body"]
