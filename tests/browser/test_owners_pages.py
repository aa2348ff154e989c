"""The owners' pages in Chromium, in the four languages: axe-core (from npm, injected by
the test) finds no serious or critical violation, the form works with the keyboard alone,
a problem moves the focus to its field and is tied to it, and a phone's screen reads it
without scrolling sideways."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from ivr.config import PROJECT_ROOT
from tests.owners import LANGUAGES, WALLET, WORDS
from tests.web import days_ago

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
BAD = ("serious", "critical")
LOCALES = {"fr": "fr-FR", "en": "en-GB", "es": "es-ES", "de": "de-DE"}


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} missing: run `make install` (npm ci installs axe-core)")
    return Path(AXE).read_text()


def violations(page: Page, axe_source: str) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now."""
    page.evaluate(axe_source)  # evaluated by the driver: the page's CSP allows no inline script
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in found
        if v["impact"] in BAD
    ]


@pytest.fixture
def owner(browser, live_server):
    """A browser tab per language, each its own visitor."""
    contexts = []

    def open_tab(language: str, **options) -> Page:
        context = browser.new_context(base_url=live_server, locale=LOCALES[language], **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.errors = errors  # type: ignore[attr-defined]
        return tab

    yield open_tab
    for context in contexts:
        context.close()


def fill_declaration(page: Page, language: str) -> None:
    page.locator("#description").fill(WALLET[language])
    page.locator("#lost_on").fill(days_ago(1).isoformat())
    page.locator("#lost_at").fill("Métro ligne 4")
    page.locator("#phone").fill("06 12 34 56 78")
    page.locator("#consent").check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_owners_page_passes_axe_in_each_language(app, owner, axe_source, language):
    page = owner(language)
    page.goto(f"/declare?lang={language}")
    expect(page.locator("h1")).to_have_text(WORDS[language]["heading"])
    assert violations(page, axe_source) == []

    page.locator("button[type=submit]").click()  # empty: every problem shown
    expect(page.locator("#description-error")).to_be_visible()
    assert violations(page, axe_source) == []

    fill_declaration(page, language)
    page.locator("button[type=submit]").click()
    expect(page.locator("h1")).to_have_text(WORDS[language]["declared"])
    assert violations(page, axe_source) == []
    reference = page.locator("#reference").inner_text()

    page.goto("/declare/status")
    assert violations(page, axe_source) == []
    page.locator("#reference").fill(reference)
    page.locator("#contact").fill("+33612345678")
    page.locator("button[type=submit]").click()
    expect(page.locator("#state")).to_contain_text(WORDS[language]["open"])
    assert violations(page, axe_source) == []
    assert page.errors == []  # type: ignore[attr-defined]


def test_declaring_with_the_keyboard_alone(app, owner):
    page = owner("en")
    page.goto("/declare?lang=en")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")  # skip to the content, then tab to the first field
    page.keyboard.press("Tab")
    expect(page.locator("#description")).to_be_focused()
    page.keyboard.type(WALLET["en"])
    page.keyboard.press("Tab")
    expect(page.locator("#lost_on")).to_be_focused()
    day = days_ago(1)
    page.keyboard.type(f"{day.day:02d}{day.month:02d}{day.year}")  # en-GB: dd/mm/yyyy
    for _segment in range(3):  # the date's day, month and year are stops of their own
        if page.locator("#lost_at").evaluate("e => e === document.activeElement"):
            break
        page.keyboard.press("Tab")
    expect(page.locator("#lost_at")).to_be_focused()
    page.keyboard.type("Métro ligne 4")
    page.keyboard.press("Tab")
    page.keyboard.type("07911 123456")
    page.keyboard.press("Tab")
    expect(page.locator("#email")).to_be_focused()  # the honeypot is never a stop
    page.keyboard.press("Tab")
    expect(page.locator("#consent")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(WORDS["en"]["declared"])
    expect(page.locator("#reference")).to_have_text(re.compile(r"^5\d\d \d{3} \d{3}$"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_problem_takes_the_focus_and_is_tied_to_its_field(app, owner, language):
    page = owner(language)
    page.goto(f"/declare?lang={language}")
    page.locator("#description").fill(WALLET[language])
    page.locator("#lost_on").fill(days_ago(1).isoformat())
    page.locator("#lost_at").fill("Métro ligne 4")
    page.locator("#phone").fill("12")
    page.locator("#consent").check()
    page.locator("button[type=submit]").click()
    phone = page.locator("#phone")
    expect(phone).to_be_focused()
    expect(phone).to_have_value("12")  # what was typed is kept
    expect(phone).to_have_attribute("aria-invalid", "true")
    described = phone.get_attribute("aria-describedby").split()
    assert "phone-error" in described
    expect(page.locator("#phone-error")).to_have_text(WORDS[language]["bad_phone"])
    expect(page.locator("#description")).to_have_value(WALLET[language])


@pytest.mark.parametrize("path", ["/declare?lang=de", "/declare/status?lang=es"])
def test_a_phone_screen_reads_the_pages_without_scrolling_sideways(app, owner, path):
    page = owner(path[-2:], viewport={"width": 360, "height": 740}, is_mobile=True)
    page.goto(path)
    assert (
        page.locator('meta[name="viewport"]')
        .get_attribute("content")
        .startswith("width=device-width")
    )
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 360, f"the page is {wide} px wide on a 360 px screen"
    button = page.locator("button[type=submit]").bounding_box()
    assert button["x"] >= 0 and button["x"] + button["width"] <= 360
