"""Twenty callers at once, two fitting agents, several gunicorn workers: no agent twice."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from ivr.phone import Phone
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN
from tests.test_routing import add_agent

ROOT = Path(__file__).resolve().parent.parent
CALLERS = 20


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn(app, database_url, twilio_api, tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_API_BASE_URL": twilio_api.url,
        "SECRET_KEY": "test-secret-key",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "wsgi:app",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            break  # it answers: the workers are up
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("gunicorn did not start: " + (tmp_path / "gunicorn.log").read_text())
    yield url
    server.terminate()
    server.wait(timeout=10)


def test_twenty_simultaneous_callers_get_two_distinct_agents_and_the_rest_wait(app, gunicorn):
    add_agent(app, "Hans", ["de"], "+49151000001")
    add_agent(app, "Greta", ["de", "en"], "+49151000002")
    add_agent(app, "Maria", ["es"], "+34600000001")
    phones = [Phone(gunicorn, AUTH_TOKEN, dial_outcome=None) for _ in range(CALLERS)]
    for phone in phones:
        phone.dial()
        phone.press("4")
    start = threading.Barrier(CALLERS)
    errors: list[BaseException] = []

    def ask_for_an_agent(phone: Phone) -> None:
        try:
            start.wait()
            phone.press("3")
        except BaseException as error:  # reported below, with the others
            errors.append(error)

    threads = [threading.Thread(target=ask_for_an_agent, args=(p,)) for p in phones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert not [h for p in phones for h in p.heard if h.verb == "error"]
    dials = Counter(h.text for p in phones for h in p.heard if h.verb == "dial")
    assert dials == {"+49151000001": 1, "+49151000002": 1}
    queued = [p for p in phones if any(h.verb == "enqueue" for h in p.heard)]
    assert len(queued) == CALLERS - 2
