"""users choose their pages' language; what admins set on their pages, and who changed it

users.language: the staff pages' language a user chose (NULL: the browser's, else
OFFICE_LOCALE). office_settings overrides OFFICE_ADDRESS and OFFICE_HOURS;
office_closures holds public holidays and afternoons closed; admin_changes records
who changed what on the administration pages, and when.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(8), nullable=True))
    op.create_table(
        "office_settings",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "office_closures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False, index=True),
        sa.Column("closed_from", sa.Time(), nullable=True),
        sa.Column("reason", sa.String(200), nullable=False),
    )
    op.create_table(
        "admin_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("happened_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("admin_changes")
    op.drop_table("office_closures")
    op.drop_table("office_settings")
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("language")
