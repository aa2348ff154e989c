"""In a real browser, in French and in German: a clerk logs an item, an admin adds an agent."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from ivr.db import get_session
from ivr.models import Agent
from lost_items.items import get_found_item
from tests.web import PASSWORD, make_user

REFERENCE = re.compile(r"^\d{3} \d{3} \d{3}$")

# What each language's pages say at each step.
WORDS = {
    "fr": {
        "log_heading": "Enregistrer un objet trouvé",
        "save_item": "Enregistrer et afficher la référence",
        "place_missing": "Lieu de découverte : champ obligatoire",
        "suggested": "Suggestion : Portefeuille",
        "logged": "Enregistré : inscrivez cette référence sur l’objet",
        "agents_heading": "Téléconseillers",
        "add_agent": "Ajouter le téléconseiller",
        "no_language": "Langues parlées : cochez-en au moins une",
        "agent_added": "Téléconseiller hans ajouté.",
        "recorded": "sophie a ajouté le téléconseiller hans (en de ; client:hans)",
        "on_shift": "sophie a mis le téléconseiller hans en service",
        "available": "disponible",
    },
    "de": {
        "log_heading": "Fundstück erfassen",
        "save_item": "Speichern und Nummer anzeigen",
        "place_missing": "Fundort: Pflichtfeld",
        "suggested": "Vorschlag: Portefeuille",
        "logged": "Erfasst: Schreiben Sie diese Nummer auf das Fundstück",
        "agents_heading": "Agenten",
        "add_agent": "Agent hinzufügen",
        "no_language": "Gesprochene Sprachen: Kreuzen Sie mindestens eine an",
        "agent_added": "Agent hans hinzugefügt.",
        "recorded": "sophie hat den Agenten hans hinzugefügt (en de; client:hans)",
        "on_shift": "sophie hat den Agenten hans in den Dienst gesetzt",
        "available": "verfügbar",
    },
}


def log_in(page: Page, name: str) -> None:
    page.locator("#name").fill(name)
    page.locator("#password").fill(PASSWORD)
    page.keyboard.press("Enter")


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_clerk_logs_an_item_in_their_language(app, page, language):
    words = WORDS[language]
    make_user(app, "marie", "clerk", language=language)
    page.goto("/clerks/items/new")
    log_in(page, "marie")
    expect(page.get_by_role("heading", name=words["log_heading"])).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", language)

    page.locator("#description").fill("Portefeuille en cuir noir, carte Navigo")
    page.locator("#description").press("Space")
    expect(page.locator("#suggestion")).to_contain_text(words["suggested"])
    page.get_by_role("button", name=words["save_item"]).click()
    expect(page.get_by_role("alert")).to_contain_text(words["place_missing"])
    expect(page.locator("#description")).to_have_value("Portefeuille en cuir noir, carte Navigo")

    page.locator("#found_at").fill("Métro ligne 4 - Châtelet")
    page.get_by_role("button", name=words["save_item"]).click()
    expect(page.get_by_role("heading", name=words["logged"])).to_be_visible()
    expect(page.locator("#reference")).to_have_text(REFERENCE)
    reference = page.locator("#reference").get_attribute("data-reference")
    with app.app_context():
        assert get_found_item(get_session(), reference).found_at == "Métro ligne 4 - Châtelet"


@pytest.mark.parametrize("language", ["fr", "de"])
def test_an_admin_adds_an_agent_in_their_language(app, page, language):
    words = WORDS[language]
    make_user(app, "sophie", "admin", language=language)
    page.goto("/admin/agents")
    log_in(page, "sophie")
    expect(page.get_by_role("heading", name=words["agents_heading"], exact=True)).to_be_visible()

    page.locator("#name").fill("hans")
    page.locator("#endpoint").fill("client:hans")
    page.get_by_role("button", name=words["add_agent"]).click()
    expect(page.get_by_role("alert")).to_contain_text(words["no_language"])
    expect(page.locator("#endpoint")).to_have_value("client:hans")  # nothing typed is lost

    page.get_by_label("Deutsch").check()
    page.get_by_label("English").check()
    page.locator("#on_shift").check()
    page.get_by_role("button", name=words["add_agent"]).click()
    expect(page.get_by_role("status")).to_contain_text(words["agent_added"])
    row = page.locator("#agents").get_by_role("row", name=re.compile("hans"))
    expect(row).to_contain_text("English, Deutsch")
    expect(row).to_contain_text(words["available"])
    expect(page.locator("#changes")).to_contain_text(words["recorded"])
    expect(page.locator("#changes")).to_contain_text(words["on_shift"])
    with app.app_context():
        agent = get_session().query(Agent).filter_by(name="hans").one()
        assert (agent.languages, agent.endpoint, agent.status) == (
            "en de",
            "client:hans",
            "available",
        )
