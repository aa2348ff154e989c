"""Importing found items from a CSV file uploaded on the page."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from ivr.db import get_session
from lost_items.lifecycle import history
from lost_items.models import FoundItem
from tests.conftest import make_app
from tests.web import days_ago, log_in, logged_in, make_user, post_form, seen

HEADER = "description,found_on,found_at,language,category,colors,brand\n"


@pytest.fixture
def clerk(app):
    return logged_in(app, "clerk", "maria")


def upload(clerk, content: bytes, filename: str = "items.csv"):
    return post_form(
        clerk,
        "/clerks/import",
        {"file": (io.BytesIO(content), filename)},
        content_type="multipart/form-data",
    )


def yesterday() -> str:
    return days_ago(1).isoformat()


def test_good_rows_are_loaded_and_bad_ones_listed_by_line(clerk):
    day = yesterday()
    rows = (
        HEADER
        + f"Portefeuille noir,{day},Bus 38,fr,,,\n"
        + "Parapluie rouge,not-a-date,Bus 38,fr,,,\n"
        + f"Black backpack,{day},Gare du Nord,en,,black,Eastpak\n"
        + f",{day},Bus 38,fr,,,\n"
        + f"Lunettes,{day},Bus 38,xx,,,\n"
    )
    answer = upload(clerk, rows.encode("utf-8-sig"))
    assert answer.status_code == 200
    page = seen(answer)
    assert "items.csv: 2 items loaded, 3 rows rejected" in page
    assert "3 found_on: must be a date as YYYY-MM-DD" in page
    assert "5 description: is required" in page
    assert "6 language: must be one of" in page
    listed = seen(clerk.get("/clerks/items"))
    assert "2 items;" in listed and "Black backpack" in listed


def test_a_value_band_column_sets_how_long_items_are_kept_and_history_names_the_clerk(app, clerk):
    day = yesterday()
    rows = (
        "description,found_on,found_at,language,value_band\n"
        f"Bague en or,{day},Bus 38,fr,high\n"
        f"Parapluie rouge,{day},Bus 38,fr,\n"
        f"Montre,{day},Bus 38,fr,priceless\n"
    )
    page = seen(upload(clerk, rows.encode()))
    assert "2 items loaded, 1 row rejected" in page
    assert "4 value_band: must be one of: high, low" in page
    with app.app_context():
        session = get_session()
        kept = {i.description: i.value_band for i in session.scalars(select(FoundItem))}
        assert kept == {"Bague en or": "high", "Parapluie rouge": "low"}
        ring = session.scalars(select(FoundItem).where(FoundItem.value_band == "high")).one()
        assert [(e.action, e.actor) for e in history(session, ring)] == [("logged", "maria")]


def test_a_file_of_only_bad_rows_loads_nothing_and_says_why(clerk):
    answer = upload(clerk, (HEADER + "x,not-a-date,Bus,fr,,,\n").encode())
    assert answer.status_code == 400
    assert "0 items loaded, 1 row rejected" in seen(answer)


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"PK\x03\x04rest-of-a-zip", "items.xlsx", "This is a spreadsheet workbook, not CSV"),
        ("description,found_on\nCafé,été\n".encode("cp1252"), "a.csv", "The file is not UTF-8"),
        (b"description;found_on;found_at;language\n", "a.csv", "separated by semicolons"),
        (b"", "empty.csv", "The file is empty."),
        (b"\x00\x01binary", "a.csv", "The file contains binary data"),
        (b"name,date\nx,y\n", "a.csv", "missing columns: description, found_on"),
    ],
)
def test_a_file_that_is_not_the_expected_csv_gets_a_helpful_message(
    clerk, content, filename, message
):
    answer = upload(clerk, content, filename)
    assert answer.status_code == 400
    assert message in seen(answer)


def test_no_file_chosen_is_a_message(clerk):
    answer = post_form(clerk, "/clerks/import", {}, content_type="multipart/form-data")
    assert answer.status_code == 400
    assert "Choose a CSV file to import." in seen(answer)


def test_a_file_too_large_is_refused_with_its_limit(database_url, _schema, app):
    small = make_app(database_url, IMPORT_MAX_MB=1)
    make_user(small, "jo", "clerk")
    client = small.test_client()
    log_in(client, "jo")
    answer = upload(client, HEADER.encode() + b"x" * (1024 * 1024 + 1))
    assert answer.status_code == 413
    assert "The file is larger than 1 MB" in seen(answer)
