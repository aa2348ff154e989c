"""Who takes a call: the available agent who speaks the caller's language and has waited
longest since their last call, claimed so that no two callers ever get the same agent.

The claim is one UPDATE of the agent a locking subquery chose among the free ones:
whatever the number of gunicorn workers or hosts, only one transaction can win a given
agent. On PostgreSQL the row lock does it (SKIP LOCKED: an agent being claimed by another
caller is passed over, not waited for); on SQLite every transaction starts with
BEGIN IMMEDIATE (see lost_items.database), which serialises writers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    and_,
    bindparam,
    case,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from ivr.line.twilio_gateway import TwilioError, TwilioGateway
from ivr.models import Agent, AgentStatus, CallState, QueuedCall
from lost_items.database import insert_if_absent, insert_or_update

log = logging.getLogger(__name__)

__all__ = [
    "FINAL_CALL_STATUSES",
    "RETRY_PAUSE",
    "STALLED_AFTER",
    "RoutingSettings",
    "answered_at_once",
    "call_ended",
    "call_missed",
    "call_over",
    "claim_agent",
    "dispatch",
    "enqueue",
    "free_agents_of_ended_calls",
    "left_queue",
    "longest_waiting_call",
    "no_agent",
    "on_shift",
    "queue_name",
    "redeliver",
]


# Twilio's words for a call that is over.
FINAL_CALL_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})


@dataclass(frozen=True)
class RoutingSettings:
    wrap_up_seconds: int = 60
    max_misses: int = 3

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> RoutingSettings:
        return cls(
            wrap_up_seconds=int(config["AGENT_WRAP_UP_SECONDS"]),
            max_misses=int(config["AGENT_MAX_MISSES"]),
        )


def queue_name(language: str) -> str:
    return f"lost-property-{language}"


def _free(now: datetime | BindParameter[datetime]) -> ColumnElement[bool]:
    """Available, or in wrap-up whose time is over."""
    return or_(
        Agent.status == AgentStatus.AVAILABLE.value,
        and_(Agent.status == AgentStatus.WRAP_UP.value, Agent.wrap_up_until <= now),
    )


# Whether an agent speaks the language in the parameter "language" ("% fr %": a code
# between spaces, as `Agent.languages` lists them).
_SPEAKS = (literal(" ") + Agent.languages + literal(" ")).like(bindparam("language"))
_NOT_TRIED = Agent.id.not_in(bindparam("exclude", expanding=True))


def _parameters(language: str, exclude: Iterable[int]) -> dict[str, object]:
    return {"language": f"% {language} %", "exclude": list(exclude)}


# Statements the phone line runs at every caller's request for a person are built once:
# building the claim anew each time cost more than running it (1.2 ms against 0.5).
_ON_SHIFT = (
    select(Agent.id).where(Agent.status != AgentStatus.OFFLINE.value, _SPEAKS, _NOT_TRIED).limit(1)
)


def on_shift(session: Session, language: str, *, exclude: Iterable[int] = ()) -> bool:
    """Whether anyone who speaks `language` is on shift (not offline) and not yet tried.

    If not, queueing the caller would keep them waiting for nobody.
    """
    return session.scalar(_ON_SHIFT, _parameters(language, exclude)) is not None


_LONGEST_IDLE = (
    select(Agent.id)
    .where(
        _free(bindparam("now")),
        _SPEAKS,
        _NOT_TRIED,
    )
    .order_by(Agent.last_call_ended_at.asc().nulls_first(), Agent.id)
    .limit(1)
    .with_for_update(skip_locked=True)
    .scalar_subquery()
)
_CLAIM = (
    update(Agent)
    .where(Agent.id == _LONGEST_IDLE)
    .values(
        status=AgentStatus.BUSY.value,
        current_call_sid=bindparam("call_sid"),
        busy_since=bindparam("now"),
        wrap_up_until=None,
    )
    .returning(Agent)
    .execution_options(synchronize_session=False, populate_existing=True)
)


def claim_agent(
    session: Session, language: str, *, call_sid: str, now: datetime, exclude: Iterable[int] = ()
) -> Agent | None:
    """Mark the longest-idle free agent who speaks `language` busy with this call.

    One statement: the agent is chosen, locked and marked busy at once. On PostgreSQL an
    agent another caller is claiming right now is skipped (SKIP LOCKED), not waited for.
    The caller commits; until then the row stays locked (PostgreSQL) or the database is
    (SQLite), so the claim holds.
    """
    parameters = {**_parameters(language, exclude), "now": now, "call_sid": call_sid}
    return session.scalars(_CLAIM, parameters).first()


def _holding(call_sid: str, agent_id: int | None) -> list[ColumnElement[bool]]:
    """The agent is busy with this call: `agent_id`, or whoever it is if None.

    Agents are released by one conditional UPDATE each, with no read first: a retried
    webhook, or the status callback after the dial's own, finds the agent no longer busy
    with this call and changes nothing.
    """
    holding = [Agent.current_call_sid == call_sid, Agent.status == AgentStatus.BUSY.value]
    return holding if agent_id is None else [*holding, Agent.id == agent_id]


def call_ended(
    session: Session,
    call_sid: str,
    *,
    now: datetime,
    settings: RoutingSettings,
    agent_id: int | None = None,
) -> bool:
    """A call an agent took is over: wrap-up, then available again. Whether an agent was
    still busy with it (a retried webhook finds none)."""
    ended = session.execute(
        update(Agent)
        .where(*_holding(call_sid, agent_id))
        .values(
            status=AgentStatus.WRAP_UP.value,
            wrap_up_until=now + timedelta(seconds=settings.wrap_up_seconds),
            current_call_sid=None,
            busy_since=None,
            last_call_ended_at=now,
            missed_in_a_row=0,
        )
    )
    return bool(ended.rowcount)


CHECK_CALLS_AFTER = timedelta(minutes=2)  # a call's status callback comes within seconds


def free_agents_of_ended_calls(
    session: Session,
    gateway: TwilioGateway,
    *,
    now: datetime,
    settings: RoutingSettings,
    busy_for: timedelta = CHECK_CALLS_AFTER,
) -> int:
    """Free the agents still busy with a call Twilio says is over; how many were.

    The status callback frees an agent when a call ends; if the database was down when it
    came, nothing did, and Twilio does not send it again. This asks Twilio about each call
    an agent has been busy with for `busy_for` or more: one that is over (or that Twilio
    does not know) frees its agent, as its status callback would have.
    """
    busy = session.execute(
        select(Agent.id, Agent.current_call_sid).where(
            Agent.status == AgentStatus.BUSY.value,
            Agent.current_call_sid.is_not(None),
            Agent.busy_since < now - busy_for,
        )
    ).all()
    freed = 0
    for agent_id, call_sid in busy:
        try:
            over = gateway.call_status(call_sid) in FINAL_CALL_STATUSES
        except TwilioError as error:
            if error.status != 404:  # Twilio unreachable, or refusing us: ask again next time
                log.warning("could not ask Twilio about call %s: %s", call_sid, error)
                continue
            over = True
        if over and call_over(session, call_sid, now=now, settings=settings):
            log.warning("agent %s was still busy with call %s, which is over", agent_id, call_sid)
            freed += 1  # not if another host's check, or the callback, came first
        session.commit()
    return freed


def call_over(session: Session, call_sid: str, *, now: datetime, settings: RoutingSettings) -> bool:
    """Twilio says the call has ended: out of the queue, and its agent (if any) to wrap-up.
    Whether an agent was still busy with it."""
    left_queue(session, call_sid, now=now, result="hangup")
    return call_ended(session, call_sid, now=now, settings=settings)


def call_missed(
    session: Session, call_sid: str, *, agent_id: int, settings: RoutingSettings
) -> None:
    """No answer, busy or failed: free the agent, or set them offline after too many misses."""
    too_many = Agent.missed_in_a_row + 1 >= settings.max_misses
    session.execute(
        update(Agent)
        .where(*_holding(call_sid, agent_id))
        .values(
            missed_in_a_row=Agent.missed_in_a_row + 1,
            status=case((too_many, AgentStatus.OFFLINE.value), else_=AgentStatus.AVAILABLE.value),
            current_call_sid=None,
            busy_since=None,
        )
    )


def enqueue(
    session: Session,
    call_sid: str,
    *,
    language: str,
    speaks: str,
    missed_at: datetime | None = None,
) -> None:
    """Put the call in the queue of agents who speak `language` (the caller hears `speaks`).

    Inserted at once (the usual case, one statement); a call queued before, whose agent
    then missed it (`missed_at`), waits again from where it first joined.
    """
    made = session.scalar(
        insert_if_absent(session, QueuedCall)
        .values(
            call_sid=call_sid,
            language=language,
            speaks=speaks,
            state="waiting",
            missed_at=missed_at,
        )
        .returning(QueuedCall.call_sid)
    )
    if made is None:
        session.execute(
            update(QueuedCall)
            .where(QueuedCall.call_sid == call_sid)
            .values(
                language=language,
                state="waiting",
                agent_id=None,
                left_at=None,
                result=None,
                missed_at=missed_at,
            )
        )


def answered_at_once(
    session: Session, call_sid: str, *, language: str, speaks: str, now: datetime
) -> None:
    """A free agent was claimed as the caller asked: a wait of nothing, for the service
    level (a call queued before keeps the moment it first asked)."""
    done = {"state": "connected", "left_at": now, "result": "direct"}
    row = {"call_sid": call_sid, "language": language, "speaks": speaks, "enqueued_at": now}
    session.execute(
        insert_or_update(session, QueuedCall, key="call_sid", values={**row, **done}, update=done)
    )


def no_agent(session: Session, call_sid: str, *, now: datetime) -> None:
    """Nobody who speaks the language is on shift: a caller put through before, whose
    agent missed the call, was not answered after all."""
    session.execute(
        update(QueuedCall)
        .where(QueuedCall.call_sid == call_sid, QueuedCall.result == "direct")
        .values(state="left", left_at=now, result="no-agent")
    )


# Still in Twilio's queue, or on the line keying the number to call back.
_IN_QUEUE = ("waiting", "connecting", "callback-number")


def left_queue(
    session: Session, call_sid: str, *, now: datetime, state: str = "left", result: str = ""
) -> None:
    """The call is out of the queue: it left (hung up, chose otherwise) or reached its
    agent ("connected"); `result` says how (Twilio's QueueResult, or "hangup"). One
    conditional UPDATE: a call out already stays as it was."""
    session.execute(
        update(QueuedCall)
        .where(QueuedCall.call_sid == call_sid, QueuedCall.state.in_(_IN_QUEUE))
        .values(state=state, left_at=now, result=(result or state)[:20])
    )


def longest_waiting_call(session: Session, agent: Agent) -> QueuedCall | None:
    """The caller who has waited longest in any of the agent's languages."""
    return session.scalars(
        select(QueuedCall)
        .where(QueuedCall.state == "waiting", QueuedCall.language.in_(agent.language_list))
        .order_by(QueuedCall.enqueued_at, QueuedCall.call_sid)
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()


# An agent who let a call ring out is offered it again only after this, and after every
# other free agent of the language: never their phone ringing again at once.
RETRY_PAUSE = timedelta(seconds=30)

# A caller to call back, claimed for an agent: 1 if the line is calling them, 0 if Twilio
# refused (the agent is freed), None if Twilio cannot be reached (the same, and stop).
CallBack = Callable[[Session, QueuedCall, Agent], int | None]


def _missed_long_ago(call: QueuedCall, now: datetime, pause: timedelta) -> bool:
    missed = call.missed_at
    if missed is None:
        return True
    return (missed if missed.tzinfo else missed.replace(tzinfo=UTC)) <= now - pause


def dispatch(
    session: Session,
    gateway: TwilioGateway,
    *,
    now: datetime,
    connect_url: Callable[[QueuedCall, Agent], str],
    limit: int = 20,
    call_back: CallBack | None = None,
    retry_pause: timedelta = RETRY_PAUSE,
) -> int:
    """Connect waiting callers, oldest first, to free agents who speak their language.

    Runs when an agent becomes available and at every queue wait webhook (so an
    agent whose wrap-up is over gets the next caller within half a minute). It
    commits each claim before asking Twilio to move the caller, so the webhook
    Twilio then calls finds the agent already reserved for this caller. Callers to
    call back wait in the same order (`call_back` places their call; without it, as
    when the office is closed, they keep waiting). An agent who missed a call is
    offered it again after the others, and only `retry_pause` after the miss.
    """
    # Only callers a free agent could take: while callers wait, most often nobody is free,
    # and locking every waiting row at every wait webhook makes the webhooks queue up.
    free = session.scalars(select(Agent.languages).where(_free(now))).all()
    spoken = {code for languages in free for code in languages.split()}
    if not spoken:
        return 0
    connected = 0
    states = ("waiting", "callback") if call_back is not None else ("waiting",)
    waiting = session.scalars(
        select(QueuedCall)
        .where(QueuedCall.state.in_(states), QueuedCall.language.in_(spoken))
        .order_by(QueuedCall.enqueued_at, QueuedCall.call_sid)
        .limit(limit)
    ).all()
    for call in waiting:
        was = call.state
        claimed = session.execute(
            update(QueuedCall)
            .where(QueuedCall.call_sid == call.call_sid, QueuedCall.state == was)
            .values(
                state="connecting" if was == "waiting" else "calling-back", connecting_since=now
            )
            .execution_options(synchronize_session="evaluate")  # `call` says so too
        )
        if claimed.rowcount != 1:
            continue
        state = session.get(CallState, call.call_sid)
        tried = state.tried_agents if state is not None else []
        agent = claim_agent(session, call.language, call_sid=call.call_sid, now=now, exclude=tried)
        if agent is None and tried and _missed_long_ago(call, now, retry_pause):
            agent = claim_agent(session, call.language, call_sid=call.call_sid, now=now)
        if agent is None:
            session.rollback()
            continue
        call.agent_id = agent.id
        session.commit()
        if was == "callback" and call_back is not None:
            moved = call_back(session, call, agent)
        else:
            moved = _move_to_agent(session, gateway, call, agent, connect_url, now=now)
        if moved is None:
            break  # Twilio cannot be reached: the next wait webhook tries again
        connected += moved
    return connected


STALLED_AFTER = timedelta(seconds=20)  # a move Twilio was asked for takes a second at most


def redeliver(
    session: Session,
    gateway: TwilioGateway,
    call_sid: str,
    *,
    now: datetime,
    connect_url: Callable[[QueuedCall, Agent], str],
) -> bool:
    """Ask Twilio again to move a caller who is still waiting although an agent was claimed
    for them long ago: the worker that claimed died before it asked, or Twilio lost it.

    Only for a caller whose own wait webhook is running: Twilio fetches it only while the
    caller is in the queue, so the claim did not reach them.
    """
    call = session.scalars(
        select(QueuedCall)
        .where(QueuedCall.call_sid == call_sid, QueuedCall.state == "connecting")
        .where(QueuedCall.connecting_since < now - STALLED_AFTER)
        .with_for_update(skip_locked=True)
    ).first()
    if call is None:
        return False
    agent = session.get(Agent, call.agent_id) if call.agent_id else None
    if agent is None or agent.current_call_sid != call_sid or agent.status != AgentStatus.BUSY:
        # The agent went elsewhere meanwhile: the caller waits for the next one.
        call.state, call.agent_id, call.connecting_since = "waiting", None, None
        session.commit()
        return False
    log.warning(
        "call %s waited for agent %s since %s; asking Twilio again",
        call_sid,
        agent.id,
        call.connecting_since,
    )
    call.connecting_since = now
    session.commit()
    return bool(_move_to_agent(session, gateway, call, agent, connect_url, now=now))


def _move_to_agent(
    session: Session,
    gateway: TwilioGateway,
    call: QueuedCall,
    agent: Agent,
    connect_url: Callable[[QueuedCall, Agent], str],
    *,
    now: datetime,
) -> int | None:
    """Ask Twilio to take the (claimed) caller out of the queue to the agent: 1 if it did.

    If Twilio refuses (the caller hung up meanwhile: 0), the caller has left; if it cannot
    be reached (None), the caller still waits and gets the next free agent. Either way the
    agent is free again.
    """
    try:
        gateway.dequeue(queue_name(call.language), call.call_sid, connect_url(call, agent))
    except TwilioError as error:
        log.warning(
            "could not dequeue call %s (%s); freeing agent %s", call.call_sid, error, agent.id
        )
        agent.status = AgentStatus.AVAILABLE.value
        agent.current_call_sid = None
        agent.busy_since = None
        call.agent_id, call.connecting_since = None, None
        if error.permanent:
            call.state, call.left_at = "left", now
        else:
            call.state = "waiting"
        session.commit()
        return 0 if error.permanent else None
    return 1
