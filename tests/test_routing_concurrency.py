"""Twenty callers at once, two fitting agents, several gunicorn workers: no agent twice."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from ivr.line.phone import Phone
from tests import servers
from tests.agents import add_agent, skip_describing
from tests.conftest import AUTH_TOKEN

CALLERS = 20


@pytest.fixture
def gunicorn(app, database_url, twilio_api, tmp_path):
    with servers.gunicorn(
        database_url, twilio_api.url, tmp_path / "gunicorn.log", "--workers", "4"
    ) as url:
        yield url


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
            skip_describing(phone)
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
