"""What an operator's tools read: /healthz for the load balancer, /metrics for Prometheus."""

from __future__ import annotations

import secrets
import time
import urllib.error
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from ivr.accounts import create_user
from ivr.db import get_engine, get_session
from ivr.line.phone import Phone
from tests import servers
from tests.agents import add_agent
from tests.conftest import AUTH_TOKEN
from tests.test_routing import call_for_agent
from tests.test_webhooks import log_item

METRICS_TOKEN = "prometheus-scraper-token"


@pytest.fixture
def scrape(app, client):
    app.config["METRICS_TOKEN"] = METRICS_TOKEN

    def read() -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        answer = client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
        assert answer.status_code == 200
        assert answer.content_type.startswith("text/plain; version=0.0.4")
        return samples(answer.get_data(as_text=True))

    return read


def samples(body: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus exposition (parsed by prometheus_client's own parser)."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


def test_health_answers_200_when_the_database_answers(client):
    answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.get_json() == {"status": "ok", "database": "reachable"}


def test_metrics_need_the_scraper_token_or_an_admin(app, client):
    app.config["METRICS_TOKEN"] = METRICS_TOKEN
    with app.app_context():
        session = get_session()
        _, admin = create_user(session, "boss", "admin")
        _, clerk = create_user(session, "claire", "clerk")
        session.commit()
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {clerk}"}):
        answer = client.get("/metrics", headers=headers)
        assert answer.status_code == 401
        assert answer.headers["WWW-Authenticate"] == "Bearer"
    for token in (METRICS_TOKEN, admin):
        answer = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        assert "lost_line_database_up 1.0" in answer.get_data(as_text=True)


def test_calls_are_counted_by_language_and_outcome(app, new_phone, scrape):
    log_item(app, "Portefeuille en cuir noir")
    found = new_phone()  # English: hears a matching wallet
    found.dial()
    found.press("2")
    found.press("1")
    found.say("I lost my black wallet")
    reporter = new_phone()  # Spanish: nothing matches, leaves a report
    reporter.dial()
    reporter.press("3")
    reporter.press("1")
    reporter.say("perdí mi paraguas rojo")
    reporter.press("2")
    reporter.press("2")
    reporter.press("1")
    waiting = new_phone()  # German: no agent free, waits in the queue
    add_agent(app, "Hans", ["de"], "+49151000001", status="busy")  # on a call
    call_for_agent(waiting, "4")

    figures = scrape()
    assert (
        figures[("lost_line_calls_last_24h", (("language", "en"), ("outcome", "item_found")))] == 1
    )
    assert (
        figures[("lost_line_calls_last_24h", (("language", "es"), ("outcome", "loss_report")))] == 1
    )
    assert figures[("lost_line_calls_last_24h", (("language", "de"), ("outcome", "queued")))] == 1
    assert figures[("lost_line_self_service_resolution_ratio", ())] == pytest.approx(2 / 3)
    assert figures[("lost_line_loss_reports_last_24h", (("language", "es"),))] == 1
    assert figures[("lost_line_queue_waiting", (("language", "de"),))] == 1
    assert figures[("lost_line_agents", (("status", "busy"),))] == 1
    assert figures[("lost_line_database_up", ())] == 1
    searches = figures[("lost_line_search_seconds_count", (("channel", "phone"),))]
    assert searches >= 2


def test_queue_waits_are_measured_when_callers_leave_the_queue(app, new_phone, scrape):
    add_agent(app, "Hans", ["de"], "+49151000001", status="busy")
    phone = new_phone()
    call_for_agent(phone, "4")
    phone.keep_waiting(90)
    before = scrape().get(
        (
            "lost_line_queue_wait_seconds_bucket",
            (("language", "de"), ("le", "120.0"), ("result", "leave")),
        ),
        0,
    )
    phone.press("1")  # leave the queue for a loss report
    after = scrape()
    key = (
        "lost_line_queue_wait_seconds_bucket",
        (("language", "de"), ("le", "120.0"), ("result", "leave")),
    )
    assert after[key] == before + 1
    key_60 = (
        "lost_line_queue_wait_seconds_bucket",
        (("language", "de"), ("le", "60.0"), ("result", "leave")),
    )
    assert after.get(key_60, 0) == before  # waited 90 s: not within a minute


def test_under_gunicorn_every_worker_is_counted(database_url, app, twilio_api, tmp_path):
    """A scrape reaches one worker; the figures must still be the whole server's."""
    options = ["--workers", "3", "--max-requests", "3"]  # 12 calls need several workers
    env = {"METRICS_TOKEN": METRICS_TOKEN, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    log = tmp_path / "gunicorn.log"
    with servers.gunicorn(database_url, twilio_api.url, log, *options, env=env) as url:
        for _ in range(12):
            Phone(url, AUTH_TOKEN).dial()
        request = urllib.request.Request(
            url + "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            figures = samples(answer.read().decode())
    assert figures[("lost_line_request_seconds_count", (("endpoint", "ivr.incoming"),))] == 12
    # Each worker kept its own file, the replaced ones too: the scrape added them all up.
    assert len(list((tmp_path / "metrics").glob("histogram_*.db"))) >= 4


def test_each_gunicorn_worker_connects_to_the_database_before_its_first_caller(
    database_url, app, twilio_api, tmp_path
):
    """A worker's first caller after a deploy does not wait for the connection to be made."""
    if not database_url.startswith("postgresql"):
        pytest.skip("an SQLite connection is a file opened, nothing to wait for")
    name = "lost-line-" + secrets.token_hex(4)  # tells this server's connections from others
    joiner = "&" if "?" in database_url else "?"
    url_with_name = f"{database_url}{joiner}application_name={name}"
    log = tmp_path / "gunicorn.log"
    with servers.gunicorn(url_with_name, twilio_api.url, log, "--workers", "3"):
        # The start-up wait asked /healthz once, of one worker; the other two asked nothing.
        deadline = time.monotonic() + 20
        while (connected := _connections_named(app, name)) < 3 and time.monotonic() < deadline:
            time.sleep(0.2)
    assert connected == 3


def _connections_named(app, name: str) -> int:
    with get_engine(app).connect() as connection:
        return connection.scalar(
            text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name"),
            {"name": name},
        )


def test_a_gunicorn_worker_starts_without_the_database_and_says_so(_schema, twilio_api, tmp_path):
    """A database down during a deploy must not keep the line from answering its apology."""
    log = tmp_path / "gunicorn.log"
    closed_port = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    with (
        servers.gunicorn(closed_port, twilio_api.url, log, "--workers", "2") as url,
        pytest.raises(urllib.error.HTTPError) as answer,
    ):
        urllib.request.urlopen(url + "/healthz", timeout=10)
    assert answer.value.code == 503
    assert log.read_text().count("started without the database") == 2
