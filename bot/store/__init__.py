"""Persistence: answers, review state, sessions, schedules and settings, in SQLite or PostgreSQL.

    store = await open_store("sqlite:///data/briefbot.sqlite3")
    new = await store.answers.record_answer(record, review_state)  # returns once committed
    await store.close()

One repository per area (`answers`, `reviews`, `sessions`, `progress`, `personal_data`,
`schedules`, `settings`, `server_briefings`, class mode's three), each implementing its port
from `bot.core`; callers name those ports, never the class that composes them. SQL lives
only in this package. The schema is migrated by Alembic when the store opens.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.store.engine import DEFAULT_URL
    from bot.store.store import Clock, StoreClosedError, open_store
    from bot.store.writer import WriterStats

__all__ = ["DEFAULT_URL", "Clock", "StoreClosedError", "WriterStats", "open_store"]

_HOMES = {
    "DEFAULT_URL": "bot.store.engine",
    "Clock": "bot.store.store",
    "StoreClosedError": "bot.store.store",
    "WriterStats": "bot.store.writer",
    "open_store": "bot.store.store",
}
"""Where each name lives: imported on first use, so importing one module of the package
(e.g. the plain SQL port) does not load the others (and SQLAlchemy with them)."""


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
