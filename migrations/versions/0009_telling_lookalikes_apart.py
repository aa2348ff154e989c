"""telling lookalikes apart: brand index, the call's place and questions, texts of an item

- found_items (brand, found_on): the search adds, for a caller who names a brand, the items
  of that brand found in the weeks after the loss; on a crowded kind (black phones, 30 a
  day) the owner's Pixel is otherwise beyond the most recent phones the short list reads.
- call_states.lost_at and .questions: where the caller said they lost it, and the questions
  asked to split close candidates (two at most).
- item_texts: the text message a caller asks for about a candidate (digit 3), an outbox.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_found_items_brand_found_on", "found_items", ["brand", "found_on"])
    with op.batch_alter_table("call_states") as batch_op:
        batch_op.add_column(sa.Column("lost_at", sa.String(200), nullable=True))
        batch_op.add_column(
            sa.Column("questions", sa.String(60), nullable=False, server_default="")
        )
    op.create_table(
        "item_texts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("call_sid", sa.String(64), nullable=False),
        sa.Column(
            "item_id",
            sa.Integer(),
            sa.ForeignKey("found_items.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("to_number", sa.String(32), nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("message_sid", sa.String(64), nullable=True),
        sa.Column("sending_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("call_sid", "item_id"),
    )
    op.create_index("ix_item_texts_status", "item_texts", ["status"])


def downgrade() -> None:
    op.drop_index("ix_item_texts_status", table_name="item_texts")
    op.drop_table("item_texts")
    with op.batch_alter_table("call_states") as batch_op:
        batch_op.drop_column("questions")
        batch_op.drop_column("lost_at")
    op.drop_index("ix_found_items_brand_found_on", table_name="found_items")
