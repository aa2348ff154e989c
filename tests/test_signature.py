"""Only Twilio, signing with our auth token, may drive the line."""

import pytest
from twilio.request_validator import RequestValidator

from tests.conftest import AUTH_TOKEN, make_app

PARAMS = {"CallSid": "CA" + "1" * 32, "From": "+33612345678", "To": "+33140000000"}


def sign(url: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def test_a_signed_request_is_answered_with_twiml(client):
    url = "http://localhost/ivr/incoming"
    answer = client.post(url, data=PARAMS, headers={"X-Twilio-Signature": sign(url, PARAMS)})
    assert answer.status_code == 200
    assert answer.mimetype == "text/xml"
    assert b"<Gather" in answer.data


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Twilio-Signature": ""},
        {"X-Twilio-Signature": "not-a-signature"},
        {"X-Twilio-Signature": sign("http://localhost/ivr/incoming", PARAMS, "another-token")},
        {"X-Twilio-Signature": sign("http://localhost/ivr/menu", PARAMS)},
    ],
    ids=["missing", "empty", "garbage", "other token", "other url"],
)
def test_unsigned_or_wrongly_signed_requests_are_refused(client, headers):
    answer = client.post("http://localhost/ivr/incoming", data=PARAMS, headers=headers)
    assert answer.status_code == 403


def test_a_changed_parameter_breaks_the_signature(client):
    url = "http://localhost/ivr/menu/choice?lang=en"
    signature = sign(url, {**PARAMS, "Digits": "1"})
    answer = client.post(
        url, data={**PARAMS, "Digits": "3"}, headers={"X-Twilio-Signature": signature}
    )
    assert answer.status_code == 403


@pytest.mark.parametrize(
    "path", ["/ivr/menu?lang=fr", "/ivr/describe/heard?lang=de", "/ivr/report/done"]
)
def test_every_webhook_checks_the_signature(client, path):
    assert client.post("http://localhost" + path, data=PARAMS).status_code == 403


def test_behind_a_proxy_the_public_url_is_what_twilio_signed(database_url, _schema):
    app = make_app(database_url, PUBLIC_BASE_URL="https://lost.example.org")
    client = app.test_client()
    public = "https://lost.example.org/ivr/incoming"
    # The app itself is reached over plain HTTP on an internal host, as behind a TLS terminator.
    answer = client.post(
        "http://10.0.0.5:8000/ivr/incoming",
        data=PARAMS,
        headers={"X-Twilio-Signature": sign(public, PARAMS)},
    )
    assert answer.status_code == 200
    internal = client.post(
        "http://10.0.0.5:8000/ivr/incoming",
        data=PARAMS,
        headers={"X-Twilio-Signature": sign("http://10.0.0.5:8000/ivr/incoming", PARAMS)},
    )
    assert internal.status_code == 403
