"""Logging found items and finding them again by reference."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from lost_items import describing
from lost_items.models import FoundItem, ItemContent, ValueBand
from lost_items.references import InvalidReference, RecordType, format_reference, parse_reference
from lost_items.validation import ValidationError, Validator
from lost_items.vocabulary import load_vocabulary

__all__ = [
    "FoundItemDraft",
    "ValidationError",
    "build_found_item",
    "carried_kinds",
    "found_item_row",
    "get_found_item",
    "log_found_item",
    "reference_of",
    "reread_items",
    "validate_found_item",
]


@dataclass(frozen=True)
class FoundItemDraft:
    description: str
    found_on: date
    found_at: str
    language: str
    category: str | None = None
    colors: tuple[str, ...] = ()
    brand: str | None = None
    storage_location: str | None = None
    value_band: str = ValueBand.LOW.value  # how long it is kept (lifecycle.Retention)


def validate_found_item(
    data: Mapping[str, Any], *, today: date, kept_days: int | None = None
) -> FoundItemDraft:
    """Check a clerk's entry (API body or CSV row); raise ValidationError naming each bad field.

    `kept_days`: the longest an item is kept; one found longer ago than that would be due
    for disposal the moment it is logged, so its date is taken for a typing mistake.
    """
    check = Validator(data)
    vocabulary = load_vocabulary()
    description = check.text("description", max_length=2000)
    earliest = today - timedelta(days=kept_days) if kept_days is not None else None
    found_on = check.day("found_on", latest=today, earliest=earliest)
    found_at = check.text("found_at", max_length=200)
    language = check.choice("language", vocabulary.languages())
    category = check.concept("category", "category", required=False)
    colors = check.concepts("colors", "color")
    brand = check.text("brand", max_length=80, required=False)
    storage_location = check.text("storage_location", max_length=100, required=False)
    value_band = check.choice("value_band", set(ValueBand), required=False)
    check.raise_if_invalid()
    return FoundItemDraft(
        description=description,  # type: ignore[arg-type]
        found_on=found_on,  # type: ignore[arg-type]
        found_at=found_at,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        category=category,
        colors=tuple(colors),
        brand=brand,
        storage_location=storage_location,
        value_band=value_band or ValueBand.LOW.value,
    )


def log_found_item(session: Session, draft: FoundItemDraft) -> FoundItem:
    """Store an item, inferring what the clerk left out from the description."""
    item = build_found_item(draft)
    session.add(item)
    session.flush()
    return item


def build_found_item(draft: FoundItemDraft) -> FoundItem:
    row = found_item_row(draft)
    contents = [ItemContent(kind=kind, found_on=draft.found_on) for kind in carried_kinds(row)]
    return FoundItem(**row, contents=contents)


def carried_kinds(row: Mapping[str, Any]) -> list[str]:
    """The other kinds an item's text mentions, each once: what a wallet or a bag holds."""
    terms = str(row["search_text"]).split()
    return list(dict.fromkeys(t for t in terms if t.startswith("kind:") and t != row["kind"]))


def found_item_row(draft: FoundItemDraft) -> dict[str, Any]:
    """The row for a draft, with concepts inferred from the text where the clerk gave none."""
    inferred = describing.describe(draft.description, draft.language)
    vocabulary = load_vocabulary()
    kind = inferred.kind
    category = draft.category or (vocabulary.category_of(kind) if kind else inferred.category)
    if draft.category and kind and vocabulary.category_of(kind) != draft.category:
        kind = None  # the clerk's category wins over a guess from the text
    colors = list(draft.colors) or inferred.colors
    brand = _brand(draft.brand, draft.language) if draft.brand else inferred.brand
    described = describing.Description(
        category=category,
        kind=kind,
        colors=colors,
        material=inferred.material,
        brand=brand,
        words=inferred.words,
    )
    return {
        "description": draft.description,
        "language": draft.language,
        "found_on": draft.found_on,
        "found_at": draft.found_at,
        "category": category or "category:other",
        "kind": kind,
        "colors": " ".join(colors),
        "material": inferred.material,
        "brand": brand,
        "search_text": describing.search_text(described),
        "storage_location": draft.storage_location,
        "value_band": draft.value_band,
    }


def reread_items(session: Session, *, batch: int = 2000) -> int:
    """Read every item's text again with today's vocabulary: its stored terms and what it
    holds, after the vocabulary learnt new words. The clerk's category, kind, colours and
    brand stay as logged. Three statements a batch of items, committed each; returns how
    many items changed."""
    changed = 0
    after = 0
    while rows := session.scalars(
        select(FoundItem).where(FoundItem.id > after).order_by(FoundItem.id).limit(batch)
    ).all():
        now_read = {item.id: _search_text_now(item) for item in rows}
        differ = [item for item in rows if now_read[item.id] != item.search_text]
        for item in differ:
            item.search_text = now_read[item.id]
        if differ:
            ids = [item.id for item in differ]
            session.execute(delete(ItemContent).where(ItemContent.item_id.in_(ids)))
            contents = [
                {"item_id": item.id, "kind": kind, "found_on": item.found_on}
                for item in differ
                for kind in carried_kinds({"search_text": item.search_text, "kind": item.kind})
            ]
            if contents:
                session.execute(insert(ItemContent), contents)
        changed += len(differ)
        after = rows[-1].id
        session.commit()
        session.expunge_all()
    return changed


def _search_text_now(item: FoundItem) -> str:
    """The item's stored terms as today's vocabulary reads its text, its columns kept."""
    return describing.search_text(
        describing.Description(
            category=item.category,
            kind=item.kind,
            colors=item.colors.split(),
            material=item.material,
            brand=item.brand,
            words=describing.describe(item.description, item.language).words,
        )
    )


def _brand(given: str, language: str) -> str:
    """The vocabulary's brand when the clerk typed a known one ("ray ban"), else their text."""
    return describing.describe(given, language).brand or given


def reference_of(item: FoundItem) -> str:
    return format_reference(RecordType.FOUND_ITEM, item.id)


def get_found_item(session: Session, reference: str) -> FoundItem | None:
    """The item a reference names; None when it names nothing (or is not an item's)."""
    try:
        record_type, record_id = parse_reference(reference)
    except InvalidReference:
        return None
    if record_type is not RecordType.FOUND_ITEM:
        return None
    return session.get(FoundItem, record_id)
