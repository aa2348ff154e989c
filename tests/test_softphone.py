"""The softphone's token through HTTP: only a logged-in agent whose calls ring in the
browser gets one, and it is the JWT Twilio's Voice SDK expects, signed with the API key."""

from __future__ import annotations

import time
from xml.etree import ElementTree

import jwt
import pytest

from tests.console_calls import add_agent
from tests.test_signature import sign
from tests.web import log_in, logged_in, make_user

KEY_SID = "SK" + "1" * 32
KEY_SECRET = "softphone-api-key-secret-0123456789"
APP_SID = "AP" + "2" * 32
URL = "/console/softphone/token"


@pytest.fixture
def softphone_settings(app):
    app.config.update(
        TWILIO_API_KEY_SID=KEY_SID, TWILIO_API_KEY_SECRET=KEY_SECRET, TWILIO_TWIML_APP_SID=APP_SID
    )


def agent_browser(app, endpoint: str = "client:amy"):
    add_agent(app, "amy", ["en"], endpoint, status="offline")
    make_user(app, "amy", "agent")
    client = app.test_client()
    assert log_in(client, "amy").status_code == 302
    return client


def test_an_agent_gets_a_token_for_their_own_softphone(app, softphone_settings):
    answer = agent_browser(app).get(URL)
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["identity"] == "amy" and set(body) == {"token", "identity"}
    claims = jwt.decode(body["token"], KEY_SECRET, algorithms=["HS256"])
    assert claims["iss"] == KEY_SID and claims["sub"] == app.config["TWILIO_ACCOUNT_SID"]
    assert claims["grants"]["identity"] == "amy"
    voice = claims["grants"]["voice"]
    assert voice["incoming"] == {"allow": True}
    assert voice["outgoing"]["application_sid"] == APP_SID
    assert 0 < claims["exp"] - time.time() <= 8 * 3600  # one shift at most
    with pytest.raises(jwt.InvalidSignatureError):  # signed with the key's secret, not another
        jwt.decode(body["token"], app.config["TWILIO_AUTH_TOKEN"], algorithms=["HS256"])


def test_the_token_lives_no_longer_than_a_login(app, softphone_settings):
    app.config["SESSION_HOURS"] = 2
    token = agent_browser(app).get(URL).get_json()["token"]
    claims = jwt.decode(token, KEY_SECRET, algorithms=["HS256"])
    assert 2 * 3600 - 60 < claims["exp"] - time.time() <= 2 * 3600


def test_nobody_logged_in_is_sent_to_the_login_page(client, softphone_settings):
    answer = client.get(URL)
    assert answer.status_code == 302 and "/login" in answer.headers["Location"]


def test_a_clerk_is_refused(app, softphone_settings):
    assert logged_in(app, "clerk").get(URL).status_code == 403


def test_an_agent_whose_calls_ring_at_a_phone_gets_none(app, softphone_settings):
    answer = agent_browser(app, endpoint="+33612345678").get(URL)
    assert answer.status_code == 404
    assert "not in the browser" in answer.get_json()["error"]


def test_without_an_api_key_the_server_says_the_softphone_is_not_set_up(app):
    answer = agent_browser(app).get(URL)
    assert answer.status_code == 503
    assert "TWILIO_API_KEY_SID" in answer.get_json()["error"]


def test_the_desk_of_a_browser_agent_carries_the_softphone_and_lets_it_reach_twilio(app):
    page = agent_browser(app).get("/console/")
    html = page.get_data(as_text=True)
    assert 'id="softphone"' in html and "vendor/twilio.min.js" in html
    assert "wss://*.twilio.com" in page.headers["Content-Security-Policy"]


def test_a_phone_agent_s_desk_has_no_softphone_and_the_usual_policy(app):
    page = agent_browser(app, endpoint="+33612345678").get("/console/")
    assert 'id="softphone"' not in page.get_data(as_text=True)
    assert "twilio.com" not in page.headers["Content-Security-Policy"]


def outgoing(client, **form: str):
    """Twilio asks the TwiML App's Voice URL what to do with a call from the softphone."""
    url = "http://localhost/ivr/softphone/outgoing"
    params = {"AccountSid": "AC" + "0" * 32, "CallSid": "CA" + "3" * 32, **form}
    answer = client.post(url, data=params, headers={"X-Twilio-Signature": sign(url, params)})
    assert answer.status_code == 200
    return ElementTree.fromstring(answer.data)


def test_an_agent_calls_a_caller_back_from_the_softphone_as_the_line(app, client):
    add_agent(app, "hans", ["de"], "client:hans")
    twiml = outgoing(client, From="client:hans", To="06 12 34 56 79")
    dial = twiml.find("Dial")
    assert dial is not None and dial.get("callerId") == app.config["TWILIO_PHONE_NUMBER"]
    assert (dial.text or "").strip() == "+33612345679"


def test_a_number_that_is_none_is_refused_in_the_agent_s_language(app, client):
    add_agent(app, "hans", ["de"], "client:hans")
    twiml = outgoing(client, From="client:hans", To="12")
    assert twiml.find("Dial") is None
    assert twiml.find("Say").text == "Entschuldigung, diese Telefonnummer ist nicht gültig."
    assert twiml.find("Say").get("language") == "de-DE"


def test_a_softphone_nobody_knows_calls_nobody(app, client):
    add_agent(app, "hans", ["de"], "+49151000001")
    twiml = outgoing(client, From="client:hans", To="+33612345679")
    assert twiml.find("Dial") is None and twiml.find("Hangup") is not None
