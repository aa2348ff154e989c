"""item lifecycle: value bands, item history and login failures

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("found_items", schema=None) as batch_op:
        # Items logged before value bands existed are kept as the low band says (the shorter).
        batch_op.add_column(
            sa.Column("value_band", sa.String(length=10), nullable=False, server_default="low")
        )
        batch_op.create_index("ix_found_items_status_found_on", ["status", "found_on"])

    op.create_table(
        "item_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=True),
        sa.Column("happened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["found_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_item_events_item_id", "item_events", ["item_id"])

    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_login_failures_key", "login_failures", ["key"])


def downgrade() -> None:
    op.drop_index("ix_login_failures_key", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_index("ix_item_events_item_id", table_name="item_events")
    op.drop_table("item_events")
    with op.batch_alter_table("found_items", schema=None) as batch_op:
        batch_op.drop_index("ix_found_items_status_found_on")
        batch_op.drop_column("value_band")
