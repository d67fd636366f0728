"""Each student's reading preferences: text-only and untimed (issue 17).

Revision ID: 0007_learner_preferences
Revises: 0006_language_access
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_learner_preferences"
down_revision: str | None = "0006_language_access"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "learner_preferences",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("text_only", sa.Boolean(), nullable=True),
        sa.Column("untimed", sa.Boolean(), nullable=True),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("user_id", name="pk_learner_preferences"),
    )


def downgrade() -> None:
    op.drop_table("learner_preferences")
