"""Initial schema: answers, reviews, sessions, schedules and their runs, guild settings.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIME = sa.DateTime(timezone=True)
_ROWID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "answers",
        sa.Column("id", _ROWID, autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("section_id", sa.String(64), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("answered_at", _TIME, nullable=False),
        sa.Column("answered_day", sa.Date(), nullable=False),
        sa.Column("session_id", sa.String(128), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_answers"),
        sa.UniqueConstraint(
            "session_id",
            "user_id",
            "briefing_id",
            "question_id",
            name="uq_answers_session_id_user_id_briefing_id_question_id",
        ),
    )
    op.create_index("ix_answers_user_id_answered_day", "answers", ["user_id", "answered_day"])
    op.create_index("ix_answers_guild_id_answered_at", "answers", ["guild_id", "answered_at"])

    op.create_table(
        "reviews",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("due", _TIME, nullable=False),
        sa.Column("mastered", sa.Boolean(), nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("user_id", "briefing_id", "question_id", name="pk_reviews"),
    )
    op.create_index("ix_reviews_user_id_due", "reviews", ["user_id", "due"])

    op.create_table(
        "sessions",
        sa.Column("session_id", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("expires_at", _TIME, nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("session_id", name="pk_sessions"),
    )
    op.create_index("ix_sessions_owner_id", "sessions", ["owner_id"])
    op.create_index("ix_sessions_expires_at", "sessions", ["expires_at"])

    op.create_table(
        "schedules",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("what", sa.String(16), nullable=False),
        sa.Column("recurrence", sa.String(16), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), autoincrement=False, nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_schedules"),
    )
    op.create_index("ix_schedules_guild_id", "schedules", ["guild_id"])

    op.create_table(
        "schedule_runs",
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("run_key", sa.String(128), nullable=False),
        sa.Column("claimed_by", sa.String(128), nullable=False),
        sa.Column("claimed_at", _TIME, nullable=False),
        sa.Column("posted_at", _TIME, nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["schedules.id"],
            name="fk_schedule_runs_schedule_id_schedules",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("schedule_id", "run_key", name="pk_schedule_runs"),
    )

    op.create_table(
        "guild_settings",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("moderator_role_id", sa.BigInteger(), nullable=True),
        sa.Column("quiz_timer_seconds", sa.Integer(), nullable=False),
        sa.Column("untimed_default", sa.Boolean(), nullable=False),
        sa.Column("default_briefing", sa.String(64), nullable=True),
        sa.Column("qotd_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("guild_id", name="pk_guild_settings"),
    )


def downgrade() -> None:
    for table in (
        "guild_settings",
        "schedule_runs",
        "schedules",
        "sessions",
        "reviews",
        "answers",
    ):
        op.drop_table(table)
