"""Items past their retention: the list a clerk works through when clearing shelves."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from werkzeug.wrappers import Response

from ivr.clerks.context import retention
from ivr.clock import office_today
from ivr.db import get_session
from ivr.pages import login_required
from ivr.pagination import Page, page_number
from lost_items import lifecycle

bp = Blueprint("disposal", __name__)
CLERKS = ("clerk", "admin")
PER_PAGE = 50


@bp.get("/disposal")
@login_required(*CLERKS)
def due() -> str:
    """List the items due for disposal, the longest overdue first."""
    session, keep, today = get_session(), retention(), office_today()
    total = lifecycle.count_due_for_disposal(session, retention=keep, today=today)
    page = Page(page_number(request.args), PER_PAGE, total)
    found = lifecycle.due_for_disposal(
        session, retention=keep, today=today, offset=page.offset, limit=PER_PAGE
    )
    return render_template(
        "clerks/disposal.html", items=found, page=page, retention=keep, today=today
    )


@bp.post("/disposal")
@login_required(*CLERKS)
def dispose() -> Response:
    """Mark the ticked items disposed of (those still due: others are left alone)."""
    ticked = request.form.getlist("item")
    ids = [int(v) for v in ticked if v.isascii() and v.isdigit() and len(v) < 10]
    if not ids:
        flash(_("Tick the items you have disposed of, then press the button."))
        return redirect(url_for("clerks.disposal.due"))
    session = get_session()
    count = lifecycle.dispose_due(
        session, ids, actor=g.user.name, retention=retention(), today=office_today()
    )
    session.commit()
    skipped = len(set(ids)) - count
    done = ngettext("Marked %(num)s item disposed.", "Marked %(num)s items disposed.", count)
    if skipped:
        done += " " + _("%(count)s were no longer due and were left alone.", count=skipped)
    flash(done)
    return redirect(url_for("clerks.disposal.due", page=request.form.get("page", "1")))
