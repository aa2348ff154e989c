"""Upgrading a database that already holds items keeps them findable."""

from __future__ import annotations

from datetime import date, timedelta

from alembic import command
from alembic.config import Config
from sqlalchemy import insert
from sqlalchemy.orm import Session

from ivr.db import MIGRATIONS_DIR
from lost_items import matching
from lost_items.database import make_engine
from lost_items.items import FoundItemDraft, found_item_row
from lost_items.models import FoundItem

TODAY = date(2026, 11, 20)


def test_items_logged_before_item_contents_are_found_by_what_they_hold(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    command.upgrade(config, "0004")
    found_on = TODAY - timedelta(days=3)
    draft = FoundItemDraft("Portefeuille marron avec carte d'identité", found_on, "Bus 38", "fr")
    row = {**found_item_row(draft), "status": "in_storage", "value_band": "low"}
    with engine.begin() as connection:
        connection.execute(insert(FoundItem.__table__), [row])

    command.upgrade(config, "head")

    with Session(engine) as session:
        lost_on = found_on - timedelta(days=1)
        found = matching.search(
            session, "I lost my ID card", language="en", lost_on=lost_on, today=TODAY
        )
        assert [match.item.description for match in found] == [draft.description]
    engine.dispose()
