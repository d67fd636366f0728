"""Versioned migration scripts, applied in order by `bot.store.migrate.upgrade`."""
