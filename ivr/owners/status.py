"""/declare/status: an owner follows their report with its number and the phone number (or
e-mail address) they gave: its state, details to add, withdrawing it.

A wrong pair gets the same answer whether or not the report exists. The report found is
remembered in the (signed) session for the visit, so adding details or withdrawing needs
no second look-up.
"""

from __future__ import annotations

from flask import redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from ivr import i18n, office
from ivr.clock import office_today
from ivr.db import get_session
from ivr.forms import labels, problems
from ivr.line.prompts import catalogue
from ivr.line.speech import spoken_hours
from ivr.owners import bp
from ivr.owners.context import count_request, refuse_if_too_many
from ivr.owners.forms import DetailsForm, StatusForm, owner_phone_number
from lost_items import declarations, reports
from lost_items.items import reference_of
from lost_items.models import LossReport, utcnow

KIND = "status"
EXPIRED = _l("The page had expired: please send the form again.")
_REPORT_KEY = "owner_report"  # the report this visit has proved it may see


@bp.get("/status")
def status_form() -> str:
    """Ask for the report's number and the phone number or e-mail address given with it."""
    return _lookup_page(StatusForm())


@bp.post("/status")
def look_up() -> tuple[str, int] | Response:
    """Show the report if the pair is right; the same answer for any wrong pair."""
    form = StatusForm()
    if not form.validate():
        return _lookup_page(form), 400
    refuse_if_too_many(KIND)
    count_request(KIND)
    contact = form.contact.data
    email = contact if "@" in contact else None
    phone = None if email else owner_phone_number(contact, i18n.page_language())
    db = get_session()
    report = declarations.own_report(db, form.reference.data, phone=phone, email=email)
    db.commit()
    if report is None:
        return _lookup_page(form, not_found=True), 404
    session[_REPORT_KEY] = report.id
    return redirect(url_for("owners.report_page"))


@bp.get("/status/report")
def report_page() -> str | Response:
    """The state of the report this visit looked up."""
    report = _own_report()
    if report is None:
        return redirect(url_for("owners.status_form"))
    return _report_page(report, DetailsForm(formdata=None))


@bp.post("/status/details")
def add_details() -> tuple[str, int] | Response:
    """Add what the owner remembered to the report's description."""
    report = _own_report()
    if report is None:
        return redirect(url_for("owners.status_form"))
    form = DetailsForm()
    if report.status == "closed" or not form.validate():
        return _report_page(report, form), 400
    declarations.add_details(report, form.details.data)
    get_session().commit()
    return _report_page(report, DetailsForm(formdata=None), done=_("Your details were added."))


@bp.post("/status/withdraw")
def withdraw() -> tuple[str, int] | Response:
    """Close the report: the owner found their item, or gave up."""
    report = _own_report()
    if report is None:
        return redirect(url_for("owners.status_form"))
    if not FlaskForm().validate_on_submit():  # the CSRF token only
        return _report_page(report, DetailsForm(formdata=None), done=str(EXPIRED)), 400
    if report.status != "closed":
        reports.close_report(get_session(), report, now=utcnow())
        get_session().commit()
    return _report_page(report, DetailsForm(formdata=None), done=_("Your report is withdrawn."))


def _own_report() -> LossReport | None:
    report_id = session.get(_REPORT_KEY)
    return get_session().get(LossReport, report_id) if isinstance(report_id, int) else None


def _lookup_page(form: StatusForm, *, not_found: bool = False) -> str:
    errors = problems(form)
    if "csrf_token" in errors:
        errors["csrf_token"] = str(EXPIRED)
    return render_template(
        "owners/status.html",
        form=form,
        errors=errors,
        field_labels=labels(form),
        first_error=next((name for name in errors if name != "csrf_token"), None),
        not_found=not_found,
    )


def _report_page(report: LossReport, form: DetailsForm, *, done: str | None = None) -> str:
    db = get_session()
    state = declarations.report_state(db, report)
    language = catalogue(i18n.page_language())
    closures = [(c.day, c.closed_from) for c in office.closures_ahead(db, office_today())]
    errors = problems(form)
    if "csrf_token" in errors:
        errors["csrf_token"] = str(EXPIRED)
    return render_template(
        "owners/report.html",
        report=report,
        reference=reports.report_reference(report),
        state=state.state.value,
        item=state.item,
        item_reference=reference_of(state.item) if state.item else None,
        address=office.address(db),
        hours=spoken_hours(office.hours(db), language, closures),
        form=form,
        errors=errors,
        field_labels=labels(form),
        first_error=next((name for name in errors if name != "csrf_token"), None),
        done=done,
    )
