"""The app under gunicorn, as production runs it, for the tests that need several workers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ivr.config import PROJECT_ROOT
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(
    database_url: str,
    twilio_url: str,
    log_path: Path,
    *options: str,
    env: dict[str, str] | None = None,
) -> Iterator[str]:
    """Serve wsgi:app with gunicorn `options` on a free port; yields its base URL."""
    port = free_port()
    settings = {
        **os.environ,
        "DATABASE_URL": database_url,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_API_BASE_URL": twilio_url,
        "SECRET_KEY": "test-secret-key",
        **(env or {}),
    }
    command = [sys.executable, "-m", "gunicorn", *options, "--bind", f"127.0.0.1:{port}"]
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [*command, "wsgi:app"],
            cwd=PROJECT_ROOT,
            env=settings,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_for(url + "/healthz", server, log_path)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def _wait_for(url: str, server: subprocess.Popen, log_path: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            urllib.request.urlopen(url, timeout=1)
            return  # it answers: the workers are up
        except urllib.error.HTTPError:
            return  # it answers, if only that the database is down
        except OSError:
            time.sleep(0.2)
    server.kill()
    pytest.fail("gunicorn did not start: " + log_path.read_text())
