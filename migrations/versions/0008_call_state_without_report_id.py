"""a call finds its loss report by CallSid

call_states.report_id pointed at the report a call left, which cost the report step a
second write (and a second commit) after the report's own INSERT. A call leaves at most
one report and loss_reports.call_sid is unique, so the CallSid finds it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("call_states") as batch_op:
        batch_op.drop_column("report_id")


def downgrade() -> None:
    with op.batch_alter_table("call_states") as batch_op:
        batch_op.add_column(sa.Column("report_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE call_states SET report_id = (SELECT loss_reports.id FROM loss_reports"
        " WHERE loss_reports.call_sid = call_states.call_sid)"
    )
