"""PostgreSQL: learner totals updated in place (HOT), the boards ranked by a sort.

Every answer adds to two rows of `learner_totals` (all time and its week). Their board index
held the counts, so each of these updates wrote a new heap row and an entry in both indexes.
Here the board index gives way to one on (guild_id, period) alone, which holds no count, and
the table's pages keep room for new row versions (`fillfactor`): an update then rewrites the
row on its own page and touches no index. A board ranks its server's rows for a period by
sorting them (10^4 learners: a few milliseconds; README, Performance).

Pages written before this fill up to the new `fillfactor` as their rows move; nothing is
rewritten here. SQLite keeps its board index: its rows are read from the index in rank order.

Revision ID: 0015_totals_hot_updates
Revises: 0014_one_off_looks
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_totals_hot_updates"
down_revision: str | None = "0014_one_off_looks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FILLFACTOR = 50  # bot.store.schema.TOTALS_FILLFACTOR when this was written
_BOARD: list[str | sa.TextClause] = [
    "guild_id",
    "period",
    sa.text("correct DESC"),
    "answered",
    "user_id",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_learner_totals_board", table_name="learner_totals")
    op.create_index("ix_learner_totals_period", "learner_totals", ["guild_id", "period", "user_id"])
    op.execute(f"ALTER TABLE learner_totals SET (fillfactor = {_FILLFACTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE learner_totals RESET (fillfactor)")
    op.drop_index("ix_learner_totals_period", table_name="learner_totals")
    op.create_index("ix_learner_totals_board", "learner_totals", _BOARD)
