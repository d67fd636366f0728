"""Drive a Console from a terminal or a pipe until /quit, end of input or Ctrl-C.

At a terminal, lines are read with prompt_toolkit: arrow keys edit the line, up and down walk
the history, Ctrl-C cancels the line being typed (on an empty line it leaves) and Ctrl-D
leaves. From a pipe, lines are read by a daemon thread, so Ctrl-C (SIGINT) leaves at once with
a word instead of waiting for the next line.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from typing import Protocol, TextIO

from bot.app import Services
from bot.console.console import Console
from bot.i18n import N_, _

__all__ = ["PipedLines", "TerminalLines", "run_console"]

INTERRUPTED = N_("Interrupted (Ctrl-C). Bye.")


class LineCancelled(Exception):
    """Ctrl-C while a line was being typed: forget the line, keep going."""


class Lines(Protocol):
    """Where typed lines come from."""

    async def read(self) -> str | None:
        """The next line; None at end of input. KeyboardInterrupt for Ctrl-C."""
        ...


class PipedLines:
    """Lines from a stream, read by a daemon thread (it never holds up leaving)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.interrupted = asyncio.Event()
        loop = asyncio.get_running_loop()
        threading.Thread(target=self._pump, args=(loop,), daemon=True).start()

    def _pump(self, loop: asyncio.AbstractEventLoop) -> None:
        while True:
            line = self.stream.readline()
            loop.call_soon_threadsafe(self.queue.put_nowait, line or None)
            if not line:
                return

    async def read(self) -> str | None:
        """The next line, or KeyboardInterrupt when SIGINT arrives first."""
        line = asyncio.ensure_future(self.queue.get())
        stop = asyncio.ensure_future(self.interrupted.wait())
        done, _ = await asyncio.wait({line, stop}, return_when=asyncio.FIRST_COMPLETED)
        if stop in done:
            line.cancel()
            raise KeyboardInterrupt
        stop.cancel()
        return line.result()


class TerminalLines:
    """Lines typed at a terminal, with line editing and history (prompt_toolkit)."""

    def __init__(self) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import InMemoryHistory

        self.session: PromptSession[str] = PromptSession(history=InMemoryHistory())

    async def read(self) -> str | None:
        """The next line; Ctrl-D ends input. Ctrl-C cancels a typed line, or leaves."""
        try:
            return await self.session.prompt_async("> ") + "\n"
        except EOFError:
            return None
        except KeyboardInterrupt:
            if self.session.default_buffer.text.strip():
                raise LineCancelled from None
            raise


async def run_console(
    services: Services, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout
) -> int:
    """Run the console; returns the exit status."""
    console = Console(
        services.library,
        services.study,
        out,
        preferences=services.preferences,
        courses=services.courses,
    )
    for problem in services.load_problems():
        out.write(_("warning: {problem}").format(problem=problem) + "\n")
    lines: Lines = TerminalLines() if stdin.isatty() and out.isatty() else PipedLines(stdin)
    loop = asyncio.get_running_loop()
    if isinstance(lines, PipedLines):  # before the greeting: a Ctrl-C right after it is caught
        loop.add_signal_handler(signal.SIGINT, lines.interrupted.set)
    at_terminal = isinstance(lines, TerminalLines)
    try:
        console.greet()
        if at_terminal:  # a student coming back; a script (piped input) starts afresh
            await console.go_on_with_left_quiz()
        await _converse(console, lines, out)
        note = await console.leave() if at_terminal else None
        if note:
            console.say(note)
    finally:
        if isinstance(lines, PipedLines):
            loop.remove_signal_handler(signal.SIGINT)
    return 0


async def _converse(console: Console, lines: Lines, out: TextIO) -> None:
    while console.running:
        try:
            line = await lines.read()
        except LineCancelled:
            out.write(_("(line cancelled: Ctrl-C on an empty line, Ctrl-D or /quit leaves)") + "\n")
            continue
        except KeyboardInterrupt:
            out.write("\n" + _(INTERRUPTED) + "\n")
            break
        if line is None:  # end of input
            break
        await console.handle(line)
    out.flush()
