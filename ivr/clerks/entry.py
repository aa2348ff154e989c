"""The counter's entry form: log an item handed in, see its reference, print its label."""

from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from ivr.barcode import code128_svg
from ivr.clerks.context import concept_label, item_or_404, language_names, retention
from ivr.clerks.entry_form import FIELDS, EntryForm, read_entry
from ivr.clock import office_today
from ivr.db import get_session
from ivr.notifications import match_new_item
from ivr.pages import login_required
from lost_items import inventory, items, labels, lifecycle, suggestions
from lost_items.validation import ValidationError
from lost_items.vocabulary import load_vocabulary

bp = Blueprint("entry", __name__)
CLERKS = ("clerk", "admin")
# What the form remembers between items: a clerk logs a queue's items in one language
# and shelves them in one place.
_STICKY = ("language", "storage_location")


@bp.get("/items/new")
@login_required(*CLERKS)
def new_item() -> str:
    """Show a blank entry form, under the reference of the item just logged."""
    remembered = session.get("entry", {})
    form = EntryForm(
        language=remembered.get("language") or _browser_language(),
        storage_location=remembered.get("storage_location", ""),
        found_on=office_today().isoformat(),
    )
    return _entry_page(form)


@bp.post("/items")
@login_required(*CLERKS)
def log_item() -> tuple[str, int] | Response:
    """Log the item the form describes, then start a blank form for the next one."""
    form = EntryForm.from_form(request.form)
    db = get_session()
    try:
        kept_days = current_app.config["RETENTION_HIGH_VALUE_DAYS"]
        draft = read_entry(form, today=office_today(), kept_days=kept_days)
        item = lifecycle.log_item(db, draft, actor=g.user.name)
    except ValidationError as error:
        return _entry_page(form, errors=error.errors), 400
    db.commit()
    match_new_item(db, item)  # as for the API: a caller who reported it lost gets a text
    session["entry"] = {name: getattr(form, name) for name in _STICKY}
    return redirect(url_for("clerks.entry.new_item", logged=items.reference_of(item)))


def _entry_page(form: EntryForm, errors: dict[str, str] | None = None) -> str:
    logged = items.get_found_item(get_session(), request.args.get("logged", ""))
    return render_template(
        "clerks/new_item.html",
        form=form,
        errors=errors or {},
        first_error=next(iter(errors or {}), None),
        field_labels=FIELDS,
        logged={"item": logged, "reference": items.reference_of(logged)} if logged else None,
        languages=language_names(),
        categories=labels.choices("category"),
        places=inventory.recent_places(get_session()),
        today=office_today().isoformat(),
    )


def _browser_language() -> str:
    return request.accept_languages.best_match(load_vocabulary().languages()) or "fr"


@bp.get("/describe")
@login_required(*CLERKS)
def describe() -> Response | tuple[Response, int]:
    """Suggest the language, category, kind, colours and brand of a description."""
    text, language = request.args.get("text", "")[:2000], request.args.get("language", "")
    if language not in load_vocabulary().languages():
        return jsonify({"error": "language must be one of the vocabulary's languages"}), 400
    chosen = request.args.get("chosen") == "1"
    suggestion = suggestions.suggest(text, language, chosen=chosen)
    found, language = suggestion.description, suggestion.language

    def named(concept_id: str | None) -> dict[str, str] | None:
        return (
            {"id": concept_id, "label": concept_label(concept_id, language)} if concept_id else None
        )

    return jsonify(
        {
            "language": language,
            "category": named(found.category),
            "kind": named(found.kind),
            "colors": [named(color) for color in found.colors],
            "brand": concept_label(found.brand, language) if found.brand else None,
        }
    )


@bp.get("/items/<reference>/label")
@login_required(*CLERKS)
def label(reference: str) -> str:
    """Show a printable label: the reference as digits and as a Code 128 barcode."""
    item = item_or_404(reference)
    reference = items.reference_of(item)
    return render_template(
        "clerks/label.html",
        item=item,
        reference=reference,
        barcode=code128_svg(reference),
        keep_until=retention().keep_until(item),
    )
