"""My account: the language of one's own pages."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from ivr import accounts, pages
from ivr.db import get_session
from ivr.forms import LanguageForm

bp = Blueprint("account", __name__)
pages.html_pages(bp)


@bp.get("/account")
@pages.login_required()
def account_page() -> str:
    """Show the user's own settings."""
    return render_template("account.html", form=LanguageForm(language=g.user.language or ""))


@bp.post("/account")
@pages.login_required()
def save() -> Response | tuple[str, int]:
    """Save the language of the user's pages (empty: the browser's)."""
    form, session = LanguageForm(), get_session()
    if not form.validate():
        return render_template("account.html", form=form), 400
    accounts.set_language(session, g.user.name, form.language.data or None)
    session.commit()
    flash(_("Saved: your pages are in the language you chose."))
    return redirect(url_for("account.account_page"))
