"""The part of the conversation that reaches a person: ringing an agent, waiting in a queue.

Built, like `call_flow`, from plain arguments into TwiML with the twilio SDK.
"""

from __future__ import annotations

from collections.abc import Sequence

from twilio.twiml.voice_response import VoiceResponse

from ivr.call_flow import REPEAT_DIGIT, Turn, follow_choice, menu
from ivr.prompts import Catalogue
from ivr.twiml import say


def dial_agent(turn: Turn, *, endpoint: str, action: str, ring_seconds: int) -> VoiceResponse:
    """Ring the agent's phone, browser softphone (client:) or SIP address."""
    response = VoiceResponse()
    say(response, turn.catalogue, "agent_connecting")
    dial = response.dial(action=action, method="POST", timeout=ring_seconds)
    if endpoint.startswith("client:"):
        dial.client(endpoint.removeprefix("client:"))
    elif endpoint.startswith("sip:"):
        dial.sip(endpoint)
    else:
        dial.number(endpoint)
    return response


def enqueue(turn: Turn, *, queue: str, wait_url: str, action: str) -> VoiceResponse:
    response = VoiceResponse()
    say(response, turn.catalogue, "agent_all_busy")
    response.enqueue(queue, wait_url=wait_url, wait_url_method="POST", action=action, method="POST")
    return response


def queue_wait(turn: Turn, *, position: int, long_wait: bool) -> VoiceResponse:
    """What a waiting caller hears, again and again (Twilio refetches it when it ends).

    Each round tells the position, then offers a loss report with a callback
    number; after the longest wait, a callback or an agent in another language.
    """
    response = VoiceResponse()
    if position > 0:
        say(response, turn.catalogue, "queue_position", position=position)
    gather = response.gather(
        input="dtmf",
        num_digits=1,
        action=turn.url("/ivr/queue/key", long=int(long_wait)),
        timeout=1,
    )
    if long_wait:
        say(gather, turn.catalogue, "queue_long_wait")
        say(gather, turn.catalogue, "queue_offer_callback")
        say(gather, turn.catalogue, "queue_offer_other_language")
    else:
        say(gather, turn.catalogue, "queue_offer_report")
    gather.pause(length=20)
    return response


def other_languages(turn: Turn, catalogues: Sequence[Catalogue]) -> VoiceResponse:
    """The follow-up question: each other language offered in its own voice, by menu digit."""
    response = VoiceResponse()
    gather = response.gather(
        input="dtmf", num_digits=1, action=turn.url("/ivr/queue/language"), timeout=6
    )
    for digit, catalogue in enumerate(catalogues, start=1):
        if catalogue.code != turn.lang:
            say(gather, catalogue, "agent_language_offer", digit=digit)
    return response


def leave_queue() -> VoiceResponse:
    response = VoiceResponse()
    response.leave()
    return response


def queue_failed(turn: Turn) -> VoiceResponse:
    """The queue could not take the caller: offer a loss report instead."""
    return menu(
        turn,
        "/ivr/queue/failed/choice",
        ["agent_offer_menu", "agent_offer_report"],
        before=["queue_unavailable"] if turn.tries == 0 else [],
    )


def queue_failed_choice(turn: Turn, digit: str, *, has_description: bool) -> VoiceResponse:
    report = (
        turn.url("/ivr/report/date")
        if has_description
        else turn.url("/ivr/describe", then="report")
    )
    options = {"2": report, "1": turn.url("/ivr/menu"), REPEAT_DIGIT: turn.url("/ivr/queue/failed")}
    return follow_choice(turn, digit, options, again="/ivr/queue/failed", exhausted="/ivr/goodbye")
