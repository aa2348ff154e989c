"""/declare: an owner declares a loss, and gets the report's number and what happens next.

The report is the same as one left on the phone line or at the counter (the same
numbering, matched against every item logged later), marked as from the web.
"""

from __future__ import annotations

from flask import abort, current_app, render_template
from flask_babel import gettext as _

from ivr import i18n
from ivr.clock import office_today
from ivr.db import get_session
from ivr.forms import labels, problems
from ivr.owners import bp
from ivr.owners.context import count_request, refuse_if_too_many
from ivr.owners.forms import DeclareForm
from lost_items import reports

KIND = "declare"


@bp.get("")
def declare_form() -> str:
    """Show the blank declaration form in the owner's language."""
    return _page(DeclareForm(language=i18n.page_language()))


@bp.post("")
def declare() -> tuple[str, int] | str:
    """Record the loss the form describes, or show the form again with its problems."""
    language = i18n.page_language()
    form = DeclareForm(language=language)
    if form.website.data:  # only a bot fills a field nobody can see
        abort(400, _("This form could not be accepted."))
    if not form.validate():
        return _page(form), 400
    refuse_if_too_many(KIND)
    config = current_app.config
    session = get_session()
    report = reports.record_loss_report(
        session,
        description=form.description.data,
        language=language,
        lost_on=form.lost_on.data,
        lost_at=form.lost_at.data,
        callback_number=form.phone_number,
        email=form.email.data or None,
        source="web",
        keep_days=config["REPORT_RETENTION_DAYS"],
        today=office_today(),
    )
    count_request(KIND)
    session.commit()
    return render_template(
        "owners/declared.html",
        reference=reports.report_reference(report),
        report=report,
        days=config["REPORT_RETENTION_DAYS"],
    )


def _page(form: DeclareForm) -> str:
    errors = problems(form)
    if "csrf_token" in errors:
        errors["csrf_token"] = _("The page had expired: please send the form again.")
    return render_template(
        "owners/declare.html",
        form=form,
        errors=errors,
        field_labels=labels(form),
        first_error=next((name for name in errors if name != "csrf_token"), None),
        today=office_today().isoformat(),
        days=current_app.config["REPORT_RETENTION_DAYS"],
    )
