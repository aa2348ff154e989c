"""What the console's pages share: whose console this is, and languages' names."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from flask import abort, g
from flask_babel import gettext as _

from ivr import agents
from ivr.db import get_session
from ivr.line.prompts import catalogues
from ivr.models import Agent

__all__ = [
    "AGENTS",
    "SUPERVISORS",
    "agent_for_page",
    "fingerprint",
    "language_name",
    "line_languages",
]

AGENTS = ("agent", "admin")
SUPERVISORS = ("admin",)


def agent_for_page(values: Mapping[str, str]) -> Agent | None:
    """The agent this console is for: the user's own (same name), or for an admin any other.

    An admin names the agent with `agent=<id>` (the supervisor page links to each
    console); an agent may only see their own, so the parameter is refused to them.
    """
    session, wanted = get_session(), values.get("agent", "").strip()
    own = agents.agent_named(session, g.user.name)
    if not wanted or (own is not None and wanted == str(own.id)):
        return own
    if g.user.role not in SUPERVISORS:
        abort(403, _("Agents see only their own console."))
    if not (wanted.isascii() and wanted.isdigit() and len(wanted) < 10):
        abort(400, _("An agent is named by their number, not %(given)s.", given=repr(wanted[:40])))
    agent = session.get(Agent, int(wanted))
    if agent is None:
        abort(404, _("No agent has the number %(number)s.", number=wanted))
    return agent


def line_languages() -> list[tuple[str, str]]:
    """(code, name in that language) of each language the phone line offers, in menu order."""
    return [(code, catalogue.name) for code, catalogue in catalogues().items()]


def language_name(code: str | None) -> str:
    """ "Deutsch" for "de"; a code the line no longer offers is shown as is."""
    if not code:
        return ""
    found = catalogues().get(code)
    return found.name if found else code


def fingerprint(state: Mapping[str, Any]) -> str:
    """A short digest of what a page shows: its script reloads the page when this changes."""
    return hashlib.sha256(json.dumps(state, sort_keys=True, default=str).encode()).hexdigest()[:16]
