"""The supervisor's page through HTTP: agents on shift, callers waiting, calls per hour."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from ivr.db import get_session
from ivr.models import CallState, QueuedCall
from lost_items.models import utcnow
from tests.conftest import today
from tests.console_calls import add_agent, describe_then_ask_for_agent
from tests.web import logged_in, seen, shown_day

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def supervisor(app):
    return logged_in(app, "admin", "sophie")


def add_calls(app, *calls: tuple[str | None, datetime]) -> None:
    with app.app_context():
        session = get_session()
        for n, (language, created_at) in enumerate(calls):
            session.add(CallState(call_sid=f"CA{n:032d}", language=language, created_at=created_at))
        session.commit()


def office_hour(hour: int, minute: int = 0, days_back: int = 0) -> datetime:
    """A moment today (or some days back) in the office's time, as UTC."""
    local = datetime.combine(today() - timedelta(days=days_back), time(hour, minute), PARIS)
    return local.astimezone(UTC)


def test_agents_on_shift_are_listed_per_language_with_their_status(app, supervisor):
    add_agent(app, "Hans", ["de"], "+49151000001", status="available")
    add_agent(app, "Greta", ["de", "en"], "sip:greta@office.example", status="wrap-up")
    add_agent(app, "Maria", ["es", "fr"], "+34600000001", status="busy")
    add_agent(app, "Amy", ["en"], "client:amy", status="offline")
    page = seen(supervisor.get("/console/supervisor"))
    assert "Français Maria busy 0 —" in page
    assert "English Greta wrap-up 0 —" in page  # Amy is offline: not on shift
    assert "Español Maria busy 0 —" in page
    assert "Deutsch Greta wrap-up , Hans available 0 —" in page
    assert "Amy" not in page


def test_calls_waiting_per_language_and_the_longest_wait(app, supervisor, new_phone, busy_agents):
    describe_then_ask_for_agent(new_phone(dial_outcome=None))  # the German agent is busy
    with app.app_context():
        session = get_session()
        waited = utcnow() - timedelta(minutes=4, seconds=5)
        session.add(
            QueuedCall(call_sid="CA" + "1" * 32, language="de", speaks="de", enqueued_at=waited)
        )
        session.add(QueuedCall(call_sid="CA" + "2" * 32, language="fr", speaks="fr", state="left"))
        session.commit()
    answer = supervisor.get("/console/supervisor")
    assert answer.status_code == 200
    page = seen(answer)
    assert "Français busy-fr busy 0 —" in page  # the French caller has left the queue
    assert re.search(r"Deutsch busy-de busy 2 4 min 0[5-9] s", page), page
    assert supervisor.get("/console/supervisor/live").get_json()["queues"]["de"] == 2


def test_todays_calls_are_charted_per_language_and_office_hour(app, supervisor):
    add_calls(
        app,
        ("de", office_hour(9, 5)),
        ("de", office_hour(9, 40)),
        ("fr", office_hour(9, 59)),
        ("en", office_hour(14, 30)),
        ("fr", office_hour(0, 10)),  # just after midnight in Paris: before midnight in UTC
        ("fr", office_hour(23, 50, days_back=1)),  # yesterday: not counted
        (None, office_hour(10)),  # hung up before choosing a language: not counted
    )
    answer = supervisor.get("/console/supervisor")
    page = seen(answer)
    assert f"Calls per hour today ({shown_day(today())}, office time)" in page
    assert "Hour Français English Español Deutsch All" in page
    assert "00:00–00:59 1 0 0 0 1 09:00–09:59 1 0 0 2 3 14:00–14:59 0 1 0 0 1" in page
    html = answer.get_data(as_text=True)
    assert html.count("<rect x=") == 4  # one per language and hour with calls
    assert "<title>09:00–09:59, Deutsch: 2</title>" in html
    assert 'role="img" aria-labelledby="chart-title"' in html
    assert "5 in all" in page


def test_a_day_without_calls_says_so(supervisor):
    page = seen(supervisor.get("/console/supervisor"))
    assert "No calls yet today." in page


def test_the_page_links_each_agent_to_their_desk(app, supervisor):
    hans = add_agent(app, "Hans", ["de"], "+49151000001")
    html = supervisor.get("/console/supervisor").get_data(as_text=True)
    assert f'href="/console/?agent={hans}"' in html


def test_the_live_endpoint_changes_when_an_agent_does(app, supervisor):
    before = supervisor.get("/console/supervisor/live").get_json()
    add_agent(app, "Hans", ["de"], "+49151000001")
    after = supervisor.get("/console/supervisor/live").get_json()
    assert after["agents"]["de"] == [["Hans", "available"]]
    assert after["fingerprint"] != before["fingerprint"]


def add_waits(app, *waits: tuple[str, str, str | None, datetime, timedelta | None]) -> None:
    """Queue rows as calls leave them: (language, state, result, asked at, waited)."""
    with app.app_context():
        session = get_session()
        for n, (language, state, result, asked, waited) in enumerate(waits):
            session.add(
                QueuedCall(
                    call_sid=f"CA{n:032x}",
                    language=language,
                    speaks=language,
                    state=state,
                    result=result,
                    enqueued_at=asked,
                    left_at=asked + waited if waited is not None else None,
                )
            )
        session.commit()


def test_service_levels_per_language_today_and_the_last_seven_days(app, supervisor):
    now = utcnow()
    earlier = now - timedelta(days=3)
    add_waits(
        app,
        ("de", "connected", "direct", now - timedelta(minutes=9), timedelta(0)),
        ("de", "connected", "connected", now - timedelta(minutes=8), timedelta(seconds=45)),
        ("de", "connected", "connected", now - timedelta(minutes=7), timedelta(seconds=130)),
        ("de", "left", "hangup", now - timedelta(minutes=6), timedelta(seconds=85)),
        ("de", "connected", "connected", earlier, timedelta(seconds=20)),
        ("de", "left", "hangup", earlier, timedelta(seconds=300)),
        ("de", "callback", None, now - timedelta(minutes=5), None),
        ("es", "callback", None, earlier, None),
    )
    page = supervisor.get("/console/supervisor").get_data(as_text=True)
    rows = re.findall(r'<tr data-language="(\w+)" data-period="(\d)">(.*?)</tr>', page, re.S)
    cells = {
        (code, period): " ".join(re.sub(r"<[^>]+>", " ", row).split()) for code, period, row in rows
    }
    # Today in German: 4 calls over (2 within 60 s), 1 abandoned; the callback waiting
    # counts in the waits with its 5 minutes so far; 1 callback pending.
    today_de = cells[("de", "0")]
    assert today_de.startswith("Deutsch Today 4 50 % (2) 1 ")
    assert re.search(r" 5 min 0\d s 1$", today_de)  # longest: the callback, 5 min so far
    assert cells[("de", "1")].startswith("Last 7 days 6 50 % (3) 2 ")
    assert " 5 min 0" in cells[("de", "1")]
    assert cells[("es", "0")] == "Español Today 0 — 0 — — 1"
    assert cells[("fr", "1")] == "Last 7 days 0 — 0 — —"
