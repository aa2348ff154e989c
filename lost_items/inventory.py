"""Browsing the stored items: filters, pages of results, and where items usually come from.

Searching goes through `matching.search`, the phone line's engine, so a clerk
finds what a caller would; the filters then narrow its ranked results.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from lost_items import matching
from lost_items.models import FoundItem, ItemStatus
from lost_items.validation import Validator

__all__ = [
    "SEARCH_POOL",
    "ItemFilters",
    "list_items",
    "read_filters",
    "recent_places",
    "search_items",
]

# Ranked search results looked at before filtering and paging: past the first couple of
# hundred, matches are too weak to be worth a clerk's time.
SEARCH_POOL = 200


@dataclass(frozen=True)
class ItemFilters:
    category: str | None = None
    status: str | None = None
    found_from: date | None = None
    found_to: date | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        clauses = []
        if self.category:
            clauses.append(FoundItem.category == self.category)
        if self.status:
            clauses.append(FoundItem.status == self.status)
        if self.found_from:
            clauses.append(FoundItem.found_on >= self.found_from)
        if self.found_to:
            clauses.append(FoundItem.found_on <= self.found_to)
        return clauses

    def accepts(self, item: FoundItem) -> bool:
        """The same test as `clauses`, for items already loaded (search results)."""
        return (
            (not self.category or item.category == self.category)
            and (not self.status or item.status == self.status)
            and (not self.found_from or item.found_on >= self.found_from)
            and (not self.found_to or item.found_on <= self.found_to)
        )


def read_filters(data: Mapping[str, Any]) -> ItemFilters:
    """Filters from a query string; raises ValidationError naming each bad one."""
    check = Validator(data)
    category = check.concept("category", "category", required=False)
    status = check.choice("status", [s.value for s in ItemStatus], required=False)
    found_from = check.day("found_from", latest=date.max, required=False)
    found_to = check.day("found_to", latest=date.max, required=False)
    if found_from and found_to and found_to < found_from:
        check.errors["found_to"] = "must not be before the first date"
    check.raise_if_invalid()
    return ItemFilters(category, status, found_from, found_to)


def list_items(
    session: Session, filters: ItemFilters, *, offset: int, limit: int
) -> tuple[list[FoundItem], int]:
    """One page of the items the filters let through, most recently found first, and the total."""
    clauses = filters.clauses()
    total = session.scalar(select(func.count()).select_from(FoundItem).where(*clauses)) or 0
    page = session.scalars(
        select(FoundItem)
        .where(*clauses)
        .order_by(FoundItem.found_on.desc(), FoundItem.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(page), total


def search_items(
    session: Session,
    query: str,
    *,
    language: str,
    filters: ItemFilters,
    today: date,
    offset: int,
    limit: int,
) -> tuple[list[matching.Match], int]:
    """One page of the best matches for a description the filters let through, and the total.

    Like the phone line, this finds items in storage only: claimed, returned and
    disposed items are found by reference or by the filters alone.
    """
    found = matching.search(session, query, language=language, today=today, limit=SEARCH_POOL)
    kept = [match for match in found if filters.accepts(match.item)]
    return kept[offset : offset + limit], len(kept)


def recent_places(session: Session, *, limit: int = 40) -> list[str]:
    """Places items were found at lately, most recent first: the entry form offers them."""
    latest = func.max(FoundItem.id)
    rows = session.execute(
        select(FoundItem.found_at, latest)
        .group_by(FoundItem.found_at)
        .order_by(latest.desc())
        .limit(limit)
    )
    return [place for place, _ in rows]
