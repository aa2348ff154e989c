"""The agent's search box: a caller's description, searched as the phone line searches it.

It calls `lost_items.matching.search`, the engine behind the phone line and the
clerks' list, so an agent finds what the caller would have been offered (and a
few more: the caller hears five at most, the agent sees ten).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from sqlalchemy.orm import Session

from ivr.console.screen_pop import Candidate, candidate
from lost_items import matching

__all__ = ["MAX_QUERY", "Search", "run_search"]

MAX_QUERY = 1000
RESULTS = 10


@dataclass
class Search:
    query: str = ""
    language: str = ""
    results: list[Candidate] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)  # 0-100, one per result
    errors: dict[str, str] = field(default_factory=dict)


def run_search(
    session: Session,
    args: Mapping[str, str],
    *,
    languages: Collection[str],
    default_language: str,
    today: date,
) -> Search:
    """Read `q` and `lang` from the query string and search; say what is wrong with them."""
    query, language = args.get("q", "").strip(), args.get("lang", "") or default_language
    search = Search(query=query[:MAX_QUERY], language=language)
    if len(query) > MAX_QUERY:
        search.errors["q"] = _(
            "The description is too long: %(count)s characters at most.", count=MAX_QUERY
        )
    if language not in languages:
        search.errors["lang"] = _("Choose the language the description is in from the list.")
        search.language = default_language
    if query and not search.errors:
        found = matching.search(session, query, language=language, today=today, limit=RESULTS)
        search.results = [candidate(match.item) for match in found]
        search.scores = [match.score for match in found]
    return search
