"""Cross-site request forgery protection for the pages' forms.

A random token lives in the (signed) session and in a hidden field of every
form; a POST must bring back the same token. Flask-WTF would do the same, but
it brings WTForms along, and our forms are validated by `lost_items.validation`
like the API's bodies: twenty lines of our own are less to carry.

`ivr.pages.login_required` checks the token on every POST it lets through, so
a page cannot forget it; the login form, used before anyone is logged in,
checks it itself.
"""

from __future__ import annotations

import hmac
import secrets

from flask import Flask, abort, request, session
from markupsafe import Markup, escape

__all__ = ["FIELD", "check_token", "hidden_field", "init_app", "token"]

FIELD = "csrf_token"
_SESSION_KEY = "_csrf"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def token() -> str:
    """This session's token, made on first use."""
    if _SESSION_KEY not in session:
        session[_SESSION_KEY] = secrets.token_urlsafe(32)
    return session[_SESSION_KEY]


def hidden_field() -> Markup:
    return Markup(f'<input type="hidden" name="{FIELD}" value="{escape(token())}">')


def check_token() -> None:
    """Refuse (400) an unsafe request whose form does not carry this session's token."""
    if request.method not in UNSAFE_METHODS:
        return
    expected = session.get(_SESSION_KEY, "")
    given = request.form.get(FIELD, "")
    if not (expected and given and hmac.compare_digest(expected, given)):
        abort(
            400,
            "This form has expired or did not come from this site. "
            "Go back, reload the page and try again.",
        )


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csrf_field"] = hidden_field
