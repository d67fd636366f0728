"""Persistence: answers, review state, sessions, schedules and settings, in SQLite or PostgreSQL.

    store = await open_store("sqlite:///data/briefbot.sqlite3")
    new = await store.answers.record_answer(record, review_state)  # returns once committed
    await store.close()

One repository per area (`answers`, `reviews`, `sessions`, `progress`, `personal_data`,
`schedules`, `settings`, `server_briefings`, class mode's three), each implementing its port
from `bot.core`; callers name those ports, never the class that composes them. SQL lives
only in this package. The schema is migrated by Alembic when the store opens.
"""

from bot.store.engine import DEFAULT_URL
from bot.store.store import Clock, StoreClosedError, open_store
from bot.store.writer import WriterStats

__all__ = ["DEFAULT_URL", "Clock", "StoreClosedError", "WriterStats", "open_store"]
