"""Logging in and out of the web pages, and the landing page each role sees."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from ivr import csrf, pages, throttle
from ivr.accounts import user_for_password
from ivr.db import get_session
from ivr.forms import LoginForm
from lost_items.models import utcnow

bp = Blueprint("auth", __name__)
pages.html_pages(bp)


@bp.get("/")
@pages.login_required()
def home() -> str:
    """Show the pages this user's role may use."""
    return render_template("home.html")


@bp.get("/login")
def login_form() -> str | Response:
    """Show the login form (or go home when already logged in)."""
    if pages.current_user() is not None:
        return redirect(url_for("auth.home"))
    return render_template("login.html", next=request.args.get("next", ""))


@bp.post("/login")
def login() -> tuple[str, int] | Response:
    """Log a user in by name and password, slowing down repeated failures."""
    csrf.check_token()
    form = LoginForm()
    name, password = form.name.data or "", form.password.data or ""
    session, now, config = get_session(), utcnow(), current_app.config
    key = throttle.login_key(name, request.remote_addr or "")
    window = timedelta(minutes=config["LOGIN_LOCKOUT_MINUTES"])
    limit = config["LOGIN_MAX_FAILURES"]
    if throttle.is_locked_out(session, key, now=now, max_failures=limit, window=window):
        minutes = config["LOGIN_LOCKOUT_MINUTES"]
        error = _(
            "Too many failed attempts. Wait %(minutes)s minutes, then try again.", minutes=minutes
        )
        return _login_again(name, error), 429
    user = user_for_password(session, name, password) if name and password else None
    if user is None:
        throttle.record_failure(session, key, now=now, window=window)
        session.commit()
        return _login_again(name, _("Wrong name or password.")), 401
    throttle.clear_failures(session, key)
    session.commit()
    pages.log_in(user)
    return redirect(pages.safe_next(form.next.data, url_for("auth.home")))


def _login_again(name: str, error: str) -> str:
    return render_template("login.html", name=name, error=error, next=request.form.get("next", ""))


@bp.post("/logout")
@pages.login_required()
def logout() -> Response:
    """End this browser's session."""
    pages.log_out()
    flash(_("You are logged out."))
    return redirect(url_for("auth.login"))
