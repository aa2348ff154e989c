"""Top-1 and top-3 accuracy of the search on the labelled set in tests/data/, against the
naive baseline (rapidfuzz's token_set_ratio over the clerks' descriptions)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process, utils
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from lost_items import matching
from lost_items.items import FoundItemDraft, build_found_item
from lost_items.models import Base

EVAL_SET = Path(__file__).resolve().parent.parent / "data" / "matching_eval.json"


@dataclass(frozen=True)
class Accuracy:
    top1: float
    top3: float
    queries: int
    misses: tuple[tuple[str, str, list[str]], ...] = ()  # (query, expected, got) for top-1 misses
    false_alarms: float = 0.0  # share of unmatched queries that still got a result


def load_eval_set() -> dict:
    return json.loads(EVAL_SET.read_text(encoding="utf-8"))


def _store_items(session: Session, data: dict) -> dict[int, str]:
    keys = {}
    for entry in data["items"]:
        draft = FoundItemDraft(
            description=entry["description"],
            found_on=date.fromisoformat(entry["found_on"]),
            found_at=entry["found_at"],
            language=entry["language"],
        )
        item = build_found_item(draft)
        session.add(item)
        session.flush()
        keys[item.id] = entry["key"]
    return keys


def engine_accuracy(data: dict | None = None) -> Accuracy:
    """The engine, as the phone line uses it (only what is worth offering), on an in-memory
    SQLite database."""
    data = data or load_eval_set()
    today = date.fromisoformat(data["reference_date"])
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        keys = _store_items(session, data)

        def ask(query: dict, limit: int) -> list:
            lost_on = date.fromisoformat(query["lost_on"])
            return matching.worth_offering(
                matching.search(
                    session,
                    query["text"],
                    language=query["language"],
                    lost_on=lost_on,
                    today=today,
                    limit=limit,
                )
            )

        hits1 = hits3 = 0
        misses = []
        for query in data["queries"]:
            got = [keys[match.item.id] for match in ask(query, 3)]
            hits1 += got[:1] == [query["expected"]]
            hits3 += query["expected"] in got
            if got[:1] != [query["expected"]]:
                misses.append((query["text"], query["expected"], got))
        alarms = sum(bool(ask(query, 1)) for query in data.get("unmatched_queries", []))
    total = len(data["queries"])
    unmatched = len(data.get("unmatched_queries", [])) or 1
    return Accuracy(hits1 / total, hits3 / total, total, tuple(misses), alarms / unmatched)


def baseline_accuracy(data: dict | None = None) -> Accuracy:
    """Plain token_set_ratio of the transcript against every clerk description."""
    data = data or load_eval_set()
    descriptions = {entry["key"]: entry["description"] for entry in data["items"]}
    hits1 = hits3 = 0
    for query in data["queries"]:
        best = process.extract(
            query["text"],
            descriptions,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            limit=3,
        )
        got = [key for _, _, key in best]
        hits1 += got[:1] == [query["expected"]]
        hits3 += query["expected"] in got
    total = len(data["queries"])
    return Accuracy(hits1 / total, hits3 / total, total)
