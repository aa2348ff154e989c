"""The pages' forms made with WTForms (through Flask-WTF): logging in, one's account, and the
administration pages; each field's problems worded as the other pages word theirs ("is
required", read after the field's name).

CSRF is checked before any view runs (`ivr.pages.login_required`), so the forms do not
check it a second time.
"""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TimeField,
)
from wtforms.validators import InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ivr.accounts import ROLES
from ivr.i18n import language_choices
from ivr.models import NAME_LENGTH
from ivr.wording import ROLE_NAMES

__all__ = [
    "AgentForm",
    "ClosureForm",
    "LanguageForm",
    "LoginForm",
    "NewUserForm",
    "OfficeForm",
    "PasswordForm",
    "problems",
]

REQUIRED = _l("is required")
PASSWORD_LENGTH = 10


class _Form(FlaskForm):
    class Meta:
        csrf = False  # checked by login_required for every POST


def _languages_field(label: Any) -> SelectMultipleField:
    return SelectMultipleField(
        label,
        choices=[],
        validators=[InputRequired(message=_l("tick at least one"))],
        option_widget=CheckboxInput(),
        widget=ListWidget(prefix_label=False),
    )


class LoginForm(_Form):
    """Name and password; a missing one is a wrong one (the same answer, the throttle counts)."""

    name = StringField(_l("Name"), filters=[lambda value: (value or "").strip()])
    password = PasswordField(_l("Password"))
    next = HiddenField()


class NewUserForm(_Form):
    name = StringField(
        _l("Name"),
        validators=[
            InputRequired(message=REQUIRED),
            Length(max=NAME_LENGTH, message=_l("must be at most %(max)d characters")),
        ],
    )
    role = SelectField(_l("Role"), choices=[(role, ROLE_NAMES[role]) for role in ROLES])
    language = SelectField(_l("Language of the pages"))
    password = PasswordField(
        _l("Password"),
        validators=[
            Optional(),
            Length(min=PASSWORD_LENGTH, message=_l("needs at least %(min)d characters")),
        ],
        description=_l("Optional: without one, the user has the API only."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language.choices = [("", _l("the browser's")), *language_choices()]


class PasswordForm(_Form):
    password = PasswordField(
        _l("New password"),
        validators=[
            InputRequired(message=REQUIRED),
            Length(min=PASSWORD_LENGTH, message=_l("needs at least %(min)d characters")),
        ],
    )


class LanguageForm(_Form):
    language = SelectField(_l("Language of the pages"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language.choices = [("", _l("the browser's")), *language_choices()]


class AgentForm(_Form):
    name = StringField(
        _l("Name"),
        validators=[
            InputRequired(message=REQUIRED),
            Length(max=NAME_LENGTH, message=_l("must be at most %(max)d characters")),
        ],
        description=_l("The same as their user's name, for their desk."),
    )
    languages = _languages_field(_l("Languages spoken"))
    endpoint = StringField(
        _l("Where calls ring"),
        validators=[InputRequired(message=REQUIRED), Length(max=200)],
        description=_l("A phone number, client:NAME for the browser, or a sip: address."),
    )
    on_shift = BooleanField(_l("On shift (available for calls)"))

    def __init__(self, *args: Any, languages: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.languages.choices = languages


class OfficeForm(_Form):
    address = StringField(_l("Address"), validators=[Length(max=300)])
    hours = StringField(
        _l("Opening hours"),
        validators=[Length(max=300)],
        description=_l(
            "Days and times, as: mon-thu 08:30-17:00; fri 08:30-16:30. Empty: the settings' own."
        ),
    )


class ClosureForm(_Form):
    day = DateField(_l("Day"), validators=[InputRequired(message=REQUIRED)])
    closed_from = TimeField(
        _l("Closed from"),
        validators=[Optional()],
        description=_l("Empty: closed all day; 12:00: closed in the afternoon."),
    )
    reason = StringField(_l("Why"), validators=[Length(max=200)])


def problems(form: FlaskForm) -> dict[str, str]:
    """Each field's first problem, by field name, as the pages' error macros take them."""
    return {name: str(errors[0]) for name, errors in form.errors.items() if errors}


def labels(form: FlaskForm) -> dict[str, str]:
    """Each field's name on the page, for the error summary."""
    return {field.name: str(field.label.text) for field in form}
