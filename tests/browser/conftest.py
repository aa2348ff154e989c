"""A real browser against the app on a real socket: Debian's Chromium, driven by Playwright.

`playwright install` cannot download browsers here, so the tests use the
system's Chromium (`apt-get install chromium`). Without it they are skipped on
a developer's machine, and fail in CI (where the variable CI is set), so a
missing browser can never make a green build that tested nothing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MISSING = "Chromium not installed: apt-get install chromium"


def require_chromium(path: Path = CHROMIUM, environ: Mapping[str, str] = os.environ) -> None:
    """Skip when Chromium is missing, except in CI, where that is a failure."""
    if path.exists():
        return
    if environ.get("CI"):
        pytest.fail(MISSING)
    pytest.skip(MISSING)


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """The app served on 127.0.0.1 on a free port, in a thread, for the test's duration."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def page(browser, live_server: str):
    """A fresh browser tab (own cookies) whose page errors fail the test."""
    context = browser.new_context(base_url=live_server, locale="fr-FR")
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda m: errors.append(m.text) if _is_error(m.type, m.text) else None)
    yield tab
    context.close()
    assert errors == [], f"the page reported errors: {errors}"


def _is_error(kind: str, text: str) -> bool:
    """Script errors, CSP violations, missing files; not a form answered 400 for its mistakes."""
    return kind == "error" and "status of 400" not in text
