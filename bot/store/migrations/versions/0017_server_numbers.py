"""Schedules and assignments numbered per server: a server's first schedule is #1.

Numbers were the global row ids, so one server's first schedule could be #57, which told its
moderators how busy other servers were. Each server now counts its own (`server_numbers`).
What exists keeps the number its moderators already saw (its id), so nothing they noted or
typed changes; a server's next number follows the highest it has, withdrawn work included
(`withdrawn_assignments.assignment_id` becomes `number`).

Revision ID: 0017_server_numbers
Revises: 0016_withdrawn_assignments
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_server_numbers"
down_revision: str | None = "0016_withdrawn_assignments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "server_numbers",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "kind", name="pk_server_numbers"),
    )
    for table in ("schedules", "assignments"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("number", sa.Integer(), nullable=True))
        op.execute(f"UPDATE {table} SET number = id")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("number", existing_type=sa.Integer(), nullable=False)
        op.create_index(f"uq_{table}_guild_id_number", table, ["guild_id", "number"], unique=True)
    with op.batch_alter_table("withdrawn_assignments") as batch:
        batch.alter_column("assignment_id", new_column_name="number", existing_type=sa.Integer())
    op.execute(
        "INSERT INTO server_numbers (guild_id, kind, last)"
        " SELECT guild_id, 'schedule', MAX(number) FROM schedules GROUP BY guild_id"
    )
    op.execute(
        "INSERT INTO server_numbers (guild_id, kind, last)"
        " SELECT guild_id, 'assignment', MAX(number) FROM ("
        " SELECT guild_id, number FROM assignments"
        " UNION ALL SELECT guild_id, number FROM withdrawn_assignments) AS set_ever"
        " GROUP BY guild_id"
    )


def downgrade() -> None:
    with op.batch_alter_table("withdrawn_assignments") as batch:
        batch.alter_column("number", new_column_name="assignment_id", existing_type=sa.Integer())
    for table in ("assignments", "schedules"):
        op.drop_index(f"uq_{table}_guild_id_number", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("number")
    op.drop_table("server_numbers")
