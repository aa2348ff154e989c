"""trigram index on found items' search text (superseded by 0005: now creates nothing)

This revision once created a PostgreSQL trigram index on search_text, for finding an item
by a kind it holds with `search_text LIKE '%kind:id_card%'`. It was slow at 1,000,000 items
and failed where pg_trgm lived in another schema; 0005 replaced it with the item_contents
table and drops the index from databases that had it. Kept so that those databases' history
still leads to 0005.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
