"""What happens to an item after it is logged: claimed, claim withdrawn, returned, disposed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from ivr.clerks.context import item_or_404, retention
from ivr.clerks.stock import item_page
from ivr.clock import office_today
from ivr.db import get_session
from ivr.pages import login_required
from lost_items import items, lifecycle
from lost_items.lifecycle import TransitionRefused
from lost_items.models import FoundItem, ItemEvent
from lost_items.validation import ValidationError

bp = Blueprint("actions", __name__)
Action = Callable[[Session, FoundItem, Mapping[str, Any], str], ItemEvent]


def _dispose(session: Session, item: FoundItem, form: Mapping[str, Any], actor: str) -> ItemEvent:
    return lifecycle.dispose(
        session, item, form, actor=actor, retention=retention(), today=office_today()
    )


# The URL's verb: (what it does, what the clerk is told once it is done)
ACTIONS: dict[str, tuple[Action, LazyString]] = {
    "claim": (lambda s, i, f, a: lifecycle.claim(s, i, f, actor=a), _l("Marked claimed.")),
    "withdraw-claim": (
        lambda s, i, f, a: lifecycle.withdraw_claim(s, i, f, actor=a),
        _l("Claim withdrawn: the item is back in storage."),
    ),
    "return": (lambda s, i, f, a: lifecycle.return_item(s, i, f, actor=a), _l("Marked returned.")),
    "dispose": (_dispose, _l("Marked disposed.")),
}


@bp.post("/items/<reference>/<action>")
@login_required("clerk", "admin")
def act(reference: str, action: str) -> Response | tuple[str, int]:
    """Record what happened to an item; the page shows again with any problem."""
    if action not in ACTIONS:
        abort(404, _("There is no action called %(action)s.", action=action))
    perform, done = ACTIONS[action]
    item, session = item_or_404(reference), get_session()
    try:
        perform(session, item, request.form, g.user.name)
    except ValidationError as error:
        session.rollback()
        return item_page(item, errors=error.errors, action=action), 400
    except TransitionRefused as refused:
        session.rollback()
        return item_page(item, errors={"status": str(refused)}, action=action), 409
    session.commit()
    flash(str(done))
    return redirect(url_for("clerks.stock.item", reference=items.reference_of(item)))
