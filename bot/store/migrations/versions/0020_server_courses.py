"""Server courses: a server's own courses, built by its moderators from Discord (`/course`).

A course was a file in `content/courses/` on the bot's host, which no moderator reaches. Each
server now keeps its own: an id, a title, a description and its steps (a JSON list of the
briefing each step names, with the title it had when added, so a step whose briefing is later
removed still reads as that briefing, "(no longer available)"). Nothing here names a user.

Revision ID: 0020_server_courses
Revises: 0019_report_numbers
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_server_courses"
down_revision: str | None = "0019_report_numbers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "server_courses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("title", sa.String(240), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_server_courses"),
        sa.UniqueConstraint("guild_id", "slug", name="uq_server_courses_guild_id_slug"),
    )


def downgrade() -> None:
    op.drop_table("server_courses")
