"""The pages' words for what the domain names in English (`lost_items/` speaks no language
but the API's): statuses, history actions, and the problems validation finds.

The domain's messages stay as they are for the JSON API and the CSV import's command
line; the pages translate them here, by their English wording, into the reader's language.
A message not in the table is shown as is (a test checks that every message the
validation makes is in it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import TypeVar

from flask_babel import format_date
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from lost_items import lifecycle
from lost_items.models import ItemAction, ItemStatus

__all__ = [
    "ACTION_LABELS",
    "AGENT_STATUS_LABELS",
    "DETAIL_LABELS",
    "ERROR_DEFAULTS",
    "ERROR_TITLES",
    "ITEM_STATUS_LABELS",
    "import_problem",
    "problem",
]

ITEM_STATUS_LABELS = {
    ItemStatus.IN_STORAGE: _l("in storage"),
    ItemStatus.CLAIMED: _l("claimed"),
    ItemStatus.RETURNED: _l("returned"),
    ItemStatus.DISPOSED: _l("disposed"),
}
ROLE_NAMES = {"clerk": _l("clerk"), "agent": _l("agent"), "admin": _l("admin")}
AGENT_STATUS_LABELS = {
    "offline": _l("offline"),
    "available": _l("available"),
    "busy": _l("busy"),
    "wrap-up": _l("wrap-up"),
}
# Error pages' titles (Werkzeug's names are English), and what an error without a
# message of our own says.
ERROR_TITLES = {
    400: _l("Bad request"),
    403: _l("Forbidden"),
    404: _l("Not found"),
    405: _l("Method not allowed"),
    409: _l("Conflict"),
    413: _l("Too large"),
    429: _l("Too many requests"),
    500: _l("Internal error"),
    503: _l("Service unavailable"),
}
ERROR_DEFAULTS = {
    403: _l("You may not see this page."),
    404: _l("There is no such page here. Check the address, or start again from the home page."),
    405: _l("This page cannot be used that way."),
    413: _l("What was sent is too large."),
    500: _l("Something went wrong on our side. Try again in a moment."),
}
ACTION_LABELS = {
    ItemAction.LOGGED: _l("Logged"),
    ItemAction.CLAIMED: _l("Claimed"),
    ItemAction.CLAIM_WITHDRAWN: _l("Claim withdrawn"),
    ItemAction.RETURNED: _l("Returned"),
    ItemAction.DISPOSED: _l("Disposed"),
}
DETAIL_LABELS = {
    "claimant": _l("Claimant"),
    "collected_by": _l("Collected by"),
    "id_document": _l("ID document checked"),
    "reason": _l("Why"),
    "note": _l("Note"),
    "personal_data": _l("Personal details"),
}
# "cannot be marked claimed": the action as the refusal words it.
_MARKED = {
    ItemAction.CLAIMED: _l("claimed"),
    ItemAction.CLAIM_WITHDRAWN: _l("claim withdrawn"),
    ItemAction.RETURNED: _l("returned"),
    ItemAction.DISPOSED: _l("disposed"),
}
_FACETS = {"category": _l("category"), "color": _l("colour"), "colour": _l("colour")}

K = TypeVar("K")
_Wording = Callable[[re.Match[str]], str]
# The validation's messages (lost_items/validation.py, lifecycle.py, inventory.py,
# importing.py), each with the page's wording in the reader's language.
_PROBLEMS: list[tuple[re.Pattern[str], _Wording]] = [
    (re.compile(r"is required"), lambda m: _("is required")),
    (re.compile(r"must be a string"), lambda m: _("must be text")),
    (
        re.compile(r"must be at most (\d+) characters"),
        lambda m: _("must be at most %(count)s characters", count=m[1]),
    ),
    (
        re.compile(r"must not contain control characters"),
        lambda m: _("must not contain control characters"),
    ),
    (re.compile(r"must be a date as YYYY-MM-DD"), lambda m: _("must be a date as YYYY-MM-DD")),
    (re.compile(r"must not be in the future"), lambda m: _("must not be in the future")),
    (
        re.compile(r"must not be before the first date"),
        lambda m: _("must not be before the first date"),
    ),
    (re.compile(r"must not be before (.+)"), lambda m: _("must not be before %(date)s", date=m[1])),
    (re.compile(r"must be one of: (.+)"), lambda m: _("must be one of: %(choices)s", choices=m[1])),
    (
        re.compile(r"must be one of the choices in the list"),
        lambda m: _("must be one of the choices in the list"),
    ),
    (re.compile(r"must be one of the two choices"), lambda m: _("must be one of the two choices")),
    (re.compile(r"must be low or high"), lambda m: _("must be low or high")),
    (
        re.compile(r"is not a known (\w+)"),
        lambda m: _("is not a known %(what)s", what=_FACETS.get(m[1], m[1])),
    ),
    (re.compile(r"must be a list of strings"), lambda m: _("must be a list of words")),
    # ivr/agents.py, for the agents' page
    (
        re.compile(r"must be \+E\.164 phone number, client:identity or sip:user@host"),
        lambda m: _("must be a phone number, client:NAME or a sip: address"),
    ),
    (re.compile(r"must be a non-empty list of language codes"), lambda m: _("tick at least one")),
    (
        re.compile(r"not offered on this line: (.+)"),
        lambda m: _("not offered on this line: %(codes)s", codes=m[1]),
    ),
    (
        re.compile(r"an agent with this name exists already"),
        lambda m: _("an agent with this name exists already"),
    ),
    (
        re.compile(r"unknown (\w+): (.+)"),
        lambda m: _("unknown %(what)s: %(words)s", what=_FACETS.get(m[1], m[1]), words=m[2]),
    ),
    (
        re.compile(r"is not a category we know: pick one from the list, or leave it empty.*"),
        lambda m: _(
            "is not a category we know: pick one from the list, or leave it empty "
            "to have it guessed from the description"
        ),
    ),
    (
        re.compile(r"has colours we do not know: (.+)"),
        lambda m: _("has colours we do not know: %(words)s", words=m[1]),
    ),
    (
        re.compile(r"This item must be kept until (\S+)\."),
        lambda m: _("This item must be kept until %(date)s.", date=_day(m[1])),
    ),
    (
        re.compile(r"This item is (.+): it cannot be marked (.+)\."),
        lambda m: _(
            "This item is %(status)s: it cannot be marked %(action)s.",
            status=_by_english(lifecycle.STATUS_LABELS, ITEM_STATUS_LABELS, m[1]),
            action=_by_english(
                {a: label.lower() for a, label in lifecycle.ACTION_LABELS.items()}, _MARKED, m[2]
            ),
        ),
    ),
]


def _by_english(english: Mapping[K, str], translated: Mapping[K, object], words: str) -> str:
    """The translation of a label the domain gave in English (a status, an action)."""
    key = next((key for key, label in english.items() if label == words), None)
    return str(translated[key]) if key in translated else words


def import_problem(reason: str) -> str:
    """A CSV row's problem ("found_on: is required; language: must be one of: ...") in the
    reader's language; the columns keep the names the file uses."""
    if reason == "the columns are separated by semicolons: use commas instead":
        return _("the columns are separated by semicolons: use commas instead")
    if reason.startswith("missing columns: "):
        return _("missing columns: %(columns)s", columns=reason.removeprefix("missing columns: "))
    parts = (part.partition(": ") for part in reason.split("; "))
    return "; ".join(field_problem_in_file(column, problem(why)) for column, _s, why in parts)


def field_problem_in_file(column: str, why: str) -> str:
    return _("%(column)s: %(problem)s", column=column, problem=why)


def _day(iso: str) -> str:
    """A date the domain wrote as 2026-12-04, as the reader's language writes it."""
    try:
        return format_date(date.fromisoformat(iso), "medium")
    except ValueError:
        return iso


def problem(message: str) -> str:
    """A validation message in the reader's language ("is required" -> "obligatoire")."""
    for pattern, worded in _PROBLEMS:
        found = pattern.fullmatch(message)
        if found:
            return worded(found)
    return message
