"""The staff pages' language: Flask-Babel's gettext catalogues, and who chooses the locale.

The pages speak French, English, Spanish and German (`ivr/translations/<lang>/LC_MESSAGES/
messages.po`, compiled to `.mo` by `make install`). The phone line does not come through
here: its sentences live in `prompts/*.toml`, one catalogue per language.
"""

from __future__ import annotations

from flask import Flask, current_app, request, session
from flask_babel import Babel, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ivr import pages
from ivr.config import PAGE_LANGUAGES

__all__ = ["LANGUAGES", "choose_locale", "init_app", "language_choices", "page_language"]

LANGUAGES = PAGE_LANGUAGES
# Each language's name in its own tongue, as a language menu shows it.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "es": "Español", "de": "Deutsch"}
_SESSION_KEY = "lang"  # a language chosen before logging in, with ?lang=

babel = Babel()


def choose_locale() -> str:
    """The logged-in user's choice, else ?lang= (kept for the visit), else the browser's
    Accept-Language among the four, else OFFICE_LOCALE."""
    user = pages.current_user()
    if user is not None and user.language in LANGUAGES:
        return user.language
    asked = request.args.get("lang", "")
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
        lambda: {"page_language": page_language(), "language_choices": language_choices()}
    )


# Words used by several pages, marked here so that extraction finds them.
ROLE_NAMES = {"clerk": _l("clerk"), "agent": _l("agent"), "admin": _l("admin")}
