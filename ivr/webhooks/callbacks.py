"""Waiting for an agent, continued: what the caller lost (asked before they wait), the
callback that keeps their place, and the line's call back to them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_time, get_day_names
from flask import Response, current_app, request
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ivr import metrics
from ivr.clock import office_today
from ivr.db import autocommit, get_session
from ivr.line import agent_flow, call_flow, callbacks, routing, wait_estimates
from ivr.line.call_flow import Turn
from ivr.line.prompts import catalogue
from ivr.line.twiml import twiml
from ivr.models import Agent, CallState, id_list
from ivr.opening import closing_time, next_opening
from ivr.webhooks import bp
from ivr.webhooks.agents import ANSWERED, _agent_language, _settings
from ivr.webhooks.context import (
    call_sid,
    call_state,
    caller_number,
    current_turn,
    keyed,
    save,
    small_int,
    spoken,
)
from ivr.webhooks.self_service import CANDIDATES_HEARD
from lost_items import matching
from lost_items.models import utcnow
from lost_items.phone_numbers import parse_phone_number


@bp.post("/queue/described")
def queue_described() -> Response:
    """What the caller lost, said before they wait: searched now, for the agent's screen."""
    turn = current_turn()
    heard = spoken()
    if heard:
        state = call_state()
        state.description = heard
        found = metrics.timed_search("phone", matching.search)(
            get_session(),
            heard,
            language=turn.lang,
            lost_on=state.lost_on,
            today=office_today(),
            limit=CANDIDATES_HEARD,
        )
        state.candidates = [match.item.id for match in found]
        save(state)
    return twiml(
        call_flow.redirect(turn.url("/ivr/agent", agent_lang=_agent_language(turn), asked=1))
    )


@bp.post("/queue/callback")
def queue_callback() -> Response:
    """Ask for the number to call back (the caller's place in line is kept meanwhile)."""
    return twiml(
        agent_flow.ask_callback_number(
            current_turn(), caller_number_known=caller_number() is not None
        )
    )


@bp.post("/queue/callback/choice")
def queue_callback_choice() -> Response:
    """The number is known: the callback waits its turn; tell the caller roughly when."""
    turn = current_turn()
    keys = keyed()
    known = caller_number()
    if keys == "1" and known:
        number: str | None = known
    else:
        number = parse_phone_number(keys, country_code=current_app.config["OFFICE_COUNTRY_CODE"])
    language = _agent_language(turn)
    back_in_line = turn.url("/ivr/agent", agent_lang=language, asked=1)
    session = get_session()
    queued = callbacks.number_given(session, call_sid(), number) if number else None
    if queued is None:
        if number:  # no longer in line (the row was purged, say): wait on hold again
            return twiml(call_flow.redirect(back_in_line))
        problem = "invalid_number" if keys else "no_input"
        return twiml(
            call_flow.retry(
                turn,
                problem,
                again="/ivr/queue/callback",
                params={"agent_lang": language},
                exhausted=back_in_line,
            )
        )
    session.commit()
    now = utcnow()
    position = wait_estimates.place_in_line(session, queued)
    wait = wait_estimates.estimated_wait(session, queued.language, position=position, now=now)
    return twiml(
        agent_flow.callback_booked(
            turn,
            minutes=wait_estimates.spoken_minutes(wait),
            reopening=_reopening(turn, now, now + wait),
        )
    )


def _reopening(turn: Turn, now: datetime, expected: datetime) -> tuple[str, str] | None:
    """(day, time) the office opens again, if it is closed by the time the call would come."""
    config = current_app.config
    zone = ZoneInfo(config["OFFICE_TIMEZONE"])
    closes = closing_time(now, config["OFFICE_HOURS"], zone)
    if closes is not None and expected < closes:
        return None
    opens = next_opening(now, config["OFFICE_HOURS"], zone)
    locale = turn.catalogue.babel_locale
    day = get_day_names("wide", locale=locale)[opens.weekday()]
    return day, format_time(opens.time(), "short", locale=locale)


@bp.post("/callback/answer")
@autocommit
def callback_answer() -> Response:
    """The caller the line called back has answered: ring the agent claimed for them."""
    turn = current_turn()
    sid = call_sid()
    session = get_session()
    agent = session.get(Agent, small_int("agent"))
    if agent is None or not sid or agent.current_call_sid != sid:
        callbacks.missed(session, sid, now=utcnow())  # the agent went elsewhere: again later
        session.commit()
        return twiml(agent_flow.callback_missed(turn))
    action = turn.url("/ivr/callback/dialed", agent=agent.id, agent_lang=_agent_language(turn))
    return twiml(
        agent_flow.call_back(
            turn,
            endpoint=agent.endpoint,
            action=action,
            ring_seconds=current_app.config["AGENT_RING_SECONDS"],
        )
    )


@bp.post("/callback/dialed")
@autocommit
def callback_dialed() -> Response:
    """The agent's phone stopped ringing, or the conversation with the caller is over."""
    turn = current_turn()
    sid, agent_id = call_sid(), small_int("agent")
    session = get_session()
    now = utcnow()
    if request.form.get("DialCallStatus", "") in ANSWERED:
        routing.call_ended(session, sid, now=now, settings=_settings(), agent_id=agent_id)
        callbacks.talked(session, sid, now=now)
        session.commit()
        return twiml(call_flow.goodbye(turn))
    routing.call_missed(session, sid, agent_id=agent_id, settings=_settings())
    queued = callbacks.by_line_call(session, sid)
    if queued is not None:
        _tried(session, queued.call_sid, agent_id)
    callbacks.missed(session, sid, now=now)
    session.commit()
    return twiml(agent_flow.callback_missed(turn))


def _tried(session: Session, original_sid: str, agent_id: int) -> None:
    """The agent missed the callback: offered it again after the others, as a call on hold."""
    state = session.get(CallState, original_sid)
    if state is None or not agent_id or agent_id in state.tried_agents:
        return
    session.execute(
        update(CallState)
        .where(CallState.call_sid == original_sid)
        .values(tried_agent_ids=id_list([*state.tried_agents, agent_id]))
    )


@bp.post("/softphone/outgoing")
@autocommit
def softphone_outgoing() -> Response:
    """A call an agent places from the desk's softphone (the TwiML App's Voice URL): to
    the number they call back, shown as the line's own. Only from a known agent's softphone,
    and only to a number that parses as one (the agent hears why not, in their language)."""
    identity = request.form.get("From", "").removeprefix("client:")
    agent = (
        get_session().scalars(select(Agent).where(Agent.endpoint == f"client:{identity}")).first()
    )
    if not identity or agent is None:
        return twiml(agent_flow.hang_up())
    config = current_app.config
    number = parse_phone_number(
        request.form.get("To", ""), country_code=config["OFFICE_COUNTRY_CODE"]
    )
    turn = Turn(catalogue(agent.language_list[0] if agent.language_list else ""))
    if number is None:
        return twiml(agent_flow.number_refused(turn))
    return twiml(agent_flow.call_out(number=number, caller_id=config["TWILIO_PHONE_NUMBER"]))
