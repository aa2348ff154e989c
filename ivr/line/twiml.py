"""Small helpers around the twilio SDK's TwiML builder."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from flask import Response
from twilio.twiml.voice_response import Gather, VoiceResponse

from ivr.line.prompts import Catalogue


def twiml(response: VoiceResponse) -> Response:
    return Response(str(response), mimetype="text/xml")


# Characters XML 1.0 cannot carry: one in a <Say> and Twilio cannot read the TwiML at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def say(verb: VoiceResponse | Gather, catalogue: Catalogue, key: str, /, **values: object) -> None:
    """Speak one prompt in the catalogue's language and voice."""
    text = _NOT_XML.sub("", catalogue.text(key, **values))
    verb.say(text, voice=catalogue.voice, language=catalogue.speech_locale)


def step_url(path: str, **params: object) -> str:
    """A webhook URL relative to this host; Twilio resolves it against the URL it called."""
    shown = {name: value for name, value in params.items() if value not in (None, "", 0)}
    return path + (f"?{urlencode(shown)}" if shown else "")
