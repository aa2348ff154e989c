"""The agent's desk through HTTP: who may see it, status changes, the screen pop, the search."""

from __future__ import annotations

import pytest

from ivr.db import get_session
from ivr.models import Agent
from tests.console_calls import (
    GERMAN,
    add_agent,
    agent_with_login,
    describe_then_ask_for_agent,
)
from tests.web import add_item, days_ago, log_in, logged_in, post_form, seen, shown_day

CONSOLE_PAGES = ["/console/", "/console/live", "/console/supervisor", "/console/supervisor/live"]


def status_of(app, agent_id: int) -> str:
    with app.app_context():
        return get_session().get(Agent, agent_id).status


@pytest.fixture
def hans(app) -> int:
    return agent_with_login(app)


@pytest.fixture
def desk(app, hans):
    client = app.test_client()
    assert log_in(client, "hans").status_code == 302
    return client


@pytest.mark.parametrize("url", CONSOLE_PAGES)
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    answer = client.get(url)
    assert answer.status_code == 302
    assert answer.headers["Location"].startswith("/login?next=")


@pytest.mark.parametrize("url", CONSOLE_PAGES)
def test_a_clerk_may_not_see_the_console(app, url):
    answer = logged_in(app, "clerk").get(url)
    assert answer.status_code == 403
    assert "This page is not for the clerk role." in seen(answer)


def test_a_clerk_may_not_set_an_agents_status(app, hans):
    answer = post_form(logged_in(app, "clerk"), "/console/status", {"status": "available"})
    assert answer.status_code == 403
    assert status_of(app, hans) == "offline"


@pytest.mark.parametrize("url", ["/console/supervisor", "/console/supervisor/live"])
def test_an_agent_may_not_see_the_supervisors_page(desk, url):
    answer = desk.get(url)
    assert answer.status_code == 403
    assert "This page is not for the agent role." in seen(answer)


def test_the_menu_offers_the_desk_to_agents_and_both_pages_to_admins(app, desk):
    assert "Agent's desk" in seen(desk.get("/")) and "Supervision" not in seen(desk.get("/"))
    home = seen(logged_in(app, "admin").get("/"))
    assert "Agent's desk" in home and "Supervision" in home


@pytest.mark.parametrize("token", [None, "forged-token"])
def test_a_status_form_without_this_sessions_token_is_refused(app, desk, hans, token):
    form = {"status": "available", **({"csrf_token": token} if token else {})}
    answer = desk.post("/console/status", data=form)
    assert answer.status_code == 400
    assert "This form has expired or did not come from this site." in seen(answer)
    assert status_of(app, hans) == "offline"


def test_an_agent_goes_available_then_offline(app, desk, hans):
    answer = post_form(desk, "/console/status", {"status": "available"}, follow_redirects=True)
    assert "You are available: the next caller in your languages is yours." in seen(answer)
    assert "Status: available" in seen(answer)
    assert status_of(app, hans) == "available"
    answer = post_form(desk, "/console/status", {"status": "offline"}, follow_redirects=True)
    assert "You are offline: no calls will be put through to you." in seen(answer)
    assert status_of(app, hans) == "offline"


@pytest.mark.parametrize("status", ["", "busy", "wrap-up", "x" * 5000])
def test_a_status_other_than_available_or_offline_is_refused(app, desk, hans, status):
    answer = post_form(desk, "/console/status", {"status": status})
    assert answer.status_code == 400
    assert "Choose available or offline." in seen(answer)
    assert status_of(app, hans) == "offline"


def test_going_available_pulls_the_longest_waiting_german_caller(
    app, desk, hans, new_phone, twilio_api, busy_agents
):
    waiting = new_phone(dial_outcome=None)
    heard = describe_then_ask_for_agent(waiting)
    assert [h.text for h in heard if h.verb == "enqueue"] == ["lost-property-de"]
    answer = post_form(desk, "/console/status", {"status": "available"}, follow_redirects=True)
    assert "a waiting caller is being put through to you now" in seen(answer)
    assert status_of(app, hans) == "busy"  # reserved for the caller, as the API does it
    (update,) = twilio_api.member_updates()
    assert update.path.endswith(f"/Members/{waiting.call_sid}.json")
    waiting.dequeued_to(update.form["Url"])
    page = seen(desk.get("/console/"))
    assert "Described “ich habe meine schwarze Brieftasche in der U-Bahn verloren”" in page


def test_an_agent_on_a_call_cannot_change_status(app, desk, hans, new_phone):
    post_form(desk, "/console/status", {"status": "available"})
    describe_then_ask_for_agent(new_phone(dial_outcome=None))
    answer = post_form(desk, "/console/status", {"status": "offline"})
    assert answer.status_code == 409
    assert "You are on a call: your status changes by itself when the call ends." in seen(answer)
    assert status_of(app, hans) == "busy"


def test_a_user_without_an_agent_row_is_told_so(app):
    nobody = logged_in(app, "agent", "lena")
    assert "No agent is named lena, so no calls come to you yet." in seen(nobody.get("/console/"))
    answer = post_form(nobody, "/console/status", {"status": "available"})
    assert answer.status_code == 404
    assert "No agent is named lena: an admin must add you as an agent first." in seen(answer)


def test_the_screen_pop_shows_the_routed_callers_language_words_candidates_and_number(
    app, desk, new_phone
):
    reference = add_item(app, "Portefeuille en cuir noir, carte Navigo", found_on=days_ago(1))
    add_item(app, "Parapluie pliant rouge", found_on=days_ago(1))
    assert "No call right now." in seen(desk.get("/console/"))
    post_form(desk, "/console/status", {"status": "available"})
    caller = new_phone(dial_outcome=None, caller="+4915112345678")
    heard = describe_then_ask_for_agent(caller)
    assert [h.text for h in heard if h.verb == "dial"] == ["+49151000001"]

    page = seen(desk.get("/console/"))
    assert "Language Deutsch" in page
    assert "Described “ich habe meine schwarze Brieftasche in der U-Bahn verloren”" in page
    assert "Callback number +49 1511 2345678" in page
    spaced = f"{reference[:3]} {reference[3:6]} {reference[6:]}"
    found = f"{spaced} Wallet Portefeuille en cuir noir, carte Navigo Black"
    assert f"{found} {shown_day(days_ago(1))} Métro ligne 4 - Châtelet" in page
    assert "Parapluie" not in page.split("What the search offered the caller")[1].split("Queues")[0]


def test_the_screen_pop_shows_the_number_a_caller_keyed_for_their_loss_report(app, desk, new_phone):
    post_form(desk, "/console/status", {"status": "available"})
    caller = new_phone(dial_outcome=None, caller="+4915112345678")
    caller.dial()
    caller.press(GERMAN)
    caller.press("1")  # describe what was lost
    caller.say("ein lila Plüschtier")  # nothing found like it
    caller.press("2")  # leave a loss report
    caller.press("1")  # lost today
    heard = caller.press("0612345679#")  # to be called back on another number
    assert any("Ihre Verlustmeldung ist aufgenommen" in h.text for h in heard), heard
    heard = caller.press("0")  # then asks for an agent
    assert [h.text for h in heard if h.verb == "dial"] == ["+49151000001"]

    page = seen(desk.get("/console/"))
    assert "Callback number +33 6 12 34 56 79" in page
    assert "+4915112345678" not in page


def test_the_live_endpoint_tells_the_page_a_call_arrived(app, desk, new_phone):
    post_form(desk, "/console/status", {"status": "available"})
    before = desk.get("/console/live").get_json()
    assert before["status"] == "available" and before["call"] is None
    caller = new_phone(dial_outcome=None)
    describe_then_ask_for_agent(caller)
    after = desk.get("/console/live").get_json()
    assert after["status"] == "busy" and after["call"] == caller.call_sid
    assert after["fingerprint"] != before["fingerprint"]


def test_the_queues_show_callers_waiting_per_language(app, desk, new_phone, busy_agents):
    describe_then_ask_for_agent(new_phone(dial_outcome=None))
    page = seen(desk.get("/console/"))
    # Each with the wait a caller joining now would be told: one agent on shift per
    # language and no wait known yet, 3 minutes a place (the German caller is ahead).
    assert "Français 0 — 3 min 00 s English 0 — 3 min 00 s Español 0 — 3 min 00 s Deutsch 1" in page
    assert "6 min 00 s" in page.split("Deutsch 1", 1)[1]
    assert desk.get("/console/live").get_json()["queues"] == {"fr": 0, "en": 0, "es": 0, "de": 1}


def test_an_agent_searches_found_items_in_the_callers_language(app, desk):
    reference = add_item(app, "Portefeuille en cuir noir", found_on=days_ago(2))
    answer = desk.get("/console/?q=schwarze+Brieftasche&lang=de")
    assert answer.status_code == 200
    page = seen(answer)
    assert "Found items matching “schwarze Brieftasche”, best first" in page
    assert f"{reference[:3]} {reference[3:6]} {reference[6:]} Wallet" in page
    nothing = seen(desk.get("/console/?q=Regenschirm&lang=de"))
    assert "No found item in storage matches “Regenschirm”." in nothing


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("q=" + "a" * 1001, "The description is too long: 1000 characters at most."),
        ("q=wallet&lang=xx", "Choose the language the description is in from the list."),
        ("q=wallet&lang=" + "é" * 300, "Choose the language the description is in from the list."),
    ],
)
def test_a_bad_search_says_what_is_wrong(desk, query, message):
    answer = desk.get(f"/console/?{query}")
    assert answer.status_code == 400
    assert message in seen(answer)


def test_an_agent_sees_only_their_own_console(app, desk):
    other = add_agent(app, "Greta", ["de"], "+49151000002")
    for url in (f"/console/?agent={other}", f"/console/live?agent={other}"):
        answer = desk.get(url)
        assert answer.status_code == 403
        assert "Agents see only their own console." in seen(answer)
    answer = post_form(desk, "/console/status", {"status": "offline", "agent": str(other)})
    assert answer.status_code == 403
    assert status_of(app, other) == "available"


def test_an_admin_views_and_sets_an_agents_console(app, hans):
    admin = logged_in(app, "admin")
    assert "Agent's desk: hans" in seen(admin.get(f"/console/?agent={hans}"))
    answer = post_form(admin, "/console/status", {"status": "available", "agent": str(hans)})
    assert answer.headers["Location"] == f"/console/?agent={hans}"
    assert status_of(app, hans) == "available"


@pytest.mark.parametrize(
    ("agent", "code", "message"),
    [
        ("abc", 400, "An agent is named by their number, not 'abc'."),
        ("99999999999999", 400, "An agent is named by their number"),
        ("4242", 404, "No agent has the number 4242."),
    ],
)
def test_an_admin_naming_a_bad_agent_is_told_what_is_wrong(app, agent, code, message):
    answer = logged_in(app, "admin").get(f"/console/?agent={agent}")
    assert answer.status_code == code
    assert message in seen(answer)
