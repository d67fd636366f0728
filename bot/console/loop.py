"""Drive a Console from a text stream (a terminal or a pipe) until /quit or end of input."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.app import Services
from bot.console.console import Console

__all__ = ["run_console"]


async def run_console(
    services: Services, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout
) -> int:
    """Run the console; returns the exit status."""
    console = Console(services.library, services.study, out)
    for problem in services.load_problems():
        out.write(f"warning: {problem}\n")
    console.greet()
    interactive = stdin.isatty()
    loop = asyncio.get_running_loop()
    while console.running:
        if interactive:
            out.write("> ")
            out.flush()
        line = await loop.run_in_executor(None, stdin.readline)
        if not line:  # end of input
            break
        await console.handle(line)
    if interactive and console.running:
        out.write("\n")
    return 0
