"""How the line says dates, references and opening hours in each language."""

from datetime import date

import pytest

from ivr.config import PROJECT_ROOT
from ivr.line.prompts import load_catalogue
from ivr.line.speech import digits, spoken_date, spoken_hours


def catalogue(code: str):
    return load_catalogue(PROJECT_ROOT / "prompts", code)


@pytest.mark.parametrize(
    ("code", "said"),
    [("fr", "3 mars"), ("en", "3 March"), ("es", "3 de marzo"), ("de", "3. März")],
)
def test_dates_are_said_as_a_native_speaker_says_them(code, said):
    assert spoken_date(date(2026, 3, 3), catalogue(code), today=date(2026, 11, 26)) == said


def test_a_date_from_another_year_says_the_year():
    assert spoken_date(date(2025, 3, 3), catalogue("en"), today=date(2026, 1, 5)) == "3 March 2025"


def test_references_are_read_digit_by_digit_in_groups_of_three():
    assert digits("100000427") == "1 0 0, 0 0 0, 4 2 7"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("fr", "du lundi au jeudi, de 08:30 à 17:00 et le vendredi, de 08:30 à 16:30"),
        ("en", "Monday to Thursday, from 08:30 to 17:00 and on Friday, from 08:30 to 16:30"),
    ],
)
def test_opening_hours_are_said_in_the_callers_language(code, said):
    assert spoken_hours("mon-thu 08:30-17:00; fri 08:30-16:30", catalogue(code)) == said


@pytest.mark.parametrize("spec", ["mon-xyz 08:30-17:00", "monday 9-5", "", "mon 8h-17h"])
def test_unreadable_opening_hours_are_refused(spec):
    with pytest.raises(ValueError):
        spoken_hours(spec, catalogue("en"))
