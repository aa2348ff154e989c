"""The owners' forms (WTForms through Flask-WTF): declaring a loss, finding one's report,
adding details. Unlike the staff's forms, these check their CSRF token themselves: the
owners' pages have no login to do it for them.

Each problem is worded to be read after the field's name ("Phone number: is required"),
as on the staff's pages.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import phonenumbers
from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, EmailField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, InputRequired, Length, Optional, ValidationError

from ivr.clock import office_today
from lost_items.declarations import DETAILS_LENGTH
from lost_items.phone_numbers import can_take_texts, parse_phone_number

__all__ = ["DeclareForm", "DetailsForm", "StatusForm", "owner_phone_number"]

REQUIRED = _l("is required")
TOO_LONG = _l("must be at most %(max)d characters")
# The countries whose national formats the phone field understands, the office's first.
COUNTRY_CODES = ("33", "44", "34", "49")
# Each page language's country, tried first for a number in national form.
LANGUAGE_COUNTRY = {"fr": "33", "en": "44", "es": "34", "de": "49"}


def owner_phone_number(text: str | None, language: str) -> str | None:
    """A number typed as people write it (international, or national in one of the four
    countries), in E.164. "06 12 34 56 78" is a French mobile and a German landline, and
    "612 34 56 78" a mobile in Spain and in France: a valid mobile wins (we text it), then
    a valid number, then one that merely looks plausible (the UK's fictional 07700 900xxx);
    among equals, the page language's country, then the office's."""
    office = str(current_app.config["OFFICE_COUNTRY_CODE"])
    order = dict.fromkeys([LANGUAGE_COUNTRY.get(language, office), office, *COUNTRY_CODES])
    parsed = [number for code in order if (number := parse_phone_number(text, country_code=code))]
    valid = [number for number in parsed if _valid(number)]
    mobile = [number for number in valid if can_take_texts(number)]
    return next(iter(mobile + valid + parsed), None)


def _valid(e164: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(e164))


# Control characters but tab and line breaks: nobody types them, and PostgreSQL's text
# columns refuse NUL (the same set as lost_items.validation's).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strip(value: str | None) -> str:
    """What was typed, without surrounding spaces nor control characters."""
    return _CONTROL.sub("", value or "").strip()


class DeclareForm(FlaskForm):
    """What was lost, when, where, and how to reach the owner; `website` is a honeypot."""

    description = TextAreaField(
        _l("What you lost"),
        filters=[_strip],
        validators=[
            DataRequired(message=REQUIRED),
            Length(max=2000, message=TOO_LONG),
        ],
        description=_l("In your own words: kind, colour, brand, what was inside."),
    )
    lost_on = DateField(
        _l("Date of the loss"),
        validators=[InputRequired(message=REQUIRED)],
        description=_l("The day, or your best guess."),
    )
    lost_at = StringField(
        _l("Place of the loss"),
        filters=[_strip],
        validators=[
            DataRequired(message=REQUIRED),
            Length(max=200, message=TOO_LONG),
        ],
        description=_l("A station, a bus or metro line, a street."),
    )
    phone = StringField(
        _l("Phone number"),
        filters=[_strip],
        validators=[DataRequired(message=REQUIRED), Length(max=32, message=TOO_LONG)],
        description=_l("With the country code if it is not French: +44 7700 900123."),
    )
    email = EmailField(
        _l("E-mail address"),
        filters=[_strip],
        validators=[
            Optional(),
            Length(max=254, message=TOO_LONG),
            Email(message=_l("is not a valid address"), check_deliverability=False),
        ],
        description=_l("Optional: we also tell you by e-mail."),
    )
    consent = BooleanField(
        _l("Consent"),
        validators=[InputRequired(message=_l("must be ticked to send the report"))],
    )
    website = StringField(_l("Leave this field empty"))  # people never see it; bots fill it

    def __init__(self, *args: Any, language: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language = language
        self.phone_number: str | None = None

    def validate_lost_on(self, field: DateField) -> None:
        if field.data and field.data > office_today():
            raise ValidationError(_l("cannot be in the future"))
        if field.data and field.data < date(2000, 1, 1):
            raise ValidationError(_l("is too long ago"))

    def validate_phone(self, field: StringField) -> None:
        self.phone_number = owner_phone_number(field.data, self.language)
        if self.phone_number is None:
            raise ValidationError(_l("is not a phone number we can reach"))


class StatusForm(FlaskForm):
    """A report's reference, and the phone number or e-mail address it was declared with."""

    reference = StringField(
        _l("Report number"),
        filters=[_strip],
        validators=[DataRequired(message=REQUIRED), Length(max=40, message=TOO_LONG)],
        description=_l("The number shown when you declared the loss, as 500 000 123."),
    )
    contact = StringField(
        _l("Phone number or e-mail address"),
        filters=[_strip],
        validators=[DataRequired(message=REQUIRED), Length(max=254, message=TOO_LONG)],
        description=_l("The one you gave with the report."),
    )


class DetailsForm(FlaskForm):
    details = TextAreaField(
        _l("Details to add"),
        filters=[_strip],
        validators=[
            DataRequired(message=REQUIRED),
            Length(max=DETAILS_LENGTH, message=TOO_LONG),
        ],
        description=_l("A detail you remembered since: a sticker, a name, what was inside."),
    )
