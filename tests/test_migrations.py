"""Upgrading a database that already holds items keeps them findable."""

from __future__ import annotations

from datetime import date, timedelta

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, event, insert, inspect, select, text
from sqlalchemy.orm import Session

from ivr.db import MIGRATIONS_DIR
from ivr.models import CallState, OfficeSetting, User
from lost_items import matching, reports
from lost_items.database import make_engine
from lost_items.items import FoundItemDraft, found_item_row
from lost_items.models import FoundItem, LossReport

TODAY = date(2026, 11, 20)


SCHEMA = "migrations_test"


def migrated(database_url: str, tmp_path, revision: str) -> tuple[Engine, Config]:
    """A new database brought up to `revision`, and the config to move it on: an SQLite
    file, or on PostgreSQL a schema of its own (so each migration's PostgreSQL branch runs)."""
    if database_url.startswith("postgresql"):
        with make_engine(database_url).begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
        engine = make_engine(database_url)

        @event.listens_for(engine, "connect")
        def _own_schema(dbapi_connection, _record) -> None:
            # Only this schema: with public on the path too, Alembic would read the version
            # table of the suite's own schema and believe this database already upgraded.
            dbapi_connection.execute(f"SET search_path TO {SCHEMA}")
            dbapi_connection.commit()  # else the first rollback would undo it

    else:
        engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    command.upgrade(config, revision)
    return engine, config


def test_items_logged_before_item_contents_are_found_by_what_they_hold(database_url, tmp_path):
    engine, config = migrated(database_url, tmp_path, "0004")
    found_on = TODAY - timedelta(days=3)
    draft = FoundItemDraft("Portefeuille marron avec carte d'identité", found_on, "Bus 38", "fr")
    row = {**found_item_row(draft), "status": "in_storage", "value_band": "low"}
    with engine.begin() as connection:
        connection.execute(insert(FoundItem.__table__), [row])
        if connection.dialect.name == "postgresql":  # as 0004 once made it; 0005 drops it
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
            connection.execute(
                text(
                    "CREATE INDEX ix_found_items_search_text_trgm ON found_items"
                    " USING gin (search_text public.gin_trgm_ops)"
                )
            )

    command.upgrade(config, "head")

    indexes = {index["name"] for index in inspect(engine).get_indexes("found_items")}
    assert "ix_found_items_search_text_trgm" not in indexes
    with Session(engine) as session:
        lost_on = found_on - timedelta(days=1)
        found = matching.search(
            session, "I lost my ID card", language="en", lost_on=lost_on, today=TODAY
        )
        assert [match.item.description for match in found] == [draft.description]
    engine.dispose()


def test_going_back_before_0008_points_each_call_at_its_report_again(database_url, tmp_path):
    engine, config = migrated(database_url, tmp_path, "head")
    with Session(engine) as session:
        session.add_all([CallState(call_sid="CA1"), CallState(call_sid="CA2")])
        report = reports.record_loss_report(
            session,
            description="parapluie rouge",
            language="fr",
            lost_on=None,
            callback_number=None,
            keep_days=90,
            today=TODAY,
            call_sid="CA1",
        )
        session.commit()
        report_id = report.id

    command.downgrade(config, "0007")

    with engine.connect() as connection:
        pointers = connection.execute(
            text("SELECT call_sid, report_id FROM call_states ORDER BY call_sid")
        ).all()
    assert [tuple(row) for row in pointers] == [("CA1", report_id), ("CA2", None)]
    command.upgrade(config, "head")  # and forward again
    engine.dispose()


def test_users_from_before_0011_keep_their_accounts_and_choose_no_language(database_url, tmp_path):
    engine, config = migrated(database_url, tmp_path, "0008")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (name, role, token_hash, created_at)"
                " VALUES ('maria', 'clerk', 'x', '2026-11-01 08:00:00')"
            )
        )
    command.upgrade(config, "head")
    with Session(engine) as session:
        maria = session.scalar(select(User).where(User.name == "maria"))
        assert (maria.role, maria.language) == ("clerk", None)
        session.add(OfficeSetting(name="hours", value="mon-fri 09:00-12:00"))
        session.commit()
    command.downgrade(config, "0008")  # and back: the admin pages' tables go
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM users")).scalars().all() == ["maria"]
    command.upgrade(config, "head")
    engine.dispose()


def test_reports_from_before_0012_came_by_phone_and_going_back_drops_the_web_columns(
    database_url, tmp_path
):
    engine, config = migrated(database_url, tmp_path, "0011")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO loss_reports (description, language, colors, status, created_at,"
                " expires_on) VALUES ('black umbrella', 'en', '', 'open', '2026-11-01 08:00:00',"
                " '2027-01-01')"
            )
        )
    command.upgrade(config, "head")
    with Session(engine) as session:
        report = session.scalars(select(LossReport)).one()
        assert (report.source, report.email) == ("phone", None)
    command.downgrade(config, "0011")
    with engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("loss_reports")}
        assert "source" not in columns and "email" not in columns
        assert "owner_requests" not in inspect(connection).get_table_names()
    command.upgrade(config, "head")
    engine.dispose()
