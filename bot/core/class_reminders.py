"""Assignment reminders on a timer: each due reminder is claimed in the store, then posted.

Every `interval` seconds of the injected clock, the assignments whose reminder time has come
(and whose deadline has not passed) in the servers this process serves are claimed, one
claimer ever per assignment, and only the claimer posts. As with schedules, a process that
dies between its claim and its post leaves the reminder unsent: skipped, never doubled.
Posting is the adapter's (`ReminderDelivery`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from bot.core.assignments import AssignmentService
from bot.core.classwork import Assignment
from bot.core.clock import Clock
from bot.core.timer import ClockTimer

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
        self._timer = ClockTimer(clock, interval, self.tick, name="assignment-reminders")

    def start(self) -> None:
        """Start the timer: a tick every `interval` seconds of the clock."""
        self._timer.interval = self.interval
        self._timer.start()

    async def stop(self) -> None:
        """Stop the timer."""
        await self._timer.stop()

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
