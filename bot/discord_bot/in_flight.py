"""The interactions being answered right now, so that a stop lets them finish first.

A signal (SIGTERM, SIGINT, SIGHUP) in the middle of a burst of clicks must not cut the
answers under way: the bot waits, for a bounded time, until the tasks handling them have
replied, and only then closes its connection to Discord. Those still unanswered at the limit
(a commit waiting on a locked database) are listed, so the stop can tell their users to retry.
"""

from __future__ import annotations

import asyncio
from typing import Any

import discord

__all__ = ["InFlight"]


class InFlight:
    """The tasks handling interactions; each joins when its handling starts, leaves when done."""

    def __init__(self) -> None:
        self._tasks: dict[asyncio.Task[object], discord.Interaction[Any]] = {}

    def __len__(self) -> int:
        return len(self._tasks)

    def enter(self, interaction: discord.Interaction[Any]) -> None:
        """Count the running task as handling `interaction` until it ends."""
        task = asyncio.current_task()
        if task is not None and task not in self._tasks:
            self._tasks[task] = interaction
            task.add_done_callback(self._leave)

    def _leave(self, task: asyncio.Task[object]) -> None:
        self._tasks.pop(task, None)

    def unfinished(self) -> dict[asyncio.Task[object], discord.Interaction[Any]]:
        """The tasks whose handling has not ended yet, each with its interaction."""
        return {t: self._tasks[t] for t in self._running()}

    async def drain(self, seconds: float, quiet: float = 0.25) -> int:
        """Wait up to `seconds` until no interaction has been handled for `quiet` seconds
        (clicks already on their way from Discord are read and answered meanwhile; 0: only
        the ones being handled now, once no more can come); returns how many were still being
        handled at the limit."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (left := deadline - loop.time()) > 0:
            if pending := self._running():
                await asyncio.wait(pending, timeout=left)
                continue
            await asyncio.sleep(min(quiet, left))
            if not self._running():
                return 0
        return len(self._running())

    def _running(self) -> set[asyncio.Task[object]]:
        return set(self._tasks) - {asyncio.current_task()}
