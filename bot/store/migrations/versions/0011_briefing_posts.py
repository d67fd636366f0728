"""Each channel's last /post of each briefing part: its round and the messages that went out.

Revision ID: 0011_briefing_posts
Revises: 0010_assignment_work_key
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_briefing_posts"
down_revision: str | None = "0010_assignment_work_key"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "briefing_posts",
        sa.Column("channel_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("post_key", sa.String(32), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.Column("message_ids", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("began_after", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", "post_key", name="pk_briefing_posts"),
    )


def downgrade() -> None:
    op.drop_table("briefing_posts")
