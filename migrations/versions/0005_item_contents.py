"""what found items hold, for the search; drop the trigram index 0004 used to make

"My ID card" must find the wallet logged with one inside. 0004 did that on PostgreSQL only,
with `search_text LIKE '%kind:id_card%'` on a trigram index: at 1,000,000 items that took
search p95 from about 20 ms to about 90 ms, as common kinds match a tenth of the table.
A row per carried kind, read by (kind, found_on) like the items' own kind, serves both
databases in one short range scan.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "item_contents",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["found_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("item_id", "kind"),
    )
    _fill_from_search_text()
    op.create_index("ix_item_contents_kind_found_on", "item_contents", ["kind", "found_on"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_found_items_search_text_trgm")


def _fill_from_search_text() -> None:
    """Items logged before this revision: the other kinds their stored text names."""
    connection = op.get_bind()
    items = sa.table(
        "found_items",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("found_on", sa.Date),
        sa.column("search_text", sa.Text),
    )
    contents = sa.table(
        "item_contents",
        sa.column("item_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("found_on", sa.Date),
    )
    after = 0
    while True:
        rows = connection.execute(
            sa.select(items.c.id, items.c.kind, items.c.found_on, items.c.search_text)
            .where(items.c.id > after, items.c.search_text.like("%kind:%"))
            .order_by(items.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        values = [
            {"item_id": row.id, "kind": kind, "found_on": row.found_on}
            for row in rows
            for kind in dict.fromkeys((row.search_text or "").split())
            if kind.startswith("kind:") and kind != row.kind
        ]
        if values:
            connection.execute(contents.insert(), values)
        after = rows[-1].id


def downgrade() -> None:
    op.drop_table("item_contents")  # 0004 no longer makes the trigram index: nothing to restore
