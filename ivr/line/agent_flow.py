"""The part of the conversation that reaches a person: ringing an agent, waiting in a queue.

Built, like `call_flow`, from plain arguments into TwiML with the twilio SDK.
"""

from __future__ import annotations

from collections.abc import Sequence

from twilio.twiml.voice_response import VoiceResponse

from ivr.line.call_flow import REPEAT_DIGIT, Turn, follow_choice, menu, say_and_hang_up
from ivr.line.prompts import Catalogue
from ivr.line.twiml import say


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


def describe_while_waiting(turn: Turn, *, action: str, hints: Sequence[str] = ()) -> VoiceResponse:
    """Before the caller waits, once: what they lost, in their own words, for the agent.

    Asked before `<Enqueue>` rather than in its wait loop: Twilio documents `<Gather>`
    there for keys, not for speech. Silence goes on to the queue all the same.
    """
    response = VoiceResponse()
    gather = response.gather(
        input="speech",
        action=action,
        language=turn.catalogue.speech_locale,
        speech_timeout="auto",
        timeout=5,
        **({"hints": ", ".join(hints)} if hints else {}),
    )
    say(gather, turn.catalogue, "queue_describe")
    response.redirect(action, method="POST")
    return response


def queue_wait(
    turn: Turn, *, position: int, long_wait: bool, minutes: int | None = None
) -> VoiceResponse:
    """What a waiting caller hears, again and again (Twilio refetches it when it ends).

    Each round tells the position and the estimated wait, then offers a callback that
    keeps the caller's place; after the longest wait, also an agent in another language.
    """
    response = VoiceResponse()
    if position > 0:
        say(response, turn.catalogue, "queue_position", position=position)
    if minutes == 1:
        say(response, turn.catalogue, "queue_estimate_minute")
    elif minutes:
        say(response, turn.catalogue, "queue_estimate_minutes", minutes=minutes)
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


def ask_callback_number(turn: Turn, *, caller_number_known: bool) -> VoiceResponse:
    """The number to call back: the one calling, or another keyed with #."""
    prompts = ["callback_use_this", "callback_key_other"] if caller_number_known else []
    return menu(
        turn,
        "/ivr/queue/callback/choice",
        prompts or ["callback_key_number"],
        num_digits=None,
        timeout=8,
    )


def callback_booked(
    turn: Turn, *, minutes: int, reopening: tuple[str, str] | None = None
) -> VoiceResponse:
    """The callback keeps the caller's place: roughly when to expect the call, goodbye.

    `reopening` (day, time): the office closes before the caller's turn comes, so the
    call comes when it opens again.
    """
    response = VoiceResponse()
    say(response, turn.catalogue, "queue_callback_booked")
    if reopening is not None:
        day, time = reopening
        say(response, turn.catalogue, "queue_callback_next_opening", day=day, time=time)
    elif minutes <= 1:
        say(response, turn.catalogue, "queue_callback_minute")
    else:
        say(response, turn.catalogue, "queue_callback_minutes", minutes=minutes)
    say(response, turn.catalogue, "goodbye")
    response.hangup()
    return response


def call_back(turn: Turn, *, endpoint: str, action: str, ring_seconds: int) -> VoiceResponse:
    """The caller called back has answered: say who calls, then ring their agent."""
    response = VoiceResponse()
    say(response, turn.catalogue, "callback_hello")
    dial = dial_agent(turn, endpoint=endpoint, action=action, ring_seconds=ring_seconds)
    for verb in dial.verbs:
        response.append(verb)
    return response


def callback_missed(turn: Turn) -> VoiceResponse:
    """The agent could not take the call back: it keeps its place and comes again."""
    return say_and_hang_up(turn, "callback_agent_missed")


def call_out(*, number: str, caller_id: str) -> VoiceResponse:
    """An agent's call from the softphone, to a caller to call back, from the line's number."""
    response = VoiceResponse()
    response.dial(number, caller_id=caller_id)
    return response


def number_refused(turn: Turn) -> VoiceResponse:
    """The softphone asked for a number that is none: the agent hears so, in their language."""
    return say_and_hang_up(turn, "invalid_number")


def hang_up() -> VoiceResponse:
    response = VoiceResponse()
    response.hangup()
    return response
