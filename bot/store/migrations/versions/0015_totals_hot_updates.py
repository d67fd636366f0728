"""PostgreSQL: learner totals updated in place (HOT), all-time totals apart from the weeks'.

Every answer adds to two rows of `learner_totals` (all time and its week). Their board index
held the counts, so each of these updates wrote a new heap row and an entry in both indexes.
Here the board index gives way to one on (guild_id, period, user_id), which holds no count,
and the table's pages keep room for new row versions (`fillfactor`): an update then rewrites
the row on its own page and touches no index (HOT). A board now sorts its server's rows of
the period, so those rows must sit on few pages: the table is split by period into two
partitions, all-time totals (one row per learner and server) and weekly ones (a week's rows
are written during that week, so they sit together). Same name, columns and key: no query
changes.

The rows are copied into the new table in the migration's transaction, in one statement
allowed as long as a starting process waits for a migration (`MIGRATION_WAIT`), not the
1.5 s limit of every other statement: 1.28 million rows (10^5 learners over 26 weeks) took
25 s at load 25 (2026-11-27 23:28 UTC). SQLite keeps its board index: its rows are read from
the index in rank order, and SQLite has no HOT update to gain.

Revision ID: 0015_totals_hot_updates
Revises: 0014_one_off_looks
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy.util import await_only

from bot.store.migrate import MIGRATION_WAIT

revision: str = "0015_totals_hot_updates"
down_revision: str | None = "0014_one_off_looks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FILLFACTOR = 50  # bot.store.schema.TOTALS_FILLFACTOR when this was written
_COLUMNS = "guild_id, period, user_id, correct, answered"
_TABLE = (
    "CREATE TABLE learner_totals (guild_id BIGINT NOT NULL, period INTEGER NOT NULL, "
    "user_id BIGINT NOT NULL, correct INTEGER NOT NULL, answered INTEGER NOT NULL, "
    "CONSTRAINT pk_learner_totals PRIMARY KEY (user_id, guild_id, period))"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _set_aside()
    op.execute(f"{_TABLE} PARTITION BY LIST (period)")
    for name, values in (("all_time", "FOR VALUES IN (0)"), ("weeks", "DEFAULT")):
        op.execute(
            f"CREATE TABLE learner_totals_{name} PARTITION OF learner_totals {values} "
            f"WITH (fillfactor = {_FILLFACTOR})"
        )
    op.create_index("ix_learner_totals_period", "learner_totals", ["guild_id", "period", "user_id"])
    _copy_back()


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _set_aside()
    op.execute(_TABLE)
    op.execute(
        "CREATE INDEX ix_learner_totals_board ON learner_totals "
        "(guild_id, period, correct DESC, answered, user_id)"
    )
    _copy_back()


def _set_aside() -> None:
    """Rename the current table (and its key's index) out of the way, indexes dropped."""
    op.execute("DROP INDEX IF EXISTS ix_learner_totals_board")
    op.execute("DROP INDEX IF EXISTS ix_learner_totals_period")
    op.execute("ALTER TABLE learner_totals RENAME TO learner_totals_old")
    op.execute("ALTER TABLE learner_totals_old RENAME CONSTRAINT pk_learner_totals TO pk_old")


def _copy_back() -> None:
    """Copy every row into the new table, on the driver's connection (the same transaction)
    with the time a migration may take: a big store's copy outlasts the statement limit."""
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    copy = (
        f"INSERT INTO learner_totals ({_COLUMNS}) SELECT {_COLUMNS} FROM learner_totals_old "
        "ORDER BY period, guild_id, user_id"
    )
    await_only(driver.execute(copy, timeout=MIGRATION_WAIT))
    op.execute("DROP TABLE learner_totals_old")
