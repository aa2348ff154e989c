"""The stored items: search and filter them, and see one item with its history."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from ivr.clerks.context import item_or_404, language_names, retention
from ivr.clerks.matches import MATCH_LABELS, item_matches
from ivr.clock import office_today
from ivr.db import get_session
from ivr.i18n import page_language
from ivr.pages import login_required
from ivr.pagination import Page, page_number
from ivr.wording import ACTION_LABELS, DETAIL_LABELS, ITEM_STATUS_LABELS
from lost_items import inventory, items, labels, lifecycle, suggestions
from lost_items.inventory import ItemFilters
from lost_items.models import FoundItem
from lost_items.validation import ValidationError
from lost_items.vocabulary import load_vocabulary

bp = Blueprint("stock", __name__)
CLERKS = ("clerk", "admin")
PER_PAGE = 25


@bp.get("/items")
@login_required(*CLERKS)
def items_list() -> str | Response | tuple[str, int]:
    """List stored items: a description searched as the phone line does, then filters."""
    args, errors = request.args, {}
    try:
        filters = inventory.read_filters(args)
    except ValidationError as error:
        filters, errors = ItemFilters(), error.errors
    query, number = args.get("q", "").strip()[:1000], page_number(args)
    language = _language(query)
    if _looks_like_reference(query):
        item = items.get_found_item(get_session(), query)
        if item is not None:
            return redirect(url_for("clerks.stock.item", reference=items.reference_of(item)))
        errors["q"] = _(
            "No found item has the reference %(reference)s: check the digits.", reference=query
        )
    rows, total = _rows(query, language, filters, number) if "q" not in errors else ([], 0)
    return render_template(
        "clerks/items.html",
        rows=rows,
        page=Page(number, PER_PAGE, total),
        query=query,
        language=language,
        chosen=args.get("lang", ""),
        errors=errors,
        languages=language_names(),
        categories=labels.options("category", page_language()),
        statuses=ITEM_STATUS_LABELS,
    ), (400 if errors else 200)


def _rows(
    query: str, language: str, filters: ItemFilters, number: int
) -> tuple[list[tuple[FoundItem, float | None]], int]:
    offset, session = (number - 1) * PER_PAGE, get_session()
    if not query:
        found, total = inventory.list_items(session, filters, offset=offset, limit=PER_PAGE)
        return [(item, None) for item in found], total
    matches, total = inventory.search_items(
        session,
        query,
        language=language,
        filters=filters,
        today=office_today(),
        offset=offset,
        limit=PER_PAGE,
    )
    return [(match.item, match.score) for match in matches], total


def _language(query: str) -> str:
    """The language the search box is typed in: as chosen, else the one that understands the
    words best (as the entry form guesses), the browser's winning ties."""
    known = load_vocabulary().languages()
    chosen = request.args.get("lang", "")
    if chosen in known:
        return chosen
    browser = request.accept_languages.best_match(known) or known[0]
    return suggestions.suggest(query, browser).language if query else browser


def _looks_like_reference(query: str) -> bool:
    """A barcode scanner or a clerk typing digits: nine of them, spaces allowed."""
    digits = query.replace(" ", "")
    return len(digits) == 9 and digits.isascii() and digits.isdigit()


@bp.get("/items/<reference>")
@login_required(*CLERKS)
def item(reference: str) -> str:
    """Show one item, what can be done with it now, and its history."""
    return item_page(item_or_404(reference))


def item_page(found: FoundItem, errors: dict[str, str] | None = None, action: str = "") -> str:
    """The item page, also shown again with the errors of an action that failed."""
    keep, (owners, pending) = retention(), item_matches(found)
    return render_template(
        "clerks/item.html",
        item=found,
        reference=items.reference_of(found),
        history=lifecycle.history(get_session(), found),
        actions=lifecycle.allowed_actions(found),
        due=keep.is_due(found, today=office_today()),
        keep_until=keep.keep_until(found),
        statuses=ITEM_STATUS_LABELS,
        action_labels=ACTION_LABELS,
        detail_labels=DETAIL_LABELS,
        errors=errors or {},
        failed_action=action,
        form=request.form,
        owners=owners,
        pending=pending,
        match_labels=MATCH_LABELS,
        languages=dict(language_names()),
    )
