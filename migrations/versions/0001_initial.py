"""found items, loss reports, call states and users

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("endpoint", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("current_call_sid", sa.String(length=64), nullable=True),
        sa.Column("busy_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("wrap_up_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_call_ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("missed_in_a_row", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "queued_calls",
        sa.Column("call_sid", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("speaks", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("call_sid"),
    )
    op.create_index("ix_queued_calls_language", "queued_calls", ["language"])
    op.create_index("ix_queued_calls_state", "queued_calls", ["state"])
    op.create_table(
        "call_states",
        sa.Column("call_sid", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("caller_number", sa.String(length=32), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("candidate_ids", sa.Text(), nullable=False),
        sa.Column("lost_on", sa.Date(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("tried_agent_ids", sa.Text(), nullable=False),
        sa.Column("queue_exit", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("call_sid"),
    )
    op.create_table(
        "found_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("found_at", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=True),
        sa.Column("colors", sa.String(length=200), nullable=False),
        sa.Column("material", sa.String(length=60), nullable=True),
        sa.Column("brand", sa.String(length=80), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("storage_location", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("found_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_found_items_category_found_on", ["category", "found_on"], unique=False
        )
        batch_op.create_index("ix_found_items_found_on", ["found_on"], unique=False)
        batch_op.create_index("ix_found_items_kind_found_on", ["kind", "found_on"], unique=False)

    op.create_table(
        "loss_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("lost_on", sa.Date(), nullable=True),
        sa.Column("lost_at", sa.String(length=200), nullable=True),
        sa.Column("callback_number", sa.String(length=32), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=60), nullable=True),
        sa.Column("colors", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("call_sid", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("call_sid"),
    )
    with op.batch_alter_table("loss_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_loss_reports_expires_on"), ["expires_on"], unique=False
        )

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("token_hash"),
    )


def downgrade() -> None:
    op.drop_table("users")
    with op.batch_alter_table("loss_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loss_reports_expires_on"))

    op.drop_table("loss_reports")
    with op.batch_alter_table("found_items", schema=None) as batch_op:
        batch_op.drop_index("ix_found_items_kind_found_on")
        batch_op.drop_index("ix_found_items_found_on")
        batch_op.drop_index("ix_found_items_category_found_on")

    op.drop_table("found_items")
    op.drop_table("call_states")
    op.drop_table("queued_calls")
    op.drop_table("agents")
