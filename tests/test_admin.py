"""The administration pages: users, agents, the office's hours and closures, each change
recorded with who made it; admins only."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from ivr.db import get_session
from ivr.models import Agent, User
from tests.conftest import today
from tests.web import PASSWORD, add_item, days_ago, log_in, logged_in, post_form, seen, shown_day

ADMIN_PAGES = ["/admin/users", "/admin/agents", "/admin/office"]


@pytest.fixture
def admin(app):
    return logged_in(app, "admin", "sophie")


@pytest.mark.parametrize("url", ADMIN_PAGES)
@pytest.mark.parametrize("role", ["clerk", "agent"])
def test_only_admins_see_the_administration_pages(app, url, role):
    assert logged_in(app, role).get(url).status_code == 403


def user_id(app, name: str) -> int:
    with app.app_context():
        return get_session().scalar(select(User.id).where(User.name == name))


def test_an_admin_creates_a_user_who_logs_in_in_their_language(app, admin):
    answer = post_form(
        admin,
        "/admin/users",
        {"name": "hans", "role": "clerk", "language": "de", "password": "a long passphrase"},
    )
    assert answer.status_code == 201
    token = re.search(r'id="new-token">([^<]+)<', answer.get_data(as_text=True)).group(1)
    assert "shown only this once" in seen(answer)
    search = admin.get("/api/found-items/search?q=x", headers={"Authorization": f"Bearer {token}"})
    assert search.status_code != 401
    assert token not in admin.get("/admin/users").get_data(as_text=True)  # shown once only
    hans = app.test_client()
    assert log_in(hans, "hans", "a long passphrase").status_code == 302
    assert "Guten Tag, hans" in seen(hans.get("/"))
    changes = seen(admin.get("/admin/users"))
    assert "sophie created the user hans (clerk)" in changes


def test_a_bad_new_user_is_shown_again_with_each_problem_named(app, admin):
    answer = post_form(admin, "/admin/users", {"name": "", "role": "clerk", "password": "short"})
    assert answer.status_code == 400
    page = seen(answer)
    assert "Name is required" in page
    assert "Password needs at least 10 characters" in page
    taken = post_form(admin, "/admin/users", {"name": "sophie", "role": "clerk", "language": ""})
    assert taken.status_code == 400
    assert "Name is already someone's name" in seen(taken)


def test_a_new_password_ends_the_users_sessions_and_is_recorded(app, admin):
    clerk = logged_in(app, "clerk", "maria")
    answer = post_form(
        admin, f"/admin/users/{user_id(app, 'maria')}/password", {"password": "another passphrase"}
    )
    assert answer.status_code == 302
    assert clerk.get("/clerks/items").status_code == 302  # logged out
    assert log_in(app.test_client(), "maria", "another passphrase").status_code == 302
    assert "sophie set a new password for maria" in seen(admin.get("/admin/users"))


def test_a_new_token_replaces_the_old_one(app, admin, runner):
    old = runner.invoke(args=["users", "create", "robot", "--role", "clerk"]).output.split()[-1]
    answer = post_form(admin, f"/admin/users/{user_id(app, 'robot')}/token", {})
    new = re.search(r'id="new-token">([^<]+)<', answer.get_data(as_text=True)).group(1)
    search = "/api/found-items/search?q=x"
    assert admin.get(search, headers={"Authorization": f"Bearer {old}"}).status_code == 401
    assert admin.get(search, headers={"Authorization": f"Bearer {new}"}).status_code != 401


def test_an_admin_removes_a_user_but_not_themselves(app, admin):
    clerk = logged_in(app, "clerk", "maria")
    assert post_form(admin, f"/admin/users/{user_id(app, 'maria')}/remove", {}).status_code == 302
    assert clerk.get("/clerks/items").status_code == 302
    post_form(admin, f"/admin/users/{user_id(app, 'sophie')}/remove", {})
    page = seen(admin.get("/admin/users"))
    assert "You cannot remove your own account" in page
    assert "sophie removed the user maria" in page


def test_an_admin_adds_an_agent_on_shift_with_a_number_typed_as_people_write_it(app, admin):
    answer = post_form(
        admin,
        "/admin/agents",
        {"name": "hans", "languages": ["de", "en"], "endpoint": "06 12 34 56 78", "on_shift": "y"},
    )
    assert answer.status_code == 302
    with app.app_context():
        agent = get_session().scalar(select(Agent).where(Agent.name == "hans"))
        assert (agent.languages, agent.endpoint, agent.status) == (
            "de en",
            "+33612345678",
            "available",
        )
    page = seen(admin.get("/admin/agents"))
    assert "hans Deutsch, English +33 6 12 34 56 78 available" in page
    assert "sophie added the agent hans (de en; +33612345678)" in page
    assert "sophie put the agent hans on shift" in page


def test_a_bad_agent_is_shown_again_with_what_was_typed(app, admin):
    answer = post_form(admin, "/admin/agents", {"name": "hans", "endpoint": "call me maybe"})
    assert answer.status_code == 400
    page = seen(answer)
    assert "Languages spoken tick at least one" in page
    assert 'value="call me maybe"' in answer.get_data(as_text=True)
    wrong = post_form(
        admin, "/admin/agents", {"name": "hans", "languages": ["fr"], "endpoint": "x"}
    )
    assert "Where calls ring must be a phone number, client:NAME or a sip: address" in seen(wrong)


def test_an_admin_changes_an_agents_languages_and_takes_them_off_shift(app, admin):
    post_form(
        admin,
        "/admin/agents",
        {"name": "ana", "languages": ["es"], "endpoint": "client:ana", "on_shift": "y"},
    )
    with app.app_context():
        agent_id = get_session().scalar(select(Agent.id).where(Agent.name == "ana"))
    assert 'value="client:ana"' in admin.get(f"/admin/agents/{agent_id}").get_data(as_text=True)
    answer = post_form(
        admin, f"/admin/agents/{agent_id}", {"languages": ["es", "fr"], "endpoint": "client:ana"}
    )
    assert answer.status_code == 302
    page = seen(admin.get("/admin/agents"))
    assert "ana Español, Français client:ana offline" in page
    assert "sophie took the agent ana off shift" in page


def test_the_line_reads_the_hours_and_address_an_admin_sets(app, admin, phone):
    reference = add_item(app, found_on=days_ago(1))
    answer = post_form(
        admin,
        "/admin/office",
        {"address": "1, place de l'Hôtel de Ville, 75004 Paris", "hours": "mon-fri 09:00-12:00"},
    )
    assert answer.status_code == 302
    christmas = today() + timedelta(days=3)
    post_form(admin, "/admin/office/closures", {"day": christmas.isoformat(), "reason": "férié"})
    afternoon = today() + timedelta(days=5)
    post_form(
        admin, "/admin/office/closures", {"day": afternoon.isoformat(), "closed_from": "12:00"}
    )

    phone.dial()
    phone.press("2")  # English
    phone.press("2")  # a reference
    heard = " ".join(h.text for h in phone.press(reference + "#"))
    assert "1, place de l'Hôtel de Ville, 75004 Paris" in heard
    assert "Monday to Friday, from 09:00 to 12:00, except on" in heard
    assert f"on {afternoon.day} {afternoon.strftime('%B')} from 12:00" in heard

    page = seen(admin.get("/admin/office"))
    assert "sophie set the opening hours to “mon-fri 09:00-12:00”" in page
    assert f"sophie added a closure: {shown_day(christmas)}, all day (férié)" in page


def test_hours_the_line_cannot_read_are_refused_and_kept_on_the_form(app, admin):
    answer = post_form(admin, "/admin/office", {"address": "", "hours": "weekdays 9 to 5"})
    assert answer.status_code == 400
    assert "Opening hours cannot be read" in seen(answer)
    assert 'value="weekdays 9 to 5"' in answer.get_data(as_text=True)


def test_a_closure_in_the_past_is_refused(app, admin):
    answer = post_form(admin, "/admin/office/closures", {"day": days_ago(1).isoformat()})
    assert answer.status_code == 400
    assert "Day must not be in the past" in seen(answer)


def test_a_user_chooses_the_language_of_their_pages(app):
    clerk = logged_in(app, "clerk", "maria")
    assert post_form(clerk, "/account", {"language": "es"}).status_code == 302
    assert "Hola, maria" in seen(clerk.get("/"))
    assert post_form(clerk, "/account", {"language": "xx"}).status_code == 400
    assert PASSWORD
