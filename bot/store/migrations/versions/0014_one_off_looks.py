"""One-off schedules are looked at again, so that one set more than a week ahead posts.

Before, a one-off's next run was searched only a week ahead: one set further ahead was next
looked at a week after its run, too late to post it. The schedules already saved keep that
look; this makes the next tick look at every one-off once and plan it anew (as 0004 did for
every schedule): a run already posted is never posted again (its run key is claimed).

Revision ID: 0014_one_off_looks
Revises: 0013_answers_streak
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_one_off_looks"
down_revision: str | None = "0013_answers_streak"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE schedules SET next_run_at = created_at WHERE recurrence = 'once'")


def downgrade() -> None:
    """Nothing to undo: the next tick plans each one-off's look again."""
