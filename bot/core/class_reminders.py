"""Assignment reminders on a timer: each due reminder is claimed in the store, then posted.

Every `interval` seconds of the injected clock, the assignments whose reminder time has come
(and whose deadline has not passed) in the servers this process serves are claimed, one
claimer ever per assignment, and only the claimer posts. A post that fails releases the claim,
so a later tick (of any process) tries again, up to `MAX_TRIES` posts and never after the
deadline; then one warning says it was given up, and the moderator who set the work is told
privately (`ReminderDelivery.warn`). A post that got through stays claimed: never
doubled. Every try goes under the reminder's own key (`reminder_key`), which the platform
enforces: a post it took whose answer was lost (a dropped connection) comes back on the next
try instead of going out twice, and since the platform forgets a key within minutes, each
try first looks in the channel for the reminder from `reminder_since` on (a try it took
whose answer was lost, a later tick or a restart ago). A process that dies between its
claim and its post leaves the reminder unsent. Posting is the adapter's (`ReminderDelivery`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from bot.core.assignments import AssignmentService
from bot.core.classwork import Assignment
from bot.core.clock import Clock
from bot.core.replies import Reply
from bot.core.timer import ClockTimer
from bot.i18n import _

__all__ = [
    "MAX_TRIES",
    "REMINDER_TICK_SECONDS",
    "AssignmentReminders",
    "ReminderDelivery",
    "given_up_notice",
    "reminder_key",
    "reminder_since",
]

log = logging.getLogger(__name__)
REMINDER_TICK_SECONDS = 60.0
MAX_TRIES = 5
"""Posts tried per reminder (one a tick) before it is given up."""


def reminder_key(assignment: Assignment) -> str:
    """The key every try of an assignment's reminder is posted under (`Publisher.post`
    `once=`): the same on each try, so the platform posts it once; its creation time tells
    it from a later assignment given the same id (short: a nonce is 25 characters at most)."""
    return f"a{assignment.id}.{assignment.created_at:%d%H%M%S}r"


def reminder_since(assignment: Assignment) -> dt.datetime:
    """From when an assignment's reminder may be in its channel: its due time, or the
    assignment's creation when that came later (set shortly before its deadline)."""
    remind_at = assignment.remind_at()
    return assignment.created_at if remind_at is None else max(remind_at, assignment.created_at)


class ReminderDelivery(Protocol):
    """How a reminder reaches a chat platform (the Discord adapter implements it)."""

    def served_guilds(self) -> Sequence[int]:
        """The servers this process serves."""
        ...

    async def remind(self, assignment: Assignment) -> None:
        """Post the reminder of one claimed assignment under `reminder_key`, unless the
        channel shows it since `reminder_since` (then it counts as posted); raises when it
        cannot post or cannot look."""
        ...

    async def warn(self, assignment: Assignment, notice: Callable[[], Reply]) -> None:
        """Tell the moderator who set the work privately: `notice()` made in the server's
        language."""
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
        self._failed: dict[int | None, int] = {}

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
            except Exception as exc:
                await self._failed_post(assignment, exc)
                continue
            self._failed.pop(assignment.id, None)
            sent += 1
        return sent

    async def _failed_post(self, assignment: Assignment, error: Exception) -> None:
        """Release the claim for a later tick, or give up after `MAX_TRIES` posts."""
        tries = self._failed.get(assignment.id, 0) + 1
        if tries >= MAX_TRIES:
            self._failed.pop(assignment.id, None)
            log.warning(
                "the reminder of assignment %s could not be posted (%s): given up after %d tries",
                assignment.id,
                error,
                tries,
            )
            await self._tell_moderator(assignment, error, tries)
            return
        self._failed[assignment.id] = tries
        log.warning(
            "the reminder of assignment %s could not be posted (%s): try %d of %d, "
            "tried again on the next tick",
            assignment.id,
            error,
            tries,
            MAX_TRIES,
        )
        await self.assignments.release_reminder(assignment)

    async def _tell_moderator(self, assignment: Assignment, error: Exception, tries: int) -> None:
        """The given-up notice to the work's moderator; never raises (DMs may be closed)."""
        reason = str(error) or error.__class__.__name__
        try:
            await self.delivery.warn(assignment, lambda: given_up_notice(assignment, reason, tries))
        except Exception as exc:
            log.info("could not tell the moderator of assignment %s: %s", assignment.id, exc)


def given_up_notice(assignment: Assignment, reason: str, tries: int) -> Reply:
    """What the moderator who set the work is told when its reminder was given up."""
    body = _(
        "The reminder of assignment #{id} could not be posted after {tries} tries: {reason}. "
        "The assignment itself is unchanged and students can still do it; check the channel "
        "and my permissions there."
    ).format(id=assignment.number, tries=tries, reason=reason)
    return Reply.text(_("An assignment reminder was not posted"), body, private=True)
