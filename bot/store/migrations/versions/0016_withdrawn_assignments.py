"""Work withdrawn with /unassign is remembered, so its number is answered as withdrawn.

The assignment and its submissions are still deleted; this keeps its server, number,
briefing and when it went, so `/report assignment:1` says it was withdrawn instead of
"This server has no assignment #1". Work withdrawn before this has no such row.

Revision ID: 0016_withdrawn_assignments
Revises: 0015_totals_hot_updates
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_withdrawn_assignments"
down_revision: str | None = "0015_totals_hot_updates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "withdrawn_assignments",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("assignment_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("briefing_id", sa.String(64), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "assignment_id", name="pk_withdrawn_assignments"),
    )


def downgrade() -> None:
    op.drop_table("withdrawn_assignments")
