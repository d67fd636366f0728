"""Question reports numbered per server: a server's first report is #1.

A report's number was its global row id, so a server's first report could be #212 and the
numbers told moderators how many reports other servers had. Each server now counts its own
(`server_numbers`, kind 'report'). Reports filed before keep the number their reporter and
moderators saw (their id), so old buttons and noted numbers still mean the same report; a
server's next number follows its own highest.

Revision ID: 0019_report_numbers
Revises: 0018_earlier_post_rounds
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_report_numbers"
down_revision: str | None = "0018_earlier_post_rounds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("question_reports") as batch:
        batch.add_column(sa.Column("number", sa.Integer(), nullable=True))
    op.execute("UPDATE question_reports SET number = id")
    with op.batch_alter_table("question_reports") as batch:
        batch.alter_column("number", existing_type=sa.Integer(), nullable=False)
    op.create_index(
        "uq_question_reports_guild_id_number",
        "question_reports",
        ["guild_id", "number"],
        unique=True,
    )
    op.execute(
        "INSERT INTO server_numbers (guild_id, kind, last)"
        " SELECT guild_id, 'report', MAX(number) FROM question_reports GROUP BY guild_id"
    )


def downgrade() -> None:
    op.execute("DELETE FROM server_numbers WHERE kind = 'report'")
    op.drop_index("uq_question_reports_guild_id_number", table_name="question_reports")
    with op.batch_alter_table("question_reports") as batch:
        batch.drop_column("number")
