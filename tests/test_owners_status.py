"""/declare/status through HTTP: an owner finds their report with its number and the phone
number or e-mail address they gave, reads its state in their language, adds details,
withdraws it; a wrong pair says nothing about whether the report exists."""

from __future__ import annotations

import re
import time

import pytest

from ivr.db import get_session
from lost_items import reports
from lost_items.models import LossReport, MatchStatus, ReportMatch
from tests.owners import LANGUAGES, WORDS, declare
from tests.web import add_item, days_ago, seen, token_in

REFERENCE = re.compile(r'id="reference">(\d{3} \d{3} \d{3})<')


def spaced(reference: str) -> str:
    return " ".join(reference[i : i + 3] for i in range(0, len(reference), 3))


def declared(client, language: str = "en", **changes: str) -> str:
    answer = declare(client, language, **changes)
    return REFERENCE.search(answer.get_data(as_text=True)).group(1)


def look_up(client, reference: str, contact: str, language: str = "en"):
    token = token_in(client.get(f"/declare/status?lang={language}").get_data(as_text=True))
    return client.post(
        "/declare/status",
        data={"csrf_token": token, "reference": reference, "contact": contact},
        follow_redirects=True,
    )


def report_of(app, reference: str) -> LossReport:
    with app.app_context():
        report = reports.get_loss_report(get_session(), reference)
        get_session().expunge(report)
        return report


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_owner_finds_an_open_report_by_number_and_phone(client, language):
    reference = declared(client, language)
    owner = client.application.test_client()  # another browser, days later
    answer = look_up(owner, reference, "+33 6 12 34 56 78", language)
    assert answer.status_code == 200
    assert WORDS[language]["open"] in seen(answer)
    assert 'data-state="open"' in answer.get_data(as_text=True)


def test_the_email_given_finds_it_too_whatever_its_case(client):
    reference = declared(client, "fr", email="Owner@Example.org")
    answer = look_up(client.application.test_client(), reference, "owner@example.ORG", "fr")
    assert WORDS["fr"]["open"] in seen(answer)


def test_a_wrong_pair_tells_nothing_about_whether_the_report_exists(client):
    reference = declared(client, "en")
    owner = client.application.test_client()
    answers = []
    for ref, contact in [
        (reference, "+33 6 99 99 99 99"),  # the report exists, not with this number
        ("500 009 990", "+33 6 12 34 56 78"),  # no such report
        (reference, "someone@example.org"),
    ]:
        started = time.perf_counter()
        answer = look_up(owner, ref, contact)
        answers.append((answer.status_code, seen(answer), time.perf_counter() - started))
    assert {status for status, _text, _s in answers} == {404}
    assert len({text for _status, text, _s in answers}) == 1
    assert WORDS["en"]["not_found"] in answers[0][1]
    assert max(s for *_, s in answers) < 1.0
    assert owner.get("/declare/status/report").status_code == 302  # nothing was opened


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_strong_match_shows_where_and_when_to_collect(app, client, language):
    reference = declared(client, language)
    item = add_item(app, "portefeuille en cuir noir", found_on=days_ago(0))
    with app.app_context():
        session = get_session()
        report = reports.get_loss_report(session, reference)
        from lost_items.items import get_found_item

        found = get_found_item(session, item)
        session.add(
            ReportMatch(
                report_id=report.id, item_id=found.id, score=0.9, status=MatchStatus.NOTIFIED.value
            )
        )
        session.commit()
    answer = look_up(client, reference, "0612345678", language)
    text = seen(answer)
    assert WORDS[language]["found"] in text
    assert spaced(item) in text and app.config["OFFICE_ADDRESS"] in text


def test_a_weaker_match_waits_for_a_clerk(app, client):
    reference = declared(client, "de")
    item = add_item(app, "portefeuille en cuir noir", found_on=days_ago(0))
    with app.app_context():
        session = get_session()
        from lost_items.items import get_found_item

        report = reports.get_loss_report(session, reference)
        found = get_found_item(session, item)
        session.add(ReportMatch(report_id=report.id, item_id=found.id, score=0.5, status="pending"))
        session.commit()
    answer = look_up(client, reference, "06 12 34 56 78", "de")
    assert WORDS["de"]["waiting"] in seen(answer)
    assert spaced(item) not in seen(answer)  # no reference to collect before a clerk confirms


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_owner_adds_details_and_withdraws(app, client, language):
    reference = declared(client, language)
    page = look_up(client, reference, "06 12 34 56 78", language).get_data(as_text=True)
    added = client.post(
        "/declare/status/details",
        data={"csrf_token": token_in(page), "details": "avec une carte Navigo au nom d’Inès"},
    )
    assert added.status_code == 200 and WORDS[language]["added"] in seen(added)
    assert "carte Navigo au nom d’Inès" in report_of(app, reference).description
    empty = client.post(
        "/declare/status/details", data={"csrf_token": token_in(page), "details": " "}
    )
    assert empty.status_code == 400
    assert 'id="details-error"' in empty.get_data(as_text=True)
    withdrawn = client.post("/declare/status/withdraw", data={"csrf_token": token_in(page)})
    assert WORDS[language]["withdrawn"] in seen(withdrawn)
    assert WORDS[language]["closed"] in seen(withdrawn)
    assert report_of(app, reference).status == "closed"


def test_withdrawing_needs_the_pages_token(app, client):
    reference = declared(client, "en")
    look_up(client, reference, "06 12 34 56 78")
    assert client.post("/declare/status/withdraw", data={}).status_code == 400
    assert report_of(app, reference).status == "open"


def test_bad_input_on_the_look_up_is_named(client):
    answer = look_up(client, "", "", "es")
    assert answer.status_code == 400
    assert "Número de denuncia: campo obligatorio" in seen(answer)
