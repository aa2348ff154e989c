"""claim on a text message while it is being sent

Two workers sending the queued texts at once could both send the same one. A worker now
claims a text (sending_since) with a conditional update before it goes out.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report_matches") as batch_op:
        batch_op.add_column(sa.Column("sending_since", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report_matches") as batch_op:
        batch_op.drop_column("sending_since")
