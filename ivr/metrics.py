"""The figures /metrics reports, and where each comes from.

Measured as it happens, in the process: how long searches and webhook steps
take, how long callers waited when they left a queue, how often the line had to
apologise. gunicorn runs several workers and a scrape reaches only one of them,
so under gunicorn prometheus_client's multiprocess mode adds up every worker's
figures: `gunicorn.conf.py` sets PROMETHEUS_MULTIPROC_DIR before the workers
start and empties it when the server starts. Without it (`flask run`, tests)
the figures are the one process's.

Read from the database when scraped: calls by language and outcome, the
self-service resolution rate, loss reports, callers waiting now, agents by
status. The database already holds these exactly, for every worker and host
and across restarts; counting them a second time in memory would only add a
less exact copy. They cover the last 24 hours (WINDOW), so they are gauges.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ParamSpec, TypeVar

from flask import Flask, Response, g, request
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import Engine, case, exists, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ivr.models import Agent, CallState, QueuedCall
from lost_items.models import LossReport, ReportStatus

__all__ = [
    "WINDOW",
    "count_fallback",
    "exposition",
    "init_app",
    "observe_queue_wait",
    "timed_search",
]

WINDOW = timedelta(hours=24)
Result = TypeVar("Result")
P = ParamSpec("P")

SEARCH_SECONDS = Histogram(
    "lost_line_search_seconds",
    "Time to search found items for a description, by channel (phone or api).",
    ["channel"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0),
)
REQUEST_SECONDS = Histogram(
    "lost_line_request_seconds",
    "Time to answer a webhook or API request, by endpoint.",
    ["endpoint"],
    buckets=(0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.5, 1.0, 2.5, 5.0, 15.0),
)
QUEUE_WAIT_SECONDS = Histogram(
    "lost_line_queue_wait_seconds",
    "How long callers waited for an agent when they left the queue (Twilio's QueueTime).",
    ["language", "result"],
    buckets=(10, 30, 60, 120, 300, 600, 1200, 1800),
)
FALLBACKS = Counter(
    "lost_line_fallbacks",
    "Calls answered with the apology, the opening hours and a transfer: "
    "reason database (unreachable or too slow), error, or twilio_fallback (the fallback URL).",
    ["reason"],
)
QUEUE_RESULTS = frozenset(
    {"bridged", "hangup", "leave", "redirected", "queue-full", "error", "system-error"}
)


def timed_search(channel: str, search: Callable[P, Result]) -> Callable[P, Result]:
    """`search` (lost_items.matching.search), recording how long each call of it takes."""

    @functools.wraps(search)
    def timed(*args: P.args, **kwargs: P.kwargs) -> Result:
        with SEARCH_SECONDS.labels(channel).time():
            return search(*args, **kwargs)

    return timed


def observe_queue_wait(language: str, result: str, seconds: int) -> None:
    QUEUE_WAIT_SECONDS.labels(language[:8], result if result in QUEUE_RESULTS else "other").observe(
        seconds
    )


def count_fallback(reason: str) -> None:
    FALLBACKS.labels(reason).inc()


# --- read from the database -------------------------------------------------------------------


def _outcome() -> Any:
    """What a call came to, most telling first (a report left after queueing is a report)."""
    queued = exists().where(QueuedCall.call_sid == CallState.call_sid)
    reported = exists().where(LossReport.call_sid == CallState.call_sid)
    agent = or_(CallState.agent_id.is_not(None), CallState.tried_agent_ids != "[]")
    return case(
        (reported, "loss_report"),
        (agent, "agent"),
        (queued, "queued"),
        (CallState.candidate_ids != "[]", "item_found"),
        (CallState.description.is_not(None), "no_match"),
        else_="menu_only",
    )


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class DatabaseFigures:
    """A prometheus_client collector that reads the figures the database holds."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("lost_line_database_up", "1 if the database answered the scrape.")
        try:
            with Session(self.engine) as session:
                figures = list(self._figures(session, datetime.now(UTC)))
        except SQLAlchemyError:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from figures

    def _figures(self, session: Session, now: datetime) -> Iterator[Metric]:
        since = now - WINDOW
        calls = GaugeMetricFamily(
            "lost_line_calls_last_24h",
            "Calls that chose a language in the last 24 hours, by language and outcome "
            "(loss_report, agent, queued, item_found, no_match, menu_only).",
            labels=["language", "outcome"],
        )
        per_call = (
            select(CallState.language.label("language"), _outcome().label("outcome"))
            .where(CallState.language.is_not(None), CallState.created_at >= since)
            .subquery()
        )
        rows = session.execute(
            select(per_call.c.language, per_call.c.outcome, func.count()).group_by(
                per_call.c.language, per_call.c.outcome
            )
        ).all()
        for language, outcome, count in rows:
            calls.add_metric([language, outcome], count)
        yield calls

        total = sum(count for _, _, count in rows)
        resolved = sum(
            count for _, outcome, count in rows if outcome in ("item_found", "loss_report")
        )
        rate = GaugeMetricFamily(
            "lost_line_self_service_resolution_ratio",
            "Share of the last 24 hours' calls that heard a matching item or left a loss report "
            "without talking to an agent (0 when there were no calls).",
        )
        rate.add_metric([], resolved / total if total else 0.0)
        yield rate

        reports = GaugeMetricFamily(
            "lost_line_loss_reports_last_24h",
            "Loss reports recorded in the last 24 hours, by language.",
            labels=["language"],
        )
        for language, count in session.execute(
            select(LossReport.language, func.count())
            .where(LossReport.created_at >= since)
            .group_by(LossReport.language)
        ):
            reports.add_metric([language], count)
        yield reports
        open_reports = GaugeMetricFamily("lost_line_loss_reports_open", "Loss reports still open.")
        open_reports.add_metric(
            [],
            session.scalar(
                select(func.count())
                .select_from(LossReport)
                .where(LossReport.status == ReportStatus.OPEN.value)
            )
            or 0,
        )
        yield open_reports
        yield from self._queue(session, now)

    def _queue(self, session: Session, now: datetime) -> Iterator[Metric]:
        waiting = GaugeMetricFamily(
            "lost_line_queue_waiting", "Callers waiting for an agent now.", labels=["language"]
        )
        oldest = GaugeMetricFamily(
            "lost_line_queue_oldest_wait_seconds",
            "How long the longest-waiting caller has waited, by language.",
            labels=["language"],
        )
        for language, count, first in session.execute(
            select(QueuedCall.language, func.count(), func.min(QueuedCall.enqueued_at))
            .where(QueuedCall.state == "waiting")
            .group_by(QueuedCall.language)
        ):
            waiting.add_metric([language], count)
            oldest.add_metric([language], max(0.0, (now - _as_utc(first)).total_seconds()))
        yield waiting
        yield oldest
        agents = GaugeMetricFamily("lost_line_agents", "Agents by status.", labels=["status"])
        for status, count in session.execute(
            select(Agent.status, func.count()).group_by(Agent.status)
        ):
            agents.add_metric([status], count)
        yield agents


def _process_registry() -> CollectorRegistry:
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not directory:
        return REGISTRY
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=directory)
    return registry


def exposition(engine: Engine) -> bytes:
    """Every figure in Prometheus' text format: measured ones, then the database's."""
    database = CollectorRegistry(auto_describe=False)
    database.register(DatabaseFigures(engine))
    return generate_latest(_process_registry()) + generate_latest(database)


# --- request timing ---------------------------------------------------------------------------


def _start_clock() -> None:
    g.metrics_started = time.perf_counter()


def _observe_request(response: Response) -> Response:
    if request.endpoint and "metrics_started" in g:
        REQUEST_SECONDS.labels(request.endpoint).observe(time.perf_counter() - g.metrics_started)
    return response


def init_app(app: Flask) -> None:
    app.before_request(_start_clock)
    app.after_request(_observe_request)
