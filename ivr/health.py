"""What operators and their tools ask the running line: is it healthy, and how is it doing.

`/healthz` is for load balancers and uptime checks: public, cheap, and it says
only whether the database answers (200) or not (503), never why: error texts
name hosts. `/metrics` is for Prometheus and tells more (call volumes by
language), so it takes a bearer token: METRICS_TOKEN, which a scraper can
hold without being a user, or an admin's API token.
"""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, jsonify, request
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ivr import metrics
from ivr.accounts import user_for_token
from ivr.db import close_session, get_engine, get_session

bp = Blueprint("health", __name__)
# What generate_latest writes: the text format every Prometheus version reads.
TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8"


def database_reachable() -> bool:
    try:
        with get_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """Say whether the line can work: 200 with the database, 503 without."""
    if database_reachable():
        return jsonify({"status": "ok", "database": "reachable"}), 200
    return jsonify({"status": "unavailable", "database": "unreachable"}), 503


def _may_read_metrics(token: str) -> bool:
    expected = current_app.config.get("METRICS_TOKEN") or ""
    if expected and hmac.compare_digest(token.encode(), expected.encode()):
        return True
    try:
        user = user_for_token(get_session(), token)
    except SQLAlchemyError:  # without the database only METRICS_TOKEN opens the door
        return False
    return user is not None and user.role == "admin"


@bp.get("/metrics")
def metrics_page() -> Response | tuple[Response, int, dict[str, str]]:
    """Every figure in Prometheus' text format, for METRICS_TOKEN or an admin."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer" or not token.strip() or not _may_read_metrics(token.strip()):
        body = jsonify({"error": "send METRICS_TOKEN or an admin's API token as a Bearer token"})
        return body, 401, {"WWW-Authenticate": "Bearer"}
    close_session()  # the token check's transaction would hold SQLite's lock against the figures
    return Response(metrics.exposition(get_engine()), content_type=TEXT_FORMAT)
