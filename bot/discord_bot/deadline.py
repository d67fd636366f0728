"""Answer within Discord's 3 s however long the work takes: defer only when it runs late.

An interaction must get its first reply within 3 s of being sent. Work that usually takes
milliseconds (committing an answer) is awaited for up to `DEFER_AFTER` seconds; if it is not
done by then, the interaction is deferred (the student sees "thinking" or an unchanged
message) and the reply follows when the work ends. A fast commit is answered in one step,
as before; a slow one is never "This interaction failed".
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

from bot.discord_bot.interaction import Interaction

__all__ = ["DEFER_AFTER", "within_deadline"]

T = TypeVar("T")

DEFER_AFTER = 1.5
"""Seconds of work after which the interaction is deferred (Discord allows 3)."""


async def within_deadline(
    interaction: Interaction,
    work: Awaitable[T],
    *,
    private: bool = False,
    defer_after: float = DEFER_AFTER,
) -> T:
    """Await `work`; defer `interaction` first if it takes longer than `defer_after` seconds.

    `private`: defer with a private "thinking" message (the reply will be a new message);
    otherwise the clicked message stays as it is until the reply edits it. The work is never
    cancelled: a commit that ends after a failed defer still counts.
    """
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=defer_after)
    if not done and not interaction.response.is_done():
        if private:
            await interaction.response.defer(ephemeral=True, thinking=True)
        else:
            await interaction.response.defer()
    return await task
