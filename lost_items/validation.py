"""Checks for entries coming from outside (API bodies, CSV rows), naming every bad field."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from lost_items import labels

__all__ = ["ValidationError", "Validator"]

# Control characters but tab and line breaks, which a pasted or typed text may hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ValidationError(ValueError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {reason}" for field, reason in errors.items()))
        self.errors = errors


class Validator:
    """Reads fields one by one and collects every problem instead of stopping at the first."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.errors: dict[str, str] = {}

    def _value(self, field: str, required: bool) -> Any:
        value = self.data.get(field)
        if isinstance(value, str):
            value = value.strip()
        if value in (None, "", []):
            if required:
                self.errors[field] = "is required"
            return None
        return value

    def text(self, field: str, *, max_length: int, required: bool = True) -> str | None:
        value = self._value(field, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.errors[field] = "must be a string"
            return None
        if len(value) > max_length:
            self.errors[field] = f"must be at most {max_length} characters"
            return None
        if _CONTROL.search(value):  # NUL above all: PostgreSQL's text columns refuse it
            self.errors[field] = "must not contain control characters"
            return None
        return value

    def day(
        self, field: str, *, latest: date, earliest: date | None = None, required: bool = True
    ) -> date | None:
        value = self.text(field, max_length=40, required=required)
        if value is None:
            return None
        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.errors[field] = "must be a date as YYYY-MM-DD"
            return None
        if len(value) != 10:
            self.errors[field] = "must be a date as YYYY-MM-DD"
            return None
        if day > latest:
            self.errors[field] = "must not be in the future"
            return None
        if earliest is not None and day < earliest:
            self.errors[field] = f"must not be before {earliest.isoformat()}"
            return None
        return day

    def choice(self, field: str, allowed: Collection[str], required: bool = True) -> str | None:
        value = self.text(field, max_length=40, required=required)
        if value is not None and value not in allowed:
            self.errors[field] = f"must be one of: {', '.join(sorted(allowed))}"
            return None
        return value

    def concept(self, field: str, facet: str, required: bool = True) -> str | None:
        """A vocabulary concept, given as its id ("wallets_money") or with its facet prefix."""
        value = self.text(field, max_length=80, required=required)
        if value is None:
            return None
        concept_id = _concept_id(value, facet)
        if concept_id is None:
            self.errors[field] = f"is not a known {facet}"
        return concept_id

    def concepts(self, field: str, facet: str) -> list[str]:
        """A list of concepts: a JSON list of names, or typed text ("noir, bleu marine")."""
        value = self._value(field, required=False)
        if value is None:
            return []
        if isinstance(value, str):
            ids, unknown = labels.resolve_list(facet, value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            named = [(v, labels.resolve(facet, v)) for v in value]
            ids = list(dict.fromkeys(i for _, i in named if i))
            unknown = [v for v, concept_id in named if concept_id is None]
        else:
            self.errors[field] = "must be a list of strings"
            return []
        if unknown:
            self.errors[field] = f"unknown {facet}: {', '.join(unknown)}"
            return []
        return ids

    def raise_if_invalid(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def _concept_id(value: str, facet: str) -> str | None:
    """Its id ("black"), or its name in any of the four languages ("noir"), as on the form."""
    return labels.resolve(facet, value)
