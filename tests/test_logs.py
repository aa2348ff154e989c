"""The logs an engineer reads: one JSON object a line, a call followed by its CallSid, and
never a caller's full number, a token or a password."""

from __future__ import annotations

import json
import os
import threading
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from werkzeug.serving import make_server

from ivr.line.phone import Phone
from ivr.logs import mask_phone_numbers, redact
from tests.conftest import AUTH_TOKEN, BASE_URL, flask_transport, make_app
from tests.test_signature import sign

CALLER = "+33612345678"


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        ("From=+33612345678", "From=+33*******78"),
        ("From=%2B33612345678&To=x", "From=%2B33*******78&To=x"),
        ("keyed 0612345678#", "keyed 06******78#"),
        ("('+4915100000001', 'umbrella')", "('+49*********01', 'umbrella')"),
        ("callback 33612345678", "callback 33*******78"),
    ],
)
def test_phone_numbers_are_masked(line, masked):
    assert mask_phone_numbers(line) == masked


@pytest.mark.parametrize(
    "line",
    [
        "reference 100000011 read to the caller",
        "call CA0123456789abcdef0123456789abcdef",
        "took 12.5 ms at 2026-11-26T18:19:51",
    ],
)
def test_what_is_not_a_phone_number_stays_readable(line):
    assert mask_phone_numbers(line) == line


def test_tokens_passwords_and_signatures_are_redacted():
    line = (
        "Authorization: Bearer abc.DEF-123 X-Twilio-Signature: 0F7x+Q== "
        "postgresql+psycopg://lost:hunter2secret@db/lost token s3cr3t-t0ken"
    )
    cleaned = redact(line, ["s3cr3t-t0ken"])
    for secret in ("abc.DEF-123", "0F7x+Q==", "hunter2secret", "s3cr3t-t0ken"):
        assert secret not in cleaned
    assert "postgresql+psycopg://lost:[redacted]@db/lost" in cleaned


def json_lines(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def test_a_failed_call_is_logged_as_json_keyed_by_call_sid_without_secrets(_schema, capsys):
    app = make_app(
        "postgresql+psycopg://lost:db-password-42@127.0.0.1:1/none",
        METRICS_TOKEN="metrics-token-1234",
    )
    phone = Phone(BASE_URL, AUTH_TOKEN, transport=flask_transport(app.test_client()))
    phone.dial()
    phone.press("2")  # the database is needed, and fails
    stderr = capsys.readouterr().err
    records = json_lines(stderr)
    assert records, stderr
    failed = [r for r in records if r["level"] == "error"]
    assert failed and failed[0]["call_sid"] == phone.call_sid
    assert "exception" in failed[0] and failed[0]["path"] == "/ivr/menu"
    steps = [r for r in records if r["message"] == "webhook answered"]
    assert {r["call_sid"] for r in steps} == {phone.call_sid}
    assert [r["step"] for r in steps] == ["ivr.incoming", "ivr.language", "ivr.main_menu"]
    assert all(r["status"] == 200 and r["caller"] == "+33*******78" for r in steps)
    assert {r["pid"] for r in records} == {os.getpid()}  # which worker wrote each line
    for secret in (CALLER, AUTH_TOKEN, "test-secret-key", "db-password-42", "metrics-token-1234"):
        assert secret not in stderr


def test_text_logs_are_masked_too(_schema, capsys):
    app = make_app("postgresql+psycopg://nobody@127.0.0.1:1/none", LOG_FORMAT="text")
    phone = Phone(BASE_URL, AUTH_TOKEN, transport=flask_transport(app.test_client()))
    phone.dial()
    phone.press("2")
    stderr = capsys.readouterr().err
    assert f"[{phone.call_sid}]" in stderr
    assert CALLER not in stderr


def test_the_development_servers_request_lines_are_masked(_schema, capfd):
    """`make run` serves with werkzeug, whose request line holds the URL: for a webhook
    Twilio fetches with GET, the caller's number is in it."""
    app = make_app("sqlite://")
    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        params = {"CallSid": "CA" + "1" * 32, "From": CALLER, "To": "+33140000000"}
        url = f"http://127.0.0.1:{server.server_port}/ivr/incoming?{urlencode(params)}"
        request = Request(url, headers={"X-Twilio-Signature": sign(url, {})})
        with urlopen(request, timeout=10) as answer:
            assert answer.status == 200
    finally:
        server.shutdown()
        thread.join(timeout=10)
    stderr = capfd.readouterr().err
    request_lines = [r for r in json_lines(stderr) if r["logger"] == "werkzeug"]
    assert request_lines and "/ivr/incoming?" in request_lines[0]["message"], stderr
    assert "%2B33*******78" in request_lines[0]["message"]
    steps = [r for r in json_lines(stderr) if r["message"] == "webhook answered"]
    assert steps and steps[0]["caller"] == "+33*******78"
    assert CALLER not in stderr and "33612345678" not in stderr
