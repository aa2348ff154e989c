"""The JSON layout the hand-written crowded sets share (standard library only).

Each build_heldoutN.py holds its rows, written by hand, and calls `write`:

  item: (suffix, language, found_on, found_at, description)   suffix "owner" is the owner's item
  call: (language, caller_number, lost_on, text, when, where, brand, inside, case)
"""
from __future__ import annotations

import json
import pathlib

REFERENCE_DATE = "2026-11-20"  # Friday; every call is made that day
BACKGROUND = {"count": 30000, "end": "2026-11-20", "per_day": 450, "seed": 17}
N = None  # the owner does not know, or the question does not apply
ANSWER_KEYS = ("when", "where", "brand", "inside", "case")


def call(row: tuple) -> dict:
    lang, number, lost_on, text, *answers = row
    assert len(answers) == len(ANSWER_KEYS), row[3][:40]
    return {"text": text, "language": lang, "caller_number": number, "lost_on": lost_on,
            "answers": dict(zip(ANSWER_KEYS, answers))}


def build(groups: list, absent: list) -> dict:
    return {
        "reference_date": REFERENCE_DATE,
        "background": BACKGROUND,
        "groups": [
            {
                "key": key,
                "family": family,
                "items": [{"key": f"{key}-{suffix}", "description": desc, "language": lang,
                           "found_on": found_on, "found_at": found_at}
                          for suffix, lang, found_on, found_at, desc in items],
                "owner_key": f"{key}-owner",
                "calls": [call(c) for c in calls],
            }
            for key, family, items, calls in groups
        ],
        "absent_calls": [call(c) for c in absent],
    }


def write(out: pathlib.Path, groups: list, absent: list) -> None:
    """Write the set as JSON next to its builder and say what it holds."""
    data = build(groups, absent)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.name}: {len(data['groups'])} groups, "
          f"{sum(len(g['items']) for g in data['groups'])} items, "
          f"{sum(len(g['calls']) for g in data['groups'])} calls, "
          f"{len(data['absent_calls'])} absent calls")
