"""Row f: start-up, from spawning the process to the console's greeting and to the first
gateway IDENTIFY.

`python -m bot console` runs with its stdin a pipe, in a folder holding the content and an
existing database (the usual restart); the clock stops when its greeting ("... Type /help for
commands.") arrives on stdout, at which point it reads input. Its reference is the interpreter
alone printing a line. `python -m bot run` connects to the Discord double on 127.0.0.1
(`DISCORD_API_BASE`); the clock stops when the double receives IDENTIFY. Its reference is the
bare discord.py bot started the same way (`python -m benchmarks.bare`). Row e (memory) starts
both bots against the double with the same helpers (`spawned`, `until_ready`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from asyncio.subprocess import DEVNULL, PIPE, Process
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.table import Row, info, median

if TYPE_CHECKING:
    from tests.discord_double import DiscordDouble

__all__ = [
    "BARE_RUN",
    "BOT_RUN",
    "bot_env",
    "double_env",
    "measure",
    "spawned",
    "until_identify",
    "until_ready",
]

GREETING = b"Type /help for commands."


async def _until_line(command: list[str], cwd: Path, env: dict[str, str], marker: bytes) -> float:
    start = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *command,
        cwd=cwd,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        while True:
            line = await asyncio.wait_for(process.stdout.readline(), 60)
            if not line:
                raise RuntimeError(f"{command} ended before printing {marker!r}")
            if marker in line:
                return (time.perf_counter() - start) * 1000
    finally:
        assert process.stdin is not None
        process.stdin.close()
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        await process.wait()


BOT_RUN = ["-m", "bot", "run"]
"""Our bot as `briefbot run` starts it (with DISCORD_TOKEN set it connects to Discord)."""
BARE_RUN = ["-m", "benchmarks.bare"]
"""The bare discord.py bot of `benchmarks/bare.py` as a process of its own."""


def bot_env(folder: Path) -> dict[str, str]:
    """The environment of a bot process whose content and SQLite database are under `folder`."""
    from benchmarks.workspace import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    env.update(
        BRIEFBOT_CONTENT=str(folder / "content"),
        DATABASE_URL=f"sqlite+aiosqlite:///{folder}/data/briefbot.sqlite3",
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="WARNING",
    )
    return env


def double_env(env: dict[str, str], double: DiscordDouble) -> dict[str, str]:
    """`env` plus the double's token, API base (`DISCORD_API_BASE`) and gateway URL."""
    return {
        **env,
        "DISCORD_TOKEN": double.token,
        "DISCORD_API_BASE": double.server.api_url,
        "BENCH_GATEWAY": double.server.gateway_url,
    }


@contextlib.asynccontextmanager
async def spawned(
    command: list[str], cwd: Path, env: dict[str, str], *, stdout: int = DEVNULL
) -> AsyncIterator[Process]:
    """`command` as a process of its own (stderr kept for errors), terminated afterwards."""
    process = await asyncio.create_subprocess_exec(
        *command, cwd=cwd, env=env, stdin=DEVNULL, stdout=stdout, stderr=PIPE
    )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        await process.wait()


async def until_identify(double: DiscordDouble, process: Process, timeout: float = 60) -> None:
    """Wait until `process` sends IDENTIFY to the double; for a discord.py bot that is after
    `setup_hook` (cogs loaded, commands synced). Fails at once, with its stderr, if it exits."""

    def identified() -> bool | None:
        if process.returncode is not None:
            raise ProcessExited(process.returncode)
        return bool(double.state.identifies) or None

    try:
        await double.wait_for(identified, timeout)
    except ProcessExited as exited:
        assert process.stderr is not None
        said = (await process.stderr.read()).decode(errors="replace")
        raise RuntimeError(f"exited with {exited} before IDENTIFY:\n{said[-2000:]}") from None


async def until_ready(double: DiscordDouble, process: Process, timeout: float = 60) -> None:
    """Wait until `process` has identified and parsed READY and its guild (GUILD_CREATE)."""
    await until_identify(double, process, timeout)
    await double.sync(timeout)


class ProcessExited(Exception):
    """The started process ended while it was awaited."""


async def _until_identify(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    from tests.discord_double import DiscordDouble

    async with DiscordDouble(timeout=60) as double:
        start = time.perf_counter()
        async with spawned(command, cwd, double_env(env, double)) as process:
            await until_identify(double, process)
            return (time.perf_counter() - start) * 1000


async def _measure(runs: int) -> list[Row]:
    from benchmarks.workspace import scratch

    python = sys.executable
    console, bare_print, identify, bare_identify = [], [], [], []
    with scratch() as folder:
        env = bot_env(folder)
        await _until_line([python, "-m", "bot", "console"], folder, env, GREETING)  # migrate
        for _ in range(runs):
            bare_print.append(
                await _until_line(
                    [python, "-c", "print('ready', flush=True)"], folder, env, b"ready"
                )
            )
            console.append(
                await _until_line([python, "-m", "bot", "console"], folder, env, GREETING)
            )
            bare_identify.append(await _until_identify([python, *BARE_RUN], folder, env))
            identify.append(await _until_identify([python, *BOT_RUN], folder, env))
    return [
        Row(
            "f1",
            "start-up to console prompt",
            "ms",
            median(console),
            median(bare_print),
            "python printing a line",
            info("reported"),
            runs,
        ),
        Row(
            "f2",
            "start-up to gateway IDENTIFY",
            "ms",
            median(identify),
            median(bare_identify),
            "bare discord.py bot",
            info("reported"),
            runs,
        ),
    ]


def measure(runs: int) -> list[Row]:
    """Rows f1 and f2 (no target set; reported)."""
    return asyncio.run(_measure(runs))
