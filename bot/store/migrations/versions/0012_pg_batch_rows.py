"""Row types for the PostgreSQL answer writer's batches: one array of rows per statement.

The writer sent a batch's answers as ten arrays, one per column, and its review states as
six. asyncpg checks every element of an array against `collections.abc` (to find nested
arrays): one or two checks per value, some two dozen per answer. An array of rows of a
named composite type is checked once per row, and each row's fields go to their codecs
directly. These types name those rows; SQLite has no such types and needs none.

Revision ID: 0012_pg_batch_rows
Revises: 0011_briefing_posts
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012_pg_batch_rows"
down_revision: str | None = "0011_briefing_posts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TYPES = {
    "answer_row": (
        "user_id bigint, guild_id bigint, briefing_id varchar, question_id varchar, "
        "section_id varchar, correct boolean, seconds float8, answered_at timestamptz, "
        "session_id varchar, given varchar"
    ),
    "review_row": (
        "user_id bigint, briefing_id varchar, question_id varchar, card text, "
        "due timestamptz, mastered boolean"
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name, fields in _TYPES.items():
        op.execute(f"CREATE TYPE {name} AS ({fields})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name in _TYPES:
        op.execute(f"DROP TYPE {name}")
