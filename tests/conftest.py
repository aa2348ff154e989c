"""Fixtures: a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL), the app, and a
phone that calls the line as Twilio does, with signed requests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import MetaData, text

from ivr import create_app
from ivr.db import get_engine, upgrade_schema
from ivr.line.phone import Phone
from lost_items.models import Base
from tests.agents import busy_agent_per_language
from tests.mail_server import _smtp_server, inbox  # noqa: F401  (fixtures: a local SMTP server)
from tests.twilio_standin import TwilioStandIn

AUTH_TOKEN = "test-auth-token-0123456789abcdef"
BASE_URL = "http://localhost"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite'}"


ACCOUNT_SID = "AC" + "7" * 32


def make_app(database_url: str, **overrides: object) -> Flask:
    return create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "SECRET_KEY": "test-secret-key",
            # The tests below read the pages in English; tests/test_translations.py and the
            # browser tests read them in the office's French and in German.
            "OFFICE_LOCALE": "en",
            **overrides,
        }
    )


LANGUAGES = ("fr", "en", "es", "de")


@pytest.fixture(scope="session")
def twilio_api() -> Iterator[TwilioStandIn]:
    """The stand-in for Twilio's REST API, one per test session."""
    standin = TwilioStandIn(
        queues={f"lost-property-{code}": f"QU{code}" + "0" * 30 for code in LANGUAGES}
    )
    standin.start()
    yield standin
    standin.stop()


@pytest.fixture(scope="session")
def _schema(database_url: str) -> None:
    """Start from nothing and build the schema with the migrations, as `init-db` does."""
    app = make_app(database_url)
    engine = get_engine(app)
    with engine.begin() as connection:
        existing = MetaData()
        existing.reflect(connection)
        existing.drop_all(connection)
    upgrade_schema(app)
    upgrade_schema(app)  # a second run must change nothing


@pytest.fixture
def app(database_url: str, _schema: None, twilio_api: TwilioStandIn) -> Iterator[Flask]:
    twilio_api.received.clear()
    twilio_api.fail_members = False
    twilio_api.members_down = False
    twilio_api.fail_messages = False
    twilio_api.refuse_messages = False
    twilio_api.message_delay = 0.0
    twilio_api.calls.clear()
    twilio_api.calls_down = False
    twilio_api.max_page_size = 1000
    twilio_api.refuse_new_calls = False
    twilio_api.new_calls_down = False
    app = make_app(database_url, TWILIO_API_BASE_URL=twilio_api.url)
    yield app
    engine = get_engine(app)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
    engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    return app.test_cli_runner()


def flask_transport(client: FlaskClient):
    """Send the phone's signed requests through Flask's test client (real WSGI, no socket)."""

    def post(url: str, params: dict[str, str], headers: dict[str, str]) -> tuple[int, str]:
        answer = client.post(url, data=params, headers=headers)
        body = answer.get_data(as_text=True)
        answer.close()  # as a server does once the answer is sent (see dispatching.py)
        return answer.status_code, body

    return post


@pytest.fixture
def phone(client: FlaskClient) -> Phone:
    return Phone(base_url=BASE_URL, auth_token=AUTH_TOKEN, transport=flask_transport(client))


@pytest.fixture
def new_phone(client: FlaskClient):
    """Make more phones (each a separate call) for tests that need several callers."""

    def make(**options: object) -> Phone:
        return Phone(
            base_url=BASE_URL, auth_token=AUTH_TOKEN, transport=flask_transport(client), **options
        )

    return make


def today():
    """The office's date (Europe/Paris, the default OFFICE_TIMEZONE), as the app sees it."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Europe/Paris")).date()


@pytest.fixture
def busy_agents(app: Flask) -> None:
    """An agent on a call for each language: callers who ask for a person wait in the queue."""
    busy_agent_per_language(app)
