"""In a real browser with Twilio out of reach: the desk loads the Voice SDK from the app
itself, and says plainly that the softphone cannot reach Twilio while the rest works."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from ivr.line.phone import Phone
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.test_console import log_in
from tests.conftest import AUTH_TOKEN
from tests.console_calls import GERMAN_WORDS, add_agent, describe_then_ask_for_agent
from tests.web import make_user

# Twilio's hosts resolve to nothing: the network to Twilio is absent, as on a bad day.
NO_TWILIO = "--host-resolver-rules=MAP *.twilio.com ~NOTFOUND, MAP twilio.com ~NOTFOUND"


@pytest.fixture
def cut_off(browser, live_server):
    """A tab in a second Chromium, one that cannot reach Twilio; script errors fail the test.

    (Chromium's own console errors for the refused connections are expected here.)"""
    isolated = browser.browser_type.launch(
        executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, NO_TWILIO]
    )
    context = isolated.new_context(base_url=live_server, locale="en-GB")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    requested: list[str] = []
    tab.on("request", lambda request: requested.append(request.url))
    tab.requested = requested
    yield tab
    isolated.close()
    assert errors == [], f"the page's scripts failed: {errors}"


def test_the_desk_says_the_softphone_cannot_reach_twilio_and_the_desk_still_works(
    app, cut_off, live_server
):
    app.config.update(
        TWILIO_API_KEY_SID="SK" + "1" * 32,
        TWILIO_API_KEY_SECRET="softphone-api-key-secret-0123456789",
        TWILIO_TWIML_APP_SID="AP" + "2" * 32,
    )
    add_agent(app, "amy", ["en"], "client:amy", status="offline")
    make_user(app, "amy", "agent")
    page = cut_off
    page.goto("/console/")
    log_in(page, "amy")
    expect(page.get_by_role("heading", name="Softphone")).to_be_visible()

    # The SDK came from the app, not from a CDN (a 400 kB script: wait until it has run).
    page.wait_for_function("() => window.Twilio !== undefined", timeout=10_000)
    assert page.evaluate("typeof window.Twilio.Device") == "function"
    sdk = [url for url in page.requested if url.endswith("twilio.min.js")]
    assert sdk == [f"{live_server}/static/vendor/twilio.min.js"]

    problem = page.locator("[data-state=unreachable]")
    expect(problem).to_be_visible()
    expect(problem).to_contain_text("The softphone cannot reach Twilio")
    expect(problem).to_contain_text("You can still work the queue by phone")
    expect(page.locator("[data-state=connecting]")).to_be_hidden()
    expect(page.get_by_role("button", name="Answer")).to_be_hidden()

    # Nothing but the app and Twilio's own signalling was asked for (no sounds from a CDN).
    hosts = {urlsplit(url).hostname for url in page.requested}
    assert hosts <= {"127.0.0.1"} | {h for h in hosts if h and h.endswith(".twilio.com")}
    assert not [url for url in page.requested if "sdk.twilio.com" in url]

    # The rest of the desk works: the agent goes available.
    page.get_by_role("button", name="Go available").click()
    expect(page.locator("#status")).to_have_text("available")


def test_a_caller_put_through_to_the_browser_shows_without_reloading_the_softphone(
    app, cut_off, live_server
):
    add_agent(app, "amy", ["de"], "client:amy", status="offline")
    make_user(app, "amy", "agent")
    page = cut_off
    page.goto("/console/")
    log_in(page, "amy")
    page.get_by_role("button", name="Go available").click()
    expect(page.locator("#status")).to_have_text("available")
    page.evaluate("window.sameDevice = true")  # gone if the page reloads (and the call with it)

    caller = Phone(base_url=live_server, auth_token=AUTH_TOKEN, dial_outcome=None)
    heard = describe_then_ask_for_agent(caller)
    assert [h.text for h in heard if h.verb == "dial"] == ["amy"]  # <Client>amy</Client>

    expect(page.locator("#pop-description")).to_contain_text(GERMAN_WORDS)
    expect(page.locator("#status")).to_have_text("busy")
    assert page.evaluate("window.sameDevice") is True
