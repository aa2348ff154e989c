"""The clerks' pages and the JSON API while the database is down or too slow.

A clerk or a program gets a 503 that says to try again shortly (with Retry-After),
not a 500 that reads like a bug: monitoring tells the outage from a defect, a client
knows it may retry. The phone line has its own answer (`webhooks.fallback`: an
apology and a transfer), which this does not touch.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, make_response
from flask_babel import gettext as _
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import ServiceUnavailable

from ivr import api, pages
from ivr.db import forget_session

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30
MESSAGE = "The database is not answering. Nothing was changed: please try again in a minute."


def database_unavailable(error: OperationalError | PoolTimeout) -> Response:
    """No connection, a statement timeout or a full pool: 503, in JSON or as a page."""
    cause = getattr(error, "orig", None) or error
    log.error("database unavailable", extra={"reason": type(cause).__name__})
    forget_session()
    pages.forget_user()  # the layout would read the user's name from the database
    if api.is_api_request():
        return api.http_error(ServiceUnavailable(MESSAGE, retry_after=RETRY_AFTER_SECONDS))
    worded = _("The database is not answering. Nothing was changed: please try again in a minute.")
    return make_response(
        pages.error_page(ServiceUnavailable(worded, retry_after=RETRY_AFTER_SECONDS))
    )


def init_app(app: Flask) -> None:
    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(PoolTimeout, database_unavailable)
