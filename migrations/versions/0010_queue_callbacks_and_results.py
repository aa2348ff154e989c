"""callbacks that keep their place in the queue, how each wait ended, and missed offers

A waiting caller who asks to be called back keeps their row (and its enqueued_at) in
queued_calls, in state "callback", with the number to call; the outgoing call's CallSid
once the line places it. `result` says how a wait ended (Twilio's QueueResult, or
"hangup" from the status callback), for the supervisor's abandoned calls; `missed_at`
when an agent last let this call ring out, so the same agent is offered it again only
after a pause.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("queued_calls") as batch_op:
        batch_op.add_column(sa.Column("callback_number", sa.String(32), nullable=True))
        batch_op.add_column(sa.Column("callback_call_sid", sa.String(64), nullable=True))
        batch_op.add_column(sa.Column("result", sa.String(20), nullable=True))
        batch_op.add_column(sa.Column("missed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_queued_calls_callback_call_sid", ["callback_call_sid"])


def downgrade() -> None:
    with op.batch_alter_table("queued_calls") as batch_op:
        batch_op.drop_index("ix_queued_calls_callback_call_sid")
        batch_op.drop_column("missed_at")
        batch_op.drop_column("result")
        batch_op.drop_column("callback_call_sid")
        batch_op.drop_column("callback_number")
