"""Assignment reminders on a timer: each due reminder is claimed in the store, then posted.

Every `interval` seconds of the injected clock, the assignments whose reminder time has come
(and whose deadline has not passed) in the servers this process serves are claimed, one
claimer ever per assignment, and only the claimer posts. As with schedules, a process that
dies between its claim and its post leaves the reminder unsent: skipped, never doubled.
Posting is the adapter's (`ReminderDelivery`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Protocol

from bot.core.assignments import AssignmentService
from bot.core.classwork import Assignment
from bot.core.clock import Clock

__all__ = ["REMINDER_TICK_SECONDS", "AssignmentReminders", "ReminderDelivery"]

log = logging.getLogger(__name__)
REMINDER_TICK_SECONDS = 60.0


class ReminderDelivery(Protocol):
    """How a reminder reaches a chat platform (the Discord adapter implements it)."""

    def served_guilds(self) -> Sequence[int]:
        """The servers this process serves."""
        ...

    async def remind(self, assignment: Assignment) -> None:
        """Post the reminder of one claimed assignment; raises when it cannot."""
        ...


class AssignmentReminders:
    """Sends each assignment's reminder once; one per running bot."""

    def __init__(
        self,
        assignments: AssignmentService,
        clock: Clock,
        delivery: ReminderDelivery,
        *,
        interval: float = REMINDER_TICK_SECONDS,
    ) -> None:
        self.assignments = assignments
        self.clock = clock
        self.delivery = delivery
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the timer: a tick every `interval` seconds of the clock."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._loop(), name="briefbot-reminders")

    async def stop(self) -> None:
        """Stop the timer."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            await self.clock.sleep(self.interval)
            try:
                await self.tick()
            except Exception:
                log.exception("the reminder tick failed; trying again in %.0f s", self.interval)

    async def tick(self) -> int:
        """Claim and post every reminder due now; returns how many were posted."""
        sent = 0
        for assignment in await self.assignments.reminders_due(self.delivery.served_guilds()):
            try:
                await self.delivery.remind(assignment)
                sent += 1
            except Exception:
                log.warning("the reminder of assignment %s could not be posted", assignment.id)
        return sent
