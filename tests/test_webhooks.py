"""Calls through the HTTP interface, in all four languages, signed and followed as Twilio does."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from ivr.db import get_session
from ivr.line.speech import digits
from lost_items.items import FoundItemDraft, log_found_item, reference_of
from lost_items.models import LossReport
from lost_items.vocabulary import load_vocabulary
from tests.agents import skip_describing
from tests.conftest import today

LANGUAGES = {
    # code: (menu digit, locale, what the caller says, an item a clerk logged in French)
    "fr": ("1", "fr-FR", "euh j'ai perdu mon portefeuille noir dans le métro", "wallet"),
    "en": ("2", "en-GB", "I lost my black wallet on the metro", "wallet"),
    "es": ("3", "es-ES", "perdí mi cartera negra en el metro", "wallet"),
    "de": ("4", "de-DE", "ich habe meine schwarze Brieftasche in der U-Bahn verloren", "wallet"),
}


def log_item(app, description: str, days_ago: int = 0, place: str = "Métro ligne 4 - Châtelet"):
    with app.app_context():
        session = get_session()
        item = log_found_item(
            session,
            FoundItemDraft(
                description=description,
                found_on=today() - timedelta(days=days_ago),
                found_at=place,
                language="fr",
            ),
        )
        session.commit()
        return reference_of(item), item.kind


def count_reports(app) -> int:
    with app.app_context():
        return get_session().scalar(select(func.count()).select_from(LossReport))


def assert_all_in(phone, locale: str, heard) -> None:
    spoken = [h for h in heard if h.verb == "say"]
    assert spoken, "the line said nothing"
    assert {h.language for h in spoken} == {locale}, [h.text for h in spoken]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_caller_finds_their_item_in_their_language(app, phone, lang):
    digit, locale, words, _ = LANGUAGES[lang]
    reference, kind = log_item(app, "Portefeuille en cuir noir, carte Navigo")
    log_item(app, "Parapluie pliant rouge")

    offers = phone.dial()
    assert len([h for h in offers if h.verb == "say"]) == 4
    assert {h.language for h in offers if h.verb == "say"} == {"fr-FR", "en-GB", "es-ES", "de-DE"}

    assert_all_in(phone, locale, phone.press(digit))
    assert_all_in(phone, locale, phone.press("1"))
    assert phone.gather.language == locale
    assert "speech" in phone.gather.inputs and phone.gather.hints
    heard = phone.say(words)
    assert_all_in(phone, locale, heard)
    text = " ".join(h.text for h in heard)
    assert digits(reference) in text
    assert load_vocabulary().say(kind, lang) in text
    assert "Navigo" not in text  # details that would let a stranger claim it are never read


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_found_offers_a_loss_report_that_is_recorded(app, phone, lang):
    digit, locale, words, _ = LANGUAGES[lang]
    phone.dial()
    phone.press(digit)
    phone.press("1")
    heard = phone.say(words)
    assert_all_in(phone, locale, heard)
    assert phone.gather is not None

    phone.press("2")  # leave a loss report
    phone.press("2")  # lost yesterday
    heard = phone.press("1")  # call back on this number
    assert_all_in(phone, locale, heard)
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        assert report.callback_number == phone.caller
        assert report.language == lang
        assert report.lost_on == today() - timedelta(days=1)
        assert report.description == words
        from lost_items.reports import report_reference

        assert digits(report_reference(report)) in " ".join(h.text for h in heard)


def test_a_retried_webhook_does_not_record_the_report_twice(app, phone):
    phone.dial()
    phone.press("2")
    phone.press("1")
    phone.say("a red umbrella")
    phone.press("2")
    phone.press("1")
    url, params, _ = None, None, None
    phone.press("1")
    # Twilio retries the last webhook (same CallSid, same step): still one report.
    url, params, _ = next(r for r in reversed(phone.requests) if "callback/choice" in r[0])
    from twilio.request_validator import RequestValidator

    signature = RequestValidator(phone.auth_token).compute_signature(url, params)
    status, _ = phone.transport(url, params, {"X-Twilio-Signature": signature})
    assert status == 200
    assert count_reports(app) == 1


def test_the_date_lost_can_be_keyed_as_day_and_month(app, phone):
    phone.dial()
    phone.press("2")
    phone.press("1")
    phone.say("a blue backpack")
    phone.press("2")
    day = today() - timedelta(days=3)
    phone.press(f"{day.day:02d}{day.month:02d}#")
    phone.press("0612345678#")
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        assert report.lost_on == day
        assert report.callback_number == "+33612345678"


@pytest.mark.parametrize("keys", ["3113#", "9999#", "12#"])
def test_an_impossible_date_is_asked_again(app, phone, keys):
    phone.dial()
    phone.press("2")
    phone.press("1")
    phone.say("a blue backpack")
    phone.press("2")
    heard = phone.press(keys)
    assert "Sorry, that is not a valid date." in [h.text for h in heard]
    assert phone.gather is not None and "report/date/choice" in phone.gather.action


def test_a_caller_who_cannot_key_the_date_still_leaves_the_report(app, phone):
    phone.dial()
    phone.press("2")
    phone.press("1")
    phone.say("a blue backpack")
    phone.press("2")
    phone.press("9999#")
    phone.stay_silent()
    heard = phone.press("3113#")
    said = [h.text for h in heard if h.verb == "say"]
    assert "Never mind: we will record your report without the date." in said
    assert "I will try to put you through to an agent." not in said
    assert phone.gather is not None and "callback/choice" in phone.gather.action
    phone.press("0612345678#")
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        assert report.lost_on is None and report.callback_number == "+33612345678"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_language_can_be_chosen_by_saying_its_name(phone, lang):
    from ivr.config import PROJECT_ROOT
    from ivr.line.prompts import load_catalogue

    name = load_catalogue(PROJECT_ROOT / "prompts", lang).name
    phone.dial()
    heard = phone.say(name)
    assert_all_in(phone, LANGUAGES[lang][1], heard)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wrong_keys_and_silence_are_asked_again_then_an_agent_is_offered(phone, lang, busy_agents):
    digit, locale, _, _ = LANGUAGES[lang]
    phone.dial()
    phone.press(digit)
    first = phone.press("7")
    assert_all_in(phone, locale, first)
    assert "menu/choice" in phone.gather.action
    second = phone.stay_silent()
    assert_all_in(phone, locale, second)
    third = phone.press("8")
    third += skip_describing(phone)
    # After three failed tries the caller waits for an agent who speaks their language.
    assert_all_in(phone, locale, third)
    assert [h.text for h in third if h.verb == "enqueue"] == [f"lost-property-{lang}"]
    assert not phone.ended


def test_with_no_agent_on_shift_a_caller_out_of_tries_hears_why_and_the_options_in_order(phone):
    phone.dial()
    phone.press("2")
    phone.press("7")
    phone.press("7")
    heard = phone.press("7")
    said = [h.text for h in heard if h.verb == "say"]
    tried, unavailable = (
        "I will try to put you through to an agent.",
        "Sorry, we cannot put you through to an agent right now.",
    )
    assert said.index(tried) < said.index(unavailable)
    offers = said[said.index(unavailable) + 1 :]
    assert offers == ["To go back to the main menu, press 1.", "To leave a loss report, press 2."]
    for _ in range(2):
        phone.press("7")
    last = [h.text for h in phone.press("7") if h.verb == "say"]
    assert phone.ended and last[-1] == "Thank you for calling. Goodbye." and tried not in last


def test_a_silent_caller_ends_up_waiting_for_an_agent_not_in_an_endless_menu(phone, busy_agents):
    phone.dial()
    phone.press("2")
    for _ in range(4):  # three menus, then what they lost before they wait
        phone.stay_silent()
    assert phone.queue is not None and phone.queue.name == "lost-property-en"
    assert not [h for h in phone.heard if h.verb == "error"]


def test_a_caller_who_never_picks_a_language_hears_goodbye_in_every_language(phone):
    phone.dial()
    phone.press("7")
    phone.stay_silent()
    heard = phone.say("blah blah")
    assert phone.ended
    assert {h.language for h in heard if h.verb == "say"} == {"fr-FR", "en-GB", "es-ES", "de-DE"}


@pytest.mark.parametrize("junk", ["uh", "hmm okay yes", "zzz qqq"])
def test_junk_speech_is_asked_again(phone, junk):
    phone.dial()
    phone.press("2")
    phone.press("1")
    heard = phone.say(junk)
    assert "Sorry, I didn't catch what the item is." in [h.text for h in heard]
    assert "describe/heard" in phone.gather.action


def test_zero_reaches_an_agent_from_the_description_question(phone, busy_agents):
    phone.dial()
    phone.press("3")
    phone.press("1")
    heard = phone.press("0")
    heard += skip_describing(phone)
    assert [h.text for h in heard if h.verb == "enqueue"] == ["lost-property-es"]
    assert "Todos nuestros agentes están ocupados." in " ".join(h.text for h in heard)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reference_gives_status_and_how_to_collect(app, phone, lang):
    digit, locale, _, _ = LANGUAGES[lang]
    reference, _ = log_item(app, "Parapluie pliant noir")
    phone.dial()
    phone.press(digit)
    phone.press("2")
    heard = phone.press(reference + "#")
    assert_all_in(phone, locale, heard)
    text = " ".join(h.text for h in heard)
    assert digits(reference) in text
    assert "36, rue des Morillons" in text
    assert any(char.isdigit() for char in text.split("Morillons")[1])  # opening hours


def test_a_mistyped_reference_is_caught_and_asked_again(app, phone):
    reference, _ = log_item(app, "Parapluie pliant noir")
    typo = reference[:3] + str((int(reference[3]) + 1) % 10) + reference[4:]
    phone.dial()
    phone.press("2")
    phone.press("2")
    heard = phone.press(typo + "#")
    assert f"Sorry, {digits(typo)} is not a valid reference number." in " ".join(
        h.text for h in heard
    )
    assert "reference/heard" in phone.gather.action
    heard = phone.press(reference + "#")
    assert "is waiting for you at our office" in " ".join(h.text for h in heard)


def test_the_line_never_answers_with_an_error_when_the_database_is_gone(_schema, tmp_path):
    from ivr.line.phone import Phone
    from tests.conftest import AUTH_TOKEN, BASE_URL, flask_transport, make_app

    broken = make_app("postgresql+psycopg://nobody@127.0.0.1:1/none")
    phone = Phone(BASE_URL, AUTH_TOKEN, transport=flask_transport(broken.test_client()))
    phone.dial()
    heard = phone.press("2")
    assert not [h for h in phone.heard if h.verb == "error"]
    assert "Sorry, we have a technical problem" in " ".join(h.text for h in heard)
    assert phone.ended
