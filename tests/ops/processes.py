"""Start the real bot process for the operations tests, as a user would: `python -m bot ...`."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WITHOUT_FILE_OVERRIDE = ("setpriv", "--bounding-set=-dac_override,-dac_read_search")
"""As root: run without the power to ignore file permissions (so read-only means read-only)."""


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
    """`python -m bot run` (or `args`) in `workdir`, output captured."""
    return await asyncio.create_subprocess_exec(
        *prefix,
        sys.executable,
        "-m",
        "bot",
        *(args or ("run",)),
        cwd=workdir,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def finish(process: asyncio.subprocess.Process, timeout: float = 30) -> tuple[int, str]:
    """Wait for the exit; the code and everything printed."""
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    return process.returncode or 0, (out + err).decode()
