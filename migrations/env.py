"""Alembic environment: runs against the engine `flask init-db` hands over."""

from alembic import context
from sqlalchemy import create_engine, text

import ivr.models  # noqa: F401  (registers the web layer's tables on Base.metadata)
from lost_items.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_engine(
        config.get_main_option("sqlalchemy.url")
    )
    with engine.connect() as connection:
        postgresql = connection.dialect.name == "postgresql"
        if postgresql:
            # The app's 5-second statement timeout is for callers waiting on the line; an
            # index built over a million items may take longer, once, at upgrade.
            connection.execute(text("SET statement_timeout = 0"))
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
        if postgresql:  # back to the app's timeout before the connection returns to the pool
            connection.execute(text("RESET statement_timeout"))
            connection.commit()


run_migrations()
