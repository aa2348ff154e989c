"""Reference numbers that callers can key on a phone and that catch typing slips.

A reference is digits only: a one-digit prefix telling what it refers to, the
record's id on seven digits, and a Damm check digit. The Damm algorithm
detects every single-digit error and every swap of two adjacent digits, the
two mistakes people make most when keying numbers.
"""

from __future__ import annotations

import enum

__all__ = ["InvalidReference", "RecordType", "format_reference", "parse_reference"]

_ID_WIDTH = 7

# The quasigroup table of H. Michael Damm's check-digit scheme.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


class RecordType(enum.Enum):
    FOUND_ITEM = "1"
    LOSS_REPORT = "5"


class InvalidReference(ValueError):
    """The digits cannot be a reference: wrong length, prefix or check digit."""


def _check_digit(digits: str) -> str:
    interim = 0
    for digit in digits:
        interim = _DAMM[interim][int(digit)]
    return str(interim)


def format_reference(record_type: RecordType, record_id: int) -> str:
    if not 0 < record_id < 10**_ID_WIDTH:
        raise ValueError(f"id {record_id} does not fit in a reference")
    body = record_type.value + str(record_id).zfill(_ID_WIDTH)
    return body + _check_digit(body)


def parse_reference(text: str) -> tuple[RecordType, int]:
    """Return what a keyed or typed reference points to, or raise InvalidReference."""
    digits = "".join(ch for ch in text if not ch.isspace())
    if len(digits) != _ID_WIDTH + 2 or not digits.isascii() or not digits.isdigit():
        raise InvalidReference(text)
    if _check_digit(digits[:-1]) != digits[-1]:
        raise InvalidReference(text)
    try:
        record_type = RecordType(digits[0])
    except ValueError:
        raise InvalidReference(text) from None
    record_id = int(digits[1:-1])
    if record_id == 0:
        raise InvalidReference(text)
    return record_type, record_id
