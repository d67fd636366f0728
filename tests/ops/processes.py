"""Start the real bot process for the operations tests, as a user would: `python -m bot ...`."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

STARTS_WITHIN = 90.0
"""Seconds a bot process may take to connect to the double: a hang guard, not a speed check
(at load 16 on 2 cores a start took over 30 s; how fast it starts is row f of `make bench`)."""
PROCESS_TEST_TIMEOUT = 240
"""pytest's limit for a test that starts bot processes: a hang guard above `STARTS_WITHIN`."""

WITHOUT_FILE_OVERRIDE = ("setpriv", "--bounding-set=-dac_override,-dac_read_search")
"""As root: run without the power to ignore file permissions (so read-only means read-only)."""


def run_probe(script: str, *args: str) -> dict[str, Any]:
    """Run `script` in a fresh Python process at the repository's root with `args`; the JSON
    object it printed last (the test fails with the process's error output if it failed)."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def make_workdir(root: Path) -> Path:
    """A folder with a content/ folder holding the small test briefing."""
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", content / "mini.yaml")
    return root


def dead_api_base() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v10"


def bot_env(workdir: Path, api_base: str, token: str, **extra: str) -> dict[str, str]:
    """The environment of a bot process: this repository, that content, a SQLite file there."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "DATABASE_", "LOG_", "METRICS_", "SHARD_"))
    }
    env.update(
        DISCORD_TOKEN=token,
        DISCORD_API_BASE=api_base,
        BRIEFBOT_CONTENT=str(workdir / "content"),
        DATABASE_URL=f"sqlite+aiosqlite:///{workdir}/bot.sqlite3",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


async def start_bot(
    workdir: Path, env: dict[str, str], *args: str, prefix: tuple[str, ...] = ()
) -> asyncio.subprocess.Process:
    """`python -m bot run` (or `args`) in `workdir`, output captured.

    The output goes to a file, not a pipe: a chatty process (DEBUG logs) must never block on a
    full pipe that the test reads only at the end.
    """
    output = tempfile.NamedTemporaryFile(prefix="bot-output-", suffix=".log", delete=False)  # noqa: SIM115
    process = await asyncio.create_subprocess_exec(
        *prefix,
        sys.executable,
        "-m",
        "bot",
        *(args or ("run",)),
        cwd=workdir,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=output,
        stderr=asyncio.subprocess.STDOUT,
    )
    output.close()
    process.output_path = output.name  # type: ignore[attr-defined]
    return process


async def finish(process: asyncio.subprocess.Process, timeout: float = 30) -> tuple[int, str]:
    """Wait for the exit; the code and everything printed."""
    await asyncio.wait_for(process.wait(), timeout)
    path = Path(process.output_path)  # type: ignore[attr-defined]
    text = path.read_text(encoding="utf-8", errors="replace")
    path.unlink(missing_ok=True)
    return process.returncode or 0, text
