"""The database's lifecycle in the app: one engine per app, one session per request."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import click
from alembic import command
from alembic.config import Config
from flask import Flask, current_app, g
from flask.cli import with_appcontext
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from lost_items.database import make_engine, make_session_factory

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def get_engine(app: Flask | None = None) -> Engine:
    app = app or current_app
    return app.extensions["lost_property_engine"]


P = ParamSpec("P")
R = TypeVar("R")


def get_session() -> Session:
    """The request's session; the view that changes data commits it."""
    if "db_session" not in g:
        factory: sessionmaker[Session] = current_app.extensions["lost_property_sessions"]
        if g.get("db_autocommit"):
            g.db_session = factory(bind=current_app.extensions["lost_property_autocommit"])
        else:
            g.db_session = factory()
    return g.db_session


def autocommit(view: Callable[P, R]) -> Callable[P, R]:
    """Mark a view whose statements each stand alone: reads, and writes of one statement
    each that a retried request repeats harmlessly (the view still commits after them).

    On PostgreSQL they then run without a transaction around them, so without the BEGIN and
    the COMMIT or ROLLBACK that are round trips of their own: a step that reads the call's
    state takes one round trip instead of three. Such a view must take no lock (it would
    be released at once). SQLite runs them in a transaction as before: there a transaction
    costs no round trip, and the sqlite3 module's own transaction handling stays off.
    """

    @functools.wraps(view)
    def marked(*args: P.args, **kwargs: P.kwargs) -> R:
        g.db_autocommit = True
        return view(*args, **kwargs)

    return marked


def in_autocommit() -> bool:
    return bool(g.get("db_autocommit"))


def close_session(_error: BaseException | None = None) -> None:
    session: Session | None = g.pop("db_session", None)
    if session is not None:
        session.close()


def forget_session() -> None:
    """Drop whatever a failed request had started; never raise while answering the failure."""
    with contextlib.suppress(Exception):
        get_session().rollback()
    with contextlib.suppress(Exception):
        close_session()


def upgrade_schema(app: Flask) -> None:
    """Create or upgrade the schema to the newest migration (safe to run again)."""
    alembic_config = Config()
    alembic_config.set_main_option("script_location", str(MIGRATIONS_DIR))
    alembic_config.attributes["engine"] = get_engine(app)
    command.upgrade(alembic_config, "head")


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Create or upgrade the database schema."""
    upgrade_schema(current_app)
    click.echo(f"Database ready: {get_engine().url.render_as_string(hide_password=True)}")


def init_app(app: Flask) -> None:
    url = app.config["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    app.extensions["lost_property_engine"] = engine
    app.extensions["lost_property_sessions"] = make_session_factory(engine)
    app.extensions["lost_property_autocommit"] = (
        engine.execution_options(isolation_level="AUTOCOMMIT")
        if engine.dialect.name == "postgresql"
        else engine
    )
    app.teardown_appcontext(close_session)
    app.cli.add_command(init_db_command)
