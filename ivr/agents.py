"""Agents: who they are, the languages they speak, where to ring them, and their status."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.models import NAME_LENGTH, Agent, AgentStatus
from lost_items.phone_numbers import parse_phone_number
from lost_items.validation import ValidationError, Validator

__all__ = ["AgentBusy", "agent_json", "change_agent", "create_agent", "list_agents", "set_status"]

# A phone number (E.164), a browser softphone (client:identity) or a SIP address.
_ENDPOINT = re.compile(r"^(\+[1-9]\d{6,14}|client:[A-Za-z0-9_.@-]{1,100}|sip:[^\s@]+@[^\s@]+)$")
SETTABLE = (AgentStatus.AVAILABLE.value, AgentStatus.OFFLINE.value)


class AgentBusy(RuntimeError):
    """An agent on a call cannot change status until the call ends."""


def create_agent(session: Session, data: Mapping[str, Any], *, languages: Collection[str]) -> Agent:
    check = Validator(data)
    name = check.text("name", max_length=NAME_LENGTH)
    endpoint, spoken = _where_and_languages(check, data, languages)
    if name and agent_named(session, name) is not None:
        check.errors["name"] = "an agent with this name exists already"
    check.raise_if_invalid()
    agent = Agent(name=name, languages=" ".join(dict.fromkeys(spoken)), endpoint=endpoint)
    session.add(agent)
    session.flush()
    return agent


def change_agent(
    session: Session, agent: Agent, data: Mapping[str, Any], *, languages: Collection[str]
) -> Agent:
    """New languages and endpoint for an agent (the admin's page), checked as at creation."""
    check = Validator(data)
    endpoint, spoken = _where_and_languages(check, data, languages)
    check.raise_if_invalid()
    agent.languages = " ".join(dict.fromkeys(spoken))
    agent.endpoint = endpoint
    return agent


def _where_and_languages(
    check: Validator, data: Mapping[str, Any], languages: Collection[str]
) -> tuple[str | None, list[str]]:
    """An agent's endpoint and languages, each problem noted in `check`. A phone number
    must be one `phonenumbers` knows, in E.164 form (the pages turn "06 12 ..." into it)."""
    endpoint = check.text("endpoint", max_length=200)
    if endpoint and not _ENDPOINT.match(endpoint):
        check.errors["endpoint"] = "must be +E.164 phone number, client:identity or sip:user@host"
    elif (
        endpoint
        and endpoint.startswith("+")
        and parse_phone_number(endpoint, country_code="1") != endpoint
    ):
        check.errors["endpoint"] = "is not a phone number: give it in E.164 form, +33612345678"
    spoken = data.get("languages")
    if not isinstance(spoken, list) or not spoken or not all(isinstance(c, str) for c in spoken):
        check.errors["languages"] = "must be a non-empty list of language codes"
        spoken = []
    elif unknown := [code for code in spoken if code not in languages]:
        check.errors["languages"] = f"not offered on this line: {', '.join(unknown)}"
    return endpoint, spoken


def agent_named(session: Session, name: str) -> Agent | None:
    """An agent by name: an agent's user account and their agent row share it."""
    return session.scalar(select(Agent).where(Agent.name == name))


def list_agents(session: Session) -> list[Agent]:
    return list(session.scalars(select(Agent).order_by(Agent.name)))


def set_status(session: Session, agent: Agent, status: object) -> Agent:
    """Available or offline, by the agent's own choice (busy and wrap-up come from calls)."""
    if status not in SETTABLE:
        raise ValidationError({"status": f"must be one of: {', '.join(SETTABLE)}"})
    if agent.status == AgentStatus.BUSY.value:
        raise AgentBusy(f"{agent.name} is on a call")
    agent.status = str(status)
    agent.wrap_up_until = None
    if status == AgentStatus.AVAILABLE.value:
        agent.missed_in_a_row = 0
    return agent


def agent_json(agent: Agent) -> dict[str, Any]:
    return {
        "id": agent.id,
        "name": agent.name,
        "languages": agent.language_list,
        "endpoint": agent.endpoint,
        "status": agent.status,
    }
