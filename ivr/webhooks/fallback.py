"""When the line cannot do its job: an apology, the opening hours, and a person to talk to.

Two ways in. Twilio fetches its fallback URL (`POST /ivr/fallback`) when a
webhook failed or took longer than 15 seconds; and the webhooks' error handler
answers the same way when something fails inside the app, the database above
all. Neither touches the database, since it may be what failed: the caller's
language comes from the URL (`lang`, or the `ErrorUrl` Twilio reports), the
rest from settings. With no language known, every language speaks in turn.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

from flask import Response, current_app, request
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from twilio.twiml.voice_response import VoiceResponse

from ivr import metrics
from ivr.line import speech
from ivr.line.prompts import Catalogue, catalogues
from ivr.line.twiml import say, twiml
from ivr.webhooks import bp

__all__ = ["answer_failure", "apology", "fallback"]

log = logging.getLogger(__name__)
RING_SECONDS = 30


def _languages(*candidates: str) -> list[Catalogue]:
    """The caller's language if a URL names one; else all, in menu order."""
    known = catalogues()
    for code in candidates:
        if code in known:
            return [known[code]]
    return list(known.values())


def _split(url: str) -> tuple[str, str]:
    """The path and the `lang` of a URL Twilio reports; nothing when it cannot be read."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "", ""
    return parts.path, parse_qs(parts.query).get("lang", [""])[0]


def _hours(catalogue: Catalogue) -> str | None:
    try:
        return speech.spoken_hours(current_app.config["OFFICE_HOURS"], catalogue)
    except (ValueError, KeyError):  # a bad OFFICE_HOURS must not silence the apology
        return None


def apology(spoken_in: Sequence[Catalogue], *, fallback_number: str) -> VoiceResponse:
    """Sorry, our hours, then a transfer to `fallback_number` (or goodbye when there is none)."""
    response = VoiceResponse()
    for catalogue in spoken_in:
        say(response, catalogue, "fallback_apology" if fallback_number else "technical_problem")
        hours = _hours(catalogue)
        if hours:
            say(response, catalogue, "office_hours", hours=hours)
        if fallback_number:
            say(response, catalogue, "fallback_transfer")
    if fallback_number:
        dial = response.dial(timeout=RING_SECONDS)
        if fallback_number.startswith("sip:"):
            dial.sip(fallback_number)
        elif fallback_number.startswith("client:"):
            dial.client(fallback_number.removeprefix("client:"))
        else:
            dial.number(fallback_number)
    for catalogue in spoken_in:  # after the transfer, or when nobody answered it
        say(response, catalogue, "goodbye")
    response.hangup()
    return response


def answer_failure(error: BaseException) -> Response:
    """What the webhooks' error handler answers, in the language of the failed step."""
    reason = "database" if isinstance(error, DBAPIError | PoolTimeout) else "error"
    metrics.count_fallback(reason)
    spoken_in = _languages(request.args.get("lang", ""))
    return twiml(apology(spoken_in, fallback_number=current_app.config["FALLBACK_NUMBER"]))


@bp.post("/fallback")
def fallback() -> Response:
    """Apologise in the caller's language, give the hours, and put them through to the office."""
    failed_path, failed_lang = _split(request.form.get("ErrorUrl", ""))
    code = request.form.get("ErrorCode", "")[:10]
    log.warning("Twilio used the fallback URL", extra={"reason": f"{code} {failed_path[:100]}"})
    metrics.count_fallback("twilio_fallback")
    spoken_in = _languages(request.args.get("lang", ""), failed_lang)
    return twiml(apology(spoken_in, fallback_number=current_app.config["FALLBACK_NUMBER"]))
