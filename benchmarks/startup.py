"""Row f: start-up, from spawning the process to the console's greeting and to the first
gateway IDENTIFY.

`python -m bot console` runs with its stdin a pipe, in a folder holding the content and an
existing database (the usual restart); the clock stops when its greeting ("... Type /help for
commands.") arrives on stdout, at which point it reads input. Its reference is the interpreter
alone printing a line. `python -m bot run` connects to the Discord double on 127.0.0.1
(`DISCORD_API_BASE`); the clock stops when the double receives IDENTIFY. Its reference is the
bare discord.py bot started the same way (`python -m benchmarks.startup bare`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from pathlib import Path

from benchmarks.table import Row, info, median

__all__ = ["measure"]

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


async def _until_identify(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    from tests.discord_double import DiscordDouble

    async with DiscordDouble(timeout=60) as double:
        env = {
            **env,
            "DISCORD_TOKEN": double.token,
            "DISCORD_API_BASE": double.server.api_url,
            "BENCH_GATEWAY": double.server.gateway_url,
        }
        start = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            *command,
            cwd=cwd,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await double.wait_for(lambda: double.state.identifies or None, 60)
            return (time.perf_counter() - start) * 1000
        finally:
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
            await process.wait()


def _env(folder: Path) -> dict[str, str]:
    from benchmarks.workspace import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    env.update(
        BRIEFBOT_CONTENT=str(folder / "content"),
        DATABASE_URL=f"sqlite+aiosqlite:///{folder}/data/briefbot.sqlite3",
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="WARNING",
    )
    return env


async def _measure(runs: int) -> list[Row]:
    from benchmarks.workspace import scratch

    python = sys.executable
    console, bare_print, identify, bare_identify = [], [], [], []
    with scratch() as folder:
        env = _env(folder)
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
            bare_identify.append(
                await _until_identify([python, "-m", "benchmarks.startup", "bare"], folder, env)
            )
            identify.append(await _until_identify([python, "-m", "bot", "run"], folder, env))
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


async def _run_bare() -> None:
    import discord  # noqa: TID251
    import yarl

    from benchmarks.bare import BareBot

    # A plain Client goes straight to the default gateway: point both at the double.
    discord.http.Route.BASE = os.environ["DISCORD_API_BASE"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["BENCH_GATEWAY"])
    async with BareBot() as bot:
        await bot.start(os.environ["DISCORD_TOKEN"])


if __name__ == "__main__" and sys.argv[1:] == ["bare"]:
    asyncio.run(_run_bare())
