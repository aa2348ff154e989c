"""In a real browser: an agent's screen pop when a German caller is put through, and the
supervisor's page catching a caller who starts waiting, both without touching the page."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from ivr.line.phone import Phone
from lost_items.phone_numbers import display_phone_number
from tests.conftest import AUTH_TOKEN
from tests.console_calls import GERMAN_WORDS, agent_with_login, describe_then_ask_for_agent
from tests.web import PASSWORD, add_item, days_ago, make_user


def log_in(page: Page, name: str) -> None:
    page.locator("#name").fill(name)
    page.locator("#password").fill(PASSWORD)
    page.keyboard.press("Enter")


def test_an_agent_goes_available_and_sees_the_german_callers_screen_pop(app, page, live_server):
    add_item(app, "Portefeuille en cuir noir, carte Navigo", found_on=days_ago(1))
    agent_with_login(app, "hans")
    page.goto("/console/")
    log_in(page, "hans")
    expect(page.locator("#status")).to_have_text("offline")
    page.get_by_role("button", name="Go available").click()
    expect(page.get_by_role("status")).to_contain_text("You are available")
    expect(page.locator("#status")).to_have_text("available")
    expect(page.locator("#screen-pop")).to_contain_text("No call right now.")

    caller = Phone(base_url=live_server, auth_token=AUTH_TOKEN, dial_outcome=None)
    heard = describe_then_ask_for_agent(caller)  # over HTTP, signed as Twilio signs
    assert [h.text for h in heard if h.verb == "dial"] == ["+49151000001"]

    # The page notices the call by itself (it polls) and shows the screen pop.
    expect(page.locator("#pop-description")).to_contain_text(GERMAN_WORDS)
    expect(page.locator("#status")).to_have_text("busy")
    expect(page.locator("#pop-language")).to_have_text("Deutsch")
    expect(page.locator("#pop-callback")).to_have_text(display_phone_number(caller.caller))
    offered = page.get_by_role("table", name="What the search offered the caller")
    expect(offered).to_contain_text("Wallet")
    expect(offered).to_contain_text("Métro ligne 4 - Châtelet")


def test_a_supervisor_sees_a_german_caller_start_waiting(app, page, live_server, busy_agents):
    make_user(app, "sophie", "admin", language="en")
    page.goto("/console/supervisor")
    log_in(page, "sophie")
    per_language = page.get_by_role(
        "table", name="Agents on shift (not offline) and callers waiting"
    )
    german = per_language.get_by_role("row", name="Deutsch")
    expect(german).to_contain_text("busy-de busy")
    expect(german.locator("[data-queue=de]")).to_have_text("0")

    caller = Phone(base_url=live_server, auth_token=AUTH_TOKEN, dial_outcome=None)
    heard = describe_then_ask_for_agent(caller)  # the German agent is busy: the caller waits
    assert [h.text for h in heard if h.verb == "enqueue"] == ["lost-property-de"]

    expect(german.locator("[data-queue=de]")).to_have_text("1")
    expect(per_language.get_by_role("row", name="Français")).to_contain_text("busy 0")
    expect(page.get_by_role("table", name="Calls per hour today, per language")).to_contain_text(
        "Deutsch"
    )
