"""A callback that keeps the caller's place, driven as Twilio drives the webhooks: the caller
leaves Twilio's queue but not the line, the line calls them back through Twilio's REST API
(the local stand-in) when their turn comes, and their agent sees who to call back."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_day_names

from ivr.db import get_session
from ivr.models import Agent, QueuedCall
from tests.agents import add_agent
from tests.console_calls import agent_with_login
from tests.test_routing import call_completed, dialled
from tests.web import log_in, seen

OPEN_ALL_WEEK = "mon-sun 00:00-23:59"
# digit, what a caller says, and what they hear once the callback is booked and called
CALLERS = {
    "fr": ("1", "j'ai perdu mon portefeuille noir", "Merci. Vous gardez votre place",
           "Nous devrions vous appeler dans 3 minutes environ.",
           "Bonjour, ici le service des objets trouvés. "
           "Nous vous rappelons, comme vous l'avez demandé."),
    "en": ("2", "I lost my black wallet", "Thank you. You keep your place",
           "Expect our call in about 3 minutes.",
           "Hello, this is the lost property office, calling you back as you asked."),
    "es": ("3", "perdí mi cartera negra", "Gracias. Conserva su lugar",
           "Le llamaremos dentro de unos 3 minutos.",
           "Hola, le llamamos de la oficina de objetos perdidos, como nos pidió."),
    "de": ("4", "ich habe meine schwarze Brieftasche verloren", "Vielen Dank. Sie behalten",
           "Wir rufen Sie in etwa 3 Minuten an.",
           "Guten Tag, hier ist das Fundbüro. Wir rufen Sie zurück, wie Sie es gewünscht haben."),
}  # fmt: skip


def describe_and_wait(phone, lang: str) -> None:
    digit, words = CALLERS[lang][:2]
    phone.dial()
    phone.press(digit)
    phone.press("1")  # describe what was lost
    phone.say(words)
    phone.press("0")  # then an agent: all busy, so the caller waits
    assert phone.queue is not None


def queued(app, call_sid: str) -> QueuedCall:
    with app.app_context():
        return get_session().get(QueuedCall, call_sid)


def set_free(app, agent_id: int) -> None:
    with app.app_context():
        session = get_session()
        agent = session.get(Agent, agent_id)
        agent.status, agent.current_call_sid = "available", None
        session.commit()


@pytest.mark.parametrize("lang", CALLERS)
def test_a_callback_keeps_the_place_and_the_line_calls_the_caller_back(
    app, client, new_phone, twilio_api, lang
):
    app.config["OFFICE_HOURS"] = OPEN_ALL_WEEK
    agent = add_agent(app, "Hans", [lang], "+49151000001", status="busy")
    first = new_phone(dial_outcome=None, caller="+33612345678")
    describe_and_wait(first, lang)
    second = new_phone(dial_outcome=None, caller="+33698765432")
    describe_and_wait(second, lang)

    first.press("1")  # be called back
    heard = first.press("1")  # on the number calling
    said = [h.text for h in heard if h.verb == "say"]
    assert said[0].startswith(CALLERS[lang][2]) and said[1] == CALLERS[lang][3]
    assert first.ended and {h.language for h in heard if h.verb == "say"} == {
        {"fr": "fr-FR", "en": "en-GB", "es": "es-ES", "de": "de-DE"}[lang]
    }
    call_completed(client, first.call_sid)  # Twilio: the first call is over
    assert queued(app, first.call_sid).state == "callback"

    set_free(app, agent)
    second.keep_waiting(30)  # the callback came first: it is called, the second still waits
    (call,) = twilio_api.new_calls()
    assert not twilio_api.member_updates()
    assert call.form["To"] == "+33612345678"
    assert call.form["From"] == app.config["TWILIO_PHONE_NUMBER"]
    assert call.form["StatusCallback"] == "http://localhost/ivr/status"

    # Twilio calls the caller; they answer, and hear who calls before their agent rings.
    line = new_phone(dial_outcome=None, caller=app.config["TWILIO_PHONE_NUMBER"])
    line.call_sid = twilio_api_sid(twilio_api, call)
    heard = line.dial(call.form["Url"])
    assert next(h.text for h in heard if h.verb == "say") == CALLERS[lang][4]
    assert dialled(heard) == ["+49151000001"]
    line.end_dial("completed")
    call_completed(client, line.call_sid)
    done = queued(app, first.call_sid)
    assert (done.state, done.callback_number) == ("called-back", None)  # the number is gone
    with app.app_context():
        assert get_session().get(Agent, agent).status == "wrap-up"


def twilio_api_sid(twilio_api, call) -> str:
    """The CallSid the stand-in gave the line's call (Twilio sends it with every webhook)."""
    (sid,) = [sid for sid in twilio_api.calls if twilio_api.calls[sid] == "queued"]
    return sid


def test_the_agent_sees_who_to_call_back_and_what_they_described(app, new_phone, twilio_api):
    app.config["OFFICE_HOURS"] = OPEN_ALL_WEEK
    hans = agent_with_login(app, status="busy")
    caller = new_phone(dial_outcome=None, caller="+33612345678")
    describe_and_wait(caller, "de")
    caller.press("1")
    caller.press("0612345679#")  # another number, in national form
    assert queued(app, caller.call_sid).callback_number == "+33612345679"
    set_free(app, hans)

    desk = app.test_client()
    assert log_in(desk, "hans").status_code == 302
    desk.get("/console/live").close()  # the desk's poll hands Hans the callback
    (call,) = twilio_api.new_calls()
    assert call.form["To"] == "+33612345679"
    page = seen(desk.get("/console/"))
    assert "Call back +33 6 12 34 56 79" in page
    assert "ich habe meine schwarze Brieftasche verloren" in page


def test_before_closing_the_caller_hears_the_call_comes_when_the_office_opens(app, new_phone):
    zone = ZoneInfo(app.config["OFFICE_TIMEZONE"])
    now = datetime.now(zone)
    if now.hour == 23 and now.minute >= 50:
        pytest.skip("the office's day ends in a few minutes: the hours below would not fit")
    closes = (now + timedelta(minutes=2)).strftime("%H:%M")
    app.config["OFFICE_HOURS"] = f"mon-sun 00:00-{closes}"
    add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    caller = new_phone(dial_outcome=None)
    describe_and_wait(caller, "de")
    caller.press("1")
    heard = caller.press("1")
    tomorrow = get_day_names("wide", locale="de_DE")[(now.weekday() + 1) % 7]
    assert (
        "Bis dahin haben wir geschlossen. Wir rufen Sie zurück, sobald wir wieder geöffnet "
        f"haben: am {tomorrow} um 00:00 Uhr." in [h.text for h in heard]
    )


def test_no_callback_is_made_while_the_office_is_closed(app, client, new_phone, twilio_api):
    app.config["OFFICE_HOURS"] = OPEN_ALL_WEEK
    hans = add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    first = new_phone(dial_outcome=None)
    describe_and_wait(first, "de")
    first.press("1")
    first.press("1")
    second = new_phone(dial_outcome=None, caller="+33698765432")
    describe_and_wait(second, "de")
    tomorrow = (datetime.now(ZoneInfo(app.config["OFFICE_TIMEZONE"])).weekday() + 1) % 7
    app.config["OFFICE_HOURS"] = (
        f"{('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')[tomorrow]} 08:30-17:00"
    )
    set_free(app, hans)
    second.keep_waiting(30)
    assert not twilio_api.new_calls()  # kept for the next opening
    assert queued(app, first.call_sid).state == "callback"
    # The caller on hold is put through meanwhile.
    (update,) = twilio_api.member_updates()
    assert update.path.endswith(f"/Members/{second.call_sid}.json")


def test_callbacks_count_in_the_position_of_the_callers_behind(app, new_phone):
    app.config["OFFICE_HOURS"] = OPEN_ALL_WEEK
    add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    first = new_phone(dial_outcome=None)
    describe_and_wait(first, "de")
    first.press("1")
    first.press("1")
    second = new_phone(dial_outcome=None, caller="+33698765432")
    describe_and_wait(second, "de")
    second.queue_position = 1  # Twilio's count: the callback is no longer in its queue
    heard = second.keep_waiting(30)
    assert "Sie sind an Position 2 in der Warteschlange." in [h.text for h in heard]


def test_a_wrong_number_is_asked_again_and_the_place_is_kept(app, new_phone):
    add_agent(app, "Hans", ["es"], "+34600000001", status="busy")
    caller = new_phone(dial_outcome=None)
    describe_and_wait(caller, "es")
    caller.press("1")
    heard = caller.press("12#")
    assert "Lo siento, ese número de teléfono no es válido." in [h.text for h in heard]
    assert queued(app, caller.call_sid).state == "callback-number"
    caller.press("1")
    assert queued(app, caller.call_sid).state == "callback"


def test_twilio_refusing_the_number_frees_the_agent(app, new_phone, twilio_api):
    app.config["OFFICE_HOURS"] = OPEN_ALL_WEEK
    hans = add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    first = new_phone(dial_outcome=None)
    describe_and_wait(first, "de")
    first.press("1")
    first.press("1")
    second = new_phone(dial_outcome=None, caller="+33698765432")
    describe_and_wait(second, "de")
    twilio_api.new_calls_down = True
    set_free(app, hans)
    second.keep_waiting(30)
    assert len(twilio_api.new_calls()) == 1
    with app.app_context():
        assert get_session().get(Agent, hans).status == "available"
    assert queued(app, first.call_sid).state == "callback"  # tried again at the next turn


def test_the_agent_missing_the_callback_puts_it_back_in_line(app, client, new_phone, twilio_api):
    app.config["OFFICE_HOURS"] = OPEN_ALL_WEEK
    hans = add_agent(app, "Hans", ["fr"], "+33600000001", status="busy")
    first = new_phone(dial_outcome=None)
    describe_and_wait(first, "fr")
    first.press("1")
    first.press("1")
    second = new_phone(dial_outcome=None, caller="+33698765432")
    describe_and_wait(second, "fr")
    set_free(app, hans)
    second.keep_waiting(30)
    (call,) = twilio_api.new_calls()
    line = new_phone(dial_outcome="no-answer")
    line.call_sid = twilio_api_sid(twilio_api, call)
    heard = line.dial(call.form["Url"])
    assert "Désolés, notre conseiller n'a pas pu prendre l'appel." in " ".join(
        h.text for h in heard
    )
    back = queued(app, first.call_sid)
    assert back.state == "callback" and back.callback_number == "+33612345678"
    assert parse_qs(urlsplit(call.form["Url"]).query)["agent"] == [str(hans)]
