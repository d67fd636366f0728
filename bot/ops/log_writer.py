"""Logging that never stalls or crashes the bot, whatever happens to its outputs.

A log line written straight to stderr blocks the whole event loop when nobody drains the pipe
(a stuck service manager, a paused terminal): no heartbeat, no click answered. A log file on a
full disk made Python print a traceback for every line. Here the bot only puts each line on a
bounded queue (never waiting); a thread per output writes them out. When a queue is full,
lines are dropped and counted, and one line says how many once the output takes lines again.
An output that fails (a broken pipe, a full disk) is one line on the other outputs, and one
when it works again, never a traceback per line.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import TextIO

__all__ = [
    "QUEUED_LINES",
    "BackgroundLogWriter",
    "OneLineErrors",
    "StderrOutput",
    "background_writers",
    "stderr_stream",
]

QUEUED_LINES = 10_000
"""Lines kept waiting for a slow output before new ones are dropped (a few MB at most)."""
CLOSE_WITHIN = 0.5
"""Seconds a close waits for the queued lines to be written (an output may be stuck)."""

log = logging.getLogger("briefbot")


class OneLineErrors(logging.Handler):
    """Mixed into an output handler: a failing output is one line, not a traceback per line."""

    failing = False
    lost = 0
    _failed = False
    tell: Callable[[logging.LogRecord], None] | None = None
    """Hands a line to the other outputs (set by `background_writers`)."""

    def handle(self, record: logging.LogRecord) -> bool:
        """Write `record` without taking the handler's lock: only the writer thread writes, and
        a write stuck on a full pipe must not hold up logging's shutdown (it takes that lock)."""
        if not self.filter(record):
            return False
        self.emit(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:
        self._failed = False
        super().emit(record)  # calls handleError on a failure
        if self._failed:
            self.lost += 1
        elif self.failing:
            self.failing, lost, self.lost = False, self.lost, 0
            again = note(f"the log output {self.describe()} works again ({lost} line(s) lost)")
            super().emit(again)
            if self.tell is not None:
                self.tell(again)

    def handleError(self, record: logging.LogRecord) -> None:
        self._failed = True
        if not self.failing:
            self.failing = True
            error = sys.exc_info()[1]
            if self.tell is not None:
                self.tell(
                    note(
                        f"the log output {self.describe()} cannot be written ({error!r}): "
                        "its lines are lost until it works again",
                        logging.ERROR,
                    )
                )

    def describe(self) -> str:
        """The output, as an operator knows it (a file's path, or stderr)."""
        return str(getattr(self, "baseFilename", None) or "stderr")


class FdStream:
    """Text written straight to a file descriptor, unbuffered: a write stuck on a full pipe
    holds no lock of Python's (a buffered `sys.stderr` would, and a process that exits while
    a daemon thread holds it aborts)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, text: str) -> None:
        """Write all of `text` (UTF-8)."""
        data = memoryview(text.encode("utf-8", "replace"))
        while data:
            data = data[os.write(self.fd, data) :]

    def flush(self) -> None:
        """Nothing is buffered."""


def stderr_stream() -> FdStream | TextIO:
    """Standard error's file descriptor, unbuffered (the `sys.stderr` object when it has none,
    as under a test's capture)."""
    try:
        return FdStream(sys.stderr.fileno())
    except (AttributeError, OSError, ValueError):
        return sys.stderr


class StderrOutput(OneLineErrors, logging.StreamHandler):  # type: ignore[type-arg]
    """Lines to the process's standard error."""


def note(message: str, level: int = logging.WARNING) -> logging.LogRecord:
    """A line of the log writer's own."""
    return logging.makeLogRecord(
        {
            "name": log.name,
            "levelno": level,
            "levelname": logging.getLevelName(level),
            "msg": message,
        }
    )


class BackgroundLogWriter(logging.Handler):
    """Queues each record (never blocking the caller); a daemon thread hands it to `output`."""

    def __init__(self, output: logging.Handler, capacity: int = QUEUED_LINES) -> None:
        super().__init__(output.level)
        self.output = output
        self._queue: queue.Queue[logging.LogRecord | None] = queue.Queue(capacity)
        self._dropped = 0
        self._dropped_lock = threading.Lock()  # callers count, the writer reads and resets
        self._thread = threading.Thread(target=self._write, name="briefbot-logs", daemon=True)
        self._thread.start()

    def setFormatter(self, fmt: logging.Formatter | None) -> None:
        """The output's formatter."""
        super().setFormatter(fmt)
        self.output.setFormatter(fmt)

    def emit(self, record: logging.LogRecord) -> None:
        record = copy.copy(record)  # the other outputs' writers share the caller's record
        record.message = record.getMessage()  # the arguments as they are now
        record.msg, record.args = record.message, None
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            with self._dropped_lock:
                self._dropped += 1

    def _write(self) -> None:
        while (record := self._queue.get()) is not None:
            with self._dropped_lock:
                dropped, self._dropped = self._dropped, 0
            if dropped:
                self._hand(note(f"{dropped} log line(s) dropped: the log output was slow"))
            self._hand(record)

    def _hand(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self.output.handle(record)

    def close(self) -> None:
        """Write what is queued (for at most `CLOSE_WITHIN` s), then close the output."""
        deadline = time.monotonic() + CLOSE_WITHIN
        with contextlib.suppress(queue.Full):
            self._queue.put(None, timeout=CLOSE_WITHIN)
        self._thread.join(max(0.0, deadline - time.monotonic()))
        with contextlib.suppress(Exception):
            self.output.close()
        super().close()


def background_writers(outputs: Sequence[logging.Handler]) -> list[BackgroundLogWriter]:
    """A writer thread per output (a stuck stderr never holds the log file back); an output
    that fails says so on the others."""
    writers = [BackgroundLogWriter(output) for output in outputs]
    for writer in writers:
        if isinstance(writer.output, OneLineErrors):
            others = [w for w in writers if w is not writer]
            writer.output.tell = functools.partial(_hand_to, others)
    return writers


def _hand_to(writers: Sequence[logging.Handler], record: logging.LogRecord) -> None:
    for writer in writers:
        writer.handle(record)
