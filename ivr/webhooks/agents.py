"""Reaching a person: ring a free agent who speaks the caller's language, or queue the caller
until one is free; keep agents' states true whatever way a call ends."""

from __future__ import annotations

from flask import Response, current_app, request
from twilio.twiml.voice_response import VoiceResponse

from ivr import metrics
from ivr.db import autocommit, get_session
from ivr.line import agent_flow, call_flow, callbacks, routing, wait_estimates
from ivr.line.call_flow import Turn
from ivr.line.dispatching import dispatch_after
from ivr.line.prompts import catalogues
from ivr.line.twiml import twiml
from ivr.models import Agent, QueuedCall, id_list
from ivr.webhooks import bp
from ivr.webhooks.context import (
    call_sid,
    call_state,
    caller_number,
    current_turn,
    keyed,
    read_call_state,
    save,
    set_state,
    small_int,
)
from lost_items.models import utcnow

ANSWERED = {"completed", "answered"}


def _settings() -> routing.RoutingSettings:
    return routing.RoutingSettings.from_config(current_app.config)


def _agent_language(turn: Turn) -> str:
    """The language the agent must speak: the caller's, or the second one they chose."""
    wanted = request.args.get("agent_lang", "")
    return wanted if wanted in catalogues() else turn.lang


def _dial(turn: Turn, agent: Agent, language: str) -> Response:
    action = turn.url("/ivr/agent/dialed", agent=agent.id, agent_lang=language)
    return twiml(
        agent_flow.dial_agent(
            turn,
            endpoint=agent.endpoint,
            action=action,
            ring_seconds=current_app.config["AGENT_RING_SECONDS"],
        )
    )


@bp.post("/agent")
def agent() -> Response:
    """Ring the longest-idle free agent who speaks the language, or queue the caller."""
    turn = current_turn()
    language = _agent_language(turn)
    state = call_state()
    if not state.call_sid:
        return twiml(agent_flow.queue_failed(turn))
    session = get_session()
    current = session.get(Agent, state.agent_id) if state.agent_id else None
    if current is not None and current.current_call_sid == state.call_sid:
        return _dial(turn, current, language)  # Twilio retried this webhook: same agent
    now = utcnow()
    claimed = routing.claim_agent(
        session, language, call_sid=state.call_sid, now=now, exclude=state.tried_agents
    )
    state.caller_number = caller_number()  # for the agent's screen pop
    if claimed is not None:
        state.agent_id = claimed.id
        routing.answered_at_once(
            session, state.call_sid, language=language, speaks=turn.lang, now=now
        )
        save(state)
        return _dial(turn, claimed, language)
    # An agent who just missed this call is still on shift: the caller waits for them too.
    if not routing.on_shift(session, language):
        routing.no_agent(session, state.call_sid, now=now)
        save(state)
        return twiml(agent_flow.queue_failed(turn))  # nobody to wait for: offer a report
    if not state.description and not state.tried_agents and not small_int("asked"):
        save(state)  # what they lost, once, before they wait: the agent's screen shows it
        action = turn.url("/ivr/queue/described", agent_lang=language)
        return twiml(agent_flow.describe_while_waiting(turn, action=action))
    missed = now if state.tried_agents else None
    routing.enqueue(session, state.call_sid, language=language, speaks=turn.lang, missed_at=missed)
    save(state)
    return twiml(
        agent_flow.enqueue(
            turn,
            queue=routing.queue_name(language),
            wait_url=turn.url("/ivr/queue/wait", agent_lang=language),
            action=turn.url("/ivr/queue/left", agent_lang=language),
        )
    )


@bp.post("/agent/dialed")
@autocommit
def agent_dialed() -> Response:
    """The agent's phone stopped ringing or the conversation ended.

    No lock on the call's state: each agent's release is one conditional UPDATE that a
    retry repeats harmlessly, and one dial of a call ends at a time."""
    turn = current_turn()
    agent_id = small_int("agent")
    session = get_session()
    sid = call_sid()
    if request.form.get("DialCallStatus", "") in ANSWERED:
        if sid:
            routing.call_ended(session, sid, now=utcnow(), settings=_settings(), agent_id=agent_id)
            session.commit()
        return twiml(call_flow.goodbye(turn))
    if sid:
        routing.call_missed(session, sid, agent_id=agent_id, settings=_settings())
        tried = read_call_state().tried_agents
        if agent_id and agent_id not in tried:
            tried = [*tried, agent_id]
        set_state(agent_id=None, tried_agent_ids=id_list(tried))
    return twiml(call_flow.redirect(turn.url("/ivr/agent", agent_lang=_agent_language(turn))))


@bp.post("/agent/connect")
@autocommit
def agent_connect() -> Response:
    """Where a dequeued caller goes: dial the agent reserved for them."""
    turn = current_turn()
    sid = call_sid()
    session = get_session()
    agent = session.get(Agent, small_int("agent"))
    if not sid or agent is None or agent.current_call_sid != sid:
        return twiml(call_flow.redirect(turn.url("/ivr/agent", agent_lang=_agent_language(turn))))
    routing.left_queue(session, sid, now=utcnow(), state="connected")
    set_state(agent_id=agent.id)
    return _dial(turn, agent, _agent_language(turn))


@bp.post("/queue/wait")
@autocommit
def queue_wait() -> Response:
    """Played to a waiting caller in a loop; also hands free agents to waiting callers."""
    turn = current_turn()
    sid, language = call_sid(), _agent_language(turn)
    session = get_session()
    if sid and not routing.on_shift(session, language):
        return twiml(agent_flow.leave_queue())  # the last agent went off shift: offer a report
    queued = session.get(QueuedCall, sid) if sid else None
    # Our own count when we know the call: callbacks keep their place, and Twilio's
    # QueuePosition does not count them.
    position = (
        wait_estimates.place_in_line(session, queued) if queued else _form_int("QueuePosition")
    )
    wait = wait_estimates.estimated_wait(session, language, position=position, now=utcnow())
    waited = _form_int("QueueTime")
    long_wait = waited >= current_app.config["QUEUE_LONGEST_WAIT_SECONDS"]
    answer = twiml(
        agent_flow.queue_wait(
            turn,
            position=position,
            long_wait=long_wait,
            minutes=wait_estimates.spoken_minutes(wait),
        )
    )
    return dispatch_after(answer, waiting=sid)


def _form_int(name: str) -> int:
    value = request.form.get(name, "")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 7 else 0


@bp.post("/queue/key")
@autocommit
def queue_key() -> Response:
    """A key pressed while waiting: 1 a loss report (or callback); 2 another language."""
    turn = current_turn()
    digit = keyed()
    if digit == "1":
        set_state(queue_exit="callback")
        return twiml(agent_flow.leave_queue())
    if digit == "2" and small_int("long"):
        return twiml(agent_flow.other_languages(turn, list(catalogues().values())))
    return twiml(VoiceResponse())  # back to waiting: Twilio fetches the wait URL again


@bp.post("/queue/language")
@autocommit
def queue_language() -> Response:
    """The second language a waiting caller speaks: leave this queue for an agent in it."""
    turn = current_turn()
    languages = list(catalogues())
    digit = keyed()
    if not (digit.isdigit() and 1 <= int(digit) <= len(languages)):
        return twiml(VoiceResponse())
    chosen = languages[int(digit) - 1]
    if chosen == turn.lang:
        return twiml(VoiceResponse())
    set_state(queue_exit=f"agent:{chosen}")
    return twiml(agent_flow.leave_queue())


@bp.post("/queue/left")
def queue_left() -> Response:
    """The caller left the queue: to an agent, by choice, or because it failed."""
    turn = current_turn()
    state = call_state()
    session = get_session()
    queued = session.get(QueuedCall, state.call_sid) if state.call_sid else None
    result = request.form.get("QueueResult", "")
    metrics.observe_queue_wait(_agent_language(turn), result, _form_int("QueueTime"))
    if result == "redirected" and queued is not None and queued.agent_id:
        return twiml(call_flow.redirect(turn.url("/ivr/agent/connect", agent=queued.agent_id)))
    exit_to, state.queue_exit = state.queue_exit or "", None
    # A callback: out of Twilio's queue, still in line, for the number to call.
    wants_callback = result == "leave" and exit_to == "callback" and queued is not None
    if wants_callback and callbacks.asked(session, state.call_sid):
        save(state)
        back = turn.url("/ivr/queue/callback", agent_lang=_agent_language(turn))
        return twiml(call_flow.redirect(back))
    if queued is not None:
        routing.left_queue(session, queued.call_sid, now=utcnow(), result=result)
    save(state)
    if result == "bridged":
        return twiml(call_flow.goodbye(turn))
    if result == "leave" and exit_to == "report":
        return twiml(call_flow.redirect(turn.url("/ivr/report/date")))
    if result == "leave" and exit_to.startswith("agent:"):
        return twiml(call_flow.redirect(turn.url("/ivr/agent", agent_lang=exit_to[6:])))
    if result == "hangup":
        return twiml(VoiceResponse())
    return twiml(agent_flow.queue_failed(turn))


@bp.post("/queue/failed")
def queue_failed() -> Response:
    return twiml(agent_flow.queue_failed(current_turn()))


@bp.post("/queue/failed/choice")
@autocommit
def queue_failed_choice() -> Response:
    has_description = bool(read_call_state().description)
    return twiml(
        agent_flow.queue_failed_choice(current_turn(), keyed(), has_description=has_description)
    )


@bp.post("/status")
@autocommit
def call_status() -> Response:
    """Twilio's status callback: a call ended, so no agent stays busy with it."""
    status = request.form.get("CallStatus", "")
    sid = call_sid()
    if status in routing.FINAL_CALL_STATUSES and sid:
        session = get_session()
        routing.call_over(session, sid, now=utcnow(), settings=_settings())
        callbacks.call_finished(session, sid, status, now=utcnow())  # a call back, if it was one
        session.commit()
    return twiml(VoiceResponse())
