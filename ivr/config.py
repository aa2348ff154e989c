"""Settings read from the environment, with defaults that make `make run` work as is."""

from __future__ import annotations

import os
import secrets
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Variables read as text unless converted below; each maps to the app.config key of the same name.
_TEXT = (
    "SECRET_KEY",
    "DATABASE_URL",
    "TWILIO_AUTH_TOKEN",
    "PUBLIC_BASE_URL",
    "OFFICE_ADDRESS",
    "OFFICE_HOURS",
    "OFFICE_COUNTRY_CODE",
    "OFFICE_TIMEZONE",
    "OFFICE_DATE",
    "OFFICE_LOCALE",
    "PROMPTS_DIR",
    "TWILIO_ACCOUNT_SID",
    "TWILIO_API_BASE_URL",
    "TWILIO_PHONE_NUMBER",
    "TWILIO_API_KEY_SID",
    "TWILIO_API_KEY_SECRET",
    "TWILIO_TWIML_APP_SID",
    "HIGH_VALUE_FROM",
    "APP_ENV",
    "FALLBACK_NUMBER",
    "METRICS_TOKEN",
    "LOG_FORMAT",
    "SMTP_URL",
    "MAIL_FROM",
)
_FLOAT = ("MATCH_STRONG_SCORE", "MATCH_WEAK_SCORE")
_INTEGER = (
    "CLOSED_REPORT_NUMBER_DAYS",
    "REPORT_RETENTION_DAYS",
    "CALL_DATA_RETENTION_DAYS",
    "HISTORY_PERSONAL_DATA_DAYS",
    "IVR_MAX_TRIES",
    "PROXY_HOPS",
    "AGENT_RING_SECONDS",
    "AGENT_WRAP_UP_SECONDS",
    "AGENT_MAX_MISSES",
    "QUEUE_LONGEST_WAIT_SECONDS",
    "RETENTION_LOW_VALUE_DAYS",
    "RETENTION_HIGH_VALUE_DAYS",
    "LOGIN_MAX_FAILURES",
    "LOGIN_LOCKOUT_MINUTES",
    "DECLARE_PER_HOUR",
    "TEXT_ANSWERS_PER_HOUR",
    "SESSION_HOURS",
    "IMPORT_MAX_MB",
    "MAX_CONTENT_LENGTH",
)
_TRUE = ("1", "true", "yes", "on")
_FLAGS = ("SESSION_COOKIE_SECURE",)


def defaults(instance_path: str) -> dict[str, Any]:
    return {
        "DATABASE_URL": f"sqlite:///{Path(instance_path) / 'lost_property.sqlite'}",
        "PUBLIC_BASE_URL": "",
        "IVR_LANGUAGES": ["fr", "en", "es", "de"],
        "PROMPTS_DIR": str(PROJECT_ROOT / "prompts"),
        "OFFICE_ADDRESS": "36, rue des Morillons, 75015 Paris",
        "OFFICE_HOURS": "mon-thu 08:30-17:00; fri 08:30-16:30",
        "OFFICE_COUNTRY_CODE": "33",
        "OFFICE_TIMEZONE": "Europe/Paris",
        # Pins the office's today (YYYY-MM-DD) for a replay or a benchmark; empty: the clock.
        "OFFICE_DATE": "",
        # The staff pages' language when neither the user nor the browser chooses one.
        "OFFICE_LOCALE": "fr",
        # How long a loss report (and so its callback number) is kept.
        "REPORT_RETENTION_DAYS": 90,
        # How long what a caller said during a call is kept.
        "CALL_DATA_RETENTION_DAYS": 30,
        # How long an item's history keeps who claimed or collected it and the ID checked.
        "HISTORY_PERSONAL_DATA_DAYS": 365,
        "IVR_MAX_TRIES": 3,
        "PROXY_HOPS": 0,
        # The account the REST calls (moving queued callers, texts) are made for; production
        # refuses to start without it.
        "TWILIO_ACCOUNT_SID": "",
        "TWILIO_API_BASE_URL": "https://api.twilio.com",
        # Routing to agents.
        "AGENT_RING_SECONDS": 20,
        "AGENT_WRAP_UP_SECONDS": 60,
        "AGENT_MAX_MISSES": 3,
        "QUEUE_LONGEST_WAIT_SECONDS": 300,
        # The line's own number: text messages to callers come from it.
        "TWILIO_PHONE_NUMBER": "+33100000000",
        # The agents' softphone: an API key (SK..., and its secret) signs its access tokens;
        # the TwiML App (AP...) is where its outgoing calls go. Empty: no softphone.
        "TWILIO_API_KEY_SID": "",
        "TWILIO_API_KEY_SECRET": "",
        "TWILIO_TWIML_APP_SID": "",
        # Scores (0-100) of a found item against a loss report: at or above STRONG the
        # caller is texted at once; from WEAK a clerk confirms first.
        "MATCH_STRONG_SCORE": 70.0,
        "MATCH_WEAK_SCORE": 45.0,
        # How long a closed report keeps its callback number.
        "CLOSED_REPORT_NUMBER_DAYS": 30,
        # The web pages' session cookie: never readable by scripts, not sent on cross-site
        # posts; Secure (HTTPS only) is for deployments behind TLS, off for `make run`.
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,
        # How long items are kept before disposal, per value band (Paris: 4 and 18 months).
        "RETENTION_LOW_VALUE_DAYS": 122,
        "RETENTION_HIGH_VALUE_DAYS": 548,
        "HIGH_VALUE_FROM": "€100",
        # Failed logins per name and address before the pair must wait.
        "LOGIN_MAX_FAILURES": 5,
        "LOGIN_LOCKOUT_MINUTES": 15,
        # Owners' pages: declarations and status look-ups one address may make in an hour.
        "DECLARE_PER_HOUR": 10,
        # Answers one number gets in an hour to texts describing a loss (then silence).
        "TEXT_ANSWERS_PER_HOUR": 3,
        # Where e-mails to owners go out (smtp://host:port, smtps://user:password@host),
        # and whom they come from; empty SMTP_URL: no e-mail is sent.
        "SMTP_URL": "",
        "MAIL_FROM": "lost-property@localhost",
        # A login lasts one shift: a counter PC left logged in overnight is logged out.
        "SESSION_HOURS": 12,
        # Largest CSV accepted on the import page (the CLI takes any size).
        "IMPORT_MAX_MB": 20,
        # "production" refuses to start without real secrets and sends cookies over HTTPS only.
        "APP_ENV": "development",
        # Where callers are put through when the database is down (E.164), e.g. the front desk.
        "FALLBACK_NUMBER": "",
        # Bearer token a Prometheus scraper sends for /metrics (admins' API tokens work too).
        "METRICS_TOKEN": "",
        # Largest request body, in bytes: Twilio's webhooks and API bodies are a few kilobytes.
        "MAX_CONTENT_LENGTH": 1024 * 1024,
        # "json" (one object a line, keyed by CallSid) or "text" for reading in a terminal.
        "LOG_FORMAT": "json",
    }


def from_environment(environ: os._Environ[str] | dict[str, str] = os.environ) -> dict[str, Any]:
    config: dict[str, Any] = {}
    for name in _TEXT:
        if environ.get(name):
            config[name] = environ[name]
    for name in _INTEGER:
        if environ.get(name):
            config[name] = _number(name, environ[name], int, "a whole number")
    for name in _FLOAT:
        if environ.get(name):
            config[name] = _number(name, environ[name], float, "a number")
    for name in _FLAGS:
        if environ.get(name):
            config[name] = environ[name].strip().lower() in _TRUE
    for name, value in environ.items():
        # VOICE_FR=Polly.Mathieu-Neural changes one language's voice.
        if name.startswith("VOICE_") and value:
            config[name] = value
    if environ.get("IVR_LANGUAGES"):
        config["IVR_LANGUAGES"] = [
            code.strip() for code in environ["IVR_LANGUAGES"].split(",") if code.strip()
        ]
    return config


def _number(name: str, text: str, kind: type[int] | type[float], described: str) -> Any:
    try:
        return kind(text.strip())
    except ValueError:
        raise UnsafeConfiguration(f"{name} must be {described}, not {text!r}") from None


def development_secrets(instance_path: str) -> dict[str, str]:
    """Make up and keep local secrets so `make run` and `make call` agree without set-up.

    Only used when the environment gives none; a real deployment sets
    TWILIO_AUTH_TOKEN (the account's token) and SECRET_KEY.
    """
    path = Path(instance_path) / "development-secrets.env"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"SECRET_KEY={secrets.token_hex(32)}\nTWILIO_AUTH_TOKEN={secrets.token_hex(16)}\n"
        )
        path.chmod(0o600)
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


PAGE_LANGUAGES = ("fr", "en", "es", "de")  # the staff pages' translations (ivr/translations)
PRODUCTION_SECRETS = ("TWILIO_AUTH_TOKEN", "SECRET_KEY", "TWILIO_ACCOUNT_SID")


class UnsafeConfiguration(RuntimeError):
    """A setting is missing (in production) or cannot be read: the app must not start."""


def check(settings: dict[str, Any]) -> None:
    """Refuse settings that would let the app start and then fail every call that uses them."""
    zone = str(settings.get("OFFICE_TIMEZONE", ""))
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnsafeConfiguration(
            f"OFFICE_TIMEZONE must be a time zone such as Europe/Paris, not {zone!r}"
        ) from None
    pinned = str(settings.get("OFFICE_DATE") or "")
    try:
        date.fromisoformat(pinned) if pinned else None
    except ValueError:
        raise UnsafeConfiguration(
            f"OFFICE_DATE must be a date as YYYY-MM-DD, not {pinned!r}"
        ) from None
    locale = str(settings.get("OFFICE_LOCALE", "fr"))
    if locale not in PAGE_LANGUAGES:
        raise UnsafeConfiguration(
            f"OFFICE_LOCALE must be one of {', '.join(PAGE_LANGUAGES)}, not {locale!r}"
        )
    log_format = str(settings.get("LOG_FORMAT", "json")).strip().lower()
    if log_format not in ("json", "text"):
        raise UnsafeConfiguration(f"LOG_FORMAT must be json or text, not {log_format!r}")


def enforce_production(settings: dict[str, Any]) -> None:
    """With APP_ENV=production, refuse to start without real secrets; cookies go HTTPS only.

    Called before development secrets are made up: in production a missing
    auth token would make every webhook fail its signature check, and a
    made-up SECRET_KEY would differ between hosts and log everyone out at
    each restart. Failing at start-up says so at once instead.
    """
    if str(settings.get("APP_ENV", "")).strip().lower() != "production":
        return
    missing = [name for name in PRODUCTION_SECRETS if not settings.get(name)]
    if missing:
        raise UnsafeConfiguration(
            f"APP_ENV=production needs {', '.join(missing)} set in the environment"
        )
    settings["SESSION_COOKIE_SECURE"] = True
