"""The language of work done outside any request: a server's own (`GuildSettings.language`).

A request carries its reader's language (the adapter's `use_language`). The scheduler's
runs and failure notices and the channel quizzes resumed after a restart have no reader:
each is made in its server's language, read through a `ServerLanguage`
(`SettingsService.language` is one), else English.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

__all__ = ["ServerLanguage", "language_of"]

log = logging.getLogger(__name__)

ServerLanguage = Callable[[int], Awaitable[str | None]]
"""A server id -> its language code (None: English)."""


async def language_of(reader: ServerLanguage | None, guild_id: int | None) -> str | None:
    """The server's language; None (English) without a reader, a server, or when the read
    fails (a settings read that fails must not stop a post)."""
    if reader is None or guild_id is None:
        return None
    try:
        return await reader(guild_id)
    except Exception:
        log.warning("could not read the language of server %s", guild_id, exc_info=True)
        return None
