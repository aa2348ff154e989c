"""`flask` commands: users, item import, demo data, and a phone for the terminal."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import delete, func, select

from ivr import accounts, agents
from ivr.clock import office_today
from ivr.config import PAGE_LANGUAGES
from ivr.db import get_session
from ivr.line import routing
from ivr.line.phone import CallEnded, Heard, Phone
from ivr.line.twilio_gateway import gateway
from ivr.models import Agent, CallState, QueuedCall
from ivr.notifications import send_due_messages, send_item_texts
from ivr.owners import throttle as owner_requests
from lost_items import demo
from lost_items.importing import first_line_not_utf8, import_found_items
from lost_items.item_texts import purge_item_texts
from lost_items.items import reread_items
from lost_items.models import FoundItem, utcnow
from lost_items.retention import purge_item_history, purge_loss_reports


@contextmanager
def _refusals_as_messages() -> Iterator[None]:
    """What the domain refuses (a ValueError) is said in one line, not as a traceback."""
    try:
        yield
    except ValueError as error:
        raise click.ClickException(str(error)) from None


users = AppGroup("users", help="Manage clerk, agent and admin accounts.")
items_group = AppGroup("items", help="Manage found items.")
agents_group = AppGroup("agents", help="Manage the agents who take routed calls.")


@users.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice(accounts.ROLES), required=True)
@click.option(
    "--language",
    type=click.Choice(PAGE_LANGUAGES),
    help="The pages' language (default: the browser's, else OFFICE_LOCALE).",
)
def create_user(name: str, role: str, language: str | None) -> None:
    """Create a user and print its API token (the last line)."""
    session = get_session()
    with _refusals_as_messages():
        user, token = accounts.create_user(session, name, role, language=language)
    session.commit()
    chosen = f", pages in {user.language}" if user.language else ""
    click.echo(f"Created {user.role} {user.name}{chosen}. Their API token (shown only once):")
    click.echo(token)


@users.command("new-token")
@click.argument("name")
def new_token(name: str) -> None:
    """Replace a user's API token and print the new one (the last line)."""
    session = get_session()
    with _refusals_as_messages():
        token = accounts.new_token(session, name)
    session.commit()
    click.echo(f"New API token for {name}; the old one no longer works (shown only once):")
    click.echo(token)


@users.command("list")
def list_users() -> None:
    """List users, their role, and whether they can log in to the web pages."""
    for user in accounts.list_users(get_session()):
        pages = "password set" if user.password_hash else "API only"
        language = f", pages in {user.language}" if user.language else ""
        click.echo(f"{user.name:<24} {user.role:<6} {pages}{language}")


@users.command("remove")
@click.argument("name")
def remove_user(name: str) -> None:
    """Remove a user: their token and password stop working at once."""
    session = get_session()
    with _refusals_as_messages():
        accounts.remove_user(session, name)
    session.commit()
    click.echo(f"Removed {name}.")


@users.command("set-password")
@click.argument("name")
@click.password_option()
def set_password(name: str, password: str) -> None:
    """Set the password a user logs in to the web pages with."""
    session = get_session()
    with _refusals_as_messages():
        accounts.set_password(session, name, password)
    session.commit()
    click.echo(f"Password set for {name}.")


@items_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_items(path: Path) -> None:
    """Load found items from a CSV file (description, found_on, found_at, language, ...)."""
    with path.open("rb") as raw:
        line = first_line_not_utf8(raw)
    if line is not None:
        raise click.ClickException(
            f"{path} is not UTF-8 text (line {line}): save it as “CSV UTF-8” and import that. "
            "Nothing was loaded."
        )
    with path.open(encoding="utf-8-sig", newline="") as file:
        kept_days = current_app.config["RETENTION_HIGH_VALUE_DAYS"]
        result = import_found_items(get_session(), file, today=office_today(), kept_days=kept_days)
    for line, reason in result.errors:
        click.echo(f"line {line}: {reason}", err=True)
    click.echo(
        f"Loaded {_count(result.loaded, 'item')}; {_count(len(result.errors), 'row')} rejected."
    )
    if result.errors and not result.loaded:
        sys.exit(1)


@items_group.command("reread")
def reread() -> None:
    """Read every item's text again after the vocabulary changed (lost_items/vocabulary.json)."""
    changed = reread_items(get_session())
    click.echo(f"Read every item again: {_count(changed, 'item')} changed.")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


@agents_group.command("add")
@click.argument("name")
@click.option(
    "--language", "-l", "languages", multiple=True, required=True, help="e.g. -l es -l fr"
)
@click.option("--endpoint", required=True, help="+33612345678, client:identity or sip:user@host")
def add_agent(name: str, languages: tuple[str, ...], endpoint: str) -> None:
    """Add an agent."""
    session = get_session()
    data = {"name": name, "languages": [code.lower() for code in languages], "endpoint": endpoint}
    with _refusals_as_messages():
        agent = agents.create_agent(session, data, languages=current_app.config["IVR_LANGUAGES"])
    session.commit()
    click.echo(f"Agent {agent.id}: {agent.name} ({agent.languages}) at {agent.endpoint}")


@agents_group.command("list")
def list_agents() -> None:
    """List agents and their status."""
    click.echo(f"{'id':>4} {'name':<24} {'languages':<12} {'status':<9} endpoint")
    for agent in agents.list_agents(get_session()):
        columns = (f"{agent.id:>4}", f"{agent.name:<24}", f"{agent.languages:<12}")
        click.echo(" ".join((*columns, f"{agent.status:<9}", agent.endpoint)))


@agents_group.command("status")
@click.argument("agent")
@click.argument("status", type=click.Choice(agents.SETTABLE))
def agent_status(agent: str, status: str) -> None:
    """Set an agent (by id or name) available or offline.

    Callers already waiting are put through by the queue's next wait webhook (within half a
    minute); the API and the desk do it at once.
    """
    session = get_session()
    found = agents.agent_named(session, agent)
    if found is None and agent.isdigit() and len(agent) < 10:  # an id, as `agents list` shows
        found = session.get(Agent, int(agent))
    if found is None:
        raise click.ClickException(f"no agent has the id or name {agent}")
    try:
        agents.set_status(session, found, status)
    except agents.AgentBusy as busy:
        raise click.ClickException(str(busy)) from None
    session.commit()
    click.echo(f"{found.name} is {found.status}.")


@agents_group.command("check-calls")
def check_calls() -> None:
    """Free agents still busy with a call that is over (safe to run on a schedule).

    An agent is freed when Twilio reports the call's end; a report that came while the
    database was down is lost, and this asks Twilio instead.
    """
    freed = routing.free_agents_of_ended_calls(
        get_session(),
        gateway(),
        now=utcnow(),
        settings=routing.RoutingSettings.from_config(current_app.config),
    )
    click.echo(f"Freed {_count(freed, 'agent')} whose call was over.")


@click.command("demo-data")
@with_appcontext
def demo_data() -> None:
    """Load demonstration found items when the database has none."""
    session = get_session()
    if session.scalar(select(func.count()).select_from(FoundItem)):
        click.echo("The database already has found items; demo data not loaded.")
        return
    count = demo.load_demo_items(session, today=office_today())
    session.commit()
    click.echo(f"Loaded {count} demo found items.")


@click.command("purge")
@with_appcontext
def purge() -> None:
    """Delete personal data past retention (safe to run on a schedule)."""
    config = current_app.config
    session = get_session()
    today = office_today()
    result = purge_loss_reports(
        session, today=today, number_grace_days=config["CLOSED_REPORT_NUMBER_DAYS"]
    )
    history = purge_item_history(
        session, today=today, keep_days=config["HISTORY_PERSONAL_DATA_DAYS"]
    )
    cutoff = utcnow() - timedelta(days=config["CALL_DATA_RETENTION_DAYS"])
    calls = session.execute(delete(CallState).where(CallState.updated_at < cutoff)).rowcount
    session.execute(delete(QueuedCall).where(QueuedCall.enqueued_at < cutoff))
    texts = purge_item_texts(session, before=cutoff)
    owner_requests.forget_old(session, now=utcnow())  # hashed addresses and numbers, an hour
    session.commit()
    click.echo(
        f"Deleted {result.reports_deleted} expired loss reports, {calls} call records and "
        f"{texts} texts callers asked for; "
        f"erased {result.numbers_erased} callback numbers of closed reports "
        f"and the personal details of {history} item history entries."
    )


@click.command("notify")
@with_appcontext
def notify() -> None:
    """Send the text messages still queued (those Twilio could not take before)."""
    session = get_session()
    sent = send_due_messages(session) + send_item_texts(session)
    click.echo(f"Sent {sent} text messages.")


@click.command("call")
@with_appcontext
@click.option("--url", default="http://127.0.0.1:5000", show_default=True, help="The running line.")
@click.option("--from", "caller", default="+33612345678", show_default=True, help="Your number.")
def call(url: str, caller: str) -> None:
    """Phone the running line from this terminal, as Twilio would."""
    phone = Phone(
        base_url=url,
        auth_token=current_app.config["TWILIO_AUTH_TOKEN"],
        caller=caller,
        dial_outcome=None,
    )
    click.echo(f"Calling {url} from {caller}. Type digits (then Enter), words to speak,")
    click.echo("Enter alone to stay silent, or 'hang up'.\n")
    try:
        _show(phone.dial())
        while not phone.ended:
            answer = click.prompt(_question(phone), default="", show_default=False).strip()
            if answer.lower() in ("hang up", "hangup", "q", "quit"):
                phone.hang_up()
                click.echo("You hung up.")
                return
            _show(_answer(phone, answer))
    except (CallEnded, OSError) as error:
        raise click.ClickException(f"the call failed: {error}") from None


def _answer(phone: Phone, answer: str) -> list[Heard]:
    if phone.dialling is not None:
        return phone.end_dial("completed" if answer else "no-answer")
    if phone.gather is None:
        return phone.keep_waiting()
    if not answer:
        return phone.stay_silent()
    if re.fullmatch(r"[0-9*#]+", answer) and "dtmf" in phone.gather.inputs:
        return phone.press(answer)
    if "speech" in phone.gather.inputs:
        return phone.say(answer)
    click.echo("  (this question takes keys only: type digits)")
    return []


def _question(phone: Phone) -> str:
    if phone.dialling is not None:
        return "[talking to someone: type anything when done, Enter alone if nobody answered]"
    gather = phone.gather
    if gather is None:
        return "[waiting in the queue: Enter to keep waiting]"
    kinds = " or ".join(sorted({"dtmf": "keys", "speech": "speech"}[i] for i in gather.inputs))
    return f"[{kinds}]"


def _show(heard: list[Heard]) -> None:
    for event in heard:
        if event.verb == "say":
            click.echo(f"  line ({event.language}): {event.text}")
        elif event.verb == "hangup":
            click.echo("  -- the line hung up --")
        elif event.verb == "error":
            click.echo(f"  !! {event.text}")
        else:
            click.echo(f"  ({event.verb} {event.text})".rstrip())


def init_app(app: Flask) -> None:
    app.cli.add_command(users)
    app.cli.add_command(items_group)
    app.cli.add_command(agents_group)
    app.cli.add_command(demo_data)
    app.cli.add_command(call)
    app.cli.add_command(purge)
    app.cli.add_command(notify)
