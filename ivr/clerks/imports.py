"""Loading found items from a CSV file uploaded on a page, as `flask items import` does."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, current_app, g, render_template, request
from flask_babel import gettext as _
from werkzeug.exceptions import RequestEntityTooLarge

from ivr.clock import office_today
from ivr.db import get_session
from ivr.pages import login_required
from ivr.wording import import_problem
from lost_items.importing import REQUIRED_COLUMNS, first_line_not_utf8, import_found_items

bp = Blueprint("imports", __name__)
CLERKS = ("clerk", "admin")
ERRORS_SHOWN = 200


@bp.get("/import")
@login_required(*CLERKS)
def import_form() -> str:
    """Show the upload form and the columns a file needs."""
    return render_template("clerks/import.html", columns=REQUIRED_COLUMNS)


@bp.post("/import")
@login_required(*CLERKS)
def import_file() -> tuple[str, int]:
    """Load every good row of an uploaded CSV file; list each bad row by line number."""
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return _again(_("Choose a CSV file to import.")), 400
    text, problem = read_csv_text(upload.stream.read())
    if problem:
        return _again(problem), 400
    session = get_session()
    try:
        result = import_found_items(
            session,
            io.StringIO(text, newline=""),
            today=office_today(),
            kept_days=current_app.config["RETENTION_HIGH_VALUE_DAYS"],
            actor=g.user.name,
        )
    except csv.Error as error:  # rows already committed stay: the message says so
        session.rollback()
        stopped = _(
            "The file stopped being readable as CSV (%(error)s); fix it and retry.", error=error
        )
        return _again(stopped), 400
    return render_template(
        "clerks/import.html",
        columns=REQUIRED_COLUMNS,
        result=result,
        errors_shown=[(line, import_problem(why)) for line, why in result.errors[:ERRORS_SHOWN]],
        filename=upload.filename,
    ), (200 if result.loaded or not result.errors else 400)


def read_csv_text(data: bytes) -> tuple[str, str | None]:
    """The file as text, or why it cannot be: the usual mistakes get a message that helps."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return (
            "",
            _("This is a spreadsheet workbook, not CSV: save it as “CSV UTF-8” and upload that."),
        )
    line = first_line_not_utf8(io.BytesIO(data))
    if line is not None:
        return (
            "",
            _(
                "The file is not UTF-8 text (line %(line)s): "
                "save it as “CSV UTF-8” and upload that.",
                line=line,
            ),
        )
    text = data.decode("utf-8-sig")
    if "\x00" in text:
        return "", _("The file contains binary data: save it as “CSV UTF-8” and upload that.")
    if not text.strip():
        return "", _("The file is empty.")
    return text, None


def _again(error: str) -> str:
    return render_template("clerks/import.html", columns=REQUIRED_COLUMNS, error=error)


@bp.errorhandler(RequestEntityTooLarge)
def too_large(_error: RequestEntityTooLarge) -> tuple[str, int]:
    limit = current_app.config["IMPORT_MAX_MB"]
    message = _(
        "The file is larger than %(size)s MB: split it, or use `flask items import`.", size=limit
    )
    return _again(message), 413


@bp.before_request
def limit_upload_size() -> None:
    request.max_content_length = current_app.config["IMPORT_MAX_MB"] * 1024 * 1024
