"""A caller's loss report meets the item a clerk logs later: a text in their language."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from ivr.accounts import create_user
from ivr.db import get_session
from ivr.line.speech import digits
from ivr.notifications import IN_REQUEST, send_due_messages
from lost_items.items import FoundItemDraft, log_found_item
from lost_items.models import LossReport, MatchStatus, ReportMatch
from lost_items.reports import match_reports, record_loss_report, report_reference
from tests.conftest import today
from tests.test_signature import sign

CALLER = "+34612345678"


@pytest.fixture
def clerk(app) -> dict[str, str]:
    with app.app_context():
        session = get_session()
        _, token = create_user(session, "claire", "clerk")
        session.commit()
    return {"Authorization": f"Bearer {token}"}


def spanish_report_by_phone(new_phone, words: str, lost_days_ago: int = 2):
    phone = new_phone(caller=CALLER)
    phone.dial()
    phone.press("3")  # español
    phone.press("1")
    phone.say(words)
    phone.press("2")  # leave a loss report
    lost_on = today() - timedelta(days=lost_days_ago)
    phone.press(f"{lost_on.day:02d}{lost_on.month:02d}#")
    phone.press("1")  # call me back on this number
    return phone


def log_item(client, clerk, description: str) -> dict:
    body = {
        "description": description,
        "found_on": today().isoformat(),
        "found_at": "Métro ligne 1 - Bastille",
        "language": "fr",
    }
    answer = client.post("/api/found-items", json=body, headers=clerk)
    assert answer.status_code == 201, answer.get_json()
    return answer.get_json()


def matches(app) -> list[ReportMatch]:
    with app.app_context():
        return list(get_session().scalars(select(ReportMatch)))


def test_a_report_left_by_phone_meets_the_item_logged_later_with_a_spanish_text(
    app, client, clerk, new_phone, twilio_api
):
    spanish_report_by_phone(new_phone, "perdí mi cartera negra de cuero en el metro")
    log_item(client, clerk, "Parapluie pliant rouge")  # unrelated: no text
    assert twilio_api.messages() == []
    item = log_item(client, clerk, "Portefeuille en cuir noir avec carte Navigo")

    texts = twilio_api.messages()
    assert len(texts) == 1
    text = texts[0].form
    assert text["To"] == CALLER
    assert text["From"] == app.config["TWILIO_PHONE_NUMBER"]
    assert item["reference"] in text["Body"]
    assert text["Body"].startswith("Objetos perdidos:")
    assert app.config["OFFICE_ADDRESS"] in text["Body"]
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        assert report.status == "matched"
        assert report_reference(report) in text["Body"]


def test_a_report_for_an_id_card_meets_the_wallet_logged_with_one_inside(
    app, client, clerk, new_phone, twilio_api
):
    """Any lost ID card fits any wallet holding one: a clerk checks the name before the
    owner is told, so the match waits for a clerk and no text goes out."""
    spanish_report_by_phone(new_phone, "perdí mi carnet de identidad", lost_days_ago=1)
    log_item(client, clerk, "Portefeuille marron avec carte d'identité")
    (match,) = matches(app)
    assert match.status == MatchStatus.PENDING
    assert twilio_api.messages() == []


def test_the_caller_hears_on_the_phone_that_their_report_has_a_match(app, client, clerk, new_phone):
    first = spanish_report_by_phone(new_phone, "perdí mi cartera negra de cuero")
    log_item(client, clerk, "Portefeuille en cuir noir")
    phone = new_phone(caller=CALLER)
    phone.dial()
    phone.press("3")
    heard = phone.press("4")
    said = " ".join(h.text for h in heard)
    assert "Buenas noticias" in said
    report_number = next(t for t in first.said if "Su número es" in t)
    assert report_number.split("Su número es: ")[1].rstrip(".") in said


def test_a_caller_without_a_report_is_told_so(new_phone):
    phone = new_phone(caller="+33699999999")
    phone.dial()
    phone.press("2")
    heard = phone.press("4")
    assert "We have no loss report for the number you are calling from." in [h.text for h in heard]


def test_a_near_match_waits_for_a_clerk_before_any_text(app, client, clerk, new_phone, twilio_api):
    spanish_report_by_phone(new_phone, "perdí mi cartera negra de cuero")
    log_item(client, clerk, "Portefeuille marron")
    assert twilio_api.messages() == []
    found = matches(app)
    assert [m.status for m in found] == [MatchStatus.PENDING]


def test_an_item_found_before_the_loss_does_not_match(app, client, clerk, new_phone, twilio_api):
    with app.app_context():
        session = get_session()
        record_loss_report(
            session,
            description="black leather wallet",
            language="en",
            lost_on=today(),
            callback_number="+447700900123",
            keep_days=90,
            today=today(),
        )
        session.commit()
    body = {
        "description": "Portefeuille en cuir noir",
        "found_on": (today() - timedelta(days=5)).isoformat(),
        "found_at": "Bus 38",
        "language": "fr",
    }
    assert client.post("/api/found-items", json=body, headers=clerk).status_code == 201
    assert matches(app) == [] and twilio_api.messages() == []


def test_a_caller_who_texts_stop_gets_no_more_messages(app, client, clerk, new_phone, twilio_api):
    spanish_report_by_phone(new_phone, "perdí mi cartera negra de cuero")
    url = "http://localhost/ivr/text"
    params = {
        "From": CALLER,
        "To": app.config["TWILIO_PHONE_NUMBER"],
        "Body": "Stop",
        "MessageSid": "SM1",
    }
    answer = client.post(url, data=params, headers={"X-Twilio-Signature": sign(url, params)})
    assert answer.status_code == 200
    log_item(client, clerk, "Portefeuille en cuir noir")
    assert twilio_api.messages() == []
    assert [m.status for m in matches(app)] == [MatchStatus.NOT_SENT]


def test_a_report_is_recorded_once_however_often_twilio_retries(app, new_phone):
    phone = spanish_report_by_phone(new_phone, "perdí mi mochila azul")
    url, params, _ = next(r for r in reversed(phone.requests) if "callback/choice" in r[0])
    for _ in range(3):
        status, _ = phone.transport(url, params, {"X-Twilio-Signature": sign(url, params)})
        assert status == 200
    with app.app_context():
        assert get_session().scalar(select(func.count()).select_from(LossReport)) == 1


def test_purge_deletes_what_is_due_and_nothing_else(app, runner):
    with app.app_context():
        session = get_session()
        kept = record_loss_report(
            session,
            description="red umbrella",
            language="en",
            lost_on=today(),
            callback_number="+447700900001",
            keep_days=90,
            today=today(),
        )
        expired = record_loss_report(
            session,
            description="blue scarf",
            language="en",
            lost_on=today() - timedelta(days=100),
            callback_number="+447700900002",
            keep_days=90,
            today=today() - timedelta(days=91),
        )
        session.commit()
        kept_id, expired_id = kept.id, expired.id
    first = runner.invoke(args=["purge"])
    assert first.exit_code == 0, first.output
    assert "Deleted 1 expired loss reports" in first.output
    second = runner.invoke(args=["purge"])
    assert "Deleted 0 expired loss reports" in second.output
    with app.app_context():
        session = get_session()
        assert session.get(LossReport, expired_id) is None
        assert session.get(LossReport, kept_id).callback_number == "+447700900001"


def test_the_report_number_read_on_the_phone_is_the_report_reference(app, new_phone):
    phone = spanish_report_by_phone(new_phone, "perdí mi mochila azul")
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        assert digits(report_reference(report)) in " ".join(phone.said)


def queue_a_text(app) -> None:
    """A strong match waiting to be texted, as a clerk's logging leaves it before sending."""
    with app.app_context():
        session = get_session()
        record_loss_report(
            session,
            description="perdí mi cartera negra de cuero en el metro",
            language="es",
            lost_on=today() - timedelta(days=2),
            callback_number=CALLER,
            keep_days=30,
            today=today(),
        )
        description = "Portefeuille en cuir noir avec carte Navigo"
        draft = FoundItemDraft(description, today(), "Métro ligne 1 - Bastille", "fr")
        item = log_found_item(session, draft)
        config = app.config
        strong, weak = config["MATCH_STRONG_SCORE"], config["MATCH_WEAK_SCORE"]
        match_reports(session, item, today=today(), strong=strong, weak=weak)
        session.commit()


def send_texts(app) -> int:
    with app.app_context():
        return send_due_messages(get_session())


def test_two_workers_sending_at_once_text_the_caller_once(app, twilio_api):
    queue_a_text(app)
    twilio_api.message_delay = 0.5  # both workers read the queue before the first send ends
    with ThreadPoolExecutor(max_workers=2) as pool:
        sent = list(pool.map(send_texts, [app, app]))
    assert sorted(sent) == [0, 1]
    assert len(twilio_api.messages()) == 1


def test_a_text_twilio_refuses_stays_queued_and_goes_out_next_time(app, twilio_api):
    queue_a_text(app)
    twilio_api.fail_messages = True
    assert send_texts(app) == 0
    assert [m.status for m in matches(app)] == [MatchStatus.QUEUED.value]
    twilio_api.fail_messages = False
    assert send_texts(app) == 1
    assert [m.status for m in matches(app)] == [MatchStatus.NOTIFIED.value]
    assert len(twilio_api.messages()) == 2  # the refused try, then the text


def test_while_twilio_is_down_one_try_stands_for_all_the_queued_texts(app, twilio_api):
    for _ in range(3):
        queue_a_text(app)
    twilio_api.fail_messages = True
    assert send_texts(app) == 0
    assert len(twilio_api.messages()) == 1  # not one timeout per text
    assert {m.status for m in matches(app)} == {MatchStatus.QUEUED.value}
    twilio_api.fail_messages = False
    assert send_texts(app) == len(matches(app))


def test_a_clerk_logging_an_item_sends_a_few_texts_and_flask_notify_the_rest(
    app, client, clerk, runner, twilio_api
):
    """A backlog (texts queued while Twilio was down) must not hold up the clerk's request."""
    for _ in range(4):
        queue_a_text(app)
    backlog = len(matches(app))
    assert backlog > IN_REQUEST
    twilio_api.fail_messages = True  # still down: the clerk's request tries one, not all
    log_item(client, clerk, "Parapluie rouge")
    assert len(twilio_api.messages()) == 1
    twilio_api.fail_messages = False  # back: the next request sends its share, no more
    log_item(client, clerk, "Parapluie bleu")
    assert len(twilio_api.messages()) == 1 + IN_REQUEST
    result = runner.invoke(args=["notify"])
    assert result.exit_code == 0, result.output
    assert len(twilio_api.messages()) == 1 + backlog
    assert {m.status for m in matches(app)} == {MatchStatus.NOTIFIED.value}


def test_a_text_twilio_refuses_for_good_is_not_tried_again(app, twilio_api):
    queue_a_text(app)
    twilio_api.refuse_messages = True  # an invalid number: retrying cannot help
    assert send_texts(app) == 0
    assert [m.status for m in matches(app)] == [MatchStatus.NOT_SENT.value]
    twilio_api.refuse_messages = False
    assert send_texts(app) == 0
    assert len(twilio_api.messages()) == 1  # the one refused try, never repeated
