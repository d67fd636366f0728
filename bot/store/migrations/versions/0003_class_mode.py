"""Class mode: the answer given, assignments and submissions, question reports and overrides.

Revision ID: 0003_class_mode
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_class_mode"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("given", sa.String(300), nullable=True))

    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("question_ids", sa.Text(), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("difficulty", sa.String(16), nullable=True),
        sa.Column("role_id", sa.BigInteger(), nullable=True),
        sa.Column("due_at", _TIME, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("remind_minutes", sa.Integer(), nullable=True),
        sa.Column("reminded_at", _TIME, nullable=True),
        sa.Column("created_by", sa.BigInteger(), autoincrement=False, nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assignments"),
    )
    op.create_index("ix_assignments_guild_id", "assignments", ["guild_id"])

    op.create_table(
        "submissions",
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("session_id", sa.String(128), nullable=False),
        sa.Column("started_at", _TIME, nullable=False),
        sa.Column("finished_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name="fk_submissions_assignment_id_assignments",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assignment_id", "user_id", name="pk_submissions"),
        sa.UniqueConstraint("session_id", name="uq_submissions_session_id"),
    )
    op.create_index("ix_submissions_guild_id_user_id", "submissions", ["guild_id", "user_id"])

    op.create_table(
        "question_reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("given", sa.String(300), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("resolved_by", sa.BigInteger(), autoincrement=False, nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("resolved_at", _TIME, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_question_reports"),
    )
    op.create_index(
        "ix_question_reports_guild_id_status", "question_reports", ["guild_id", "status"]
    )

    op.create_table(
        "question_overrides",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("alternatives", sa.Text(), nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint(
            "guild_id", "briefing_id", "question_id", name="pk_question_overrides"
        ),
    )


def downgrade() -> None:
    for table in ("question_overrides", "question_reports", "submissions", "assignments"):
        op.drop_table(table)
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("given")
