"""Engines and sessions for SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Insert, create_engine, event, exc, or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "PING_AFTER_IDLE_SECONDS",
    "claim_for_sending",
    "insert_if_absent",
    "insert_or_update",
    "make_engine",
    "make_session_factory",
    "normalise_url",
]

# A pooled connection unused for this long is checked before use (the database may have
# restarted meanwhile); one used moments ago is not, which saves a round trip per request.
PING_AFTER_IDLE_SECONDS = 2.0


def normalise_url(url: str) -> str:
    """Accept the `postgres://` and `postgresql://` URLs hosts hand out; we drive psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, **options: Any) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 15}, **options)
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    # A caller waits on the line: a query must not hang longer than Twilio waits.
    # psycopg prepares statements after 5 runs: a generic plan cannot tell rare kinds from common.
    options_arg = "-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan"
    connect_args = {"connect_timeout": 5, "options": options_arg}
    engine = create_engine(url, connect_args=connect_args, **options)
    _ping_idle_connections(engine)
    return engine


def _ping_idle_connections(engine: Engine) -> None:
    """pool_pre_ping, but only for connections that sat idle: under load every request
    would otherwise pay one more round trip, and wait for the database's turn on the CPU."""

    @event.listens_for(engine.pool, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _check(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned_at = record.info.get("returned_at")  # None: connected just now
        if returned_at is None or time.monotonic() - returned_at < PING_AFTER_IDLE_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise exc.DisconnectionError(str(error)) from error
        if not alive:
            raise exc.DisconnectionError("the database did not answer")


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    """Take SQLite's write lock when a transaction starts, not half-way through it.

    Otherwise two workers that read then write (claiming the same agent, say)
    can both read, and one fails with "database is locked" when it writes.
    PostgreSQL needs nothing of the kind: its row locks do the job.
    """
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _insert(session: Session, model: type) -> Any:
    """The session's own dialect's INSERT, the one with ON CONFLICT."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)


def insert_if_absent(session: Session, model: type) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING, in the session's own dialect: one round trip where
    a savepoint around a plain INSERT takes three."""
    return _insert(session, model).on_conflict_do_nothing()


def insert_or_update(
    session: Session,
    model: type,
    *,
    key: str,
    values: Mapping[str, object],
    update: Mapping[str, object],
) -> Insert:
    """INSERT `values`, or if a row with the same `key` is there, set `update` on it: one
    round trip where a look-up and then an insert or an update take two, and need a lock."""
    statement = _insert(session, model).values(**values)
    return statement.on_conflict_do_update(index_elements=[key], set_=dict(update))


def claim_for_sending(
    session: Session, model: Any, row_id: int, *, queued: str, now: datetime, lease: timedelta
) -> bool:
    """Take a queued text of an outbox (`model` has `status` and `sending_since`) for this
    worker; False when another has it. One conditional UPDATE, so two workers (or
    `flask notify` beside the pages) never both send it; a worker that dies mid-send leaves
    a claim that lapses after `lease`. The caller commits."""
    claimed = session.execute(
        update(model)
        .where(model.id == row_id, model.status == queued)
        .where(or_(model.sending_since.is_(None), model.sending_since < now - lease))
        .values(sending_since=now)
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1  # type: ignore[attr-defined]
