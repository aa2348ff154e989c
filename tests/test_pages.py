"""What every page shares: who may see it, CSRF refusal, error pages and security headers."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from ivr.i18n import office_time
from ivr.pages import safe_next
from tests.web import add_item, days_ago, logged_in, post_form, seen

CLERK_PAGES = [
    "/clerks/items/new",
    "/clerks/items",
    "/clerks/disposal",
    "/clerks/import",
    "/clerks/describe?text=wallet&language=en",
]
CLERK_FORMS = [
    ("/clerks/items", {"description": "Sac", "language": "fr"}),
    ("/clerks/disposal", {"item": "1"}),
    ("/clerks/import", {}),
]


@pytest.mark.parametrize("url", [*CLERK_PAGES, "/"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    answer = client.get(url)
    assert answer.status_code == 302
    assert answer.headers["Location"].startswith("/login?next=")


@pytest.mark.parametrize("url", CLERK_PAGES)
def test_an_agent_may_not_see_the_clerks_pages(app, url):
    agent = logged_in(app, "agent")
    answer = agent.get(url)
    assert answer.status_code == 403
    assert "This page is not for the agent role." in seen(answer)


@pytest.mark.parametrize(("url", "data"), CLERK_FORMS)
def test_an_agent_may_not_post_the_clerks_forms(app, url, data):
    agent = logged_in(app, "agent")
    assert post_form(agent, url, data).status_code == 403


@pytest.mark.parametrize("url", CLERK_PAGES)
def test_clerks_and_admins_may(app, url):
    for role in ("clerk", "admin"):
        assert logged_in(app, role).get(url).status_code == 200


@pytest.mark.parametrize(("url", "data"), CLERK_FORMS)
@pytest.mark.parametrize("token", [None, "forged-token"])
def test_a_form_without_this_sessions_token_is_refused(app, url, data, token):
    clerk = logged_in(app, "clerk")
    form = dict(data, csrf_token=token) if token else data
    answer = clerk.post(url, data=form)
    assert answer.status_code == 400
    assert "This form has expired or did not come from this site." in seen(answer)


def test_a_lifecycle_form_without_the_token_changes_nothing(app):
    reference = add_item(app, found_on=days_ago(1))
    clerk = logged_in(app, "clerk")
    answer = clerk.post(f"/clerks/items/{reference}/return", data={"collected_by": "Jean"})
    assert answer.status_code == 400
    assert "Status: in storage" in seen(clerk.get(f"/clerks/items/{reference}"))


def test_an_unknown_item_gets_a_page_that_says_so(app):
    clerk = logged_in(app, "clerk")
    answer = clerk.get("/clerks/items/100000427")
    assert answer.status_code == 404
    assert "No found item has the reference 100000427. Check the digits." in seen(answer)


def test_pages_are_not_cached_framed_or_sniffed(app):
    answer = logged_in(app, "clerk").get("/clerks/items")
    assert answer.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in answer.headers["Content-Security-Policy"]
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


def test_the_menu_marks_the_current_page(app):
    page = logged_in(app, "clerk").get("/clerks/disposal").get_data(as_text=True)
    assert re.search(r'href="/clerks/disposal"\s+aria-current="page"', page)
    assert not re.search(r'href="/clerks/items"\s+aria-current', page)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/clerks/items?page=2", "/clerks/items?page=2"),
        ("", "/"),
        (None, "/"),
        ("https://evil.example/", "/"),
        ("//evil.example", "/"),
        ("clerks", "/"),
    ],
)
def test_safe_next_keeps_the_user_on_the_site(target, expected):
    assert safe_next(target, "/") == expected


def test_times_are_shown_on_the_office_clock_as_the_readers_language_writes_them(app):
    with app.test_request_context(headers={"Accept-Language": "en-GB"}):
        assert office_time(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "01/07/2026, 14:00"
        assert office_time(datetime(2026, 1, 1, 12, 0)) == "01/01/2026, 13:00"  # SQLite: UTC
        assert office_time(None) == ""
    with app.test_request_context(headers={"Accept-Language": "de"}):
        assert office_time(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "01.07.26, 14:00"
