"""Callbacks that keep the caller's place: the queue row stays, in arrival order with the
calls, and when its turn comes an agent is claimed and the line calls the caller.

A caller who asks for a callback leaves Twilio's queue but not ours: their row goes
from "waiting" to "callback-number" (keying the number), then "callback" (in line);
`routing.dispatch` claims an agent for it as for a caller on hold, and `place_call`
asks Twilio to call them ("calling-back"). The number is kept only until it is called.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ivr.line.twilio_gateway import TwilioError, TwilioGateway
from ivr.models import Agent, AgentStatus, QueuedCall

log = logging.getLogger(__name__)

__all__ = [
    "asked",
    "by_line_call",
    "call_finished",
    "missed",
    "number_given",
    "place_call",
    "talked",
]


def asked(session: Session, call_sid: str) -> bool:
    """The waiting caller asked to be called back: out of Twilio's queue, still in line.
    Whether they were in line."""
    done = session.execute(
        update(QueuedCall)
        .where(QueuedCall.call_sid == call_sid, QueuedCall.state == "waiting")
        .values(state="callback-number")
    )
    return bool(done.rowcount)


def number_given(session: Session, call_sid: str, number: str) -> QueuedCall | None:
    """The number to call is known: the callback waits its turn. None if not in line."""
    session.execute(
        update(QueuedCall)
        .where(
            QueuedCall.call_sid == call_sid,
            QueuedCall.state.in_(("callback-number", "callback")),
        )
        .values(state="callback", callback_number=number)
    )
    call = session.get(QueuedCall, call_sid, populate_existing=True)
    return call if call is not None and call.state == "callback" else None


def place_call(
    session: Session,
    gateway: TwilioGateway,
    call: QueuedCall,
    agent: Agent,
    *,
    from_number: str,
    answer_url: str,
    status_url: str,
) -> int | None:
    """Ask Twilio to call the caller back for the (claimed) agent: 1 if it will.

    The agent is then busy with the line's new call, whose status callback frees them.
    If Twilio refuses the number (0), the callback is given up; if it cannot be reached
    (None), the callback keeps its place for the next free agent. Either way the agent
    is free again.
    """
    try:
        sid = gateway.create_call(
            to=call.callback_number or "",
            from_=from_number,
            url=answer_url,
            status_callback=status_url,
        )
    except TwilioError as error:
        log.warning("could not call back %s (%s); freeing agent %s", call.call_sid, error, agent.id)
        agent.status = AgentStatus.AVAILABLE.value
        agent.current_call_sid, agent.busy_since = None, None
        call.agent_id, call.connecting_since = None, None
        if error.permanent:
            call.state, call.result, call.callback_number = "left", "callback-failed", None
        else:
            call.state = "callback"
        session.commit()
        return 0 if error.permanent else None
    agent.current_call_sid = sid
    call.callback_call_sid = sid
    session.commit()
    return 1


def by_line_call(session: Session, line_call_sid: str) -> QueuedCall | None:
    """The callback the line's call `line_call_sid` is making, if it is one."""
    if not line_call_sid:
        return None
    return session.scalars(
        select(QueuedCall).where(QueuedCall.callback_call_sid == line_call_sid)
    ).first()


def talked(session: Session, line_call_sid: str, *, now: datetime) -> None:
    """The agent talked to the caller called back: done, and the number is forgotten."""
    session.execute(
        update(QueuedCall)
        .where(QueuedCall.callback_call_sid == line_call_sid, QueuedCall.state == "calling-back")
        .values(state="called-back", result="called-back", left_at=now, callback_number=None)
    )


def missed(session: Session, line_call_sid: str, *, now: datetime) -> None:
    """The agent did not answer: the callback takes its place in line again (the same
    agent is offered it last, after a pause, as a call on hold)."""
    session.execute(
        update(QueuedCall)
        .where(QueuedCall.callback_call_sid == line_call_sid, QueuedCall.state == "calling-back")
        .values(
            state="callback",
            agent_id=None,
            callback_call_sid=None,
            connecting_since=None,
            missed_at=now,
        )
    )


def call_finished(session: Session, line_call_sid: str, status: str, *, now: datetime) -> None:
    """Twilio's status callback for the line's call: a caller who did not answer (or a
    number that failed) is not called again; the number is forgotten."""
    session.execute(
        update(QueuedCall)
        .where(QueuedCall.callback_call_sid == line_call_sid, QueuedCall.state == "calling-back")
        .values(
            state="called-back" if status == "completed" else "left",
            result="called-back" if status == "completed" else f"callback-{status}"[:20],
            left_at=now,
            callback_number=None,
        )
    )
