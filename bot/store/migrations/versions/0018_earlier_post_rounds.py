"""A channel's earlier rounds of a /post are kept, so withdrawing the briefing edits them too.

Only the last round's messages were kept: an older /post of the same part in the same channel
(posted again after an hour, or after a message was deleted) kept its Quiz me buttons after
the briefing was withdrawn. Posts made before this keep only their last round, as before.

Revision ID: 0018_earlier_post_rounds
Revises: 0017_server_numbers
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_earlier_post_rounds"
down_revision: str | None = "0017_server_numbers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("briefing_posts") as batch:
        batch.add_column(
            sa.Column("earlier_ids", sa.Text(), nullable=False, server_default=sa.text("'[]'"))
        )


def downgrade() -> None:
    with op.batch_alter_table("briefing_posts") as batch:
        batch.drop_column("earlier_ids")
