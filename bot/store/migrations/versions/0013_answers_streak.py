"""The streak in a learner's own zone reads each day's first and last answer from an index.

/score with a /remind zone reads, for every UTC day of the latest run, the day's first and
last answer time. `ix_answers_progress` finds the learner's rows but holds no time, so each
answer's row was read from the table: for a student answering 100 times a day for a year,
36,500 row reads per /score. This index, led by the learner and the day, holds the times.
Measured by `python -m benchmarks.streak_zone` (README, /score).

Revision ID: 0013_answers_streak
Revises: 0012_pg_batch_rows
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013_answers_streak"
down_revision: str | None = "0012_pg_batch_rows"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_answers_streak", "answers", ["user_id", "answered_day", "answered_at"])


def downgrade() -> None:
    op.drop_index("ix_answers_streak", table_name="answers")
