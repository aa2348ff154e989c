"""In a real browser: clearing the shelves of everything due, from the disposal list."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.web import PASSWORD, add_item, days_ago, make_user


def test_a_clerk_ticks_every_item_due_and_marks_them_disposed(app, page):
    make_user(app, "maria", "clerk", language="en")
    add_item(app, "Parapluie noir", found_on=days_ago(200))
    add_item(app, "Écharpe grise", found_on=days_ago(150))
    page.goto("/clerks/disposal")
    page.locator("#name").fill("maria")
    page.locator("#password").fill(PASSWORD)
    page.keyboard.press("Enter")

    expect(page.get_by_text("2 items due")).to_be_visible()
    page.get_by_role("button", name="Tick all on this page").press("Enter")
    expect(page.locator('input[name="item"]:checked')).to_have_count(2)
    page.get_by_role("button", name="Mark the ticked items disposed").press("Enter")

    expect(page.get_by_role("status")).to_contain_text("Marked 2 items disposed.")
    expect(page.get_by_text("Nothing is due for disposal today.")).to_be_visible()
