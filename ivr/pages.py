"""What every server-rendered page shares: who is logged in, role checks, the menu, errors.

The clerks' pages use it now and the agents' console will; a new section of
pages needs only `login_required`, `menu_link` and `html_pages` on its
blueprint. The JSON API and the Twilio webhooks have their own
authentication and do not go through here.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import urlsplit

import flask_login
from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from ivr import csrf, wording
from ivr.db import get_session
from ivr.models import User

__all__ = [
    "MenuLink",
    "current_user",
    "error_page",
    "forget_user",
    "html_pages",
    "init_app",
    "log_in",
    "log_out",
    "login_required",
    "menu_for",
    "menu_link",
    "safe_next",
]

View = TypeVar("View", bound=Callable[..., Any])
_MENU = "page_menu"
_USER_KEY = "user_key"  # which account, of those that ever had this id (see _account_key)
_LOGGED_IN_AT = "logged_in_at"  # seconds since the epoch

# Pages that show found items and personal details: no caching on a shared counter computer,
# no framing by other sites, scripts only from our own /static.
_SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


@dataclass(frozen=True)
class MenuLink:
    endpoint: str
    label: str
    roles: tuple[str, ...]
    description: str = ""


def current_user() -> User | None:
    """The user this browser's session logged in (Flask-Login loads it once per request)."""
    user = flask_login.current_user
    return user._get_current_object() if user and user.is_authenticated else None


def _load_user(user_id: str) -> User | None:
    """Flask-Login's user loader: the session's user, if the session is still theirs.

    The account key ties the session to one account and its password (see _account_key);
    the login time ends it after a shift.
    """
    if not user_id.isdigit():
        return None
    fresh = _logged_in_within(current_app.config["PERMANENT_SESSION_LIFETIME"])
    user = get_session().get(User, int(user_id)) if fresh else None
    key = session.get(_USER_KEY)
    same = user is not None and isinstance(key, str)
    return user if same and hmac.compare_digest(key, _account_key(user)) else None


def _account_key(user: User) -> str:
    """What ties a session to one account, not just to its id.

    SQLite gives a removed user's id to the next one created: without this, a removed
    clerk's browser would come back as that new user. The password hash is in it too, so
    setting a new password ends the sessions opened with the old one.
    """
    secret = str(current_app.config["SECRET_KEY"]).encode()
    account = f"{user.id}\0{user.name}\0{user.password_hash}"
    return hmac.new(secret, account.encode(), hashlib.sha256).hexdigest()


def _logged_in_within(lifetime: timedelta) -> bool:
    """Whether the login is younger than a shift.

    The cookie's own expiry is renewed by every request (the desk asks for news every
    3 seconds), so it cannot end a login left open on a counter: the login time does.
    """
    since = session.get(_LOGGED_IN_AT)
    return isinstance(since, int | float) and time.time() - since < lifetime.total_seconds()


def log_in(user: User) -> None:
    """Start a fresh session for `user` (a new session defeats session fixation)."""
    session.clear()
    flask_login.login_user(user)
    session[_USER_KEY] = _account_key(user)
    session[_LOGGED_IN_AT] = time.time()
    session.permanent = True  # expires after SESSION_HOURS, even if the browser stays open


def log_out() -> None:
    flask_login.logout_user()
    session.clear()


def forget_user() -> None:
    """Treat the rest of this request as anonymous (the database is down: the layout must
    not read the user's name or language from it)."""
    g._login_user = current_app.login_manager.anonymous_user()
    g.pop("user", None)


def login_required(*roles: str) -> Callable[[View], View]:
    """Anonymous: off to the login page. Wrong role: 403. POST without a CSRF token: 400."""

    def decorate(view: View) -> View:
        @wraps(view)
        def checked(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                return redirect(url_for("auth.login", next=_here()))
            g.user = user
            if roles and user.role not in roles:
                role = wording.ROLE_NAMES.get(user.role, user.role)
                abort(403, _("This page is not for the %(role)s role.", role=role))
            csrf.check_token()
            return view(*args, **kwargs)

        return checked  # type: ignore[return-value]

    return decorate


def _here() -> str | None:
    """The page to come back to after logging in (a form's POST cannot be replayed)."""
    if request.method != "GET":
        return None
    return request.full_path if request.query_string else request.path


def safe_next(target: str | None, default: str) -> str:
    """Where to go after logging in: only a path on this site, never another host."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target


def menu_link(bp: Blueprint, endpoint: str, label: str, *roles: str, description: str = "") -> None:
    """Offer a page in the menu and on the landing page to the users of these roles."""
    link = MenuLink(endpoint, label, roles, description)
    bp.record_once(lambda state: state.app.extensions.setdefault(_MENU, []).append(link))


def menu_for(user: User | None) -> list[MenuLink]:
    if user is None:
        return []
    links: list[MenuLink] = current_app.extensions.get(_MENU, [])
    return [link for link in links if user.role in link.roles]


def html_pages(bp: Blueprint) -> None:
    """Give a blueprint's pages HTML error pages and the security headers above."""
    bp.register_error_handler(HTTPException, error_page)
    bp.after_request(_add_security_headers)


def error_page(error: HTTPException) -> tuple[str, int, list[tuple[str, str]]]:
    """The page for any refusal or failure, in the site's layout, with the error's own
    headers (Retry-After on a 503, Allow on a 405)."""
    code = error.code or 500
    headers = [(name, value) for name, value in error.get_headers() if name != "Content-Type"]
    title = wording.ERROR_TITLES.get(code, error.name)
    default = error.description == type(error).description  # Werkzeug's, in English
    message = wording.ERROR_DEFAULTS.get(code, error.description) if default else error.description
    page = render_template("error.html", error=error, code=code, title=title, message=message)
    return page, code, headers


def _add_security_headers(response: Response) -> Response:
    for name, value in _SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    login_manager = flask_login.LoginManager(app)
    login_manager.user_loader(_load_user)
    app.context_processor(lambda: {"menu": menu_for(g.get("user"))})
