"""Users: create one with a role and a language, set a password, issue a new API token
(shown once), remove one."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from ivr import accounts, audit
from ivr.db import get_session
from ivr.forms import NewUserForm, PasswordForm, labels, problems
from ivr.models import User
from ivr.pages import login_required

bp = Blueprint("users", __name__)
ADMINS = ("admin",)


@bp.get("/users")
@login_required(*ADMINS)
def users_page() -> str:
    """List the users, with a form to add one."""
    return _page(NewUserForm())


@bp.post("/users")
@login_required(*ADMINS)
def create() -> tuple[str, int]:
    """Create a user; their API token is shown this once."""
    form, session = NewUserForm(), get_session()
    if form.validate():
        try:
            user, token = accounts.create_user(
                session, form.name.data.strip(), form.role.data, language=form.language.data or None
            )
            if form.password.data:
                accounts.set_password(session, user.name, form.password.data)
        except ValueError:
            session.rollback()
            form.name.errors = [_("is already someone's name, or cannot be one")]
        else:
            audit.record_change(
                session, g.user.name, "user_created", name=user.name, role=user.role
            )
            session.commit()
            return _page(NewUserForm(formdata=None), token_for=user.name, token=token), 201
    return _page(form), 400


@bp.post("/users/<int:user_id>/password")
@login_required(*ADMINS)
def set_password(user_id: int) -> Response | tuple[str, int]:
    """Set a new password: the user's open sessions end."""
    user, form, session = _user(user_id), PasswordForm(), get_session()
    if not form.validate():
        return _page(NewUserForm(formdata=None), password_form=form, password_for=user.id), 400
    accounts.set_password(session, user.name, form.password.data)
    audit.record_change(session, g.user.name, "password_set", name=user.name)
    session.commit()
    flash(_("New password set for %(name)s; their open sessions have ended.", name=user.name))
    return redirect(url_for("admin.users.users_page"))


@bp.post("/users/<int:user_id>/token")
@login_required(*ADMINS)
def new_token(user_id: int) -> str:
    """Issue a new API token (the old one stops working), shown this once."""
    user, session = _user(user_id), get_session()
    token = accounts.new_token(session, user.name)
    audit.record_change(session, g.user.name, "token_issued", name=user.name)
    session.commit()
    return _page(NewUserForm(formdata=None), token_for=user.name, token=token)


@bp.post("/users/<int:user_id>/remove")
@login_required(*ADMINS)
def remove(user_id: int) -> Response:
    """Remove a user: their token and password stop working at once."""
    user, session = _user(user_id), get_session()
    if user.id == g.user.id:
        flash(_("You cannot remove your own account: ask another admin."))
        return redirect(url_for("admin.users.users_page"))
    name = user.name
    accounts.remove_user(session, name)
    audit.record_change(session, g.user.name, "user_removed", name=name)
    session.commit()
    flash(_("%(name)s was removed.", name=name))
    return redirect(url_for("admin.users.users_page"))


def _user(user_id: int) -> User:
    user = get_session().get(User, user_id) if user_id < 2**31 else None
    if user is None:
        abort(404, _("There is no such user: they may have been removed."))
    return user


def _page(form: NewUserForm, **shown: object) -> str:
    session = get_session()
    return render_template(
        "admin/users.html",
        form=form,
        errors=problems(form),
        field_labels=labels(form),
        users=accounts.list_users(session),
        password_form=shown.pop("password_form", None) or PasswordForm(formdata=None),
        changes=audit.recent_changes(session, audit.SECTIONS["users"]),
        **shown,
    )
