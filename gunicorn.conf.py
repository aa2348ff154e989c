"""gunicorn's settings for this app (read by itself from the working directory).

Only what the app needs from its server: every worker writes its metrics to
one directory, so a scrape of /metrics, answered by whichever worker, adds
them all up (prometheus_client's multiprocess mode, see ivr/metrics.py); and
each worker sets aside what it loaded at start from the garbage collector.
Workers, address and timeouts stay on the command line.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

# Set before the workers import the app, so prometheus_client starts in multiprocess mode.
# One directory per server: two servers on one machine never add up each other's figures.
_given = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
METRICS_DIR = Path(_given or Path(tempfile.gettempdir()) / f"lost-property-metrics-{os.getpid()}")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(METRICS_DIR)


def on_starting(server: Any) -> None:
    """Start from zero: figures of a previous run would otherwise be added to this one's."""
    METRICS_DIR.mkdir(parents=True, exist_ok=True)
    for stale in METRICS_DIR.glob("*.db"):
        stale.unlink()


def post_worker_init(worker: Any) -> None:
    """Load the vocabulary and connect to the database now, then exempt everything loaded
    so far from the collector.

    Otherwise each worker's first caller waits for the vocabulary to load and for the
    database connection to be made (about 25 ms), and every full collection walks the
    app's hundred thousand long-lived objects: 70-120 ms, during which the call that
    happens to be in this worker waits (measured; 15-20 ms after).
    """
    from datetime import date

    from ivr.health import database_reachable
    from lost_items.describing import describe
    from lost_items.vocabulary import load_vocabulary
    from lost_items.when_and_where import read_when_and_where

    for language in load_vocabulary().languages():
        # Each language's words, numbers, places and day names: 8-24 ms each at first use.
        describe("", language)
        read_when_and_where("", language=language, today=date.today())
    with worker.wsgi.app_context():  # the connection stays in the worker's pool
        if not database_reachable():  # the line still answers: callers hear the apology
            worker.log.warning("worker %s started without the database", worker.pid)
    gc.collect()
    gc.freeze()


def child_exit(server: Any, worker: Any) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server: Any) -> None:
    if not _given:
        shutil.rmtree(METRICS_DIR, ignore_errors=True)
