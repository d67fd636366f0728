"""Server briefings: each server's own briefings, their versions, the version each quiz was
given on, and a change log.

Revision ID: 0002_server_briefings
Revises: 0004_learner_totals
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_server_briefings"
down_revision: str | None = "0005_schedule_health"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIME = sa.DateTime(timezone=True)
_ROWID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "server_briefings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("title", sa.String(240), nullable=False),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.Column("published_version", sa.Integer(), nullable=True),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_server_briefings"),
        sa.UniqueConstraint("guild_id", "slug", name="uq_server_briefings_guild_id_slug"),
    )
    op.create_table(
        "server_briefing_versions",
        sa.Column("briefing_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("yaml_text", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("question_ids", sa.Text(), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("published_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["briefing_id"],
            ["server_briefings.id"],
            name="fk_server_briefing_versions_briefing_id_server_briefings",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("briefing_id", "version", name="pk_server_briefing_versions"),
    )
    op.create_table(
        "quiz_versions",
        sa.Column("session_id", sa.String(128), nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("started_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("session_id", "briefing_id", name="pk_quiz_versions"),
    )
    op.create_table(
        "content_changes",
        sa.Column("id", _ROWID, autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_content_changes"),
    )


def downgrade() -> None:
    for table in (
        "content_changes",
        "quiz_versions",
        "server_briefing_versions",
        "server_briefings",
    ):
        op.drop_table(table)
