"""Scheduled runs tried again: the tries and the messages already posted, kept across restarts.

Revision ID: 0009_run_retries
Revises: 0008_totals_learner_first
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_run_retries"
down_revision: str | None = "0008_totals_learner_first"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "schedule_run_retries",
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("run_key", sa.String(128), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("messages_posted", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["schedules.id"],
            name="fk_schedule_run_retries_schedule_id_schedules",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("schedule_id", "run_key", name="pk_schedule_run_retries"),
    )


def downgrade() -> None:
    op.drop_table("schedule_run_retries")
