"""Helpers for testing the web pages as a browser uses them: accounts, logging in, forms.

Forms are posted with the CSRF token read from a page's hidden field, as a
browser would send it; what a user sees is read from the HTML with the tags
taken out.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from ivr.accounts import create_user, set_password
from ivr.db import get_session
from lost_items import items, lifecycle
from lost_items.items import FoundItemDraft

PASSWORD = "correct horse battery staple"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def shown_day(day: date) -> str:
    """A date as the English pages show it (4 Dec 2026: British English, the office being in
    Europe); the French, Spanish and German pages write theirs (tests/test_translations.py)."""
    return format_date(day, "medium", locale="en_GB")


def days_ago(days: int) -> date:
    """A date counted back from the office's today (Europe/Paris, as the tests' app has it)."""
    return datetime.now(ZoneInfo("Europe/Paris")).date() - timedelta(days=days)


def make_user(
    app: Flask, name: str, role: str, password: str | None = PASSWORD, language: str | None = None
) -> None:
    with app.app_context():
        session = get_session()
        create_user(session, name, role, language=language)
        if password:
            set_password(session, name, password)
        session.commit()


def token_in(page: str) -> str:
    found = _TOKEN.search(page)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def log_in(client: FlaskClient, name: str, password: str = PASSWORD, **extra: str) -> TestResponse:
    token = token_in(client.get("/login").get_data(as_text=True))
    data = {"csrf_token": token, "name": name, "password": password, **extra}
    return client.post("/login", data=data)


def logged_in(app: Flask, role: str, name: str | None = None) -> FlaskClient:
    """A new browser, logged in as a new user of this role."""
    name = name or f"{role}-user"
    make_user(app, name, role)
    client = app.test_client()
    assert log_in(client, name).status_code == 302
    return client


def post_form(client: FlaskClient, url: str, data: dict, **options) -> TestResponse:
    """Post a form as the browser would after loading any of our pages (so with the token)."""
    token = token_in(client.get("/").get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **data}, **options)


def seen(response: TestResponse) -> str:
    """The page's text as a user reads it: no tags, entities decoded, spaces collapsed."""
    page = response.get_data(as_text=True)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def add_item(
    app: Flask,
    description: str = "Portefeuille en cuir noir",
    *,
    found_on: date,
    language: str = "fr",
    found_at: str = "Métro ligne 4 - Châtelet",
    value_band: str = "low",
    storage_location: str | None = "Shelf A1",
    actor: str | None = "setup",
) -> str:
    """Log an item straight through the domain; returns its reference."""
    draft = FoundItemDraft(
        description=description,
        found_on=found_on,
        found_at=found_at,
        language=language,
        storage_location=storage_location,
        value_band=value_band,
    )
    with app.app_context():
        session = get_session()
        item = lifecycle.log_item(session, draft, actor=actor)
        session.commit()
        return items.reference_of(item)
