"""Phone numbers as callers key them and owners type them, read with `phonenumbers`."""

import pytest

from lost_items.phone_numbers import can_take_texts, display_phone_number, parse_phone_number


@pytest.mark.parametrize(
    ("typed", "country_code", "e164"),
    [
        ("0612345678", "33", "+33612345678"),
        ("06 12 34 56 78", "33", "+33612345678"),
        ("06.12.34.56.78", "33", "+33612345678"),
        ("+33 6 12 34 56 78", "33", "+33612345678"),
        ("0033612345678", "33", "+33612345678"),
        ("33612345678", "33", "+33612345678"),
        ("0034612345678", "33", "+34612345678"),
        ("+34 612 345 678", "33", "+34612345678"),
        ("015112345678", "49", "+4915112345678"),
        ("030 123456", "49", "+4930123456"),
        ("612 34 56 78", "34", "+34612345678"),
        ("07700 900123", "44", "+447700900123"),
    ],
)
def test_national_and_international_forms_give_one_e164_number(typed, country_code, e164):
    assert parse_phone_number(typed, country_code=country_code) == e164


@pytest.mark.parametrize(
    "typed", ["", "anonymous", "client:hans", "123", "0612", "+", "06 12 34 56 78 90 12 34 56"]
)
def test_what_cannot_be_a_number_is_none(typed):
    assert parse_phone_number(typed, country_code="33") is None


@pytest.mark.parametrize(
    ("e164", "mobile"),
    [
        ("+33612345678", True),
        ("+33751234567", True),
        ("+33145678901", False),
        ("+4915112345678", True),
        ("+4930123456", False),
        ("+34612345678", True),
        ("+34912345678", False),
        (None, False),
        ("", False),
    ],
)
def test_mobiles_are_told_from_landlines(e164, mobile):
    assert can_take_texts(e164) is mobile


def test_numbers_are_shown_grouped_as_people_read_them():
    assert display_phone_number("+33612345678") == "+33 6 12 34 56 78"
    assert display_phone_number("+34612345678") == "+34 612 34 56 78"
    assert display_phone_number(None) == ""
