"""Loss reports taken on the clerks' pages, through HTTP: the form, the list, a report's page."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from ivr.db import get_session
from lost_items.models import LossReport
from lost_items.reports import record_loss_report, report_reference
from tests.web import add_item, days_ago, logged_in, post_form, seen


@pytest.fixture
def clerk(app):
    return logged_in(app, "clerk", "maria")


def report_form(**changes: str) -> dict[str, str]:
    form = {
        "description": "black leather wallet with my Navigo pass",
        "language": "en",
        "lost_on": days_ago(2).isoformat(),
        "lost_at": "Métro ligne 4",
        "callback_number": "06 12 34 56 78",
    }
    form.update(changes)
    return form


def take_report(clerk, **changes: str):
    return post_form(clerk, "/clerks/reports", report_form(**changes))


def stored_report(app, *, language: str = "en", status: str = "open", expired: bool = False) -> str:
    """A report straight through the domain; returns its reference."""
    with app.app_context():
        session = get_session()
        report = record_loss_report(
            session,
            description=f"{language} umbrella",
            language=language,
            lost_on=None,
            callback_number="+447700900123",
            keep_days=90,
            today=days_ago(100 if expired else 0),
        )
        report.status = status
        session.commit()
        return report_reference(report)


def count_reports(app) -> int:
    with app.app_context():
        return get_session().scalar(select(func.count()).select_from(LossReport))


def test_the_form_is_ready_for_typing_and_says_what_the_number_is_for(clerk):
    page = clerk.get("/clerks/reports/new").get_data(as_text=True)
    assert re.search(r'<input id="description"[^>]*autofocus', page, re.S)
    fields = re.findall(r'<(?:input|select)\b[^>]*?\bid="(\w+)"', page)
    assert fields == ["description", "language", "lost_on", "lost_at", "callback_number"]
    notice = seen(clerk.get("/clerks/reports/new"))
    assert "we use this number only to tell them, by text message" in notice
    assert "We keep it with the report for 90 days" in notice


def test_the_notice_follows_the_configured_retention(app, clerk):
    app.config["REPORT_RETENTION_DAYS"] = 45
    assert "for 45 days" in seen(clerk.get("/clerks/reports/new"))


def test_a_clerk_takes_a_report_and_sees_its_reference(app, clerk):
    answer = take_report(clerk)
    assert answer.status_code == 302
    page = seen(clerk.get(answer.headers["Location"]))
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        reference = report_reference(report)
        assert report.callback_number == "+33612345678"  # national form, read as the line does
        assert (report.language, report.lost_at) == ("en", "Métro ligne 4")
        assert report.expires_on == days_ago(-90)
    assert answer.headers["Location"].endswith(f"/clerks/reports/{reference}")
    assert f"Loss report {reference} recorded: give this reference to the owner." in page
    assert "Status: open" in page
    assert "Callback number +33 6 12 34 56 78" in page


def test_a_new_report_shows_the_items_already_in_storage_that_may_be_it(app, clerk):
    wallet = add_item(app, "Portefeuille en cuir noir", found_on=days_ago(1))
    umbrella = add_item(app, "Parapluie rouge", found_on=days_ago(1))
    answer = take_report(clerk)
    page = clerk.get(answer.headers["Location"]).get_data(as_text=True)
    candidates = page.split('id="candidates"')[1]
    assert f"/clerks/items/{wallet}" in candidates
    assert f"/clerks/items/{umbrella}" not in candidates


def test_a_report_taken_at_the_counter_gets_its_text_when_the_item_is_logged(
    app, clerk, twilio_api
):
    take_report(clerk, description="perdí mi cartera negra de cuero en el metro", language="es")
    entry = {
        "description": "Portefeuille en cuir noir avec carte Navigo",
        "language": "fr",
        "value_band": "low",
        "found_on": days_ago(1).isoformat(),
        "found_at": "Métro ligne 1 - Bastille",
    }
    assert post_form(clerk, "/clerks/items", entry).status_code == 302
    texts = twilio_api.messages()
    assert len(texts) == 1
    assert texts[0].form["To"] == "+33612345678"
    assert texts[0].form["Body"].startswith("Objetos perdidos:")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"description": " "}, "Description is required"),
        ({"description": "x" * 2001}, "Description must be at most 2000 characters"),
        ({"language": "xx"}, "Language must be one of: de, en, es, fr"),
        ({"lost_on": days_ago(-1).isoformat()}, "Date lost must not be in the future"),
        ({"lost_on": "24/11/2026"}, "Date lost must be a date as YYYY-MM-DD"),
        ({"lost_at": "y" * 201}, "Place lost must be at most 200 characters"),
        ({"callback_number": "12"}, "Callback number is not a phone number we can text"),
        ({"callback_number": "call me"}, "Callback number is not a phone number we can text"),
        ({"callback_number": "9" * 40}, "Callback number must be at most 32 characters"),
    ],
)
def test_mistakes_are_shown_next_to_the_field_and_nothing_is_lost(app, clerk, changes, message):
    answer = take_report(clerk, **changes)
    assert answer.status_code == 400
    assert "Please correct this:" in seen(answer)
    assert message in seen(answer)
    html = answer.get_data(as_text=True)
    assert 'aria-invalid="true"' in html
    typed = report_form(**changes)
    for field in ("description", "lost_on", "lost_at", "callback_number"):
        assert f'name="{field}"' in html
        assert f'value="{escape(typed[field].strip())}"' in html, f"{field} typed was lost"
    assert count_reports(app) == 0


def test_the_date_place_and_number_may_be_left_empty(app, clerk):
    answer = take_report(clerk, lost_on="", lost_at="", callback_number="")
    assert answer.status_code == 302
    page = seen(clerk.get(answer.headers["Location"]))
    assert "Lost date not known" in page
    assert "Callback number none given" in page


def test_the_list_shows_active_reports_newest_first_and_filters(app, clerk):
    spanish = stored_report(app, language="es")
    german = stored_report(app, language="de", status="matched")
    closed = stored_report(app, language="es", status="closed")
    expired = stored_report(app, language="es", expired=True)

    def listed(query: str = "") -> list[str]:
        page = clerk.get(f"/clerks/reports{query}").get_data(as_text=True)
        return re.findall(r'href="/clerks/reports/(\d{9})"', page)

    assert listed() == [german, spanish]
    assert listed("?language=es") == [spanish]
    assert listed("?status=matched") == [german]
    assert listed("?status=closed") == [closed]
    assert expired not in listed("?status=all")
    assert "2 reports" in seen(clerk.get("/clerks/reports"))


@pytest.mark.parametrize("query", ["?status=lost", "?language=klingon"])
def test_a_bad_filter_is_explained(clerk, query):
    answer = clerk.get(f"/clerks/reports{query}")
    assert answer.status_code == 400
    assert "must be one of the choices in the list" in seen(answer)


def test_closing_a_report_hides_it_and_starts_the_numbers_grace_period(app, clerk):
    reference = stored_report(app)
    answer = post_form(clerk, f"/clerks/reports/{reference}/close", {})
    assert answer.status_code == 302
    page = seen(clerk.get(answer.headers["Location"]))
    assert "Report closed. Its callback number will be erased in 30 days." in page
    assert "Status: closed" in page
    assert "Close the report" not in page
    again = post_form(clerk, f"/clerks/reports/{reference}/close", {}, follow_redirects=True)
    assert "This report was already closed: nothing was changed." in seen(again)
    assert reference not in clerk.get("/clerks/reports").get_data(as_text=True)


@pytest.mark.parametrize("reference", ["500000999", "100000014", "abc", "9" * 300])
def test_an_unknown_report_is_a_clear_404(clerk, reference):
    answer = clerk.get(f"/clerks/reports/{reference}")
    assert answer.status_code == 404
    assert "No loss report has the reference" in seen(answer)
    assert post_form(clerk, f"/clerks/reports/{reference}/close", {}).status_code == 404


PAGES = ["/clerks/reports/new", "/clerks/reports", "/clerks/matches"]


@pytest.mark.parametrize("url", PAGES)
def test_only_clerks_and_admins_see_the_pages(app, url):
    assert logged_in(app, "admin", "ada").get(url).status_code == 200
    assert logged_in(app, "agent", "hans").get(url).status_code == 403
    anonymous = app.test_client().get(url)
    assert anonymous.status_code == 302
    assert "/login" in anonymous.headers["Location"]


def test_agents_may_not_take_or_close_reports(app):
    reference = stored_report(app)
    agent = logged_in(app, "agent", "hans")
    assert post_form(agent, "/clerks/reports", report_form()).status_code == 403
    assert post_form(agent, f"/clerks/reports/{reference}/close", {}).status_code == 403
    assert count_reports(app) == 1


def test_a_form_without_its_csrf_token_is_refused(app, clerk):
    reference = stored_report(app)
    assert clerk.post("/clerks/reports", data=report_form()).status_code == 400
    refused = clerk.post(f"/clerks/reports/{reference}/close")
    assert refused.status_code == 400
    assert "This form has expired" in seen(refused)
    assert count_reports(app) == 1
