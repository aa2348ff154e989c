"""Hand free agents to waiting callers, from whichever request noticed an agent is free."""

from __future__ import annotations

from flask import current_app, request

from ivr import routing
from ivr.call_flow import Turn
from ivr.db import get_session
from ivr.models import Agent, QueuedCall
from ivr.prompts import catalogues
from ivr.twilio_gateway import gateway
from lost_items.models import utcnow


def connect_url(call: QueuedCall, agent: Agent) -> str:
    """The absolute URL Twilio fetches for a dequeued caller (the REST API needs it whole)."""
    base = current_app.config["PUBLIC_BASE_URL"] or request.host_url
    speaks = call.speaks if call.speaks in catalogues() else next(iter(catalogues()))
    path = Turn(catalogues()[speaks]).url(
        "/ivr/agent/connect", agent=agent.id, agent_lang=call.language
    )
    return base.rstrip("/") + path


def dispatch_now() -> int:
    return routing.dispatch(get_session(), gateway(), now=utcnow(), connect_url=connect_url)
