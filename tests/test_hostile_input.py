"""Missing, empty, huge, binary, non-UTF-8 and injection-shaped input on every webhook and every
API route: the line always answers TwiML a caller can hear, the API a JSON error it can read;
never a 500.

The routes are read from the app's URL map, so a webhook or API route added later is tested
without anyone remembering to list it here. Examples are few per route and derandomised, so
the suite stays quick and CI sees the same cases every run.
"""

from __future__ import annotations

import json
import secrets
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode
from xml.etree import ElementTree

import pytest
import werkzeug.urls  # noqa: F401  (registers the codec error handler Flask decodes forms with)
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from ivr.accounts import create_user
from ivr.db import get_session
from ivr.models import CallState
from lost_items.items import FoundItemDraft, log_found_item, reference_of
from lost_items.models import LossReport
from tests.agents import add_agent
from tests.conftest import AUTH_TOKEN, BASE_URL, make_app, today

RULES = sorted(make_app("sqlite://").url_map.iter_rules(), key=lambda rule: rule.rule)
IVR_PATHS = sorted({rule.rule for rule in RULES if rule.rule.startswith("/ivr/")})
API_RULES = [
    (rule.rule, method)
    for rule in RULES
    if rule.rule.startswith("/api/")
    for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})
]

TWILIO_PARAMETERS = (
    "AccountSid",
    "CallSid",
    "From",
    "To",
    "Called",
    "Caller",
    "CallStatus",
    "Direction",
    "FromCountry",
    "CallerCountry",
    "Digits",
    "SpeechResult",
    "Confidence",
    "QueueResult",
    "QueuePosition",
    "QueueTime",
    "AvgQueueTime",
    "CurrentQueueSize",
    "DialCallStatus",
    "DialCallSid",
    "DialCallDuration",
    "ErrorCode",
    "ErrorUrl",
)
QUERY_PARAMETERS = ("lang", "tries", "i", "ref", "agent", "agent_lang", "then", "again", "welcome")

CALL_SID = "CA" + "ab" * 16
FALLBACK = "+33140000099"  # dialled only with the apology
PLAUSIBLE = [
    "",
    "0",
    "1",
    "2",
    "3",
    "9",
    "*",
    "#",
    "12#",
    "0612345678",
    "+33612345678",
    "fr",
    "de",
    "report",
    CALL_SID,
    "completed",
    "no-answer",
    "bridged",
    "leave",
    "redirected",
    "hangup",
    "-1",
    "1e309",
    "NaN",
    "99999999999999999999",
    "²",
    "١٢",
    "https://lost.example.org/ivr/menu?lang=es",
    "perdí mi cartera negra",
    "100000011",  # the first found item's reference
    "500000010",  # the first loss report's
]
INJECTIONS = [
    "' OR '1'='1' --",
    "'; DROP TABLE loss_reports; --",
    "<Say>free phones</Say><Dial>+1900</Dial>",
    "]]><Hangup/>",
    "{digit}{reference}{0}",
    "%s%s%s%n",
    "${jndi:ldap://127.0.0.1/a}",
    "../../../../etc/passwd",
    "\x00",
    "a\x00b",
    "\x07\x08\x0b\x0c\x1b",
    "\r\nX-Injected: 1",
    "\ufeff\u202e\u200b",
    "\U0001f600" * 10,
]


def _huge(n: int) -> bytes:
    return ("9" * n).encode() if n % 2 else ("wallet " * (n // 7 + 1)).encode()[:n]


VALUES = st.one_of(
    st.sampled_from(PLAUSIBLE).map(str.encode),
    st.sampled_from(INJECTIONS).map(str.encode),
    st.text(max_size=40).map(str.encode),
    st.binary(max_size=40),  # mostly not UTF-8
    st.integers(min_value=1_000, max_value=200_000).map(_huge),
)


@st.composite
def twilio_requests(draw: st.DrawFn) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """Some of Twilio's parameters and some query parameters, each maybe absent."""
    form = [(name, draw(VALUES)) for name in TWILIO_PARAMETERS if draw(st.integers(0, 3)) > 0]
    query = [(name, draw(VALUES)) for name in QUERY_PARAMETERS if draw(st.booleans())]
    return form, query


def as_server_sees(pairs: list[tuple[str, bytes]]) -> dict[str, str]:
    """What Flask reads from a form: UTF-8, with bytes that are not left percent-encoded."""
    return dict(parse_qsl(urlencode(pairs), keep_blank_values=True, errors="werkzeug.url_quote"))


def post_signed(
    client: FlaskClient,
    path: str,
    form: list[tuple[str, bytes]],
    query: list[tuple[str, bytes]],
    *,
    sign: bool = True,
):
    url = BASE_URL + path + (f"?{urlencode(query)}" if query else "")
    signature = RequestValidator(AUTH_TOKEN).compute_signature(url, as_server_sees(form))
    headers = {"X-Twilio-Signature": signature if sign else signature[::-1] + "x"}
    return client.post(
        url,
        data=urlencode(form).encode(),
        headers=headers,
        content_type="application/x-www-form-urlencoded",
    )


def assert_twiml(answer, *, apology: bool = False) -> ElementTree.Element:
    """Well-formed TwiML, and not the apology: odd input is no reason to give up on a call."""
    assert answer.status_code == 200, answer.get_data(as_text=True)[:500]
    assert answer.mimetype == "text/xml"
    root = ElementTree.fromstring(answer.get_data())  # raises on anything but well-formed XML
    assert root.tag == "Response"
    put_through = [number.text for number in root.iter("Number") if number.text == FALLBACK]
    assert bool(put_through) == apology, answer.get_data(as_text=True)[:1000]
    return root


HOSTILE = settings(
    max_examples=12,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def a_call_in_progress(app) -> None:
    """A found item and a call that has described it, so deep steps have something to read."""
    with app.app_context():
        session = get_session()
        item = log_found_item(
            session,
            FoundItemDraft(
                description="Portefeuille en cuir noir",
                found_on=today() - timedelta(days=1),
                found_at="Métro ligne 4 - Châtelet",
                language="fr",
            ),
        )
        session.flush()
        assert reference_of(item) == "100000011"
        session.add(
            CallState(
                call_sid=CALL_SID,
                language="fr",
                description="portefeuille noir",
                candidate_ids=f"[{item.id}]",
                tried_agent_ids="[]",
            )
        )
        session.commit()


def test_every_webhook_is_covered():
    assert "/ivr/incoming" in IVR_PATHS and "/ivr/fallback" in IVR_PATHS
    assert len(IVR_PATHS) >= 20


@pytest.mark.parametrize("path", IVR_PATHS)
@HOSTILE
@given(request=twilio_requests())
def test_a_signed_webhook_always_answers_well_formed_twiml(
    client, a_call_in_progress, path, request
):
    form, query = request
    client.application.config["FALLBACK_NUMBER"] = FALLBACK
    assert_twiml(post_signed(client, path, form, query), apology=path == "/ivr/fallback")


@pytest.mark.parametrize("path", IVR_PATHS)
@settings(HOSTILE, max_examples=4)
@given(request=twilio_requests())
def test_a_badly_signed_webhook_is_refused(client, path, request):
    form, query = request
    assert post_signed(client, path, form, query, sign=False).status_code == 403


def test_a_whole_call_with_hostile_speech_and_keys_still_ends_in_a_report(app, client):
    """Injection-shaped speech is stored as said and read back as plain text."""
    sid = "CA" + "cd" * 16
    base = [("CallSid", sid.encode()), ("From", b"+33612345678")]
    steps = [
        ("/ivr/menu", [], [("lang", b"en"), ("welcome", b"1")]),
        ("/ivr/describe/heard", [("SpeechResult", INJECTIONS[2].encode())], [("lang", b"en")]),
        (
            "/ivr/describe/heard",
            [("SpeechResult", b"<b>my red umbrella</b>'; --")],
            [("lang", b"en"), ("tries", b"1"), ("then", b"report")],
        ),
        ("/ivr/report/date/choice", [("Digits", b"2")], [("lang", b"en")]),
        ("/ivr/report/callback/choice", [("Digits", b"1")], [("lang", b"en")]),
        ("/ivr/report/done", [], [("lang", b"en")]),
    ]
    for path, extra, query in steps:
        root = assert_twiml(post_signed(client, path, base + extra, query))
    spoken = " ".join(say.text or "" for say in root.iter("Say"))
    assert "Your loss report is recorded" in spoken
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        assert report.description == "<b>my red umbrella</b>'; --"


# --- the JSON API -----------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.sampled_from(PLAUSIBLE + INJECTIONS)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)
FIELDS = ("description", "found_on", "found_at", "language", "category", "colors", "brand")
AGENT_FIELDS = ("name", "languages", "endpoint", "status")


@st.composite
def api_bodies(draw: st.DrawFn) -> tuple[bytes, str]:
    """A JSON object with the API's field names and hostile values, or a body that is not JSON."""
    shaped = st.fixed_dictionaries(
        {}, optional={name: JSON_VALUES for name in FIELDS + AGENT_FIELDS}
    ).map(lambda value: json.dumps(value).encode())
    body = draw(
        st.one_of(
            shaped,
            JSON_VALUES.map(lambda value: json.dumps(value).encode()),
            st.binary(max_size=60),
            st.sampled_from(INJECTIONS).map(str.encode),
        )
    )
    kind = draw(
        st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded"])
    )
    return body, kind


PATH_VALUES = st.one_of(
    st.sampled_from(["1", "100000014", "500000016", "0", "99999999999999999999999", "abc"]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#%"),
        min_size=1,
        max_size=20,
    ),
)


@pytest.fixture
def tokens(app) -> dict[str, str]:
    with app.app_context():
        session = get_session()
        made = {
            role: create_user(session, f"hostile-{role}", role)[1]
            for role in ("clerk", "agent", "admin")
        }
        session.commit()
    return made


def _path(rule: str, value: str) -> str:
    from urllib.parse import quote

    path = rule
    for placeholder in ("<reference>", "<int:agent_id>"):
        path = path.replace(placeholder, quote(value, safe=""))
    return path


@pytest.mark.parametrize(("rule", "method"), API_RULES)
@settings(HOSTILE, max_examples=15)
@given(
    body=api_bodies(),
    who=st.sampled_from(["nobody", "garbage", "clerk", "agent", "admin"]),
    segment=PATH_VALUES,
    query=st.dictionaries(
        st.sampled_from(["q", "lang", "lost_on", "limit"]),
        st.sampled_from(PLAUSIBLE + INJECTIONS) | st.text(max_size=20),
        max_size=4,
    ),
)
def test_the_api_answers_json_and_never_a_500(
    client, tokens, rule, method, body, who, segment, query
):
    data, content_type = body
    headers = {"Content-Type": content_type}
    if who == "garbage":
        headers["Authorization"] = "Bearer \u00e9\x01'--"
    elif who != "nobody":
        headers["Authorization"] = f"Bearer {tokens[who]}"
    if "<int:agent_id>" in rule:
        segment = segment if segment.isascii() and segment.isdigit() else "1"
    answer = client.open(
        _path(rule, segment), method=method, data=data, headers=headers, query_string=query
    )
    assert answer.status_code < 500, answer.get_data(as_text=True)[:500]
    assert answer.is_json, answer.get_data(as_text=True)[:200]
    payload = answer.get_json()
    if answer.status_code >= 400:
        assert isinstance(payload.get("error"), str)
    if answer.status_code == 400:
        assert isinstance(payload.get("fields"), dict) and payload["fields"]
    if who in ("nobody", "garbage"):
        assert answer.status_code == 401


VALID_BODIES = {
    "/api/found-items": {
        "description": "Parapluie rouge",
        "found_on": today().isoformat(),
        "found_at": "Bus 38",
        "language": "fr",
        "storage_location": "B2",
    },
    "/api/agents": {"name": "hostile-agent", "languages": ["fr"], "endpoint": "+33612345678"},
}


@pytest.mark.parametrize(
    ("path", "field"),
    [(path, field) for path, body in VALID_BODIES.items() for field in body],
)
def test_every_field_of_a_valid_body_may_be_hostile(client, tokens, path, field):
    """Each value in turn in a body otherwise valid, so that it reaches the database."""
    headers = {"Authorization": f"Bearer {tokens['admin']}"}
    for value in INJECTIONS + PLAUSIBLE:
        body = {**VALID_BODIES[path], field: value}
        if path == "/api/agents" and field != "name":
            body["name"] = f"agent-{secrets.token_hex(4)}"  # a name is taken once
        answer = client.post(path, json=body, headers=headers)
        assert answer.status_code in (201, 400), (value, answer.get_data(as_text=True)[:300])
        if answer.status_code == 400:
            assert field in answer.get_json()["fields"], value


@pytest.mark.parametrize(
    ("rule", "method"), [(rule, method) for rule, method in API_RULES if method in ("POST", "PUT")]
)
def test_an_oversized_body_is_a_413_in_json(app, client, tokens, rule, method):
    add_agent(app, "Hans", ["de"], "+49151000001")  # agent 1, whose status the PUT sets
    limit = app.config["MAX_CONTENT_LENGTH"]
    body = b'{"description": "' + b"x" * limit + b'"}'
    answer = client.open(
        _path(rule, "1"),
        method=method,
        data=body,
        headers={"Authorization": f"Bearer {tokens['admin']}", "Content-Type": "application/json"},
    )
    assert answer.status_code == 413
    assert "error" in answer.get_json()


def test_an_oversized_webhook_is_refused_before_anything_reads_it(app, client):
    body = urlencode({"CallSid": CALL_SID, "SpeechResult": "x" * app.config["MAX_CONTENT_LENGTH"]})
    answer = client.post(
        "/ivr/describe/heard?lang=en",
        data=body,
        content_type="application/x-www-form-urlencoded",
        headers={"X-Twilio-Signature": "irrelevant"},
    )
    assert answer.status_code == 413
    with app.app_context():
        assert get_session().scalar(select(func.count()).select_from(LossReport)) == 0


@pytest.mark.parametrize("agent_id", ["99999999999999999999", "2147483648", "0"])
def test_an_agent_id_too_large_for_the_database_is_a_404(client, tokens, agent_id):
    answer = client.put(
        f"/api/agents/{agent_id}/status",
        json={"status": "available"},
        headers={"Authorization": f"Bearer {tokens['admin']}"},
    )
    assert answer.status_code == 404
    assert "error" in answer.get_json()


SID = "CA" + "12" * 16


def _signed_post(client: FlaskClient, path: str, form: dict[str, str]):
    params = {"CallSid": SID, "From": "+33612345678", **form}
    url = BASE_URL + path
    signature = RequestValidator(AUTH_TOKEN).compute_signature(url, params)
    return client.post(url, data=params, headers={"X-Twilio-Signature": signature})


def _stored_state(app, sid: str = SID) -> CallState:
    with app.app_context():
        state = get_session().get(CallState, sid)
        assert state is not None, f"no call state stored under {sid!r}"
        get_session().expunge(state)
        return state


def test_control_characters_in_speech_are_dropped_before_the_description_is_stored(app, client):
    """PostgreSQL refuses NUL in text: such input must not cost the caller their call."""
    client.application.config["FALLBACK_NUMBER"] = FALLBACK
    said = {"SpeechResult": "a red\x00 umbrella\x07"}
    assert_twiml(_signed_post(client, "/ivr/describe/heard?lang=en&tries=1", said))
    assert _stored_state(app).description == "a red umbrella"


def test_control_characters_in_a_loss_report_never_reach_the_stored_report(app, client):
    client.application.config["FALLBACK_NUMBER"] = FALLBACK
    said = {"SpeechResult": "\x00" * 3 + "red bag"}
    assert_twiml(_signed_post(client, "/ivr/describe/heard?lang=en&tries=1&then=report", said))
    assert _stored_state(app).description == "red bag"
    keyed = {"Digits": "1", "From": "+33612345678\x00"}
    assert_twiml(_signed_post(client, "/ivr/report/callback/choice?lang=en", keyed))
    with app.app_context():
        report = get_session().scalars(select(LossReport)).one()
        assert (report.description, report.callback_number) == ("red bag", "+33612345678")


def test_control_characters_in_a_call_sid_are_dropped_before_the_call_is_stored(app, client):
    client.application.config["FALLBACK_NUMBER"] = FALLBACK
    assert_twiml(
        _signed_post(client, "/ivr/menu?lang=en&welcome=1", {"CallSid": "CA\x00" + "1" * 32})
    )
    assert _stored_state(app, "CA" + "1" * 32).language == "en"
    with app.app_context():
        sids = get_session().scalars(select(CallState.call_sid)).all()
    assert sids == ["CA" + "1" * 32]
