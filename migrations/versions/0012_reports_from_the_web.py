"""loss reports declared on the web: where each came from, an optional e-mail address, and
the owners' requests counted per hour (declarations and look-ups per address, answered
texts per number: see ivr/owners/throttle.py)

`report_matches.emailed_at`: when the owner was told by e-mail (once per match).
`source` is "phone" for every report made before (the phone line and the clerks' counter
took them all), "web" for those from /declare. `email` is personal data, erased with the
callback number.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("loss_reports") as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(8), nullable=False, server_default="phone")
        )
        batch_op.add_column(sa.Column("email", sa.String(254), nullable=True))
    with op.batch_alter_table("report_matches") as batch_op:
        batch_op.add_column(sa.Column("emailed_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "owner_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_owner_requests_key", "owner_requests", ["key"])


def downgrade() -> None:
    op.drop_index("ix_owner_requests_key", table_name="owner_requests")
    op.drop_table("owner_requests")
    with op.batch_alter_table("report_matches") as batch_op:
        batch_op.drop_column("emailed_at")
    with op.batch_alter_table("loss_reports") as batch_op:
        batch_op.drop_column("email")
        batch_op.drop_column("source")
