"""Who may do what, route by route; signatures behind proxies; production settings; the
session cookie; logins slowed down after failures; CSRF on every form."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient

from ivr import create_app
from ivr.accounts import create_user, set_password
from ivr.config import UnsafeConfiguration
from ivr.db import get_session
from ivr.line.phone import Phone
from tests.conftest import AUTH_TOKEN, make_app
from tests.test_signature import PARAMS, sign

PUBLIC = "https://lost.example.org"
INTERNAL = "http://10.0.0.5:8000"
ROLES = ("clerk", "agent", "admin")
PASSWORD = "correct horse battery"

# Every API route and the roles that may use it (README, "Clerks' API").
API_ROLES = {
    ("POST", "/api/found-items"): ("clerk", "admin"),
    ("GET", "/api/found-items/search"): ROLES,
    ("GET", "/api/found-items/<reference>"): ROLES,
    ("POST", "/api/agents"): ("admin",),
    ("GET", "/api/agents"): ("agent", "admin"),
    ("PUT", "/api/agents/<int:agent_id>/status"): ("agent", "admin"),
}
# Pages by path prefix; other pages are open to every logged-in role.
PAGE_ROLES = {
    "/admin/": ("admin",),
    "/clerks/": ("clerk", "admin"),
    "/console/supervisor": ("admin",),  # before /console/: the first prefix that fits counts
    "/console/": ("agent", "admin"),
}
# The owners' pages (/declare) are public, with forms of their own: see the test below.
NOT_PAGES = ("/ivr/", "/api/", "/static/", "/healthz", "/metrics", "/login", "/declare")


def routes(app: Flask) -> list[tuple[str, str]]:
    return sorted(
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    )


def concrete(rule: str) -> str:
    """A URL for a rule: any value does, the role check comes before the view."""
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", lambda m: "1" if "id" in m.group(1) else "x", rule)


def users(app: Flask) -> dict[str, str]:
    """A user of each role with a password; their API tokens, by role."""
    with app.app_context():
        session = get_session()
        tokens = {}
        for role in ROLES:
            _, tokens[role] = create_user(session, f"the-{role}", role)
            set_password(session, f"the-{role}", PASSWORD)
        session.commit()
    return tokens


def csrf_token(client: FlaskClient, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, page[:300]
    return found.group(1)


def log_in(client: FlaskClient, name: str, password: str = PASSWORD, **environ: str):
    token = csrf_token(client)
    data = {"name": name, "password": password, "csrf_token": token}
    return client.post("/login", data=data, **({"environ_base": environ} if environ else {}))


# --- the API, route by route ------------------------------------------------------------------


def test_every_api_route_is_in_the_role_table(app):
    api = {(method, rule) for method, rule in routes(app) if rule.startswith("/api/")}
    assert api == set(API_ROLES)


@pytest.mark.parametrize(("method", "rule"), sorted(API_ROLES))
def test_each_api_route_enforces_its_roles(app, client, method, rule):
    tokens = users(app)
    url = concrete(rule)
    assert client.open(url, method=method).status_code == 401
    assert client.open(url, method=method, headers={"Authorization": "Bearer x"}).status_code == 401
    for role in ROLES:
        answer = client.open(
            url, method=method, headers={"Authorization": f"Bearer {tokens[role]}"}
        )
        if role in API_ROLES[(method, rule)]:
            assert answer.status_code not in (401, 403), (role, answer.get_json())
        else:
            assert answer.status_code == 403, (role, answer.get_json())


# --- pages, route by route --------------------------------------------------------------------


def page_routes(app: Flask) -> list[tuple[str, str]]:
    """Every page, logging out last (it ends the session the others need)."""
    pages = [(m, r) for m, r in routes(app) if not r.startswith(NOT_PAGES)]
    return sorted(pages, key=lambda page: page[1] == "/logout")


def to_login(answer) -> bool:
    return answer.status_code == 302 and urlsplit(answer.headers["Location"]).path == "/login"


def page_roles(rule: str) -> tuple[str, ...]:
    return next((roles for prefix, roles in PAGE_ROLES.items() if rule.startswith(prefix)), ROLES)


def test_every_page_sends_strangers_to_the_login_page(app, client):
    pages = page_routes(app)
    assert len(pages) > 2
    for method, rule in pages:
        assert to_login(client.open(concrete(rule), method=method)), (method, rule)


@pytest.mark.parametrize("role", ROLES)
def test_every_page_enforces_its_roles(app, role):
    users(app)
    client = app.test_client()
    assert log_in(client, f"the-{role}").status_code == 302
    for method, rule in page_routes(app):
        data = {"csrf_token": csrf_token(client, "/")} if method == "POST" else None
        answer = client.open(concrete(rule), method=method, data=data)
        if role in page_roles(rule):
            assert answer.status_code not in (401, 403), (method, rule, answer.status_code)
            assert rule == "/logout" or not to_login(answer), (method, rule)
        else:
            assert answer.status_code == 403, (method, rule, answer.status_code)


def test_every_form_needs_its_csrf_token(app):
    users(app)
    client = app.test_client()
    log_in(client, "the-admin")
    posts = [rule for method, rule in page_routes(app) if method == "POST"]
    assert posts
    for rule in posts:
        answer = client.post(concrete(rule), data={"csrf_token": "forged"})
        assert answer.status_code == 400, rule
        assert "did not come from this site" in answer.get_data(as_text=True), rule
    login = client.post("/login", data={"name": "the-admin", "password": PASSWORD})
    assert login.status_code == 400


def test_every_owners_form_needs_its_csrf_token(app):
    """The public pages check their forms' tokens themselves: a forged one changes nothing."""
    from sqlalchemy import select

    from ivr.db import get_session
    from lost_items.models import LossReport
    from tests.owners import declare

    owner = app.test_client()
    page = declare(owner, "fr").get_data(as_text=True)
    reference = page.split('id="reference">')[1].split("<")[0]
    looked_up = owner.post(
        "/declare/status",
        data={
            "csrf_token": csrf_token(owner, "/declare/status"),
            "reference": reference,
            "contact": "06 12 34 56 78",
        },
    )
    assert looked_up.status_code == 302
    posts = [
        rule for method, rule in routes(app) if method == "POST" and rule.startswith("/declare")
    ]
    assert len(posts) == 4
    for rule in posts:
        answer = owner.post(rule, data={"csrf_token": "forged", "details": "x", "reference": "1"})
        assert answer.status_code == 400, rule
        assert "La page avait expiré" in answer.get_data(as_text=True), rule
    with app.app_context():
        [report] = get_session().scalars(select(LossReport))
        assert (report.status, report.description) == ("open", "portefeuille noir en cuir")


def test_logins_are_slowed_down_after_repeated_failures(app):
    users(app)
    client = app.test_client()
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        assert log_in(client, "the-clerk", "wrong password").status_code == 401
    locked = log_in(client, "the-clerk")  # even the right password must wait now
    assert locked.status_code == 429
    assert "Too many failed attempts" in locked.get_data(as_text=True)
    elsewhere = app.test_client()  # the clerk at another desk is not locked out
    assert log_in(elsewhere, "the-clerk", REMOTE_ADDR="10.1.2.3").status_code == 302


def session_cookie(app: Flask) -> str:
    users(app)
    client = app.test_client()
    answer = log_in(client, "the-clerk")
    assert answer.status_code == 302
    return next(
        value for value in answer.headers.getlist("Set-Cookie") if value.startswith("session=")
    )


def test_the_session_cookie_is_http_only_and_same_site(app):
    cookie = session_cookie(app)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_a_login_lasts_one_shift_even_if_the_browser_stays_open(app):
    cookie = session_cookie(app)
    expires = parsedate_to_datetime(cookie.split("Expires=")[1].split(";")[0])
    left = expires - datetime.now(UTC)
    hours = app.config["SESSION_HOURS"]
    assert timedelta(hours=hours) - timedelta(minutes=1) < left <= timedelta(hours=hours)


def test_a_page_left_open_past_the_shift_logs_out_though_it_keeps_asking(app):
    users(app)
    client = app.test_client()
    assert log_in(client, "the-clerk").status_code == 302
    assert client.get("/clerks/items").status_code == 200  # each request renews the cookie
    with client.session_transaction() as cookie_session:
        shift = app.config["SESSION_HOURS"] * 3600
        cookie_session["logged_in_at"] = time.time() - shift - 60
    answer = client.get("/clerks/items")
    assert answer.status_code == 302 and answer.headers["Location"].startswith("/login")


def test_in_production_the_session_cookie_is_https_only(app, database_url):
    production = make_app(database_url, APP_ENV="production")  # `app` cleans the database up
    cookie = session_cookie(production)
    assert "Secure" in cookie and "HttpOnly" in cookie


# --- production settings ----------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["TWILIO_AUTH_TOKEN", "SECRET_KEY", "TWILIO_ACCOUNT_SID"])
def test_production_refuses_to_start_without_its_secrets(monkeypatch, tmp_path, missing):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "real-token")
    monkeypatch.setenv("SECRET_KEY", "real-secret")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.delenv(missing)
    with pytest.raises(UnsafeConfiguration, match=missing):
        create_app()


def test_outside_production_local_secrets_are_made_up(monkeypatch, tmp_path):
    for name in ("APP_ENV", "TWILIO_AUTH_TOKEN", "SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    app = create_app()
    assert app.config["TWILIO_AUTH_TOKEN"] and app.config["SECRET_KEY"]


# --- signatures behind a proxy ----------------------------------------------------------------


def behind_a_proxy(client: FlaskClient, *, forwarded_host: str = "lost.example.org"):
    """A TLS proxy: Twilio calls https://lost.example.org, the app gets plain HTTP inside."""

    def send(url: str, params: dict[str, str], headers: dict[str, str]) -> tuple[int, str]:
        parts = urlsplit(url)
        inside = INTERNAL + parts.path + (f"?{parts.query}" if parts.query else "")
        proxied = {**headers, "X-Forwarded-Proto": "https", "X-Forwarded-Host": forwarded_host}
        answer = client.post(inside, data=params, headers=proxied)
        return answer.status_code, answer.get_data(as_text=True)

    return send


def proxied_call(app: Flask, **proxy: str) -> Phone:
    phone = Phone(PUBLIC, AUTH_TOKEN, transport=behind_a_proxy(app.test_client(), **proxy))
    phone.dial()
    if not phone.ended:  # refused: the caller would hear Twilio's "application error"
        phone.press("2")
        phone.press("1")
        phone.say("a red umbrella")
    return phone


def test_with_one_trusted_proxy_a_whole_call_passes_the_signature_check(database_url, _schema):
    phone = proxied_call(make_app(database_url, PROXY_HOPS=1))
    assert not [h for h in phone.heard if h.verb == "error"]
    assert all(status == 200 for _, _, status in phone.requests)
    assert len(phone.requests) >= 5


def test_without_trusted_proxies_forwarded_headers_are_ignored(database_url, _schema):
    phone = proxied_call(make_app(database_url, PROXY_HOPS=0))
    assert [status for _, _, status in phone.requests] == [403]


def test_a_forged_forwarded_host_before_the_proxy_is_not_believed(database_url, _schema):
    """The proxy appends what it saw; only the last PROXY_HOPS values are trusted."""
    app = make_app(database_url, PROXY_HOPS=1)
    forged = proxied_call(app, forwarded_host="evil.example, lost.example.org")
    assert all(status == 200 for _, _, status in forged.requests)
    signed_for_evil = app.test_client().post(
        INTERNAL + "/ivr/incoming",
        data=PARAMS,
        headers={
            "X-Twilio-Signature": sign("https://evil.example/ivr/incoming", PARAMS),
            "X-Forwarded-Proto": "https",
            "X-Forwarded-Host": "evil.example, lost.example.org",
        },
    )
    assert signed_for_evil.status_code == 403


def test_the_public_base_url_wins_over_any_forwarded_header(database_url, _schema):
    app = make_app(database_url, PUBLIC_BASE_URL=PUBLIC, PROXY_HOPS=1)
    phone = proxied_call(app, forwarded_host="internal.lb.local")
    assert all(status == 200 for _, _, status in phone.requests)
