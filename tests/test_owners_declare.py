"""/declare through HTTP: an owner declares a loss in their language, gets its number, and
bad input comes back named in their language with nothing lost; CSRF, honeypot, the limit
per address; clerks see the report in their lists, marked as from the web."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from ivr.db import get_session
from lost_items.items import get_found_item
from lost_items.models import LossReport, ReportMatch
from lost_items.references import RecordType, parse_reference
from tests.owners import LANGUAGES, WALLET, WORDS, declaration, declare
from tests.web import add_item, days_ago, logged_in, seen, token_in

REFERENCE = re.compile(r'id="reference">(\d{3} \d{3} \d{3})<')


def stored(app) -> list[LossReport]:
    with app.app_context():
        return list(get_session().scalars(select(LossReport).order_by(LossReport.id)))


def count(app) -> int:
    with app.app_context():
        return get_session().scalar(select(func.count()).select_from(LossReport))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_speaks_the_browsers_language(client, language):
    page = client.get("/declare", headers={"Accept-Language": f"{language};q=0.9"})
    assert page.status_code == 200
    assert f'<html lang="{language}">' in page.get_data(as_text=True)
    assert WORDS[language]["heading"] in seen(page)


def test_lang_in_the_link_wins_and_the_switch_offers_the_four(client):
    page = client.get("/declare?lang=es", headers={"Accept-Language": "de"})
    text = page.get_data(as_text=True)
    assert WORDS["es"]["heading"] in seen(page)
    for code in LANGUAGES:
        assert f'href="/declare?lang={code}"' in text
    # the choice is kept for the visit
    assert WORDS["es"]["heading"] in seen(client.get("/declare", headers={"Accept-Language": "de"}))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_declaration_gets_a_report_number_and_what_happens_next(app, client, language):
    answer = declare(client, language, email="owner@example.org")
    assert answer.status_code == 200
    assert WORDS[language]["declared"] in seen(answer)
    shown = REFERENCE.search(answer.get_data(as_text=True)).group(1)
    record_type, report_id = parse_reference(shown)
    [report] = stored(app)
    assert (record_type, report_id) == (RecordType.LOSS_REPORT, report.id)  # the phone's numbering
    assert (report.source, report.language) == ("web", language)
    assert report.callback_number == "+33612345678"
    assert report.email == "owner@example.org"
    assert (report.kind, report.colors) == ("kind:wallet", "color:black")
    assert "+33 6 12 34 56 78" in seen(answer)


@pytest.mark.parametrize(
    ("language", "typed", "e164"),
    [
        ("en", "07911 123456", "+447911123456"),
        ("de", "06 12 34 56 78", "+33612345678"),  # a French mobile, not a German landline
        ("de", "0151 23456789", "+4915123456789"),
        ("es", "612 34 56 78", "+34612345678"),
        ("fr", "+49 151 23456789", "+4915123456789"),
    ],
)
def test_numbers_in_the_four_countries_formats(app, client, language, typed, e164):
    assert declare(client, language, phone=typed).status_code == 200
    assert stored(app)[0].callback_number == e164


@pytest.mark.parametrize("language", LANGUAGES)
def test_bad_input_is_named_in_the_owners_language_and_nothing_typed_is_lost(app, client, language):
    future = "2999-01-01"
    answer = declare(
        client,
        language,
        description="",
        phone="12",
        consent=None,
        lost_on=future,
        lost_at="Gare de Lyon, hall 2",
    )
    assert answer.status_code == 400
    text, words = seen(answer), WORDS[language]
    for problem in ("required", "bad_phone", "consent", "future"):
        assert words[problem] in text
    page = answer.get_data(as_text=True)
    assert 'value="Gare de Lyon, hall 2"' in page and 'value="12"' in page
    assert f'value="{future}"' in page
    # the first field with a problem has the focus, and each problem is tied to its field
    assert re.search(r'<textarea id="description"[^>]*autofocus', page, re.S)
    assert re.search(r'id="phone"[^>]*aria-describedby="phone-hint phone-error"', page, re.S)
    assert 'id="phone-error"' in page
    assert count(app) == 0


def test_a_form_without_its_token_is_refused_and_stores_nothing(app, client):
    client.get("/declare?lang=fr")
    answer = client.post("/declare", data=declaration())
    assert answer.status_code == 400
    assert "La page avait expiré" in seen(answer)
    assert count(app) == 0


def test_a_filled_honeypot_stores_nothing(app, client):
    answer = declare(client, "en", website="http://spam.example")
    assert answer.status_code == 400
    assert "This form could not be accepted." in seen(answer)
    assert count(app) == 0


def test_an_address_declares_a_few_times_an_hour(app, client):
    app.config["DECLARE_PER_HOUR"] = 2
    assert declare(client, "de").status_code == 200
    assert declare(client, "de").status_code == 200
    third = declare(client, "de")
    assert third.status_code == 429
    assert WORDS["de"]["too_many"] in seen(third)
    assert '<body class="owners">' in third.get_data(as_text=True)  # not the staff's layout
    assert count(app) == 2
    other = app.test_client()  # another address is not held up
    token = token_in(other.get("/declare?lang=en").get_data(as_text=True))
    answer = other.post(
        "/declare",
        data={"csrf_token": token, **declaration()},
        environ_base={"REMOTE_ADDR": "192.0.2.7"},
    )
    assert answer.status_code == 200


def test_clerks_see_web_reports_in_their_lists_marked_as_such(app, client):
    declare(client, "es")
    clerk = logged_in(app, "clerk", "maria")
    listing = seen(clerk.get("/clerks/reports"))
    assert WALLET["es"] in listing and WORDS["en"]["web"] in listing
    report = stored(app)[0]
    from lost_items.reports import report_reference

    page = seen(clerk.get(f"/clerks/reports/{report_reference(report)}"))
    assert WORDS["en"]["web"] in page

    item = add_item(app, "Portefeuille noir", found_on=days_ago(0))  # a match to confirm
    with app.app_context():
        session = get_session()
        found = get_found_item(session, item)
        session.add(ReportMatch(report_id=report.id, item_id=found.id, score=50, status="pending"))
        session.commit()
    assert WORDS["en"]["web"] in seen(clerk.get("/clerks/matches"))
    assert WORDS["en"]["web"] in seen(clerk.get(f"/clerks/items/{item}"))


@pytest.mark.parametrize(
    "changes",
    [
        {"lost_on": "not a date"},
        {"phone": "1" * 40},
        {"email": "x" * 300 + "@example.org"},
        {"email": "not an address"},
        {"description": "x" * 5000},
        {"lost_at": "\x00" * 10},
        {"consent": "maybe", "phone": "+33 6 12 34 56 78 ext. 99999999999"},
    ],
)
def test_hostile_input_gets_the_form_again_never_a_500(app, client, changes):
    answer = declare(client, "es", **changes)
    assert answer.status_code == 400
    assert 'class="field-error"' in answer.get_data(as_text=True)
    assert "characters" not in seen(answer)  # the problems are named in Spanish
    assert count(app) == 0
