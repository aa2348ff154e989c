"""Small helpers around the twilio SDK's TwiML builder."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Response
from twilio.twiml.voice_response import Gather, VoiceResponse

from ivr.prompts import Catalogue


def twiml(response: VoiceResponse) -> Response:
    return Response(str(response), mimetype="text/xml")


def say(verb: VoiceResponse | Gather, catalogue: Catalogue, key: str, /, **values: object) -> None:
    """Speak one prompt in the catalogue's language and voice."""
    verb.say(catalogue.text(key, **values), voice=catalogue.voice, language=catalogue.speech_locale)


def step_url(path: str, **params: object) -> str:
    """A webhook URL relative to this host; Twilio resolves it against the URL it called."""
    shown = {name: value for name, value in params.items() if value not in (None, "", 0)}
    return path + (f"?{urlencode(shown)}" if shown else "")
