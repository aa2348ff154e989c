"""Bulk loading of found items from CSV, keeping good rows when some are bad."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO, TextIO

from sqlalchemy import insert
from sqlalchemy.orm import Session

from lost_items.items import carried_kinds, found_item_row, validate_found_item
from lost_items.models import FoundItem, ItemAction, ItemContent, ItemEvent, utcnow
from lost_items.validation import ValidationError

__all__ = ["ImportResult", "first_line_not_utf8", "import_found_items"]

REQUIRED_COLUMNS = ("description", "found_on", "found_at", "language")
BATCH = 2000


@dataclass
class ImportResult:
    loaded: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)


def import_found_items(
    session: Session,
    file: TextIO,
    *,
    today: date,
    kept_days: int | None = None,
    actor: str | None = None,
    commit_every: int = BATCH,
) -> ImportResult:
    """Load every valid row; each bad row is reported with its line number and reason.

    An optional `value_band` column (low, the default, or high) sets how long each item
    is kept, as on the clerks' form; each item's history starts with `actor` (the clerk
    who uploaded the file; None from the command line) having logged it.

    Unlike the other domain functions this one commits, every `commit_every`
    rows: a million-row file must neither sit in one huge transaction nor lose
    the batches already loaded if a later one fails.
    """
    result = ImportResult()
    reader = csv.DictReader(file)
    columns = reader.fieldnames or []
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if len(columns) == 1 and ";" in columns[0]:  # Excel in a French locale, say
        result.errors.append((1, "the columns are separated by semicolons: use commas instead"))
        return result
    if missing:
        result.errors.append((1, f"missing columns: {', '.join(missing)}"))
        return result
    batch = []
    for row in _rows(reader):
        line, values = row
        try:
            draft = validate_found_item(values, today=today, kept_days=kept_days)
        except ValidationError as error:
            result.errors.append((line, str(error)))
            continue
        batch.append(found_item_row(draft))
        if len(batch) >= commit_every:
            result.loaded += _store(session, batch, actor)
    result.loaded += _store(session, batch, actor)
    return result


def _rows(reader: csv.DictReader) -> Iterable[tuple[int, dict[str, str]]]:
    for values in reader:
        yield reader.line_num, {key: value for key, value in values.items() if key is not None}


def _store(session: Session, batch: list[dict[str, object]], actor: str | None) -> int:
    count = len(store_rows(session, batch, actor=actor))
    session.commit()
    batch.clear()
    return count


def store_rows(session: Session, rows: list[dict[str, object]], *, actor: str | None) -> list[int]:
    """Insert found items' rows (`items.found_item_row`) in one statement, with their
    "logged" history and what each holds; returns their ids in order. The caller commits."""
    ids: list[int] = []
    if rows:
        returning = insert(FoundItem).returning(FoundItem.id, sort_by_parameter_order=True)
        ids = list(session.scalars(returning, rows).all())
        now = utcnow()
        logged = {"action": ItemAction.LOGGED.value, "actor": actor, "happened_at": now}
        events = [
            {"item_id": item_id, **logged, "details": {"source": "import"}} for item_id in ids
        ]
        session.execute(insert(ItemEvent), events)
        contents = [
            {"item_id": item_id, "kind": kind, "found_on": row["found_on"]}
            for item_id, row in zip(ids, rows, strict=True)
            for kind in carried_kinds(row)
        ]
        if contents:
            session.execute(insert(ItemContent), contents)
    return ids


def first_line_not_utf8(file: BinaryIO) -> int | None:
    """The line where a file stops being UTF-8, or None; read in chunks, before any import.

    A spreadsheet saved as Latin-1 (Excel's default in France) would otherwise fail
    half-way through, with some batches loaded and the rest not.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    for chunk in iter(lambda: file.read(1 << 20), b""):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as error:
            return line + chunk[: max(error.start, 0)].count(b"\n")
        line += chunk.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return line
    return None
