"""Removed briefings' words: what a server keeps of a briefing its moderator removed.

`/briefing remove` deleted every version of a server briefing, and with them the only copy of
its title and questions, so `/report` on work set on it named its questions by their raw ids.
The removal now keeps, in the same transaction, the title and each question's prompt, kind and
right answer as students met them, by the server and the id it was served under. Nothing here
names a user.

Revision ID: 0021_removed_briefings
Revises: 0020_server_courses
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_removed_briefings"
down_revision: str | None = "0020_server_courses"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "removed_briefings",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("title", sa.String(240), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "briefing_id", name="pk_removed_briefings"),
    )


def downgrade() -> None:
    op.drop_table("removed_briefings")
