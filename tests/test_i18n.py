"""Which language the staff pages speak: the user's choice, the visit's, the browser's, the
office's; and what the pages say in French and German."""

from __future__ import annotations

import pytest

from ivr import config, wording
from tests.conftest import make_app
from tests.web import add_item, days_ago, log_in, make_user, seen, token_in


@pytest.fixture
def office_app(database_url, app):
    """The app as an office installs it: OFFICE_LOCALE at its default, French (`app` empties
    the database afterwards)."""
    return make_app(database_url, OFFICE_LOCALE=config.defaults("")["OFFICE_LOCALE"])


def test_before_login_the_office_language_is_french(office_app):
    page = seen(office_app.test_client().get("/login"))
    assert "Se connecter" in page and "Mot de passe" in page


@pytest.mark.parametrize(
    ("accept", "words"),
    [("de-DE,de;q=0.9", "Anmelden"), ("es-ES", "Iniciar sesión"), ("en-GB", "Log in")],
)
def test_before_login_the_browser_chooses_among_the_four(office_app, accept, words):
    page = seen(office_app.test_client().get("/login", headers={"Accept-Language": accept}))
    assert words in page


def test_a_language_the_pages_do_not_speak_falls_back_to_the_office_language(office_app):
    page = seen(office_app.test_client().get("/login", headers={"Accept-Language": "it, pl"}))
    assert "Se connecter" in page


def test_locale_in_the_address_is_kept_for_the_visit(office_app):
    browser = office_app.test_client()
    assert "Anmelden" in seen(browser.get("/login?locale=de"))
    assert "Anmelden" in seen(browser.get("/login"))


def test_after_login_the_users_own_language_wins_over_the_browser(office_app):
    make_user(office_app, "hans", "clerk", language="de")
    browser = office_app.test_client()
    browser.environ_base["HTTP_ACCEPT_LANGUAGE"] = "fr-FR"
    assert log_in(browser, "hans").status_code == 302
    home = seen(browser.get("/"))
    assert "Guten Tag, hans" in home and "Fundstück erfassen" in home


def test_a_german_clerk_reads_an_item_page_in_german(office_app):
    reference = add_item(office_app, found_on=days_ago(1))
    make_user(office_app, "hans", "clerk", language="de")
    browser = office_app.test_client()
    log_in(browser, "hans")
    page = seen(browser.get(f"/clerks/items/{reference}"))
    assert "Status: eingelagert" in page
    assert "Brieftasche" in page and "Schwarz" in page  # the vocabulary's German names
    assert "Gefunden" in page and days_ago(1).strftime("%d.%m.%Y") in page


def test_a_french_clerk_sees_form_errors_in_french_and_keeps_what_was_typed(office_app):
    make_user(office_app, "marie", "clerk", language="fr")
    browser = office_app.test_client()
    log_in(browser, "marie")
    token = token_in(browser.get("/clerks/items/new").get_data(as_text=True))
    form = {
        "csrf_token": token,
        "description": "Sac à dos bleu",
        "language": "fr",
        "found_on": days_ago(-2).isoformat(),
        "found_at": "",
    }
    answer = browser.post("/clerks/items", data=form)
    assert answer.status_code == 400
    page = seen(answer)
    assert "Date de découverte : ne peut pas être dans le futur" in page
    assert "Lieu de découverte : champ obligatoire" in page
    assert 'value="Sac à dos bleu"' in answer.get_data(as_text=True)


def test_error_pages_speak_the_readers_language(office_app):
    make_user(office_app, "hans", "agent", language="de")
    browser = office_app.test_client()
    log_in(browser, "hans")
    answer = browser.get("/clerks/items")
    assert answer.status_code == 403
    assert "Zugriff verweigert" in seen(answer)
    assert "Diese Seite ist nicht für die Rolle Telefonagent bestimmt." in seen(answer)


def test_a_forged_form_is_refused_in_the_readers_language(office_app):
    make_user(office_app, "marie", "clerk", language="fr")
    browser = office_app.test_client()
    log_in(browser, "marie")
    answer = browser.post("/logout", data={"csrf_token": "forged"})
    assert answer.status_code == 400
    assert "Ce formulaire a expiré ou ne provient pas de ce site." in seen(answer)


@pytest.mark.parametrize(
    "message",
    [
        "is required",
        "must be a string",
        "must be at most 200 characters",
        "must not contain control characters",
        "must be a date as YYYY-MM-DD",
        "must not be in the future",
        "must not be before 2026-01-01",
        "must be one of: de, en, es, fr",
        "is not a known category",
        "must be a list of strings",
        "unknown color: plaid",
        "must not be before the first date",
        "must be low or high",
        "This item must be kept until 2027-01-01.",
        "This item is claimed: it cannot be marked disposed.",
    ],
)
def test_every_message_of_the_domains_validation_is_worded_in_french(office_app, message):
    with office_app.test_request_context(headers={"Accept-Language": "fr"}):
        worded = wording.problem(message)
    assert worded != message


def test_the_user_created_with_a_language_is_listed_with_it(app, runner):
    answer = runner.invoke(args=["users", "create", "hans", "--role", "agent", "--language", "de"])
    assert answer.exit_code == 0, answer.output
    assert "pages in de" in answer.output.splitlines()[0]
    token = answer.output.strip().splitlines()[-1]
    assert len(token) > 30 and " " not in token  # the token stays the last line
    assert "pages in de" in runner.invoke(args=["users", "list"]).output


def test_a_language_the_pages_do_not_speak_is_refused_by_the_command(app, runner):
    answer = runner.invoke(args=["users", "create", "luca", "--role", "clerk", "--language", "it"])
    assert answer.exit_code != 0
    assert "'it' is not one of" in answer.output


def test_a_mistyped_address_gets_the_error_page_in_the_readers_language(office_app):
    answer = office_app.test_client().get("/clerks/nowhere", headers={"Accept-Language": "de"})
    assert answer.status_code == 404
    page = seen(answer)
    assert "Nicht gefunden" in page and "Zurück zur Startseite" in page
    assert office_app.test_client().get("/api/nowhere").is_json  # the API's stay JSON
