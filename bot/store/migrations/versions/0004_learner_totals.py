"""Speed at scale: per-learner totals for the leaderboards (filled from the answers already
stored), an index that answers /score alone, each schedule's next run for the scheduler, and
sessions by kind and expiry for the question of the day's reveal.

Revision ID: 0004_learner_totals
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_learner_totals"
down_revision: str | None = "0003_class_mode"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    totals = op.create_table(
        "learner_totals",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("period", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "period", "user_id", name="pk_learner_totals"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_learner_totals_user_id", "learner_totals", ["user_id"])
    op.create_index(
        "ix_learner_totals_board",
        "learner_totals",
        ["guild_id", "period", sa.text("correct DESC"), "answered", "user_id"],
    )
    _fill(totals)
    # /score: one index holding everything it reads, led by the learner (and the server)
    op.create_index(
        "ix_answers_progress",
        "answers",
        ["user_id", "guild_id", "briefing_id", "section_id", "correct", "answered_day"],
    )
    op.drop_index("ix_answers_user_id_answered_day", table_name="answers")
    # the scheduler reads only the schedules due; every existing one is looked at at once
    with op.batch_alter_table("schedules") as batch:
        batch.add_column(sa.Column("next_run_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE schedules SET next_run_at = created_at")
    op.create_index("ix_schedules_next_run_at", "schedules", ["next_run_at"])
    # the question of the day finds the questions to reveal by kind and expiry
    op.create_index("ix_sessions_kind_expires_at", "sessions", ["kind", "expires_at"])


def _fill(totals: sa.Table) -> None:
    """Count the answers already stored, per server, learner and day, into their totals."""
    answers = sa.table(
        "answers",
        sa.column("guild_id", sa.BigInteger()),
        sa.column("user_id", sa.BigInteger()),
        sa.column("correct", sa.Boolean()),
        sa.column("answered_day", sa.Date()),
    )
    right = sa.func.sum(sa.case((answers.c.correct, 1), else_=0))
    per_day = sa.select(
        answers.c.guild_id, answers.c.user_id, answers.c.answered_day, right, sa.func.count()
    ).where(answers.c.guild_id.is_not(None))
    per_day = per_day.group_by(answers.c.guild_id, answers.c.user_id, answers.c.answered_day)
    sums: dict[tuple[int, int, int], list[int]] = {}
    for guild_id, user_id, day, correct, answered in op.get_bind().execute(per_day):
        for period in (0, _week_key(day)):
            total = sums.setdefault((guild_id, period, user_id), [0, 0])
            total[0] += int(correct)
            total[1] += int(answered)
    rows = [
        {"guild_id": g, "period": p, "user_id": u, "correct": c, "answered": a}
        for (g, p, u), (c, a) in sorted(sums.items())
    ]
    if rows:
        op.bulk_insert(totals, rows)


def _week_key(day: dt.date) -> int:
    """The week holding `day`, as its Monday's date YYYYMMDD (as `bot.store.totals`)."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday.year * 10_000 + monday.month * 100 + monday.day


def downgrade() -> None:
    op.drop_index("ix_sessions_kind_expires_at", table_name="sessions")
    op.drop_index("ix_schedules_next_run_at", table_name="schedules")
    with op.batch_alter_table("schedules") as batch:
        batch.drop_column("next_run_at")
    op.create_index("ix_answers_user_id_answered_day", "answers", ["user_id", "answered_day"])
    op.drop_index("ix_answers_progress", table_name="answers")
    op.drop_table("learner_totals")
