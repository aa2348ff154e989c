"""Splitting long lists into numbered pages, with links that keep the other query parameters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Page", "page_number"]


def page_number(args: Mapping[str, str]) -> int:
    """The page a URL asks for; anything but a sensible positive number is the first page."""
    text = args.get("page", "1")
    if not (text.isascii() and text.isdigit() and 0 < len(text) < 7):
        return 1
    return max(int(text), 1)


@dataclass(frozen=True)
class Page:
    number: int
    size: int
    total: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def count(self) -> int:
        """How many pages there are (at least one, even when it is empty)."""
        return max(1, -(-self.total // self.size))

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.count else None

    @property
    def first_shown(self) -> int:
        return min(self.offset + 1, self.total)

    @property
    def last_shown(self) -> int:
        return min(self.offset + self.size, self.total)
