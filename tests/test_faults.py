"""The database gone, unreachable or too slow: callers still hear, in their language, an
apology, the opening hours, and are put through to the office; Twilio's fallback URL works
without the database at all.

Real failures, no mocks: a PostgreSQL URL on a closed port, a listener that accepts
connections and never answers (a database host that hangs), and a table locked by another
connection until the statement timeout fires.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from ivr.db import get_engine
from ivr.line.phone import Heard, Phone
from tests.conftest import AUTH_TOKEN, BASE_URL, flask_transport, make_app
from tests.test_signature import sign
from tests.web import logged_in, seen, token_in

FALLBACK = "+33140000099"
CLOSED_PORT = "postgresql+psycopg://nobody@127.0.0.1:1/none"
TWILIO_LIMIT = 15  # seconds Twilio waits for an answer

# language: (menu digit, locale, apology, hours, transfer)
LANGUAGES = {
    "fr": ("1", "fr-FR", "problème technique", "Nous sommes ouverts", "transférons votre appel"),
    "en": ("2", "en-GB", "technical problem", "We are open", "putting you through"),
    "es": ("3", "es-ES", "problema técnico", "Abrimos", "le pasamos con"),
    "de": ("4", "de-DE", "technischen Problems", "Wir haben", "verbinden Sie mit unserem"),
}


def call_until_the_database_is_needed(app, digit: str) -> tuple[Phone, list[Heard]]:
    phone = Phone(BASE_URL, AUTH_TOKEN, transport=flask_transport(app.test_client()))
    phone.dial()  # the language menu needs no database
    return phone, phone.press(digit)  # the main menu saves the language: the database fails


def assert_apology_and_transfer(phone: Phone, heard: list[Heard], lang: str) -> None:
    _, locale, apology, hours, transfer = LANGUAGES[lang]
    assert not [h for h in phone.heard if h.verb == "error"]
    spoken = [h for h in heard if h.verb == "say"]
    assert {h.language for h in spoken} == {locale}
    text = " ".join(h.text for h in spoken)
    assert apology in text and hours in text and transfer in text
    assert any(char.isdigit() for char in text.split(hours)[1][:40])  # the hours themselves
    assert [h.text for h in heard if h.verb == "dial"] == [FALLBACK]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_with_the_database_unreachable_callers_are_put_through_in_their_language(_schema, lang):
    broken = make_app(CLOSED_PORT, FALLBACK_NUMBER=FALLBACK)
    phone, heard = call_until_the_database_is_needed(broken, LANGUAGES[lang][0])
    assert_apology_and_transfer(phone, heard, lang)


@pytest.fixture
def hanging_database() -> Iterator[str]:
    """A host that takes the connection and never says a word, like a database that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    yield f"postgresql+psycopg://nobody@127.0.0.1:{listener.getsockname()[1]}/none"
    listener.close()


def test_a_hanging_database_still_gets_an_answer_before_twilio_gives_up(_schema, hanging_database):
    broken = make_app(hanging_database, FALLBACK_NUMBER=FALLBACK)
    started = time.monotonic()
    phone, heard = call_until_the_database_is_needed(broken, "3")
    assert time.monotonic() - started < TWILIO_LIMIT - 5
    assert_apology_and_transfer(phone, heard, "es")


def test_a_query_that_runs_too_long_is_cut_short_and_the_caller_put_through(database_url, app):
    if not database_url.startswith("postgresql"):
        pytest.skip("statement timeouts are PostgreSQL's; SQLite waits on its lock instead")
    app.config["FALLBACK_NUMBER"] = FALLBACK
    locker = create_engine(database_url)
    with locker.connect() as connection, connection.begin():
        connection.execute(text("LOCK TABLE call_states IN ACCESS EXCLUSIVE MODE"))
        started = time.monotonic()
        phone, heard = call_until_the_database_is_needed(app, "2")
        waited = time.monotonic() - started
    locker.dispose()
    assert waited < TWILIO_LIMIT - 5
    assert_apology_and_transfer(phone, heard, "en")


def test_after_the_database_drops_its_connections_the_next_caller_is_served(
    database_url, app, monkeypatch
):
    """A restarted database closes every pooled connection; one that sat idle is checked
    before use and replaced, so the caller hears the menu, not the apology."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to restart")
    app.config["FALLBACK_NUMBER"] = FALLBACK
    call_until_the_database_is_needed(app, "2")
    with get_engine(app).connect() as pooled:  # the connection the next call will get
        backend = pooled.scalar(text("SELECT pg_backend_pid()"))
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
    admin.dispose()
    monkeypatch.setattr("lost_items.database.PING_AFTER_IDLE_SECONDS", 0.0)
    _, heard = call_until_the_database_is_needed(app, "2")
    assert not [h for h in heard if h.verb == "dial"]
    assert any("Welcome to the lost property office" in h.text for h in heard)


def test_without_a_fallback_number_callers_hear_the_hours_and_a_goodbye(_schema):
    broken = make_app(CLOSED_PORT)
    phone, heard = call_until_the_database_is_needed(broken, "2")
    text = " ".join(h.text for h in heard if h.verb == "say")
    assert "Please call back later" in text and "We are open" in text and "Goodbye" in text
    assert not [h for h in heard if h.verb == "dial"]
    assert phone.ended


# --- Twilio's fallback URL --------------------------------------------------------------------


def post_fallback(app, params: dict[str, str], path: str = "/ivr/fallback"):
    url = BASE_URL + path
    return app.test_client().post(
        url, data=params, headers={"X-Twilio-Signature": sign(url, params)}
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_fallback_url_speaks_the_language_of_the_step_that_failed(_schema, lang):
    broken = make_app(CLOSED_PORT, FALLBACK_NUMBER=FALLBACK)  # it never needs the database
    failed = f"https://lost.example.org/ivr/describe/heard?lang={lang}&tries=1"
    transport = as_fallback_request(flask_transport(broken.test_client()), failed)
    phone = Phone(BASE_URL, AUTH_TOKEN, transport=transport)
    heard = phone.dial("/ivr/fallback")
    assert_apology_and_transfer(phone, heard, lang)


def as_fallback_request(transport, failed_url: str):
    """Twilio's fallback request: its usual parameters plus what failed, signed again."""

    def send(url: str, params: dict[str, str], headers: dict[str, str]) -> tuple[int, str]:
        params = {**params, "ErrorCode": "11200", "ErrorUrl": failed_url}
        return transport(url, params, {**headers, "X-Twilio-Signature": sign(url, params)})

    return send


def test_the_fallback_url_without_a_language_speaks_every_language(_schema):
    broken = make_app(CLOSED_PORT, FALLBACK_NUMBER=FALLBACK)
    answer = post_fallback(broken, {"ErrorCode": "11205", "ErrorUrl": "https://x/ivr/incoming"})
    assert answer.status_code == 200
    body = answer.get_data(as_text=True)
    for _, locale, apology, _, _ in LANGUAGES.values():
        assert f'language="{locale}"' in body and apology in body
    assert body.count("<Dial") == 1 and FALLBACK in body


def test_the_fallback_url_is_signed_like_every_webhook(_schema):
    broken = make_app(CLOSED_PORT, FALLBACK_NUMBER=FALLBACK)
    answer = broken.test_client().post(BASE_URL + "/ivr/fallback", data={"ErrorCode": "11200"})
    assert answer.status_code == 403


# --- what operators see -----------------------------------------------------------------------


def test_health_says_the_database_is_unreachable(_schema):
    broken = make_app(CLOSED_PORT)
    answer = broken.test_client().get("/healthz")
    assert answer.status_code == 503
    assert answer.get_json() == {"status": "unavailable", "database": "unreachable"}


def test_metrics_still_answer_without_the_database_and_count_the_apologies(_schema):
    broken = make_app(CLOSED_PORT, FALLBACK_NUMBER=FALLBACK, METRICS_TOKEN="scrape-me-please")
    call_until_the_database_is_needed(broken, "1")
    answer = broken.test_client().get(
        "/metrics", headers={"Authorization": "Bearer scrape-me-please"}
    )
    assert answer.status_code == 200
    body = answer.get_data(as_text=True)
    assert "lost_line_database_up 0.0" in body
    fallbacks = [
        line
        for line in body.splitlines()
        if line.startswith('lost_line_fallbacks_total{reason="database"}')
    ]
    assert fallbacks and float(fallbacks[0].split()[-1]) >= 1


# --- the clerks' pages and the API ------------------------------------------------------------


def moved_to_a_broken_database(client):
    """The same browser (its session cookie) after the database went away."""
    broken = make_app(CLOSED_PORT).test_client()
    broken.set_cookie("session", client.get_cookie("session").value)
    return broken


def test_a_clerks_page_says_the_database_is_down_and_to_try_again(app):
    clerk = logged_in(app, "clerk")
    token = token_in(clerk.get("/clerks/items/new").get_data(as_text=True))
    broken = moved_to_a_broken_database(clerk)
    for answer in (
        broken.get("/clerks/items"),
        broken.post("/clerks/items", data={"csrf_token": token, "description": "Sac noir"}),
    ):
        assert answer.status_code == 503 and answer.headers["Retry-After"] == "30"
        page = seen(answer)
        assert "The database is not answering. Nothing was changed" in page
        assert "Internal Server Error" not in page


def test_a_page_whose_query_runs_too_long_is_a_503_not_an_error(database_url, app):
    """The user was read, then the list's query hit the statement timeout: the page that
    says so still has the layout, which would read the user's name from the lost session."""
    if not database_url.startswith("postgresql"):
        pytest.skip("statement timeouts are PostgreSQL's; SQLite waits on its lock instead")
    clerk = logged_in(app, "clerk")
    locker = create_engine(database_url)
    with locker.connect() as connection, connection.begin():
        connection.execute(text("LOCK TABLE found_items IN ACCESS EXCLUSIVE MODE"))
        answer = clerk.get("/clerks/items")
    locker.dispose()
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "30"
    assert "The database is not answering." in seen(answer)
    assert clerk.get("/clerks/items").status_code == 200  # the next request is served


def test_logging_in_without_the_database_is_a_503_page(_schema):
    browser = make_app(CLOSED_PORT).test_client()
    token = token_in(browser.get("/login").get_data(as_text=True))
    answer = browser.post("/login", data={"csrf_token": token, "name": "maria", "password": "x"})
    assert answer.status_code == 503
    assert "please try again in a minute" in seen(answer)


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("GET", "/api/found-items/search?q=wallet&lang=en", None),
        ("GET", "/api/found-items/100000010", None),
        ("POST", "/api/found-items", {"description": "Sac noir", "found_on": "2026-11-30"}),
        ("PUT", "/api/agents/1/status", {"status": "available"}),
    ],
)
def test_the_api_answers_503_without_the_database(_schema, method, path, body):
    broken = make_app(CLOSED_PORT).test_client()
    answer = broken.open(path, method=method, json=body, headers={"Authorization": "Bearer abc"})
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "30"
    assert answer.get_json()["error"].startswith("The database is not answering.")


def test_a_text_to_the_line_without_the_database_gets_an_empty_reply_not_a_spoken_one(_schema):
    broken = make_app(CLOSED_PORT, FALLBACK_NUMBER=FALLBACK)
    answer = post_fallback(broken, {"From": "+33612345678", "Body": "STOP"}, path="/ivr/text")
    assert answer.status_code == 200 and answer.mimetype == "text/xml"
    assert answer.get_data(as_text=True).endswith("<Response />")
