"""Row e: resident memory of a bot process idle after ready, and holding 10,000 live quizzes.

Every bot is measured as Red-DiscordBot's trivia bot is (`benchmarks.red_trivia`): a process of
its own, started as its user starts it, connected to the Discord double on 127.0.0.1, its
resident set size (VmRSS, read from /proc) taken a few seconds after it has identified and
parsed READY and its guild: Red's own settle time (`red_trivia.READY_SETTLE` before it loads
trivia plus `IDLE_SETTLE` after), so each bot has run as long when it is read.

- e1: ours is `python -m bot run` (the `briefbot run` entry point) with `DISCORD_TOKEN` and
  `DISCORD_API_BASE` pointing at the double, on an existing SQLite store (the usual restart;
  the very first start also runs the migrations) with the bundled briefing: cogs loaded and
  commands synced in `setup_hook`, timers running, gateway session open. Its reference is
  Red's trivia bot idle after ready with trivia loaded, measured in the same run when
  `.bench-venv` holds Red, else the figure recorded in issue 18.
- e3: ours beside the bare discord.py bot of `benchmarks/bare.py` (`python -m
  benchmarks.bare`: one slash command synced), started and read the same way.
- e2: a bot process started the same way through `python -m benchmarks.memory bot`, which is
  `briefbot run` plus a handler: on SIGUSR1 it starts 10,000 solo quizzes through its study
  service (each saved to the store) and prints a line. The figure is its RSS then minus its
  RSS idle after ready. Its reference is 10,000 copies of the smallest thing a quiz must
  remember, its saved state as a plain dict, grown in a fresh process
  (`python -m benchmarks.memory dicts`).
"""

from __future__ import annotations

import asyncio
import gc
import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.table import Row, at_most, info, median

if TYPE_CHECKING:
    from bot.core.study import StudyService

__all__ = ["measure", "rss_mib"]

SESSIONS = 10_000
BRIEFING = "nk-troops-russia"
STARTED = b"sessions started"


def rss_mib(pid: int | str = "self") -> float:
    """A process's resident set size (VmRSS) in MiB; this process's by default."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS in /proc/{pid}/status")


async def _live(
    command: list[str], folder: Path, sessions: int = 0, settle: float | None = None
) -> dict[str, float]:
    """Start `command` against a fresh double, read its idle RSS `settle` seconds after ready
    (default: as long as Red's trivia bot is given) and, with `sessions`, what starting that
    many quizzes (SIGUSR1) adds."""
    from benchmarks.red_trivia import IDLE_SETTLE, READY_SETTLE
    from benchmarks.startup import bot_env, double_env, spawned, until_ready
    from tests.discord_double import DiscordDouble

    async with DiscordDouble(timeout=60) as double:
        env = double_env(bot_env(folder), double)
        async with spawned(command, folder, env, stdout=subprocess.PIPE) as process:
            await until_ready(double, process)
            if not double.state.commands:
                raise RuntimeError(f"{command} reached ready without syncing its commands")
            await asyncio.sleep(READY_SETTLE + IDLE_SETTLE if settle is None else settle)
            idle = rss_mib(process.pid)
            if not sessions:
                return {"idle": idle}
            process.send_signal(signal.SIGUSR1)
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), 300)
            if STARTED not in line:
                raise RuntimeError(f"the bot did not start the sessions: {line!r}")
            return {"idle": idle, "sessions": rss_mib(process.pid) - idle}


def _dicts(sessions: int) -> float:
    """MiB that `sessions` quizzes' saved states take as plain dicts in this process."""
    gc.collect()
    before = rss_mib()
    states: list[dict[str, Any]] = [
        {
            "kind": "solo",
            "session_id": f"{n:012x}",
            "user_id": 10**17 + n,
            "briefing_id": BRIEFING,
            "question_ids": [f"question-{n % 45}-{k}" for k in range(5)],
            "seed": n * 7919,
            "started_at": f"2026-01-05T09:{n % 60:02d}:00+00:00",
            "asked_at": f"2026-01-05T09:{n % 60:02d}:00+00:00",
            "answers": [],
        }
        for n in range(sessions)
    ]
    gc.collect()
    grown = rss_mib() - before
    del states
    return grown


def _dicts_probe(sessions: int) -> float:
    from benchmarks.workspace import ROOT

    command = [sys.executable, "-m", "benchmarks.memory", "dicts", str(sessions)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"memory probe dicts failed:\n{result.stderr[-2000:]}")
    return float(json.loads(result.stdout.strip().splitlines()[-1])["sessions"])


async def _start_sessions(study: StudyService, sessions: int) -> None:
    """Start `sessions` solo quizzes, 1,000 at a time, then say on stdout that it is done
    (or what failed: the measuring process waits for that line)."""
    try:
        for start in range(0, sessions, 1000):
            users = range(start, min(sessions, start + 1000))
            await asyncio.gather(*(study.start_solo(user, BRIEFING, count=5) for user in users))
        if len(study.solo) < sessions:
            raise RuntimeError(f"only {len(study.solo)} of {sessions} sessions live")
    except Exception as exc:
        print(f"failed: {exc!r}", flush=True)
        return
    gc.collect()
    sys.stdout.buffer.write(STARTED + b"\n")
    sys.stdout.flush()


def _run_bot_taking_sessions(sessions: int) -> int:
    """`briefbot run`, and on SIGUSR1 start `sessions` quizzes through its study service."""
    from bot.app import Services
    from bot.cli import main as briefbot
    from bot.config import Settings
    from bot.discord_bot import runner

    build_services = runner.build_services
    running: set[asyncio.Task[None]] = set()

    async def build_and_listen(settings: Settings) -> Services:
        services = await build_services(settings)

        def on_signal() -> None:
            task = asyncio.create_task(_start_sessions(services.study, sessions))
            running.add(task)

        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, on_signal)
        return services

    runner.build_services = build_and_listen  # type: ignore[assignment]
    return briefbot(["run"])


RED_RECORDED = 63.9
"""Red-DiscordBot's trivia bot, idle after ready, in MiB: issue 18's side-by-side run (the
target when Red is not installed here; `python -m benchmarks.red_trivia` measures it)."""


def _red_reference(runs: int, run_red: bool) -> tuple[float, str]:
    """Red's idle RSS measured now if `.bench-venv` holds it, else the recorded figure."""
    from benchmarks import red_trivia

    if not run_red:
        return RED_RECORDED, "Red trivia, recorded"
    if not red_trivia.installed():
        return RED_RECORDED, "Red trivia, recorded; Red not installed"
    try:
        figures = [red_trivia.measure_once()["idle"] for _ in range(runs)]
    except (OSError, subprocess.SubprocessError) as exc:  # a broken .bench-venv: say so, go on
        return RED_RECORDED, f"Red trivia, recorded; Red's run failed ({type(exc).__name__})"
    return median(figures), "Red-DiscordBot trivia"


async def _measure_bots(runs: int, sessions: int, settle: float | None) -> dict[str, list[float]]:
    from benchmarks.startup import BARE_RUN, BOT_RUN, bot_env, spawned
    from benchmarks.workspace import scratch

    python = sys.executable
    taking_sessions = [python, "-m", "benchmarks.memory", "bot", str(sessions)]
    figures: dict[str, list[float]] = {"ours": [], "bare": [], "sessions": [], "dicts": []}
    with scratch() as folder:
        # The first start creates and migrates the database; the console is the quick way.
        async with spawned([python, "-m", "bot", "console"], folder, bot_env(folder)) as first:
            await first.wait()
        for _ in range(runs):
            figures["ours"].append((await _live([python, *BOT_RUN], folder, 0, settle))["idle"])
            figures["bare"].append((await _live([python, *BARE_RUN], folder, 0, settle))["idle"])
            grown = await _live(taking_sessions, folder, sessions, settle)
            figures["sessions"].append(grown["sessions"])
            figures["dicts"].append(_dicts_probe(sessions))
    return figures


def measure(
    runs: int, sessions: int = SESSIONS, *, run_red: bool = True, settle: float | None = None
) -> list[Row]:
    """Rows e1 (idle <= Red's trivia bot), e2 (+10,000 sessions <= 50 MiB), e3 (over bare).

    `run_red=False` compares with the recorded figure even if Red is installed, and `settle`
    reads each bot sooner after ready than Red's settle time (`--quick`: a smoke run whose
    figures are not the real ones).
    """
    figures = asyncio.run(_measure_bots(runs, sessions, settle))
    ours_idle = median(figures["ours"])
    red, red_what = _red_reference(runs, run_red)
    return [
        Row(
            "e1",
            "resident memory, idle after ready",
            "MiB",
            ours_idle,
            red,
            red_what,
            at_most(1.0, "<= Red trivia", ratio=True),
            runs,
        ),
        Row(
            "e2",
            f"memory for {sessions:,} live quiz sessions",
            "MiB",
            median(figures["sessions"]),
            median(figures["dicts"]),
            "their saved states as dicts",
            at_most(50.0, "<= 50 MiB"),
            runs,
        ),
        Row(
            "e3",
            "resident memory, idle after ready, against bare discord.py",
            "MiB",
            ours_idle,
            median(figures["bare"]),
            "bare discord.py bot",
            info("reported"),
            runs,
        ),
    ]


def main(argv: list[str]) -> int:
    """`python -m benchmarks.memory bot SESSIONS` runs the bot that starts quizzes on SIGUSR1;
    `python -m benchmarks.memory dicts SESSIONS` prints what the reference's dicts take."""
    kind, sessions = argv[0], int(argv[1])
    if kind == "bot":
        return _run_bot_taking_sessions(sessions)
    print(json.dumps({"sessions": _dicts(sessions)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
