"""Helpers for the console's tests: an agent who can log in, and a caller routed to them.

The call is driven through the real webhooks with `ivr.line.phone.Phone`, as Twilio
would, so the screen pop reads a CallState the phone line itself filled in.
"""

from __future__ import annotations

from flask import Flask

from ivr.line.phone import Heard, Phone
from tests.agents import add_agent
from tests.web import make_user

__all__ = ["GERMAN_WORDS", "add_agent", "agent_with_login", "describe_then_ask_for_agent"]

GERMAN = "4"
GERMAN_WORDS = "ich habe meine schwarze Brieftasche in der U-Bahn verloren"


def agent_with_login(
    app: Flask, name: str = "hans", languages: tuple[str, ...] = ("de",), status: str = "offline"
) -> int:
    """An agent row and a user of the same name (role agent) who can log in; the agent's id."""
    agent_id = add_agent(app, name, list(languages), "+49151000001", status=status)
    make_user(app, name, "agent", language="en")  # the tests read the English pages
    return agent_id


def describe_then_ask_for_agent(phone: Phone, words: str = GERMAN_WORDS) -> list[Heard]:
    """A German caller describes their item, hears the first match, then presses 0."""
    phone.dial()
    phone.press(GERMAN)
    phone.press("1")  # describe what was lost
    phone.say(words)
    return phone.press("0")  # speak to an agent
