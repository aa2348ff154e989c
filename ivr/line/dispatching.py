"""Hand free agents to waiting callers, from whichever request noticed an agent is free."""

from __future__ import annotations

import logging
from functools import partial
from zoneinfo import ZoneInfo

from flask import Response, current_app, request
from sqlalchemy.orm import Session

from ivr.db import get_session
from ivr.line import callbacks, routing
from ivr.line.call_flow import Turn
from ivr.line.prompts import catalogue
from ivr.line.twilio_gateway import gateway
from ivr.models import Agent, QueuedCall
from ivr.opening import is_open
from lost_items.models import utcnow

log = logging.getLogger(__name__)

AFTER_WAIT = 2  # callers handed to agents after one wait webhook


def connect_url(call: QueuedCall, agent: Agent, *, base: str) -> str:
    """The absolute URL Twilio fetches for a dequeued caller (the REST API needs it whole)."""
    path = Turn(catalogue(call.speaks)).url(
        "/ivr/agent/connect", agent=agent.id, agent_lang=call.language
    )
    return base.rstrip("/") + path


def call_back(session: Session, call: QueuedCall, agent: Agent, *, base: str) -> int | None:
    """Have the line call a caller back for the agent claimed for them (see callbacks.py)."""
    answer = Turn(catalogue(call.speaks)).url(
        "/ivr/callback/answer", agent=agent.id, agent_lang=call.language
    )
    return callbacks.place_call(
        session,
        gateway(),
        call,
        agent,
        from_number=current_app.config["TWILIO_PHONE_NUMBER"],
        answer_url=base.rstrip("/") + answer,
        status_url=base.rstrip("/") + "/ivr/status",
    )


def _public_base() -> str:
    return current_app.config["PUBLIC_BASE_URL"] or request.host_url


def _dispatch(base: str, *, limit: int = 20) -> int:
    """Connect waiting callers, and in opening hours call back those who asked."""
    config, now = current_app.config, utcnow()
    url = partial(connect_url, base=base)
    opened = is_open(now, config["OFFICE_HOURS"], ZoneInfo(config["OFFICE_TIMEZONE"]))
    return routing.dispatch(
        get_session(),
        gateway(),
        now=now,
        connect_url=url,
        limit=limit,
        call_back=partial(call_back, base=base) if opened else None,
    )


def dispatch_now() -> int:
    """Connect waiting callers to free agents before answering (an agent set available)."""
    return _dispatch(_public_base())


def dispatch_after(response: Response, *, waiting: str = "") -> Response:
    """Connect waiting callers to free agents once `response` has gone out.

    For the queue's wait webhook, which Twilio fetches again and again while callers hold:
    Twilio's REST API can take a few hundred milliseconds, and the caller waiting on this
    webhook should not wait for it. The server runs this when it closes the response, in a
    fresh app context (its teardown closes the session). `waiting`: the CallSid of the
    caller whose wait this is; if an agent was claimed for them long ago and they still
    wait, Twilio is asked again to move them.
    """
    app, base = current_app._get_current_object(), _public_base()  # type: ignore[attr-defined]

    def run() -> None:
        with app.app_context():
            try:
                if waiting:
                    url = partial(connect_url, base=base)
                    routing.redeliver(
                        get_session(), gateway(), waiting, now=utcnow(), connect_url=url
                    )
                # A few at a time: each is a REST call, and the worker must not outlive
                # gunicorn's timeout; the other callers' own wait webhooks come soon.
                _dispatch(base, limit=AFTER_WAIT)
            except Exception:  # nobody is left to answer: log it, the next wait tries again
                log.exception("could not hand free agents to waiting callers")

    response.call_on_close(run)
    return response
