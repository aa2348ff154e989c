"""Reaching an agent who speaks the caller's language, driven as Twilio drives the webhooks."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from ivr.accounts import create_user
from ivr.db import get_session
from ivr.line import routing
from ivr.models import Agent, QueuedCall
from lost_items.models import utcnow
from tests.agents import add_agent
from tests.conftest import make_app
from tests.test_faults import CLOSED_PORT
from tests.test_signature import sign

GERMAN = "4"


def agent_row(app, agent_id: int) -> Agent:
    with app.app_context():
        return get_session().get(Agent, agent_id)


def call_for_agent(phone, language_digit: str):
    """Dial, choose the language, press 3; asked what they lost before waiting, say nothing."""
    phone.dial()
    phone.press(language_digit)
    heard = phone.press("3")
    if phone.gather is not None and phone.gather.inputs == {"speech"}:
        heard = heard + phone.stay_silent()
    return heard


def dialled(heard) -> list[str]:
    return [h.text for h in heard if h.verb == "dial"]


def hans_busy_and_a_caller_waiting(app, new_phone):
    """Hans, the only German speaker, talks to a first caller; a second one waits."""
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    first = new_phone(dial_outcome=None)
    call_for_agent(first, GERMAN)
    waiting = new_phone(dial_outcome=None)
    call_for_agent(waiting, GERMAN)
    return hans, first, waiting


def claimed_but_never_moved(app, agent_id: int, waiting, *, since: timedelta) -> None:
    """What a dispatch leaves if its worker dies between the claim and the call to Twilio."""
    with app.app_context():
        session = get_session()
        queued = session.get(QueuedCall, waiting.call_sid)
        session.get(Agent, agent_id).current_call_sid = waiting.call_sid
        queued.state, queued.agent_id = "connecting", agent_id
        queued.connecting_since = utcnow() - since
        session.commit()


def test_a_german_caller_reaches_the_german_speaker(app, new_phone):
    add_agent(app, "Maria", ["es", "fr"], "+34600000001")
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    add_agent(app, "Amy", ["en"], "client:amy")
    phone = new_phone(dial_outcome=None)
    heard = call_for_agent(phone, GERMAN)
    assert dialled(heard) == ["+49151000001"]
    assert "Bitte bleiben Sie dran: Wir verbinden Sie mit einem Mitarbeiter." in phone.said
    assert agent_row(app, hans).status == "busy"


def test_a_second_german_caller_waits_in_the_german_queue_hearing_german(app, new_phone):
    add_agent(app, "Hans", ["de"], "+49151000001")
    first = new_phone(dial_outcome=None)
    call_for_agent(first, GERMAN)
    second = new_phone(dial_outcome=None)
    heard = call_for_agent(second, GERMAN)
    assert not dialled(heard)
    assert [h.text for h in heard if h.verb == "enqueue"] == ["lost-property-de"]
    spoken = [h for h in heard if h.verb == "say"]
    assert {h.language for h in spoken} == {"de-DE"}
    assert "Sie sind an Position 1 in der Warteschlange." in [h.text for h in spoken]
    assert not second.ended


def test_no_answer_moves_to_the_next_agent_then_the_caller_waits_not_rung_again_at_once(
    app, new_phone
):
    first = add_agent(app, "Hans", ["de"], "+49151000001")
    add_agent(app, "Greta", ["de", "en"], "sip:greta@office.example")
    phone = new_phone(dial_outcome="no-answer")
    heard = call_for_agent(phone, GERMAN)
    assert dialled(heard) == ["+49151000001", "sip:greta@office.example"]
    # Both missed it but are still on shift: the caller waits for them, in German,
    # rather than being told nobody can take the call.
    assert [h.text for h in heard if h.verb == "enqueue"] == ["lost-property-de"]
    assert (
        "Entschuldigung, wir können Sie im Moment nicht mit einem Mitarbeiter verbinden."
        not in [h.text for h in heard]
    )
    hans = agent_row(app, first)
    assert hans.status == "available" and hans.missed_in_a_row == 1


def test_with_nobody_on_shift_in_the_language_the_caller_is_offered_a_report(app, new_phone):
    add_agent(app, "Hans", ["de"], "+49151000001", status="offline")
    add_agent(app, "Amy", ["en"], "client:amy")  # free, but speaks no German
    phone = new_phone()
    heard = call_for_agent(phone, GERMAN)
    assert not dialled(heard) and "enqueue" not in [h.verb for h in heard]
    said = [h.text for h in heard if h.verb == "say"]
    assert "Entschuldigung, wir können Sie im Moment nicht mit einem Mitarbeiter verbinden." in said
    heard = phone.press("2")  # leave a loss report instead
    assert phone.gather is not None and "speech" in phone.gather.inputs  # describe the item


def test_the_only_agent_who_missed_is_offered_the_call_again_after_a_pause(
    app, new_phone, twilio_api
):
    hans = add_agent(app, "Hans", ["es"], "+34600000001")
    phone = new_phone(dial_outcome="no-answer")
    heard = call_for_agent(phone, "3")  # Spanish
    assert dialled(heard) == ["+34600000001"]
    assert phone.queue is not None and phone.queue.name == "lost-property-es"
    assert "Su llamada ocupa el lugar número 1 de la cola." in phone.said
    phone.keep_waiting(20)  # moments later: his phone does not ring again at once
    assert not twilio_api.member_updates()
    with app.app_context():  # the pause is over
        session = get_session()
        session.get(QueuedCall, phone.call_sid).missed_at = utcnow() - routing.RETRY_PAUSE
        session.commit()
    phone.keep_waiting(30)
    (update,) = twilio_api.member_updates()
    assert update.path.endswith(f"/Queues/QUes{'0' * 30}/Members/{phone.call_sid}.json")
    phone.dial_outcome = None
    assert dialled(phone.dequeued_to(update.form["Url"])) == ["+34600000001"]
    assert agent_row(app, hans).status == "busy"


def test_an_agent_who_missed_comes_after_the_other_free_agents(app, new_phone, twilio_api):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    greta = add_agent(app, "Greta", ["de"], "+49151000002", status="busy")
    phone = new_phone(dial_outcome="no-answer")
    call_for_agent(phone, GERMAN)  # Hans misses it; Greta is on a call
    with app.app_context():
        session = get_session()
        session.get(QueuedCall, phone.call_sid).missed_at = utcnow() - routing.RETRY_PAUSE
        session.get(Agent, greta).status = "available"  # both free now
        session.commit()
    phone.keep_waiting(30)
    (update,) = twilio_api.member_updates()
    assert parse_qs(urlsplit(update.form["Url"]).query)["agent"] == [str(greta)]
    assert agent_row(app, hans).status == "available"


def test_a_waiting_caller_is_told_when_the_last_agent_goes_off_shift(app, new_phone):
    hans = add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    phone = new_phone()
    call_for_agent(phone, GERMAN)
    assert phone.queue is not None
    with app.app_context():
        session = get_session()
        session.get(Agent, hans).status = "offline"
        session.commit()
    heard = phone.keep_waiting(30)
    assert heard[0].verb == "leave"
    assert "Entschuldigung, wir können Sie im Moment nicht mit einem Mitarbeiter verbinden." in [
        h.text for h in heard
    ]
    with app.app_context():
        assert get_session().scalars(select(QueuedCall)).one().state == "left"


def test_a_caller_who_hangs_up_in_the_queue_no_longer_waits(app, new_phone):
    add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    phone = new_phone()
    call_for_agent(phone, GERMAN)
    phone.hang_up()
    with app.app_context():
        assert get_session().scalars(select(QueuedCall)).one().state == "left"


def test_a_caller_who_hangs_up_while_talking_frees_the_agent(app, new_phone):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    phone = new_phone(dial_outcome=None)
    call_for_agent(phone, GERMAN)
    phone.hang_up()
    assert agent_row(app, hans).status == "wrap-up"


def test_an_agent_who_misses_too_many_calls_goes_offline(app, new_phone):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    for _ in range(app.config["AGENT_MAX_MISSES"]):
        call_for_agent(new_phone(dial_outcome="no-answer"), GERMAN)
    assert agent_row(app, hans).status == "offline"


def test_a_finished_call_puts_the_agent_in_wrap_up_then_available(app, new_phone):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    phone = new_phone(dial_outcome=None)
    call_for_agent(phone, GERMAN)
    heard = phone.end_dial("completed")
    assert "Vielen Dank für Ihren Anruf. Auf Wiederhören." in [h.text for h in heard]
    assert agent_row(app, hans).status == "wrap-up"
    waiting = new_phone(dial_outcome=None)
    call_for_agent(waiting, GERMAN)  # during wrap-up, the next caller waits
    assert not dialled(waiting.heard)


def test_once_wrap_up_is_over_the_agent_takes_the_next_call(app, new_phone):
    app.config["AGENT_WRAP_UP_SECONDS"] = 0
    add_agent(app, "Hans", ["de"], "+49151000001")
    first = new_phone(dial_outcome=None)
    call_for_agent(first, GERMAN)
    first.end_dial("completed")
    second = new_phone(dial_outcome=None)
    call_for_agent(second, GERMAN)
    assert dialled(second.heard) == ["+49151000001"]


def call_completed(client, call_sid: str):
    """Twilio's status callback for a call that ended."""
    url = "http://localhost/ivr/status"
    params = {"CallSid": call_sid, "CallStatus": "completed", "AccountSid": "AC" + "0" * 32}
    return client.post(url, data=params, headers={"X-Twilio-Signature": sign(url, params)})


def test_the_status_callback_frees_an_agent_when_a_call_ends_unexpectedly(app, client, new_phone):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    phone = new_phone(dial_outcome=None)
    call_for_agent(phone, GERMAN)
    assert agent_row(app, hans).status == "busy"
    answer = call_completed(client, phone.call_sid)
    assert answer.status_code == 200
    assert agent_row(app, hans).status == "wrap-up"


def test_an_agent_going_available_pulls_the_longest_waiting_caller(
    app, client, new_phone, twilio_api
):
    hans = add_agent(app, "Hans", ["de", "en"], "+49151000001", status="wrap-up")
    add_agent(app, "Maria", ["es"], "+34600000001", status="wrap-up")
    with app.app_context():
        session = get_session()
        create_user(session, "Hans", "agent")
        _, token = create_user(session, "Hans-admin", "admin")
        session.commit()
    spanish = new_phone(dial_outcome=None)
    call_for_agent(spanish, "3")  # waits longest, but Hans does not speak Spanish
    first = new_phone(dial_outcome=None)
    call_for_agent(first, GERMAN)
    english = new_phone(dial_outcome=None)
    call_for_agent(english, "2")

    answer = client.put(
        f"/api/agents/{hans}/status",
        json={"status": "available"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200
    updates = twilio_api.member_updates()
    assert len(updates) == 1
    update = updates[0]
    assert update.path.endswith(f"/Queues/QUde{'0' * 30}/Members/{first.call_sid}.json")
    assert update.account_sid == app.config["TWILIO_ACCOUNT_SID"]
    assert update.auth_token == app.config["TWILIO_AUTH_TOKEN"]
    # Twilio then moves the caller to the URL given: they are put through to Hans, in German.
    heard = first.dequeued_to(update.form["Url"])
    assert dialled(heard) == ["+49151000001"]
    assert {h.language for h in heard if h.verb == "say"} == {"de-DE"}
    assert agent_row(app, hans).status == "busy"
    assert parse_qs(urlsplit(update.form["Url"]).query)["agent"] == [str(hans)]


def test_the_queue_is_found_on_the_second_page_of_twilios_list(app, client, new_phone, twilio_api):
    """Twilio lists an account's queues a page at a time: the German queue, fourth in a
    list paged three at a time, is still found and the caller moved out of it."""
    twilio_api.max_page_size = 3
    hans = add_agent(app, "Hans", ["de"], "+49151000001", status="wrap-up")
    with app.app_context():
        token = create_user(get_session(), "admin", "admin")[1]
        get_session().commit()
    german = new_phone(dial_outcome=None)
    call_for_agent(german, GERMAN)

    answer = client.put(
        f"/api/agents/{hans}/status",
        json={"status": "available"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200
    pages = [
        parse_qs(urlsplit(r.path).query).get("Page", ["0"])[0] for r in twilio_api.queue_lists()
    ]
    assert pages == ["0", "1"]
    (update,) = twilio_api.member_updates()
    assert update.path.endswith(f"/Queues/QUde{'0' * 30}/Members/{german.call_sid}.json")
    assert dialled(german.dequeued_to(update.form["Url"])) == ["+49151000001"]


def test_when_wrap_up_ends_the_next_wait_puts_the_caller_through(app, new_phone, twilio_api):
    app.config["AGENT_WRAP_UP_SECONDS"] = 0
    hans, first, waiting = hans_busy_and_a_caller_waiting(app, new_phone)
    assert waiting.queue is not None and not twilio_api.member_updates()
    first.end_dial("completed")  # Hans hangs up; his wrap-up is over at once
    waiting.keep_waiting(30)  # Twilio fetches the wait URL again
    (update,) = twilio_api.member_updates()
    assert update.path.endswith(f"/Members/{waiting.call_sid}.json")
    heard = waiting.dequeued_to(update.form["Url"])
    assert dialled(heard) == ["+49151000001"]
    assert agent_row(app, hans).status == "busy"


def test_a_caller_whose_agent_misses_the_call_waits_again_for_the_next_one(
    app, new_phone, twilio_api
):
    app.config["AGENT_WRAP_UP_SECONDS"] = 0
    hans, first, waiting = hans_busy_and_a_caller_waiting(app, new_phone)
    greta = add_agent(app, "Greta", ["de"], "+49151000002", status="busy")
    first.end_dial("completed")
    waiting.keep_waiting(30)
    (update,) = twilio_api.member_updates()
    assert dialled(waiting.dequeued_to(update.form["Url"])) == ["+49151000001"]

    heard = waiting.end_dial("no-answer")  # Hans does not pick up; Greta is still busy
    assert "enqueue" in [h.verb for h in heard] and waiting.queue is not None
    with app.app_context():
        queued = get_session().get(QueuedCall, waiting.call_sid)
        assert (queued.state, queued.agent_id) == ("waiting", None)
    with app.app_context():
        get_session().get(Agent, greta).status = "available"
        get_session().commit()
    waiting.keep_waiting(30)
    update = twilio_api.member_updates()[-1]
    assert dialled(waiting.dequeued_to(update.form["Url"])) == ["+49151000002"]  # not Hans
    assert agent_row(app, hans).missed_in_a_row == 1


def test_when_twilio_cannot_move_a_caller_they_keep_waiting_and_get_the_next_free_agent(
    app, new_phone, twilio_api
):
    app.config["AGENT_WRAP_UP_SECONDS"] = 0
    hans, first, waiting = hans_busy_and_a_caller_waiting(app, new_phone)
    first.end_dial("completed")
    twilio_api.members_down = True
    waiting.keep_waiting(30)  # Hans is free, but Twilio's REST API fails
    assert len(twilio_api.member_updates()) == 1
    assert agent_row(app, hans).status == "available"
    twilio_api.members_down = False
    waiting.keep_waiting(30)  # the next wait tries again
    assert len(twilio_api.member_updates()) == 2
    update = twilio_api.member_updates()[-1]
    assert update.path.endswith(f"/Members/{waiting.call_sid}.json")
    assert dialled(waiting.dequeued_to(update.form["Url"])) == ["+49151000001"]


def test_a_caller_claimed_by_a_worker_that_died_is_moved_at_their_next_wait(
    app, new_phone, twilio_api
):
    """The claim was committed, then the worker died before asking Twilio to move the
    caller: agent and caller are reserved for each other, and the caller still waits."""
    hans, _, waiting = hans_busy_and_a_caller_waiting(app, new_phone)
    claimed_but_never_moved(app, hans, waiting, since=routing.STALLED_AFTER + timedelta(seconds=1))
    waiting.keep_waiting(30)
    (update,) = twilio_api.member_updates()
    assert update.path.endswith(f"/Members/{waiting.call_sid}.json")
    assert dialled(waiting.dequeued_to(update.form["Url"])) == ["+49151000001"]


def test_a_claim_made_moments_ago_is_not_sent_to_twilio_twice(app, new_phone, twilio_api):
    hans, _, waiting = hans_busy_and_a_caller_waiting(app, new_phone)
    claimed_but_never_moved(app, hans, waiting, since=timedelta(0))
    waiting.keep_waiting(30)
    assert not twilio_api.member_updates()


def test_a_caller_who_hung_up_before_the_move_frees_the_agent(app, new_phone, twilio_api):
    app.config["AGENT_WRAP_UP_SECONDS"] = 0
    hans, first, waiting = hans_busy_and_a_caller_waiting(app, new_phone)
    first.end_dial("completed")
    twilio_api.fail_members = True  # Twilio: that caller is no longer in the queue
    waiting.keep_waiting(30)
    assert agent_row(app, hans).status == "available"
    with app.app_context():
        assert get_session().get(QueuedCall, waiting.call_sid).state == "left"


def test_pressing_1_in_the_queue_asks_for_the_number_to_call_back(app, new_phone):
    add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    phone = new_phone()
    call_for_agent(phone, GERMAN)
    heard = phone.press("1")  # the offer made while waiting
    assert heard[0].verb == "leave"
    assert "Um die Nummer zu verwenden, von der Sie anrufen, drücken Sie die 1." in phone.said
    assert phone.gather is not None and "queue/callback/choice" in phone.gather.action
    with app.app_context():
        queued = get_session().scalars(select(QueuedCall)).one()
        assert queued.state == "callback-number"  # out of Twilio's queue, still in line


def test_after_a_long_wait_an_agent_in_a_second_language_is_offered(app, new_phone):
    add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    amy = add_agent(app, "Amy", ["en"], "client:amy")
    phone = new_phone(dial_outcome=None)
    call_for_agent(phone, GERMAN)
    phone.stay_silent()
    heard = phone.keep_waiting(app.config["QUEUE_LONGEST_WAIT_SECONDS"])
    assert "Wenn Sie auch eine andere Sprache sprechen, drücken Sie die 2." in [
        h.text for h in heard
    ]
    heard = phone.press("2")
    offers = [h for h in heard if h.verb == "say"]
    assert ("For an agent who speaks English, press 2.", "en-GB") in [
        (h.text, h.language) for h in offers
    ]
    assert "de-DE" not in {h.language for h in offers}
    heard = phone.press("2")
    assert dialled(heard) == ["amy"]
    assert agent_row(app, amy).status == "busy"


@pytest.mark.parametrize(
    ("body", "bad"),
    [
        ({"name": "X", "languages": ["de"], "endpoint": "12345"}, {"endpoint"}),
        ({"name": "X", "languages": [], "endpoint": "+49151000001"}, {"languages"}),
        ({"name": "X", "languages": ["xx"], "endpoint": "+49151000001"}, {"languages"}),
        ({"languages": "de", "endpoint": "client:x"}, {"name", "languages"}),
    ],
)
def test_the_agents_api_names_bad_fields(app, client, body, bad):
    with app.app_context():
        session = get_session()
        _, token = create_user(session, "boss", "admin")
        session.commit()
    answer = client.post("/api/agents", json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 400
    assert set(answer.get_json()["fields"]) == bad


def test_the_agents_api_creates_lists_and_guards_status(app, client):
    with app.app_context():
        session = get_session()
        _, admin = create_user(session, "boss", "admin")
        _, hans_token = create_user(session, "Hans", "agent")
        _, clerk = create_user(session, "Claire", "clerk")
        session.commit()
    as_admin = {"Authorization": f"Bearer {admin}"}
    created = client.post(
        "/api/agents",
        json={"name": "Hans", "languages": ["de", "en"], "endpoint": "+49151000001"},
        headers=as_admin,
    )
    assert created.status_code == 201
    hans = created.get_json()
    assert hans == {
        "id": hans["id"],
        "name": "Hans",
        "languages": ["de", "en"],
        "endpoint": "+49151000001",
        "status": "offline",
    }
    other = client.post(
        "/api/agents",
        json={"name": "Greta", "languages": ["de"], "endpoint": "client:greta"},
        headers=as_admin,
    ).get_json()
    as_hans = {"Authorization": f"Bearer {hans_token}"}
    assert client.post("/api/agents", json={}, headers=as_hans).status_code == 403
    assert (
        client.get("/api/agents", headers={"Authorization": f"Bearer {clerk}"}).status_code == 403
    )
    listed = client.get("/api/agents", headers=as_hans).get_json()["agents"]
    assert [a["name"] for a in listed] == ["Greta", "Hans"]
    mine = client.put(
        f"/api/agents/{hans['id']}/status", json={"status": "available"}, headers=as_hans
    )
    assert mine.status_code == 200 and mine.get_json()["status"] == "available"
    theirs = client.put(
        f"/api/agents/{other['id']}/status", json={"status": "available"}, headers=as_hans
    )
    assert theirs.status_code == 403
    bad = client.put(f"/api/agents/{hans['id']}/status", json={"status": "busy"}, headers=as_hans)
    assert bad.status_code == 400 and "status" in bad.get_json()["fields"]
    assert (
        client.put(
            "/api/agents/999/status", json={"status": "offline"}, headers=as_admin
        ).status_code
        == 404
    )


def test_agents_from_the_command_line(runner):
    added = runner.invoke(
        args=["agents", "add", "Hans", "-l", "de", "-l", "en", "--endpoint", "+49151000001"]
    )
    assert added.exit_code == 0, added.output
    assert runner.invoke(args=["agents", "status", "1", "available"]).exit_code == 0
    listed = runner.invoke(args=["agents", "list"])
    assert "Hans" in listed.output and "available" in listed.output and "de en" in listed.output
    by_name = runner.invoke(args=["agents", "status", "Hans", "offline"])
    assert by_name.exit_code == 0 and "Hans is offline." in by_name.output
    upper = runner.invoke(args=["agents", "add", "Ana", "-l", "ES", "--endpoint", "+34600000009"])
    assert upper.exit_code == 0 and "(es)" in upper.output
    nobody = runner.invoke(args=["agents", "status", "Zoe", "available"])
    assert nobody.exit_code != 0 and "no agent has the id or name Zoe" in nobody.output
    bad = runner.invoke(args=["agents", "add", "Eve", "-l", "xx", "--endpoint", "nope"])
    assert bad.exit_code != 0 and "endpoint" in bad.output and "languages" in bad.output


# --- an agent whose call ended unseen ----------------------------------------------------------


def busy_since(app, agent_id: int, *, ago: timedelta) -> None:
    """As if the agent had taken the call `ago` (the check leaves recent calls alone)."""
    with app.app_context():
        session = get_session()
        session.get(Agent, agent_id).busy_since = utcnow() - ago
        session.commit()


def check_calls(app) -> str:
    result = app.test_cli_runner().invoke(args=["agents", "check-calls"])
    assert result.exit_code == 0, result.output
    return result.stdout  # the log lines go to stderr


def test_an_agent_whose_caller_hung_up_while_the_database_was_down_is_freed(
    app, new_phone, twilio_api
):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    phone = new_phone(dial_outcome=None)
    call_for_agent(phone, GERMAN)
    # The caller hangs up; Twilio's status callback reaches the line while its database is
    # down: answered, but nothing recorded, and Twilio does not send it again.
    answer = call_completed(make_app(CLOSED_PORT).test_client(), phone.call_sid)
    assert answer.status_code == 200
    assert agent_row(app, hans).status == "busy"

    twilio_api.calls[phone.call_sid] = "completed"
    busy_since(app, hans, ago=timedelta(minutes=3))
    assert check_calls(app) == "Freed 1 agent whose call was over.\n"
    assert agent_row(app, hans).status == "wrap-up"
    assert agent_row(app, hans).current_call_sid is None
    assert [r.path.rsplit("/", 1)[1] for r in twilio_api.call_lookups()] == [
        f"{phone.call_sid}.json"
    ]
    assert check_calls(app) == "Freed 0 agents whose call was over.\n"  # asked once only


def test_an_agent_on_a_call_still_going_or_unknown_to_twilio(app, new_phone, twilio_api):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    greta = add_agent(app, "Greta", ["de"], "+49151000002")
    talking, vanished = new_phone(dial_outcome=None), new_phone(dial_outcome=None)
    call_for_agent(talking, GERMAN)
    call_for_agent(vanished, GERMAN)
    on_talking = next(
        a for a in (hans, greta) if agent_row(app, a).current_call_sid == talking.call_sid
    )
    on_vanished = greta if on_talking == hans else hans
    twilio_api.calls[talking.call_sid] = "in-progress"  # Twilio knows nothing of the other

    assert check_calls(app) == "Freed 0 agents whose call was over.\n"
    assert twilio_api.call_lookups() == []  # calls of the last two minutes are left alone

    busy_since(app, hans, ago=timedelta(minutes=40))
    busy_since(app, greta, ago=timedelta(minutes=40))
    assert check_calls(app) == "Freed 1 agent whose call was over.\n"
    assert agent_row(app, on_talking).status == "busy"
    assert agent_row(app, on_vanished).status == "wrap-up"


def test_an_agent_stays_busy_while_twilio_cannot_be_asked(app, new_phone, twilio_api):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    phone = new_phone(dial_outcome=None)
    call_for_agent(phone, GERMAN)
    busy_since(app, hans, ago=timedelta(minutes=3))
    twilio_api.calls_down = True
    assert check_calls(app) == "Freed 0 agents whose call was over.\n"
    assert agent_row(app, hans).status == "busy"
    twilio_api.calls_down = False
    twilio_api.calls[phone.call_sid] = "no-answer"
    assert check_calls(app) == "Freed 1 agent whose call was over.\n"
    assert agent_row(app, hans).status == "wrap-up"
