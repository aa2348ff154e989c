"""The office's today: callers say "yesterday" in the office's time zone, not the server's."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app


def office_today() -> date:
    return datetime.now(ZoneInfo(current_app.config["OFFICE_TIMEZONE"])).date()
