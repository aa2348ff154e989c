"""The softphone's access token: an agent whose endpoint is `client:NAME` takes calls in the
desk page with Twilio's Voice JavaScript SDK, which needs a token signed with an API key.

The token names the agent (identity NAME, as `<Dial><Client>` rings it), lets calls come
in, and sends calls made from the browser to the TwiML App. It lives one shift at most
(and never longer than a login); the page asks for a new one before it expires.
"""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, current_app, g, jsonify
from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VoiceGrant
from werkzeug.wrappers import Response

from ivr import agents
from ivr.console.context import AGENTS
from ivr.db import get_session
from ivr.pages import login_required

__all__ = ["SHIFT", "bp", "client_identity", "softphone_token"]

bp = Blueprint("softphone", __name__)

SHIFT = timedelta(hours=8)
CLIENT = "client:"
SETTINGS = ("TWILIO_ACCOUNT_SID", "TWILIO_API_KEY_SID", "TWILIO_API_KEY_SECRET")


def client_identity(endpoint: str | None) -> str | None:
    """NAME for an agent reached at `client:NAME`; None for a phone or SIP endpoint."""
    if endpoint and endpoint.startswith(CLIENT) and endpoint[len(CLIENT) :]:
        return endpoint[len(CLIENT) :]
    return None


def softphone_token(identity: str, *, lifetime: timedelta) -> str:
    """A signed access token for the Voice SDK (a JWT)."""
    config = current_app.config
    token = AccessToken(
        config["TWILIO_ACCOUNT_SID"],
        config["TWILIO_API_KEY_SID"],
        config["TWILIO_API_KEY_SECRET"],
        identity=identity,
        ttl=int(lifetime.total_seconds()),
    )
    token.add_grant(
        VoiceGrant(
            incoming_allow=True,
            outgoing_application_sid=config["TWILIO_TWIML_APP_SID"] or None,
        )
    )
    return token.to_jwt()


@bp.get("/softphone/token")
@login_required(*AGENTS)
def token() -> Response | tuple[Response, int]:
    """Give the logged-in agent a token for their own softphone."""
    agent = agents.agent_named(get_session(), g.user.name)
    identity = client_identity(agent.endpoint if agent else None)
    if identity is None:
        message = "Your calls ring at a phone, not in the browser: no softphone for you."
        return jsonify({"error": message}), 404
    if not all(current_app.config[name] for name in SETTINGS):
        message = "The softphone is not set up: TWILIO_API_KEY_SID and its secret are missing."
        return jsonify({"error": message}), 503
    lifetime = min(SHIFT, timedelta(hours=current_app.config["SESSION_HOURS"]))
    return jsonify({"token": softphone_token(identity, lifetime=lifetime), "identity": identity})
