"""when a waiting caller was claimed for an agent

A worker that dies between claiming an agent for a waiting caller and asking Twilio to
move the caller would leave both reserved for each other while the caller keeps
waiting. The caller's own wait webhook now notices a claim older than a few seconds
(connecting_since) and asks Twilio again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("queued_calls") as batch_op:
        batch_op.add_column(
            sa.Column("connecting_since", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("queued_calls") as batch_op:
        batch_op.drop_column("connecting_since")
