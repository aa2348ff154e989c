"""The agent's desk: their status, the caller on the line now, the queues, and a search."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.wrappers import Response

from ivr import agents
from ivr.clock import office_today
from ivr.console import board
from ivr.console.context import AGENTS, agent_for_page, fingerprint, line_languages
from ivr.console.screen_pop import ScreenPop, screen_pop
from ivr.console.search import Search, run_search
from ivr.console.softphone import client_identity
from ivr.db import get_session
from ivr.line.dispatching import dispatch_after, dispatch_now
from ivr.models import Agent, AgentStatus
from ivr.pages import login_required
from lost_items.models import utcnow
from lost_items.validation import ValidationError
from lost_items.vocabulary import load_vocabulary

bp = Blueprint("desk", __name__)

STATUS_DONE = {
    AgentStatus.AVAILABLE.value: _l(
        "You are available: the next caller in your languages is yours."
    ),
    AgentStatus.OFFLINE.value: _l("You are offline: no calls will be put through to you."),
}
# The pages' policy, plus what the softphone needs: Twilio's signalling and insights.
SOFTPHONE_CSP = (
    "default-src 'self'; img-src 'self' data:; media-src 'self' blob:; "
    "connect-src 'self' wss://*.twilio.com https://*.twilio.com; frame-ancestors 'none'"
)
CALLER_COMING = _l("You are available, and a waiting caller is being put through to you now.")
ON_A_CALL = _l("You are on a call: your status changes by itself when the call ends.")


@bp.get("/")
@login_required(*AGENTS)
def desk() -> tuple[str, int, dict[str, str]]:
    """Show the agent's status, the current caller's screen pop, the queues and a search."""
    agent = agent_for_page(request.args)
    pop = screen_pop(get_session(), agent) if agent is not None else None
    default = pop.language if pop and pop.language else _browser_language()
    search = run_search(
        get_session(),
        request.args,
        languages=load_vocabulary().languages(),
        default_language=default,
        today=office_today(),
    )
    headers = {"Content-Security-Policy": SOFTPHONE_CSP} if _softphone(agent) else {}
    return _desk_page(agent, pop=pop, search=search), (400 if search.errors else 200), headers


@bp.post("/status")
@login_required(*AGENTS)
def change_status() -> Response | tuple[str, int]:
    """Go available (and take a waiting caller at once) or offline; not in the middle of a call."""
    agent = agent_for_page(request.form)
    if agent is None:
        abort(
            404,
            _(
                "No agent is named %(name)s: an admin must add you as an agent first.",
                name=g.user.name,
            ),
        )
    session = get_session()
    try:
        agents.set_status(session, agent, request.form.get("status"))
    except ValidationError:
        session.rollback()
        return _desk_page(agent, error=_("Choose available or offline.")), 400
    except agents.AgentBusy:
        session.rollback()
        return _desk_page(agent, error=ON_A_CALL), 409
    session.commit()
    chosen = agent.status
    # Like the API: the longest waiting caller in the agent's languages comes through at once.
    connected = dispatch_now() if chosen == AgentStatus.AVAILABLE.value else 0
    flash(str(CALLER_COMING if connected else STATUS_DONE[chosen]))
    return redirect(url_for("console.desk.desk", **_naming(agent)))


@bp.get("/live")
@login_required(*AGENTS)
def live() -> Response:
    """What the desk's page polls: it reloads when the status, the call or a queue changes.

    Also hands free agents to callbacks waiting their turn (nobody's wait webhook runs
    for a caller who hung up to be called back) once the answer has gone out."""
    agent = agent_for_page(request.args)
    state = _live_state(agent, board.waiting_calls(get_session(), _languages(), now=utcnow()))
    return dispatch_after(jsonify(state))


def _live_state(agent: Agent | None, queues: list[board.QueueFigures]) -> dict[str, Any]:
    state: dict[str, Any] = {
        "status": agent.status if agent else None,
        "call": agent.current_call_sid if agent else None,
        "queues": {figures.language: figures.waiting for figures in queues},
    }
    return {**state, "fingerprint": fingerprint(state)}


def _desk_page(
    agent: Agent | None,
    *,
    pop: ScreenPop | None = None,
    search: Search | None = None,
    error: str = "",
) -> str:
    session = get_session()
    queues = board.waiting_calls(session, _languages(), now=utcnow())
    estimated = board.with_estimates(session, queues, now=utcnow())
    return render_template(
        "console/desk.html",
        agent=agent,
        pop=pop or (screen_pop(session, agent) if agent is not None else None),
        queues=estimated,
        live=_live_state(agent, queues),
        search=search or Search(language=_browser_language()),
        search_languages=_search_languages(),
        error=error,
        naming=_naming(agent),
        softphone=_softphone(agent),
    )


def _softphone(agent: Agent | None) -> bool:
    """The agent's own desk, and their calls ring in the browser (`client:NAME`)."""
    return agent is not None and agent.name == g.user.name and bool(client_identity(agent.endpoint))


def _naming(agent: Agent | None) -> dict[str, int]:
    """`agent=<id>` in the URLs when an admin looks at someone else's console."""
    return {"agent": agent.id} if agent is not None and agent.name != g.user.name else {}


def _languages() -> list[str]:
    return [code for code, _ in line_languages()]


def _search_languages() -> list[tuple[str, str]]:
    vocabulary = load_vocabulary()
    return [(code, vocabulary.language(code).name) for code in vocabulary.languages()]


def _browser_language() -> str:
    known = load_vocabulary().languages()
    return request.accept_languages.best_match(known) or known[0]
