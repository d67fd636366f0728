"""Timeouts of one fixed length for many interactions at once, on one event-loop timer.

Every interaction waits for its preferences at most `READ_TIMEOUT` and for its commit at most
`DEFER_AFTER` before deferring. One `loop.call_later` each made two timers per click, and
asyncio keeps timers in a heap ordered by a Python `__lt__`: a burst of a thousand clicks paid
a dozen comparisons per click to push them and more to drop them once cancelled (nearly all
are: the work ends long before). With one delay for all, the order in which timeouts are set
is the order in which they fall due, so a queue holds them and one timer, for the first,
serves them all.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable

__all__ = ["FixedDelay", "Timeout"]

log = logging.getLogger(__name__)

_EARLY = 0.001
"""Seconds by which a timeout may fire early (the loop's timers may wake a little before)."""


class Timeout:
    """One callback waiting its turn in a `FixedDelay`; `cancel()` keeps it from running."""

    __slots__ = ("callback", "due")

    def __init__(self, due: float, callback: Callable[[], object]) -> None:
        self.due = due
        self.callback: Callable[[], object] | None = callback

    def cancel(self) -> None:
        """Never run the callback (a no-op once it ran)."""
        self.callback = None


class FixedDelay:
    """Runs each callback `delay` seconds after it was added, with one timer per event loop."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: deque[Timeout] = deque()
        self._timer: asyncio.TimerHandle | None = None

    def call_later(self, callback: Callable[[], object]) -> Timeout:
        """Run `callback` (on the running loop) after `delay` seconds, unless cancelled."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a new loop (tests start several): the old one's are gone
            self._loop, self._queue, self._timer = loop, deque(), None
        timeout = Timeout(loop.time() + self.delay, callback)
        self._queue.append(timeout)
        if self._timer is None:
            self._timer = loop.call_at(timeout.due, self._fire)
        return timeout

    def _fire(self) -> None:
        """Run every callback now due (dropping cancelled ones), then wait for the next."""
        loop, queue = self._loop, self._queue
        assert loop is not None
        self._timer = None
        now = loop.time() + _EARLY
        while queue and (queue[0].callback is None or queue[0].due <= now):
            callback = queue.popleft().callback
            if callback is not None:
                try:
                    callback()
                except Exception:  # as asyncio does for a failing timer: log, go on
                    log.exception("a timeout's callback failed")
        if queue:
            self._timer = loop.call_at(queue[0].due, self._fire)
