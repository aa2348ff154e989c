"""Twilio retries a webhook it got no answer to, and sometimes sends one twice at once: the
same CallSid and step must never write two loss reports nor hold two agents."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from twilio.request_validator import RequestValidator

from ivr.db import get_session
from ivr.line import speech
from ivr.models import Agent, CallState
from lost_items import reports
from lost_items.models import LossReport
from tests.agents import add_agent
from tests.conftest import AUTH_TOKEN, BASE_URL
from tests.test_routing import call_for_agent, dialled

TIMES = 4


def replay(app: Flask, url: str, params: dict[str, str], *, at_once: int = 1) -> list[str]:
    """Send the same signed webhook `at_once` times simultaneously; the TwiML of each answer."""
    signature = RequestValidator(AUTH_TOKEN).compute_signature(url, params)
    start = threading.Barrier(at_once)
    answers: list[str] = [""] * at_once

    def send(slot: int) -> None:
        client = app.test_client()
        start.wait()
        answer = client.post(url, data=params, headers={"X-Twilio-Signature": signature})
        answers[slot] = f"{answer.status_code} {answer.get_data(as_text=True)}"

    threads = [threading.Thread(target=send, args=(slot,)) for slot in range(at_once)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return answers


def reports_of(app: Flask, call_sid: str) -> int:
    with app.app_context():
        return get_session().scalar(
            select(func.count()).select_from(LossReport).where(LossReport.call_sid == call_sid)
        )


def last_request(phone, step: str) -> tuple[str, dict[str, str]]:
    url, params, _ = next(r for r in reversed(phone.requests) if step in r[0])
    return url, params


def leave_a_report(phone) -> None:
    phone.dial()
    phone.press("2")
    phone.press("1")
    phone.say("a red umbrella")
    phone.press("2")  # leave a loss report
    phone.press("2")  # lost yesterday
    phone.press("1")  # call back on this number


def test_every_step_of_a_report_sent_twice_still_writes_one_report(app, phone):
    leave_a_report(phone)
    for url, params, _ in list(phone.requests):
        again = replay(app, url, params)[0]
        assert again.startswith("200 "), again
    assert reports_of(app, phone.call_sid) == 1
    assert "Your loss report is recorded" in " ".join(phone.said)


def test_the_last_step_sent_several_times_at_once_writes_one_report(app, phone):
    leave_a_report(phone)
    url, params = last_request(phone, "/ivr/report/callback/choice")
    with app.app_context():  # as if the first attempt had never reached the database
        session = get_session()
        session.query(LossReport).delete()
        session.commit()
    answers = replay(app, url, params, at_once=TIMES)
    assert all(answer.startswith("200 ") and "<Redirect" in answer for answer in answers), answers
    assert reports_of(app, phone.call_sid) == 1
    for answer in answers:  # every retry leads the caller to the same confirmation
        assert "/ivr/report/done" in answer
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        reference = reports.report_reference(report)
    url, params = last_request(phone, "/ivr/report/done")
    confirmation = replay(app, url, params)[0]  # the confirmation reads the one report
    assert speech.digits(reference) in confirmation, confirmation


def test_the_first_step_of_a_call_sent_twice_at_once_answers_both(app, client):
    url = BASE_URL + "/ivr/menu?lang=de&welcome=1"
    params = {"CallSid": "CA" + "e" * 32, "From": "+33612345678"}
    answers = replay(app, url, params, at_once=TIMES)
    assert all(answer.startswith("200 ") and "<Gather" in answer for answer in answers), answers
    with app.app_context():
        assert get_session().get(CallState, params["CallSid"]).language == "de"


def test_the_database_refuses_a_second_report_for_the_same_call(app):
    with app.app_context():
        session = get_session()
        for _ in range(2):
            session.add(
                LossReport(
                    description="umbrella",
                    language="en",
                    colors="",
                    call_sid="CA" + "f" * 32,
                    expires_on=date(2030, 1, 1),
                )
            )
        with pytest.raises(IntegrityError):
            session.commit()


def agents_busy_with(app: Flask, call_sid: str) -> list[str]:
    with app.app_context():
        return list(
            get_session().scalars(select(Agent.name).where(Agent.current_call_sid == call_sid))
        )


def test_a_retried_agent_step_rings_the_same_agent_again(app, new_phone):
    add_agent(app, "Hans", ["de"], "+49151000001")
    add_agent(app, "Greta", ["de"], "+49151000002")
    phone = new_phone(dial_outcome=None)
    first = dialled(call_for_agent(phone, "4"))
    url, params = last_request(phone, "/ivr/agent")
    for _ in range(2):
        again = replay(app, url, params)[0]
        assert first[0] in again
    assert agents_busy_with(app, phone.call_sid) == ["Hans"]
    with app.app_context():
        greta = get_session().scalar(select(Agent).where(Agent.name == "Greta"))
        assert greta.status == "available"


def test_the_agent_step_sent_several_times_at_once_holds_one_agent(app, new_phone):
    for number in range(TIMES):
        add_agent(app, f"Agent {number}", ["de"], f"+4915100000{number}")
    phone = new_phone(dial_outcome=None)
    phone.dial()
    phone.press("4")
    url = BASE_URL + "/ivr/agent?lang=de"
    params = {"CallSid": phone.call_sid, "From": phone.caller}
    answers = replay(app, url, params, at_once=TIMES)
    assert all(answer.startswith("200 ") and "<Dial" in answer for answer in answers), answers
    assert len(agents_busy_with(app, phone.call_sid)) == 1
    numbers = {answer.split("<Number>")[1].split("</Number>")[0] for answer in answers}
    assert len(numbers) == 1  # every answer rings the one agent held


def test_a_retried_dial_result_does_not_free_an_agent_twice(app, new_phone):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    phone = new_phone(dial_outcome=None)
    call_for_agent(phone, "4")
    phone.end_dial("no-answer")
    url, params = last_request(phone, "/ivr/agent/dialed")
    replay(app, url, params)
    with app.app_context():
        assert get_session().get(Agent, hans).missed_in_a_row == 1
