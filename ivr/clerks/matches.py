"""Report-to-item matches a clerk decides on: the weaker ones wait here for a verdict.

A strong match texts the caller as soon as the item is logged; a weaker one
(`MATCH_WEAK_SCORE` to `MATCH_STRONG_SCORE`) sends nothing until a clerk
confirms it, on the item's page or the list of matches to confirm.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.wrappers import Response

from ivr.clock import office_today
from ivr.db import get_session
from ivr.notifications import IN_REQUEST, send_due_messages
from ivr.pages import login_required, safe_next
from ivr.pagination import Page, page_number
from lost_items import reports
from lost_items.models import FoundItem, ItemStatus, LossReport, MatchStatus, ReportMatch

__all__ = ["OWNER_STATUSES", "bp", "item_matches"]

bp = Blueprint("matches", __name__)
CLERKS = ("clerk", "admin")
PER_PAGE = 25
VERDICTS = {"confirm": True, "reject": False}
_LARGEST_ID = 2**31  # ids are 32-bit integers: PostgreSQL refuses larger ones with an error
# Matches that make a report's caller the item's possible owner: a strong match or a
# confirmed one, texted, about to be, or not textable (no number, or they texted STOP).
OWNER_STATUSES = frozenset({MatchStatus.QUEUED, MatchStatus.NOTIFIED, MatchStatus.NOT_SENT})
MATCH_LABELS = {
    MatchStatus.PENDING: _l("waiting for a clerk to confirm"),
    MatchStatus.QUEUED: _l("text message about to be sent"),
    MatchStatus.NOTIFIED: _l("owner texted"),
    MatchStatus.NOT_SENT: _l("not texted (no number, or the owner texted STOP)"),
    MatchStatus.REJECTED: _l("not this one"),
}
# What the clerk is told once a confirmed match's text was tried.
CONFIRMED = {
    MatchStatus.NOTIFIED: _l(
        "Confirmed: the caller has been sent a text message in their language."
    ),
    MatchStatus.NOT_SENT: _l(
        "Confirmed, but no text was sent: the report has no callback number, "
        "or its owner texted STOP."
    ),
    MatchStatus.QUEUED: _l(
        "Confirmed. The text message could not be sent yet: it goes out at the next try."
    ),
}

Pair = tuple[ReportMatch, LossReport]


def item_matches(item: FoundItem) -> tuple[list[Pair], list[Pair]]:
    """The item's possible owners, and the weaker matches waiting for a clerk."""
    pairs = reports.matches_for_item(get_session(), item)
    owners = [pair for pair in pairs if pair[0].status in OWNER_STATUSES]
    if item.status != ItemStatus.IN_STORAGE:
        return owners, []  # claimed, returned or disposed of: nobody else is to be texted
    return owners, [pair for pair in pairs if pair[0].status == MatchStatus.PENDING]


@bp.get("/matches")
@login_required(*CLERKS)
def pending() -> str:
    """List the weaker matches waiting for a clerk, the longest waiting first."""
    number = page_number(request.args)
    rows, total = reports.pending_matches(
        get_session(), today=office_today(), offset=(number - 1) * PER_PAGE, limit=PER_PAGE
    )
    return render_template("clerks/matches.html", rows=rows, page=Page(number, PER_PAGE, total))


@bp.post("/matches/<int:match_id>/<verdict>")
@login_required(*CLERKS)
def decide(match_id: int, verdict: str) -> Response:
    """Confirm a weaker match (its caller is texted at once) or set it aside."""
    session = get_session()
    known = verdict in VERDICTS and match_id < _LARGEST_ID
    match = session.get(ReportMatch, match_id) if known else None
    if match is None:
        abort(404, _("There is no such match to decide on: it may have been purged."))
    back = safe_next(request.form.get("next"), url_for("clerks.matches.pending"))
    if not reports.decide_match(session, match, confirmed=VERDICTS[verdict], by=g.user.name):
        flash(
            _(
                "Nothing was changed: this match was already decided (by another clerk?), "
                "or the item is no longer in storage."
            )
        )
        return redirect(back)
    session.commit()
    if VERDICTS[verdict]:
        send_due_messages(session, limit=IN_REQUEST)
        flash(str(CONFIRMED[MatchStatus(match.status)]))
    else:
        flash(_("Set aside: the caller will not be told about this item."))
    return redirect(back)
