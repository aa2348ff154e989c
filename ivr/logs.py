"""Structured logs: one JSON object a line, keyed by the call's CallSid, with phone numbers
masked and secrets never written.

A support engineer follows one call through the logs by its CallSid; nobody
reading them learns a caller's number or a token. Masking and redaction happen
in the formatter, on the whole line (tracebacks included: a failed INSERT
prints its parameters, callback numbers among them), so no call site can forget.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, g, has_app_context, has_request_context, request

__all__ = ["JsonFormatter", "TextFormatter", "init_app", "mask_phone_numbers", "redact"]

HANDLER_NAME = "lost-property"
# The app's, the domain's, and the development server's request lines (werkzeug), whose
# URLs carry Twilio's parameters when a webhook is fetched with GET.
LOGGERS = ("ivr", "lost_items", "werkzeug")
SECRET_SETTINGS = ("TWILIO_AUTH_TOKEN", "SECRET_KEY", "METRICS_TOKEN")
REDACTED = "[redacted]"

# +33612345678, its form-encoded %2B33612345678, a national 0612345678, a bare 33612345678.
# Nine-digit references (100000014) and shorter numbers stay readable.
_PHONE = re.compile(
    r"(?<!\w)(?P<prefix>\+|%2[Bb])(?P<digits>\d{6,15})(?!\w)"
    r"|(?<!\w)(?P<bare>0\d{8,14}|[1-9]\d{9,14})(?!\w)"
)
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[\w.~+/=-]+")
_SIGNATURE = re.compile(r"(?i)(x-twilio-signature['\"]?\s*[:=]\s*['\"]?)[\w+/=]+")
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")
# Context a record carries into the JSON line when given with `extra=`.
_FIELDS = ("call_sid", "step", "status", "ms", "lang", "caller", "reason")


def mask_phone_numbers(text: str) -> str:
    """+33612345678 becomes +33*******78: enough to tell two callers apart, not to call them."""

    def mask(found: re.Match[str]) -> str:
        prefix = found.group("prefix") or ""
        digits = found.group("digits") or found.group("bare")
        return prefix + digits[:2] + "*" * (len(digits) - 4) + digits[-2:]

    return _PHONE.sub(mask, text)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Remove tokens, passwords and signatures, then mask phone numbers."""
    for secret in secrets:
        if secret and len(secret) >= 6:
            text = text.replace(secret, REDACTED)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _SIGNATURE.sub(lambda m: m.group(1) + REDACTED, text)
    text = _URL_PASSWORD.sub(lambda m: m.group(1) + REDACTED + "@", text)
    return mask_phone_numbers(text)


def _app_secrets() -> list[str]:
    if not has_app_context():
        return []
    config = current_app.config
    secrets = [str(config.get(name) or "") for name in SECRET_SETTINGS]
    password = urlsplit(str(config.get("DATABASE_URL", ""))).password
    return [*secrets, password or ""]


def _request_fields() -> dict[str, Any]:
    """Which call and which step a record belongs to, read from Twilio's request."""
    if not has_request_context():
        return {}
    fields: dict[str, Any] = {"path": request.path}
    if request.path.startswith("/ivr/"):
        sid = _form_value("CallSid") or request.args.get("CallSid", "")
        if sid:
            fields["call_sid"] = sid[:64]
    return fields


def _form_value(name: str) -> str:
    try:
        return request.form.get(name, "")
    except Exception:  # an oversized or unreadable body: the record is still written
        return ""


class JsonFormatter(logging.Formatter):
    """One JSON object a line: easy to ship to a log store and to filter by call_sid."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "pid": record.process,  # which gunicorn worker
            **_request_fields(),
            "message": record.getMessage(),
        }
        payload.update({name: getattr(record, name) for name in _FIELDS if hasattr(record, name)})
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return redact(json.dumps(payload, ensure_ascii=False, default=str), _app_secrets())


class TextFormatter(logging.Formatter):
    """The same records for a person at a terminal, masked the same way."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        sid = _request_fields().get("call_sid")
        return redact(f"{text} [{sid}]" if sid else text, _app_secrets())


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is now (gunicorn's, or a test's capture)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def _log_webhook(response: Response) -> Response:
    """One line per Twilio webhook: the step, its answer and how long it took."""
    if request.blueprint == "ivr" and "log_started" in g:
        logging.getLogger("ivr.calls").info(
            "webhook answered",
            extra={
                "step": request.endpoint,
                "status": response.status_code,
                "ms": round((time.perf_counter() - g.log_started) * 1000, 1),
                "lang": request.args.get("lang", "")[:8],
                "caller": mask_phone_numbers(
                    (_form_value("From") or request.args.get("From", ""))[:32]
                ),
            },
        )
    return response


def _start_timer() -> None:
    g.log_started = time.perf_counter()


def init_app(app: Flask) -> None:
    """Send the app's and the domain's logs to stderr through the masking formatter."""
    handler = _StderrHandler()
    handler.set_name(HANDLER_NAME)
    json_lines = str(app.config.get("LOG_FORMAT", "json")).lower() != "text"
    handler.setFormatter(JsonFormatter() if json_lines else TextFormatter())
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if h.get_name() == HANDLER_NAME]:
            logger.removeHandler(old)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    app.before_request(_start_timer)
    app.after_request(_log_webhook)
