"""Alembic environment: runs against the engine `flask init-db` hands over."""

from alembic import context
from sqlalchemy import create_engine

import ivr.models  # noqa: F401  (registers the web layer's tables on Base.metadata)
from lost_items.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_engine(
        config.get_main_option("sqlalchemy.url")
    )
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
