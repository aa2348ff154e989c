"""Waiting for an agent, driven as Twilio drives the webhooks: what the caller lost, asked
once before they wait; their position and estimated wait; what the agent then sees."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ivr.db import get_session
from ivr.models import Agent, CallState, QueuedCall
from lost_items.models import utcnow
from tests.agents import add_agent
from tests.web import add_item, days_ago, log_in, make_user, seen

# digit, the question before waiting, what the caller says, the estimates they hear
LANGUAGES = {
    "fr": ("1", "En attendant, dites-nous en quelques mots ce que vous avez perdu.",
           "j'ai perdu mon portefeuille noir",
           "Votre attente est estimée à environ une minute.",
           "Votre attente est estimée à environ 3 minutes."),
    "en": ("2", "While you wait, please tell us in a few words what you lost.",
           "I lost my black wallet",
           "Your estimated wait is about one minute.",
           "Your estimated wait is about 3 minutes."),
    "es": ("3", "Mientras espera, díganos en pocas palabras qué ha perdido.",
           "perdí mi cartera negra",
           "El tiempo de espera estimado es de un minuto, aproximadamente.",
           "El tiempo de espera estimado es de unos 3 minutos."),
    "de": ("4",
           "Während Sie warten: Sagen Sie uns bitte in wenigen Worten, was Sie verloren haben.",
           "ich habe meine schwarze Brieftasche verloren",
           "Ihre voraussichtliche Wartezeit beträgt etwa eine Minute.",
           "Ihre voraussichtliche Wartezeit beträgt etwa 3 Minuten."),
}  # fmt: skip


def ask_for_agent(phone, lang: str):
    phone.dial()
    phone.press(LANGUAGES[lang][0])
    return phone.press("3")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_caller_is_asked_once_what_they_lost_and_the_agent_sees_it(app, new_phone, lang):
    reference = add_item(app, "Portefeuille en cuir noir", found_on=days_ago(1))
    agent = add_agent(app, "Hans", [lang], "+49151000001", status="busy")
    make_user(app, "Hans", "agent")
    phone = new_phone(dial_outcome=None)
    heard = ask_for_agent(phone, lang)
    assert [h.text for h in heard if h.verb == "say"][-1] == LANGUAGES[lang][1]
    assert phone.gather is not None and phone.gather.inputs == {"speech"}
    heard = phone.say(LANGUAGES[lang][2])
    assert phone.queue is not None and phone.queue.name == f"lost-property-{lang}"
    assert "queue/described" not in (phone.gather.action if phone.gather else "")  # once
    with app.app_context():
        state = get_session().get(CallState, phone.call_sid)
        assert state.description == LANGUAGES[lang][2] and state.candidates

    with app.app_context():  # Hans takes the caller
        session = get_session()
        hans = session.get(Agent, agent)
        hans.status, hans.current_call_sid = "busy", phone.call_sid
        session.commit()
    desk = app.test_client()
    assert log_in(desk, "Hans").status_code == 302
    page = seen(desk.get("/console/"))
    assert LANGUAGES[lang][2] in page
    assert " ".join(reference[i : i + 3] for i in range(0, 9, 3)) in page


def test_a_silent_caller_waits_all_the_same(app, new_phone, busy_agents):
    phone = new_phone(dial_outcome=None)
    ask_for_agent(phone, "en")
    heard = phone.stay_silent()
    assert [h.text for h in heard if h.verb == "enqueue"] == ["lost-property-en"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_estimate_before_any_wait_is_known_shares_a_call_among_the_agents(app, new_phone, lang):
    for number in range(3):  # three agents on calls: a place is worth a minute
        add_agent(app, f"agent-{number}", [lang], f"+3360000000{number}", status="busy")
    phone = new_phone(dial_outcome=None)
    ask_for_agent(phone, lang)
    heard = phone.stay_silent()
    assert LANGUAGES[lang][3] in [h.text for h in heard]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_estimate_follows_the_recent_waits(app, new_phone, lang):
    add_agent(app, "Hans", [lang], "+49151000001", status="busy")
    with app.app_context():
        session = get_session()
        now = utcnow()
        for number, seconds in enumerate((150, 170, 160)):  # about 2 min 40 s each
            session.add(
                QueuedCall(
                    call_sid=f"CA{number:032d}",
                    language=lang,
                    speaks=lang,
                    state="connected",
                    result="connected",
                    enqueued_at=now - timedelta(minutes=20, seconds=seconds),
                    left_at=now - timedelta(minutes=20),
                )
            )
        session.commit()
    phone = new_phone(dial_outcome=None)
    ask_for_agent(phone, lang)
    heard = phone.stay_silent()
    said = [h.text for h in heard if h.verb == "say"]
    assert LANGUAGES[lang][4] in said
    assert said.index(LANGUAGES[lang][4]) == 2  # after "all busy" and the position
