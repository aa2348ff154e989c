"""Cross-site request forgery protection for the pages' forms, by Flask-WTF.

Flask-WTF keeps a random token in the (signed) session and signs it into a hidden
field of every form; a POST must bring it back. It does not check every POST of the
app by itself (WTF_CSRF_CHECK_DEFAULT is off): the Twilio webhooks and the JSON API
have their own authentication, and a stranger's POST to a page goes to the login
page first. `ivr.pages.login_required` checks the token on every POST it lets
through, so a page cannot forget it; the login form checks it itself.
"""

from __future__ import annotations

from flask import Flask, abort, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
from markupsafe import Markup, escape

__all__ = ["FIELD", "check_token", "hidden_field", "init_app"]

FIELD = "csrf_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
protection = CSRFProtect()


def hidden_field() -> Markup:
    return Markup(f'<input type="hidden" name="{FIELD}" value="{escape(generate_csrf())}">')


def check_token() -> None:
    """Refuse (400) an unsafe request whose form does not carry this session's token."""
    if request.method not in UNSAFE_METHODS:
        return
    try:
        protection.protect()
    except CSRFError:
        abort(
            400,
            _(
                "This form has expired or did not come from this site. "
                "Go back, reload the page and try again."
            ),
        )


def init_app(app: Flask) -> None:
    app.config.setdefault("WTF_CSRF_CHECK_DEFAULT", False)
    app.config.setdefault("WTF_CSRF_FIELD_NAME", FIELD)
    # A form stays good as long as the login does (a desk page stays open for a shift).
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", app.config["SESSION_HOURS"] * 3600)
    protection.init_app(app)
    app.jinja_env.globals["csrf_field"] = hidden_field
