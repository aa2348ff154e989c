"""The screen pop: what an agent sees of the caller the line has just put through to them.

Everything comes from the call's `CallState`, which the phone line filled in
before routing: the language, the caller's own words, the found items the
search offered them, and a number to call back if the line drops. The agent
then does not ask again what the caller has already told the machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ivr.models import Agent, CallState, QueuedCall
from lost_items import items, reports
from lost_items.models import FoundItem
from lost_items.phone_numbers import display_phone_number

__all__ = ["Candidate", "ScreenPop", "candidate", "screen_pop"]


@dataclass(frozen=True)
class Candidate:
    reference: str
    kind: str | None  # concept ids ("kind:wallet"); the template names them
    colours: list[str]
    found_on: date
    found_at: str
    description: str
    status: str


@dataclass(frozen=True)
class ScreenPop:
    call_sid: str
    language: str | None
    description: str | None
    candidates: list[Candidate]
    callback_number: str | None
    call_back: str | None = None  # a callback: the number the line is calling, as shown


def candidate(item: FoundItem) -> Candidate:
    """A found item as an agent reads it out to a caller (the search box shows the same)."""
    return Candidate(
        reference=items.reference_of(item),
        kind=item.kind or item.category,
        colours=item.color_list,
        found_on=item.found_on,
        found_at=item.found_at,
        description=item.description,
        status=item.status,
    )


def _callback_number(session: Session, state: CallState) -> str | None:
    """The number the caller keyed for a loss report, else the one they call from."""
    report = reports.report_of_call(session, state.call_sid)
    if report is not None and report.callback_number:
        return report.callback_number
    return state.caller_number


def screen_pop(session: Session, agent: Agent) -> ScreenPop | None:
    """The call the agent is on now, or None between calls."""
    if not agent.current_call_sid:
        return None
    callback = _callback(session, agent.current_call_sid)
    original = callback.call_sid if callback is not None else agent.current_call_sid
    call_back = display_phone_number(callback.callback_number) if callback is not None else None
    state = session.get(CallState, original)
    if state is None:  # purged, or a call that never reached the phone line's steps
        return ScreenPop(agent.current_call_sid, None, None, [], None, call_back)
    ids = state.candidates
    found = session.scalars(select(FoundItem).where(FoundItem.id.in_(ids))).all() if ids else []
    by_id = {item.id: item for item in found}
    return ScreenPop(
        call_sid=state.call_sid,
        language=state.language,
        description=state.description,
        candidates=[candidate(by_id[i]) for i in ids if i in by_id],  # in the order heard
        callback_number=_callback_number(session, state),
        call_back=call_back,
    )


def _callback(session: Session, call_sid: str) -> QueuedCall | None:
    """The callback the agent is on: the line's call to the caller (or, for the moment
    before Twilio names it, the caller's first call, claimed for the agent)."""
    return session.scalars(
        select(QueuedCall).where(
            or_(
                QueuedCall.callback_call_sid == call_sid,
                and_(QueuedCall.call_sid == call_sid, QueuedCall.state == "calling-back"),
            )
        )
    ).first()
