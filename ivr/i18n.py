"""The staff pages' language: Flask-Babel's gettext catalogues, and who chooses the locale.

The pages speak French, English, Spanish and German (`ivr/translations/<lang>/LC_MESSAGES/
messages.po`, compiled to `.mo` by `make install`). The phone line does not come through
here: its sentences live in `prompts/*.toml`, one catalogue per language.
"""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask, current_app, request, session
from flask_babel import Babel, format_date, format_datetime, format_decimal, get_locale
from flask_babel import gettext as _

from ivr import audit, pages, wording
from ivr.config import PAGE_LANGUAGES
from lost_items.phone_numbers import display_phone_number

__all__ = [
    "LANGUAGES",
    "choose_language",
    "choose_locale",
    "day",
    "field_problem",
    "init_app",
    "language_choices",
    "masked_phone_number",
    "office_time",
    "page_language",
    "whole",
]

LANGUAGES = PAGE_LANGUAGES
# Each language's name in its own tongue, as a language menu shows it.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "es": "Español", "de": "Deutsch"}
_SESSION_KEY = "page_language"  # a language chosen before logging in, with ?locale=
# Not ?lang=, which the stored-items and desk searches use for the language typed in.
LOCALE_PARAMETER = "locale"

babel = Babel()


# English pages for an office in Europe: dates as in Britain (4 Dec 2026), not the US.
_LOCALES = {"en": "en_GB"}


def choose_locale() -> str:
    """The page's locale: the language chosen (see `choose_language`), with its country."""
    language = choose_language()
    return _LOCALES.get(language, language)


def choose_language() -> str:
    """The logged-in user's choice, else ?locale= (kept for the visit), else the browser's
    Accept-Language among the four, else OFFICE_LOCALE."""
    user = pages.current_user()
    if user is not None and user.language in LANGUAGES:
        return user.language
    asked = request.args.get(LOCALE_PARAMETER, "")
    if asked in LANGUAGES:
        session[_SESSION_KEY] = asked
        return asked
    if session.get(_SESSION_KEY) in LANGUAGES:
        return session[_SESSION_KEY]
    return request.accept_languages.best_match(LANGUAGES) or current_app.config["OFFICE_LOCALE"]


def page_language() -> str:
    """The language code of the page being rendered ("fr")."""
    return get_locale().language if get_locale() else current_app.config["OFFICE_LOCALE"]


def language_choices() -> list[tuple[str, str]]:
    """(code, name in its own language) of the four page languages, for a <select>."""
    return [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES]


def field_problem(label: str, problem: str) -> str:
    """A field's name and what is wrong with it, as one sentence ("Date found is required")."""
    return _("%(field)s %(problem)s", field=label, problem=problem)


def init_app(app: Flask) -> None:
    babel.init_app(
        app,
        default_locale=app.config["OFFICE_LOCALE"],
        default_timezone=app.config["OFFICE_TIMEZONE"],
        locale_selector=choose_locale,
    )
    app.context_processor(
        lambda: {
            "page_language": page_language(),
            "language_choices": language_choices(),
            "role_names": wording.ROLE_NAMES,
        }
    )
    app.jinja_env.globals["field_problem"] = field_problem  # macros imported without context
    app.add_template_filter(day)
    app.add_template_filter(whole)
    app.add_template_filter(office_time)
    app.add_template_filter(wording.problem, "problem")
    app.add_template_filter(display_phone_number, "phone")
    app.add_template_filter(masked_phone_number, "masked")
    app.add_template_filter(agent_status)
    app.add_template_filter(endpoint)
    app.add_template_filter(audit.describe, "change")


def agent_status(status: str) -> str:
    return str(wording.AGENT_STATUS_LABELS.get(status, status))


def endpoint(address: str) -> str:
    """An agent's endpoint: a phone number as people read it, a client or SIP URI as is."""
    return display_phone_number(address) if address.startswith("+") else address


def day(value: date | None) -> str:
    """A date as the reader's language writes it (4 déc. 2026, 04.12.2026, 4 Dec 2026)."""
    return format_date(value, "medium") if value else ""


def office_time(moment: datetime | None) -> str:
    """A stored time on the office's clock (OFFICE_TIMEZONE), as the reader's language
    writes it; SQLite hands back UTC times without their zone, which Flask-Babel takes as UTC."""
    return format_datetime(moment, "short") if moment else ""


def whole(number: float | None) -> str:
    """A score or count, rounded, as the reader's language writes numbers."""
    return format_decimal(round(number)) if number is not None else ""


def masked_phone_number(e164: str | None) -> str:
    """A number as people read it, all but its country code and last 2 digits hidden
    ("+33 • •• •• •• 78"): enough to tell two owners apart, or for an owner at the counter
    to recognise their own, without showing it to everyone who opens the item."""
    if not e164:
        return _("none given")
    shown = display_phone_number(e164)
    code, _space, rest = shown.partition(" ")
    if not rest:
        code, rest = shown[:1], shown[1:]
    digits = sum(ch.isdigit() for ch in rest)
    hidden, seen = [], 0
    for ch in rest:
        if ch.isdigit():
            seen += 1
            hidden.append(ch if seen > digits - 2 else "•")
        else:
            hidden.append(ch)
    return f"{code} {''.join(hidden)}".strip() if _space else code + "".join(hidden)
