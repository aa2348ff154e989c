"""The clerks' pages: log found items at the counter, find them, follow them until they leave.

One blueprint under /clerks, made of a blueprint per job (entry form, stored
items, actions on an item, disposal, CSV import, loss reports, matches to
confirm), each in its own module.
"""

from __future__ import annotations

from flask import Blueprint
from flask_babel import lazy_gettext as _l

from ivr import pages
from ivr.clerks import actions, disposal, entry, imports, loss_reports, matches, stock
from ivr.clerks.context import concept_label, spaced
from lost_items import items, reports
from lost_items.models import FoundItem, LossReport

__all__ = ["bp"]

bp = Blueprint("clerks", __name__, url_prefix="/clerks")
for part in (entry, stock, actions, disposal, imports, loss_reports, matches):
    bp.register_blueprint(part.bp)
pages.html_pages(bp)

CLERKS = ("clerk", "admin")
pages.menu_link(
    bp,
    "clerks.entry.new_item",
    _l("Log an item"),
    *CLERKS,
    description=_l("The counter's entry form: keyboard only, reference at once."),
)
pages.menu_link(
    bp,
    "clerks.stock.items_list",
    _l("Stored items"),
    *CLERKS,
    description=_l("Search by description or reference; filter; each item's history."),
)
pages.menu_link(
    bp,
    "clerks.disposal.due",
    _l("Due for disposal"),
    *CLERKS,
    description=_l("Items kept past their retention period."),
)
pages.menu_link(
    bp,
    "clerks.imports.import_form",
    _l("Import CSV"),
    *CLERKS,
    description=_l("Load many items from a spreadsheet saved as CSV."),
)
pages.menu_link(
    bp,
    "clerks.reports.new_report",
    _l("Take a loss report"),
    *CLERKS,
    description=_l("For an owner at the counter or on the phone; items in storage are searched."),
)
pages.menu_link(
    bp,
    "clerks.reports.reports_list",
    _l("Loss reports"),
    *CLERKS,
    description=_l("Open reports by status and language; each report's matches; close it."),
)
pages.menu_link(
    bp,
    "clerks.matches.pending",
    _l("Matches to confirm"),
    *CLERKS,
    description=_l(
        "Weaker matches between a report and an item: no text goes out until confirmed."
    ),
)


@bp.app_template_filter("concept")
def _concept(concept_id: str | None) -> str:
    return concept_label(concept_id)


@bp.app_template_filter("reference")
def _reference(item: FoundItem) -> str:
    return items.reference_of(item)


bp.app_template_filter("spaced")(spaced)


@bp.app_template_filter("report_reference")
def _report_reference(report: LossReport) -> str:
    return reports.report_reference(report)
