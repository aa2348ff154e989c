"""The office: its address and opening hours (overriding OFFICE_ADDRESS and OFFICE_HOURS),
and the days it closes (public holidays, an afternoon), which the phone line and the texts
to owners follow."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from ivr import audit, office
from ivr.clock import office_today
from ivr.db import get_session
from ivr.forms import ClosureForm, OfficeForm, labels, problems
from ivr.pages import login_required

bp = Blueprint("office", __name__)
ADMINS = ("admin",)


@bp.get("/office")
@login_required(*ADMINS)
def office_page() -> str:
    """Show the address, the hours and the closures to come, each with its form."""
    return _page(_settings_form(), ClosureForm(formdata=None))


@bp.post("/office")
@login_required(*ADMINS)
def save_settings() -> Response | tuple[str, int]:
    """Save the address and the hours; an empty one goes back to the settings' own."""
    form, session = OfficeForm(), get_session()
    if form.validate():
        try:
            changed = [_save(name, getattr(form, name).data) for name in office.SETTINGS]
        except ValueError:
            session.rollback()
            form.hours.errors = [
                _("cannot be read: write it as mon-thu 08:30-17:00; fri 08:30-16:30")
            ]
        else:
            session.commit()
            if any(changed):
                flash(_("The office's details are saved: callers hear them from now on."))
            return redirect(url_for("admin.office.office_page"))
    return _page(form, ClosureForm(formdata=None)), 400


def _save(name: str, value: str | None) -> bool:
    """Save one setting; whether it changed (and then record who changed it)."""
    session, value = get_session(), (value or "").strip()
    default = str(current_app.config[office.SETTINGS[name]])
    before = getattr(office, name)(session)
    office.set_setting(session, name, "" if value == default else value)
    after = getattr(office, name)(session)
    if after == before:
        return False
    if after == default:
        audit.record_change(session, g.user.name, f"{name}_default")
    else:
        audit.record_change(session, g.user.name, f"{name}_set", value=after)
    return True


@bp.post("/office/closures")
@login_required(*ADMINS)
def add_closure() -> Response | tuple[str, int]:
    """Add a closure: a whole day, or from a time on."""
    form, session = ClosureForm(), get_session()
    if form.validate() and form.day.data < office_today():
        form.day.errors = [_("must not be in the past")]
    if form.errors:
        return _page(_settings_form(), form), 400
    closure = office.add_closure(
        session, form.day.data, form.closed_from.data, form.reason.data or ""
    )
    when = (
        {"from": closure.closed_from.strftime("%H:%M")}
        if closure.closed_from
        else {"when": "all day"}
    )
    audit.record_change(
        session,
        g.user.name,
        "closure_added",
        day=closure.day.isoformat(),
        reason=closure.reason,
        **when,
    )
    session.commit()
    flash(_("Closure added: callers hear it in the opening hours."))
    return redirect(url_for("admin.office.office_page"))


@bp.post("/office/closures/<int:closure_id>/remove")
@login_required(*ADMINS)
def remove_closure(closure_id: int) -> Response:
    """Remove a closure (open after all)."""
    session = get_session()
    closure = office.remove_closure(session, closure_id) if closure_id < 2**31 else None
    if closure is not None:
        audit.record_change(session, g.user.name, "closure_removed", day=closure.day.isoformat())
        session.commit()
        flash(_("Closure removed."))
    return redirect(url_for("admin.office.office_page"))


def _settings_form() -> OfficeForm:
    session = get_session()
    return OfficeForm(formdata=None, address=office.address(session), hours=office.hours(session))


def _page(settings: OfficeForm, closure: ClosureForm) -> str:
    session = get_session()
    errors = {**problems(settings), **problems(closure)}
    return render_template(
        "admin/office.html",
        settings=settings,
        closure=closure,
        errors=errors,
        field_labels={**labels(settings), **labels(closure)},
        closures=office.all_closures(session, office_today()),
        defaults={name: current_app.config[key] for name, key in office.SETTINGS.items()},
        changes=audit.recent_changes(session, audit.SECTIONS["office"]),
    )
