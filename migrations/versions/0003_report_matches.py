"""report matches, text opt-outs, and when a report was closed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("loss_reports") as batch_op:
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_loss_reports_category_status", ["category", "status"])
    op.create_table(
        "report_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("message_sid", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["found_items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["report_id"], ["loss_reports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("report_id", "item_id"),
    )
    op.create_index("ix_report_matches_report_id", "report_matches", ["report_id"])
    op.create_index("ix_report_matches_item_id", "report_matches", ["item_id"])
    op.create_table(
        "text_opt_outs",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("number"),
    )


def downgrade() -> None:
    op.drop_table("text_opt_outs")
    op.drop_index("ix_report_matches_item_id", table_name="report_matches")
    op.drop_index("ix_report_matches_report_id", table_name="report_matches")
    op.drop_table("report_matches")
    with op.batch_alter_table("loss_reports") as batch_op:
        batch_op.drop_index("ix_loss_reports_category_status")
        batch_op.drop_column("closed_at")
