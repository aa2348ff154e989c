"""What every webhook reads from Twilio's request: the caller's language, their keys, the
call's saved state."""

from __future__ import annotations

from flask import current_app, request

from ivr import office
from ivr.clock import office_today
from ivr.db import get_session, in_autocommit
from ivr.line import speech
from ivr.line.call_flow import Turn
from ivr.line.prompts import catalogue
from ivr.models import CallState
from lost_items.database import insert_if_absent, insert_or_update
from lost_items.models import utcnow
from lost_items.phone_numbers import parse_phone_number, region_of_number


def current_turn() -> Turn:
    """The caller's language (from the URL; the first language if missing) and tries so far."""
    return Turn(
        catalogue(request.args.get("lang", "")),
        tries=small_int("tries"),
        max_tries=current_app.config["IVR_MAX_TRIES"],
    )


def small_int(name: str) -> int:
    value = request.args.get(name, "")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 4 else 0


def keyed() -> str:
    """The digits the caller keyed, without the # that ended them."""
    keys = request.form.get("Digits", "")
    return "".join(ch for ch in keys if ch.isascii() and (ch.isdigit() or ch == "*"))[:32]


def spoken() -> str:
    """What the caller said (SpeechResult), without the control characters no database holds."""
    said = request.form.get("SpeechResult", "")[:2000]
    return "".join(ch for ch in said if ch.isprintable()).strip()[:1000]


def caller_number() -> str | None:
    """The caller's number in E.164 form, or None (withheld, a browser client, junk)."""
    return parse_phone_number(
        request.form.get("From", ""), country_code=current_app.config["OFFICE_COUNTRY_CODE"]
    )


def caller_country() -> str:
    """The caller's country (ISO code), as Twilio tells it or as their number shows it."""
    told = request.form.get("CallerCountry") or request.form.get("FromCountry") or ""
    if told.isascii() and told.isalpha() and len(told) == 2:
        return told.upper()
    number = caller_number()
    return region_of_number(number) if number else ""


def call_sid() -> str:
    """Twilio's CallSid ("CA" and hex); anything else in it is dropped, not stored."""
    sid = request.form.get("CallSid", "")[:64]
    return "".join(ch for ch in sid if ch.isascii() and ch.isalnum())


def call_state() -> CallState:
    """This call's saved state, locked until the request commits, for a step that writes
    what it read: a webhook Twilio sends twice waits for the first. A call with none gets
    one; a request without a CallSid gets a throw-away one."""
    sid = call_sid()
    if not sid:
        return _throw_away()
    if in_autocommit():
        raise RuntimeError("call_state() locks the call's row: use read_call_state() here")
    session = get_session()
    state = session.get(CallState, sid, with_for_update=True)
    if state is None:
        # None again: another request for the same call made it meanwhile.
        state = _make_state(sid) or session.get(CallState, sid, with_for_update=True)
        assert state is not None
    return state


def read_call_state() -> CallState:
    """This call's saved state as it stands, for a step that only reads it: no lock (a step
    that writes what it read uses call_state()). A call with none gets a throw-away one."""
    sid = call_sid()
    state = get_session().get(CallState, sid) if sid else None
    return state if state is not None else _throw_away()


def set_state(**columns: object) -> None:
    """Set these columns of the call's state in one statement and commit; a call with no
    state yet gets one. For a step whose only write this is: it needs no lock, as a retried
    webhook sets the same again. Nothing is kept for a request without a CallSid."""
    sid = call_sid()
    if not sid:
        return
    session = get_session()
    changed = {**columns, "updated_at": utcnow()}  # the other columns' defaults fill a new row
    session.execute(
        insert_or_update(
            session, CallState, key="call_sid", values={**changed, "call_sid": sid}, update=changed
        )
    )
    session.commit()


def _throw_away() -> CallState:
    return CallState(call_sid="", candidate_ids="[]", tried_agent_ids="[]")


def _make_state(sid: str) -> CallState | None:
    """The call's new state (the columns' defaults), or None if the call has one already."""
    session = get_session()
    return session.scalars(
        insert_if_absent(session, CallState).values(call_sid=sid).returning(CallState)
    ).first()


def save(state: CallState) -> None:
    if state.call_sid:
        get_session().commit()


def spoken_hours(turn: Turn) -> str:
    """The hours an admin set (else OFFICE_HOURS), and the closures of the next two weeks."""
    session = get_session()
    closures = office.closures_ahead(session, office_today())
    return speech.spoken_hours(
        office.hours(session),
        turn.catalogue,
        [(closure.day, closure.closed_from) for closure in closures],
    )
