"""Logging in and out of the web pages, the session cookie, and slowing down password guessing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ivr import config
from ivr.accounts import remove_user, set_password
from ivr.db import get_session
from ivr.models import User
from tests.conftest import make_app
from tests.web import PASSWORD, log_in, logged_in, make_user, post_form, seen, token_in


def test_a_clerk_logs_in_and_lands_on_their_pages(app, client):
    make_user(app, "maria", "clerk")
    answer = log_in(client, "maria")
    assert answer.status_code == 302
    assert answer.headers["Location"] == "/"
    home = seen(client.get("/"))
    assert "Hello, maria" in home
    for page in ("Log an item", "Stored items", "Due for disposal", "Import CSV"):
        assert page in home


def test_an_agent_lands_on_a_page_without_the_clerks_pages(app):
    agent = logged_in(app, "agent")
    home = seen(agent.get("/"))
    assert "Hello, agent-user" in home
    assert "Log an item" not in home


def test_the_login_page_goes_back_where_the_user_was_going(app, client):
    make_user(app, "maria", "clerk")
    sent_away = client.get("/clerks/items?status=claimed")
    assert sent_away.status_code == 302
    assert sent_away.headers["Location"].startswith("/login?next=")
    login_page = client.get(sent_away.headers["Location"])
    assert 'value="/clerks/items?status=claimed"' in login_page.get_data(as_text=True)
    answer = log_in(client, "maria", next="/clerks/items?status=claimed")
    assert answer.headers["Location"] == "/clerks/items?status=claimed"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "javascript:x"])
def test_after_login_the_user_never_leaves_the_site(app, client, target):
    make_user(app, "maria", "clerk")
    assert log_in(client, "maria", next=target).headers["Location"] == "/"


@pytest.mark.parametrize(
    ("name", "password"),
    [
        ("maria", "wrong password!"),
        ("nobody", PASSWORD),
        ("maria", ""),
        ("", PASSWORD),
        ("mar\x00ia", PASSWORD),  # PostgreSQL refuses NUL in a query: still only a wrong name
        ("ma\x07ria", PASSWORD),
    ],
)
def test_wrong_credentials_get_one_message_whatever_was_wrong(app, client, name, password):
    make_user(app, "maria", "clerk")
    answer = log_in(client, name, password)
    assert answer.status_code == 401
    assert "Wrong name or password." in seen(answer)
    assert client.get("/").status_code == 302  # still not logged in


def test_an_api_only_user_without_a_password_cannot_log_in(app, client):
    make_user(app, "robot", "clerk", password=None)
    assert log_in(client, "robot", "").status_code == 401
    assert log_in(client, "robot", "anything at all").status_code == 401


def test_logging_out_ends_the_session(app):
    clerk = logged_in(app, "clerk")
    answer = post_form(clerk, "/logout", {})
    assert answer.status_code == 302
    assert "You are logged out." in seen(clerk.get(answer.headers["Location"]))
    assert clerk.get("/clerks/items").status_code == 302


def test_a_removed_users_browser_stays_logged_out_whoever_gets_their_id_next(app):
    """SQLite gives a deleted row's id to the next row: the new admin must not inherit it."""
    clerk = logged_in(app, "clerk", "tmpc")
    with app.app_context():
        session = get_session()
        removed_id = session.scalar(select(User.id).where(User.name == "tmpc"))
        remove_user(session, "tmpc")
        session.commit()
    make_user(app, "tmpa", "admin", password=None)
    with app.app_context():
        new_id = get_session().scalar(select(User.id).where(User.name == "tmpa"))
    if app.config["DATABASE_URL"].startswith("sqlite"):
        assert new_id == removed_id  # the case this test is about
    assert clerk.get("/console/supervisor").status_code == 302
    assert "Hello" not in seen(clerk.get("/", follow_redirects=True))


def test_a_new_password_ends_the_sessions_opened_with_the_old_one(app):
    clerk = logged_in(app, "clerk", "maria")
    with app.app_context():
        set_password(get_session(), "maria", "a brand new passphrase")
        get_session().commit()
    assert clerk.get("/clerks/items").status_code == 302
    assert log_in(app.test_client(), "maria", "a brand new passphrase").status_code == 302


def test_logging_out_needs_the_form_token(app):
    clerk = logged_in(app, "clerk")
    assert clerk.post("/logout").status_code == 400
    assert clerk.get("/clerks/items").status_code == 200


def test_login_without_the_form_token_is_refused(app, client):
    make_user(app, "maria", "clerk")
    answer = client.post("/login", data={"name": "maria", "password": PASSWORD})
    assert answer.status_code == 400
    assert "This form has expired" in seen(answer)


def test_logging_in_starts_a_new_session(app, client):
    """A token planted before login (session fixation) is not the one used after."""
    make_user(app, "maria", "clerk")
    before = token_in(client.get("/login").get_data(as_text=True))
    log_in(client, "maria")
    after = token_in(client.get("/").get_data(as_text=True))
    assert before != after


def test_the_session_cookie_is_http_only_and_same_site_lax(app, client):
    make_user(app, "maria", "clerk")
    cookie = log_in(client, "maria").headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_the_session_cookie_is_secure_when_configured(database_url, _schema):
    secure_app = make_app(database_url, SESSION_COOKIE_SECURE=True)
    cookie = secure_app.test_client().get("/login").headers["Set-Cookie"]
    assert "Secure" in cookie


@pytest.mark.parametrize(("value", "secure"), [("1", True), ("true", True), ("0", False)])
def test_session_cookie_secure_is_read_from_the_environment(value, secure):
    settings = config.from_environment({"SESSION_COOKIE_SECURE": value})
    assert settings["SESSION_COOKIE_SECURE"] is secure


def test_repeated_failures_lock_the_name_out_from_that_address(app, client):
    make_user(app, "maria", "clerk")
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        assert log_in(client, "maria", "wrong password!").status_code == 401
    locked = log_in(client, "maria")  # even the right password must wait now
    assert locked.status_code == 429
    assert "Too many failed attempts. Wait 15 minutes" in seen(locked)

    elsewhere = app.test_client()
    elsewhere.environ_base["REMOTE_ADDR"] = "192.0.2.10"
    assert log_in(elsewhere, "maria").status_code == 302


def test_a_successful_login_resets_the_count(app, client):
    make_user(app, "maria", "clerk")
    limit = app.config["LOGIN_MAX_FAILURES"]
    for _ in range(limit - 1):
        log_in(client, "maria", "wrong password!")
    assert log_in(client, "maria").status_code == 302
    post_form(client, "/logout", {})
    for _ in range(limit - 1):
        log_in(client, "maria", "wrong password!")
    assert log_in(client, "maria").status_code == 302


def test_failures_for_one_name_do_not_lock_out_another(app, client):
    make_user(app, "maria", "clerk")
    make_user(app, "jo", "clerk")
    for _ in range(app.config["LOGIN_MAX_FAILURES"] + 1):
        log_in(client, "maria", "wrong password!")
    assert log_in(client, "jo").status_code == 302
