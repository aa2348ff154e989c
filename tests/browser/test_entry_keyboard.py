"""In a real browser: a clerk at the counter logs items with the keyboard alone."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from ivr.db import get_session
from lost_items.items import get_found_item
from lost_items.references import parse_reference
from tests.web import make_user

REFERENCE = re.compile(r"^\d{3} \d{3} \d{3}$")


def focused(page: Page) -> str:
    return page.evaluate("document.activeElement.id")


def tab_to(page: Page, field_id: str, *, most: int = 12) -> None:
    """Press Tab until the field has the focus (a date input takes a Tab per part)."""
    for _ in range(most):
        if focused(page) == field_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached #{field_id}; the focus is on #{focused(page)}")


def log_in_by_keyboard(page: Page, name: str, password: str) -> None:
    expect(page.locator("#name")).to_be_focused()
    page.keyboard.type(name)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Log a found item")).to_be_visible()


def test_a_clerk_logs_an_item_with_the_keyboard_alone_and_gets_a_reference(app, page):
    make_user(app, "maria", "clerk", password="correct horse battery staple", language="en")
    page.goto("/clerks/items/new")  # the clerk's bookmark; logging in comes first
    log_in_by_keyboard(page, "maria", "correct horse battery staple")

    expect(page.locator("#description")).to_be_focused()
    page.keyboard.type("Portefeuille en cuir noir, carte Navigo")
    # Suggested from the description while typing, in the description's language.
    expect(page.locator("#category")).to_have_value("Portefeuilles et argent")
    expect(page.locator("#colors")).to_have_value("Noir")
    expect(page.locator("#suggestion")).to_contain_text("Portefeuille")

    tab_to(page, "found_at")
    page.keyboard.type("Métro ligne 4 - Châtelet")
    page.keyboard.press("Tab")
    assert focused(page) == "storage_location"
    page.keyboard.type("Shelf A1")
    page.keyboard.press("Enter")

    shown = page.locator("#reference")
    expect(shown).to_have_text(REFERENCE)
    reference = shown.get_attribute("data-reference")
    parse_reference(reference)
    expect(page.locator("#description")).to_be_focused()  # ready for the next in the queue
    with app.app_context():
        item = get_found_item(get_session(), reference)
        assert item is not None
        assert (item.category, item.colors) == ("category:wallets_money", "color:black")
        assert (item.found_at, item.storage_location) == ("Métro ligne 4 - Châtelet", "Shelf A1")


def test_a_mistake_is_fixed_without_the_mouse_and_the_shelf_is_remembered(app, page):
    make_user(app, "jo", "clerk", password="correct horse battery staple", language="en")
    page.goto("/clerks/items/new")
    log_in_by_keyboard(page, "jo", "correct horse battery staple")

    page.keyboard.type("Parapluie pliant rouge")
    tab_to(page, "storage_location")
    page.keyboard.type("Shelf B2")
    page.keyboard.press("Enter")  # the place found is missing

    expect(page.get_by_role("alert")).to_contain_text("Place found is required")
    expect(page.locator("#found_at")).to_be_focused()  # the focus waits at the mistake
    page.keyboard.type("Bus 38")
    page.keyboard.press("Enter")
    expect(page.locator("#reference")).to_have_text(REFERENCE)

    expect(page.locator("#description")).to_be_focused()
    page.keyboard.type("Sac à dos bleu")
    tab_to(page, "found_at")
    page.keyboard.type("Bus 38")
    page.keyboard.press("Enter")
    expect(page.locator("#reference")).to_have_text(REFERENCE)
    expect(page.locator("#storage_location")).to_have_value("Shelf B2")


def test_a_description_typed_in_french_on_an_english_browser_is_read_in_french(
    app, browser, live_server
):
    make_user(app, "sam", "clerk", password="correct horse battery staple", language="en")
    context = browser.new_context(base_url=live_server, locale="en-GB")
    try:
        page = context.new_page()
        page.goto("/clerks/items/new")
        log_in_by_keyboard(page, "sam", "correct horse battery staple")
        expect(page.locator("#language")).to_have_value("en")
        expect(page.locator("#description")).to_be_focused()
        page.keyboard.type("Sac à dos bleu marine")
        expect(page.locator("#language")).to_have_value("fr")
        expect(page.locator("#category")).to_have_value("Bagages et sacs")
        expect(page.locator("#colors")).to_have_value("Bleu marine")
        expect(page.locator("#suggestion")).to_contain_text("(read as Français)")
    finally:
        context.close()
