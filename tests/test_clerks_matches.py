"""Matches between loss reports and items, through HTTP: possible owners, and weaker matches
that wait for a clerk's verdict before any text goes out."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from ivr.db import get_session
from lost_items.models import MatchStatus, ReportMatch, ReportStatus
from lost_items.reports import record_loss_report, report_reference
from tests.web import days_ago, logged_in, post_form, seen, shown_day

CALLER = "+34612345678"


@pytest.fixture
def clerk(app):
    return logged_in(app, "clerk", "maria")


def spanish_report(app, *, number: str | None = CALLER, status: str = "open") -> str:
    with app.app_context():
        session = get_session()
        report = record_loss_report(
            session,
            description="perdí mi cartera negra de cuero",
            language="es",
            lost_on=days_ago(2),
            callback_number=number,
            keep_days=90,
            today=days_ago(2),
        )
        report.status = status
        session.commit()
        return report_reference(report)


def log_item(clerk, description: str) -> str:
    """Log an item on the entry form, as a clerk does (so it is matched); its reference."""
    entry = {
        "description": description,
        "language": "fr",
        "value_band": "low",
        "found_on": days_ago(0).isoformat(),
        "found_at": "Métro ligne 1 - Bastille",
    }
    answer = post_form(clerk, "/clerks/items", entry)
    assert answer.status_code == 302, seen(answer)
    return answer.headers["Location"].rsplit("logged=", 1)[1]


def match_id(app) -> int:
    with app.app_context():
        return get_session().scalars(select(ReportMatch.id)).one()


def match_status(app) -> tuple[str, str | None]:
    with app.app_context():
        match = get_session().scalars(select(ReportMatch)).one()
        return match.status, match.decided_by


def decide(clerk, app, verdict: str, back: str = "/clerks/matches"):
    url = f"/clerks/matches/{match_id(app)}/{verdict}"
    return post_form(clerk, url, {"next": back}, follow_redirects=True)


def test_a_near_match_waits_on_the_item_page_and_in_the_list(app, clerk, twilio_api):
    report = spanish_report(app)
    item = log_item(clerk, "Portefeuille marron")
    assert twilio_api.messages() == []
    page = clerk.get(f"/clerks/items/{item}").get_data(as_text=True)
    pending = page.split('id="pending-matches"')[1]
    assert f"/clerks/reports/{report}" in pending
    assert f"/clerks/matches/{match_id(app)}/confirm" in pending
    assert f"/clerks/matches/{match_id(app)}/reject" in pending
    assert 'id="possible-owner"' not in page
    listed = seen(clerk.get("/clerks/matches"))
    assert "1 match waiting" in listed
    assert "perdí mi cartera negra de cuero" in listed and "Portefeuille marron" in listed


def test_confirming_sends_one_text_in_the_reports_language(app, clerk, twilio_api):
    report = spanish_report(app)
    item = log_item(clerk, "Portefeuille marron")
    answer = decide(clerk, app, "confirm", back=f"/clerks/items/{item}")
    assert answer.request.path == f"/clerks/items/{item}"
    page = seen(answer)
    assert "Confirmed: the caller has been sent a text message in their language." in page
    texts = twilio_api.messages()
    assert len(texts) == 1
    assert texts[0].form["To"] == CALLER
    assert texts[0].form["Body"].startswith("Objetos perdidos:")
    assert item in texts[0].form["Body"]
    assert match_status(app) == (MatchStatus.NOTIFIED, "maria")
    assert "No match is waiting for a clerk." in seen(clerk.get("/clerks/matches"))

    owner = page.split("Possible owner")[1]
    assert f"Loss report {report[:3]} {report[3:6]} {report[6:]}" in owner
    assert "Language Español" in owner
    assert f"Lost {shown_day(days_ago(2))}" in owner
    assert "Phone +34 ••• •• •• 78" in owner
    assert CALLER not in answer.get_data(as_text=True)


def test_a_strong_match_shows_the_possible_owner_at_once(app, clerk, twilio_api):
    spanish_report(app)
    item = log_item(clerk, "Portefeuille en cuir noir avec carte Navigo")
    assert len(twilio_api.messages()) == 1
    page = seen(clerk.get(f"/clerks/items/{item}"))
    assert "Possible owner" in page
    assert "Match owner texted" in page
    assert "Phone +34 ••• •• •• 78" in page


def test_not_this_one_sets_the_match_aside_without_a_text(app, clerk, twilio_api):
    spanish_report(app)
    item = log_item(clerk, "Portefeuille marron")
    page = seen(decide(clerk, app, "reject"))
    assert "Set aside: the caller will not be told about this item." in page
    assert twilio_api.messages() == []
    assert match_status(app) == (MatchStatus.REJECTED, "maria")
    item_page = clerk.get(f"/clerks/items/{item}").get_data(as_text=True)
    assert "pending-matches" not in item_page and "possible-owner" not in item_page


def test_a_match_is_decided_once_however_often_it_is_posted(app, clerk, twilio_api):
    spanish_report(app)
    log_item(clerk, "Portefeuille marron")
    decide(clerk, app, "confirm")
    again = decide(clerk, app, "reject")
    assert "Nothing was changed: this match was already decided (by another clerk?)" in seen(again)
    assert match_status(app) == (MatchStatus.NOTIFIED, "maria")
    assert len(twilio_api.messages()) == 1


def test_once_the_item_is_returned_nobody_else_can_be_texted_about_it(app, clerk, twilio_api):
    spanish_report(app)
    item = log_item(clerk, "Portefeuille marron")
    claim = {"claimant": "Jean Dupont"}
    assert post_form(clerk, f"/clerks/items/{item}/claim", claim).status_code == 302
    page = seen(clerk.get(f"/clerks/items/{item}"))
    assert "confirm before they are texted" not in page
    again = decide(clerk, app, "confirm")
    assert "or the item is no longer in storage" in seen(again)
    assert twilio_api.messages() == []
    assert match_status(app) == (MatchStatus.PENDING, None)


def test_a_confirmed_match_without_a_number_says_no_text_went_out(app, clerk, twilio_api):
    spanish_report(app, number=None)
    log_item(clerk, "Portefeuille marron")
    page = seen(decide(clerk, app, "confirm"))
    assert "Confirmed, but no text was sent: the report has no callback number" in page
    assert twilio_api.messages() == []


def test_when_twilio_is_unreachable_the_text_stays_queued(app, clerk, twilio_api):
    spanish_report(app)
    log_item(clerk, "Portefeuille marron")
    app.extensions["twilio_gateway"].base_url = "http://127.0.0.1:9"  # nothing listens
    page = seen(decide(clerk, app, "confirm"))
    assert "The text message could not be sent yet: it goes out at the next try." in page
    assert match_status(app) == (MatchStatus.QUEUED, "maria")


def test_a_closed_reports_matches_are_not_listed(app, clerk):
    spanish_report(app, status=ReportStatus.CLOSED.value)
    spanish_report(app)
    log_item(clerk, "Portefeuille marron")
    assert "1 match waiting" in seen(clerk.get("/clerks/matches"))


@pytest.mark.parametrize(
    "url",
    ["/clerks/matches/999/confirm", "/clerks/matches/1/maybe", f"/clerks/matches/{10**30}/reject"],
)
def test_an_unknown_match_or_verdict_is_a_404(app, clerk, url):
    spanish_report(app)
    log_item(clerk, "Portefeuille marron")
    answer = post_form(clerk, url, {})
    assert answer.status_code == 404
    assert match_status(app)[0] == MatchStatus.PENDING


def test_the_way_back_never_leaves_the_site(app, clerk):
    spanish_report(app)
    log_item(clerk, "Portefeuille marron")
    url = f"/clerks/matches/{match_id(app)}/reject"
    answer = post_form(clerk, url, {"next": "https://evil.example/"})
    assert answer.headers["Location"] == "/clerks/matches"


def test_agents_may_not_decide_and_forms_need_their_token(app, clerk, twilio_api):
    spanish_report(app)
    log_item(clerk, "Portefeuille marron")
    url = f"/clerks/matches/{match_id(app)}/confirm"
    assert post_form(logged_in(app, "agent", "hans"), url, {}).status_code == 403
    assert clerk.post(url).status_code == 400
    assert app.test_client().post(url).status_code == 302  # to the login page
    assert match_status(app) == (MatchStatus.PENDING, None)
    assert twilio_api.messages() == []


def test_the_report_page_lists_its_matches(app, clerk):
    report = spanish_report(app)
    item = log_item(clerk, "Portefeuille marron")
    page = clerk.get(f"/clerks/reports/{report}").get_data(as_text=True)
    matched = page.split("Items logged since that may be it")[1].split("Already in storage")[0]
    assert f"/clerks/items/{item}" in matched
    assert "waiting for a clerk to confirm" in matched
    assert re.search(rf"/clerks/matches/{match_id(app)}/confirm", matched)
