"""The store's own word for "unusable for now, and not a bug of ours".

A store raises it when its database cannot be used until something outside the code changes:
the SQLite file removed or replaced under the running bot, refused until the store heals
(`bot.store.sqlite_file.DatabaseVanishedError`). The core's timers read it as an outage, as
they read a driver's connection errors: one line per failed tick, no traceback.
"""

from __future__ import annotations

__all__ = ["StoreUnavailable"]


class StoreUnavailable(RuntimeError):
    """The store cannot be used for now; the same action works again once it heals."""
