"""Loss reports taken by a clerk: the form, the list of open reports, and one report's page.

A report made here is the same as one left on the phone line: items logged
later are matched against it (`ivr.notifications.match_new_item`), and the
page also searches the items already in storage, so the clerk can look on
the shelf while the owner is still at the counter or on the line.
"""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString
from werkzeug.wrappers import Response

from ivr.clerks.context import language_names, report_or_404
from ivr.clerks.matches import MATCH_LABELS
from ivr.clerks.report_form import FIELDS, ReportForm, read_report
from ivr.clock import office_today
from ivr.db import get_session
from ivr.pages import login_required
from ivr.pagination import Page, page_number
from lost_items import matching, reports
from lost_items.models import LossReport, ReportStatus, utcnow
from lost_items.validation import ValidationError

bp = Blueprint("reports", __name__)
CLERKS = ("clerk", "admin")
PER_PAGE = 25
CANDIDATES = 5
# The list's status filter: (what the clerk reads, the statuses it shows).
STATUS_FILTERS: dict[str, tuple[LazyString, tuple[str, ...]]] = {
    "": (_l("Open or matched"), reports.ACTIVE_STATUSES),
    "open": (_l("Open: no text sent yet"), (ReportStatus.OPEN.value,)),
    "matched": (_l("Matched: the owner was texted"), (ReportStatus.MATCHED.value,)),
    "closed": (_l("Closed"), (ReportStatus.CLOSED.value,)),
    "all": (_l("Any"), tuple(status.value for status in ReportStatus)),
}
STATUS_LABELS = {
    ReportStatus.OPEN: _l("open"),
    ReportStatus.MATCHED: _l("matched: the owner was texted"),
    ReportStatus.CLOSED: _l("closed"),
}


@bp.get("/reports/new")
@login_required(*CLERKS)
def new_report() -> str:
    """Show a blank loss report form, in the language the browser prefers."""
    codes = [code for code, _ in language_names()]
    return _form_page(ReportForm(language=request.accept_languages.best_match(codes) or "fr"))


@bp.post("/reports")
@login_required(*CLERKS)
def record_report() -> tuple[str, int] | Response:
    """Record the report the form describes, then show it with what may already be stored."""
    form, config, today = ReportForm.from_form(request.form), current_app.config, office_today()
    languages = [code for code, _ in language_names()]
    try:
        draft = read_report(
            form, today=today, languages=languages, country_code=config["OFFICE_COUNTRY_CODE"]
        )
    except ValidationError as error:
        return _form_page(form, errors=error.errors), 400
    session = get_session()
    report = reports.record_loss_report(
        session, **draft.__dict__, keep_days=config["REPORT_RETENTION_DAYS"], today=today
    )
    session.commit()
    reference = reports.report_reference(report)
    flash(
        _(
            "Loss report %(reference)s recorded: give this reference to the owner.",
            reference=reference,
        )
    )
    return redirect(url_for("clerks.reports.report", reference=reference))


def _form_page(form: ReportForm, errors: dict[str, str] | None = None) -> str:
    return render_template(
        "clerks/new_report.html",
        form=form,
        errors=errors or {},
        first_error=next(iter(errors or {}), None),
        field_labels=FIELDS,
        languages=language_names(),
        today=office_today().isoformat(),
    )


@bp.get("/reports")
@login_required(*CLERKS)
def reports_list() -> tuple[str, int]:
    """List the unexpired reports, the newest first, by status and language."""
    args, errors = request.args, {}
    status, language = args.get("status", ""), args.get("language", "")
    if status not in STATUS_FILTERS:
        errors["status"] = "must be one of the choices in the list"
    if language and language not in dict(language_names()):
        errors["language"] = "must be one of the choices in the list"
    number = page_number(args)
    found, total = ([], 0) if errors else _reports(status, language, number)
    return render_template(
        "clerks/reports.html",
        reports=found,
        page=Page(number, PER_PAGE, total),
        errors=errors,
        status_filters=STATUS_FILTERS,
        statuses=STATUS_LABELS,
        languages=language_names(),
    ), (400 if errors else 200)


def _reports(status: str, language: str, number: int) -> tuple[list[LossReport], int]:
    return reports.find_reports(
        get_session(),
        today=office_today(),
        statuses=STATUS_FILTERS[status][1],
        language=language or None,
        offset=(number - 1) * PER_PAGE,
        limit=PER_PAGE,
    )


@bp.get("/reports/<reference>")
@login_required(*CLERKS)
def report(reference: str) -> str:
    """Show a report, the items logged since that may be it, and those already stored."""
    found, session = report_or_404(reference), get_session()
    matches = reports.matches_for_report(session, found)
    return render_template(
        "clerks/report.html",
        report=found,
        reference=reports.report_reference(found),
        matches=matches,
        candidates=_in_storage(found, shown={item.id for _, item in matches}),
        statuses=STATUS_LABELS,
        match_labels=MATCH_LABELS,
        languages=dict(language_names()),
    )


def _in_storage(report: LossReport, *, shown: set[int]) -> list[matching.Match]:
    """Stored items the phone line's search finds for the report (none once it is closed)."""
    if report.status == ReportStatus.CLOSED:
        return []
    found = matching.search(
        get_session(),
        report.description,
        language=report.language,
        lost_on=report.lost_on,
        lost_at=report.lost_at,
        today=office_today(),
        limit=CANDIDATES,
    )
    return [match for match in found if match.item.id not in shown]


@bp.post("/reports/<reference>/close")
@login_required(*CLERKS)
def close(reference: str) -> Response:
    """Close a report: the owner has their item back, or gave up looking."""
    found, session = report_or_404(reference), get_session()
    if found.status == ReportStatus.CLOSED:
        flash(_("This report was already closed: nothing was changed."))
    else:
        reports.close_report(session, found, now=utcnow())
        session.commit()
        days = current_app.config["CLOSED_REPORT_NUMBER_DAYS"]
        flash(_("Report closed. Its callback number will be erased in %(days)s days.", days=days))
    return redirect(url_for("clerks.reports.report", reference=reports.report_reference(found)))
