"""Agents for the tests, added as the API adds them, in the state a test needs."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask

from ivr import agents
from ivr.db import get_session
from lost_items.models import utcnow

LANGUAGES = ("fr", "en", "es", "de")


def add_agent(
    app: Flask, name: str, languages: list[str], endpoint: str, status: str = "available"
) -> int:
    with app.app_context():
        session = get_session()
        agent = agents.create_agent(
            session,
            {"name": name, "languages": languages, "endpoint": endpoint},
            languages=app.config["IVR_LANGUAGES"],
        )
        agent.status = status
        if status == "wrap-up":  # on shift, back in an hour
            agent.wrap_up_until = utcnow() + timedelta(hours=1)
        session.commit()
        return agent.id


def busy_agent_per_language(app: Flask) -> None:
    """An agent on a call for each language: callers who ask for a person wait in the queue."""
    for number, code in enumerate(LANGUAGES, start=1):
        add_agent(app, f"busy-{code}", [code], f"+3360000000{number}", status="busy")


def skip_describing(phone) -> list:
    """Asked what they lost before waiting for an agent: the caller says nothing."""
    if phone.gather is not None and "/ivr/queue/described" in phone.gather.action:
        return phone.stay_silent()
    return []
