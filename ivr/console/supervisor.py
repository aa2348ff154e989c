"""The supervisor's view of the line: agents on shift, callers waiting, calls hour by hour."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, current_app, jsonify, render_template
from werkzeug.wrappers import Response

from ivr.clock import office_midnight, office_today
from ivr.console import board, service_levels
from ivr.console.chart import hourly_chart
from ivr.console.context import SUPERVISORS, fingerprint, line_languages
from ivr.db import get_session
from ivr.pages import login_required
from lost_items.models import utcnow

bp = Blueprint("supervisor", __name__)


@bp.get("/supervisor")
@login_required(*SUPERVISORS)
def overview() -> str:
    """Show who is on shift and who waits, per language, the service levels of today and
    the last 7 days, and today's calls per hour."""
    session, languages, now = get_session(), line_languages(), utcnow()
    codes = [code for code, _ in languages]
    queues = board.waiting_calls(session, codes, now=now)
    periods = {
        "Today": office_midnight(),
        "Last 7 days": now - timedelta(days=7),
    }
    on_shift = board.agents_on_shift(session, codes)
    counts = board.calls_per_hour(session, office_today(), _zone())
    return render_template(
        "console/supervisor.html",
        languages=languages,
        queues=board.with_estimates(session, queues, now=now),
        on_shift=on_shift,
        levels={
            period: service_levels.service_levels(session, codes, since=since, now=now)
            for period, since in periods.items()
        },
        callbacks=service_levels.callbacks_pending(session, codes),
        chart=hourly_chart(counts, languages),
        today=office_today(),
        live=_live_state(queues, on_shift),
    )


@bp.get("/supervisor/live")
@login_required(*SUPERVISORS)
def live() -> Response:
    """What the supervisor's page polls: it reloads when an agent or a queue changes."""
    session, codes = get_session(), [code for code, _ in line_languages()]
    queues = board.waiting_calls(session, codes, now=utcnow())
    return jsonify(_live_state(queues, board.agents_on_shift(session, codes)))


def _live_state(queues: list[board.QueueFigures], on_shift: dict[str, list]) -> dict[str, Any]:
    state: dict[str, Any] = {
        "queues": {figures.language: figures.waiting for figures in queues},
        "agents": {code: [[a.name, a.status] for a in team] for code, team in on_shift.items()},
    }
    return {**state, "fingerprint": fingerprint(state)}


def _zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["OFFICE_TIMEZONE"])
