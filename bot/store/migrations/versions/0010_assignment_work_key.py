"""Assignments keyed by their work: the same work is set once per server, atomically.

Revision ID: 0010_assignment_work_key
Revises: 0009_run_retries
Create Date: 2026-11-27
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.core.classwork import Assignment
from bot.store.schema import UTCDateTime

revision: str = "0010_assignment_work_key"
down_revision: str | None = "0009_run_retries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assignments") as batch:
        batch.add_column(sa.Column("work_key", sa.String(64), nullable=True))
    _fill_keys()
    op.create_index(
        "uq_assignments_guild_id_work_key", "assignments", ["guild_id", "work_key"], unique=True
    )


def _fill_keys() -> None:
    """Key the work already set; of duplicates set before, the first keeps the key."""
    work = sa.table(
        "assignments",
        sa.column("id", sa.Integer()),
        sa.column("guild_id", sa.BigInteger()),
        sa.column("channel_id", sa.BigInteger()),
        sa.column("briefing_id", sa.String()),
        sa.column("question_ids", sa.Text()),
        sa.column("sections", sa.Text()),
        sa.column("difficulty", sa.String()),
        sa.column("role_id", sa.BigInteger()),
        sa.column("due_at", UTCDateTime()),
        sa.column("timezone", sa.String()),
        sa.column("remind_minutes", sa.Integer()),
        sa.column("created_at", UTCDateTime()),
        sa.column("work_key", sa.String()),
    )
    bind = op.get_bind()
    seen: set[tuple[int, str]] = set()
    for row in bind.execute(sa.select(work).order_by(work.c.id)).mappings():
        key = Assignment(
            guild_id=row["guild_id"],
            channel_id=row["channel_id"],
            briefing_id=row["briefing_id"],
            question_ids=tuple(json.loads(row["question_ids"])),
            sections=tuple(json.loads(row["sections"])),
            difficulty=row["difficulty"],
            role_id=row["role_id"],
            due_at=row["due_at"],
            timezone=row["timezone"],
            remind_minutes=row["remind_minutes"],
            created_at=row["created_at"],
        ).work_key()
        if (row["guild_id"], key) not in seen:
            seen.add((row["guild_id"], key))
            bind.execute(work.update().where(work.c.id == row["id"]).values(work_key=key))


def downgrade() -> None:
    op.drop_index("uq_assignments_guild_id_work_key", table_name="assignments")
    with op.batch_alter_table("assignments") as batch:
        batch.drop_column("work_key")
