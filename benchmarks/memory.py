"""Row e: resident memory of a fresh process, idle and holding 10,000 live quiz sessions.

Each figure comes from its own new process (`python -m benchmarks.memory PROBE FOLDER`), which
prints its resident set size (VmRSS) as JSON. "Idle" is the bot built as it starts: content
loaded, store opened on an existing database (the usual restart; the very first start also
runs the migrations), `BriefBot` constructed, not connected. Its reference (row e1) is
Red-DiscordBot's trivia bot idle after ready, measured by `benchmarks.red_trivia` when
`.bench-venv` holds Red, else the figure recorded in issue 18; row e3 reports it against a
bare discord.py bot constructed as ours is. For sessions, the process then starts 10,000 solo
quizzes through the study service (each saved to the store) and reports the growth; its
reference is 10,000 copies of the smallest thing a quiz must remember, its saved state as a
plain dict.
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.table import Row, at_most, info, median

__all__ = ["measure"]
# Only what the probes share is imported here: the bare probe must not load the bot.

SESSIONS = 10_000
BRIEFING = "nk-troops-russia"


def rss_mb() -> float:
    """This process's resident set size in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


async def _ours(folder: Path, sessions: int) -> dict[str, float]:
    from benchmarks.workspace import services_in
    from bot.discord_bot.client import BriefBot
    from bot.ops.memory import settle_after_start

    async with services_in(folder) as services:
        bot = BriefBot(services)
        settle_after_start()  # as `bot.discord_bot.runner` does once the bot is built
        idle = rss_mb()
        if not sessions:
            return {"idle": idle}
        study = services.study
        for start in range(0, sessions, 1000):
            await asyncio.gather(
                *(
                    study.start_solo(user, BRIEFING, count=5)
                    for user in range(start, min(sessions, start + 1000))
                )
            )
        assert len(study.solo) == sessions
        gc.collect()
        grown = rss_mb() - idle
        del bot
        return {"idle": idle, "sessions": grown}


async def _bare(sessions: int) -> dict[str, float]:
    from benchmarks.bare import BareBot

    bot = BareBot()
    gc.collect()
    idle = rss_mb()
    if not sessions:
        return {"idle": idle}
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
    grown = rss_mb() - idle
    del bot, states
    return {"idle": idle, "sessions": grown}


def _probe(kind: str, folder: Path, sessions: int) -> dict[str, float]:
    from benchmarks.workspace import ROOT

    command = [sys.executable, "-m", "benchmarks.memory", kind, str(folder), str(sessions)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"memory probe {kind} failed:\n{result.stderr[-2000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


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
    figures = [red_trivia.measure_once()["idle"] for _ in range(runs)]
    return median(figures), "Red-DiscordBot trivia"


def measure(runs: int, sessions: int = SESSIONS, *, run_red: bool = True) -> list[Row]:
    """Rows e1 (idle <= Red's trivia bot), e2 (+10,000 sessions <= 50 MiB), e3 (over bare).

    `run_red=False` compares with the recorded figure even if Red is installed (`--quick`).
    """
    ours_idle: list[float] = []
    ours_sessions: list[float] = []
    bare_idle: list[float] = []
    bare_sessions: list[float] = []
    from benchmarks.workspace import scratch

    with scratch() as folder:
        _probe("ours", folder, 0)  # the first start creates and migrates the database
        for _ in range(runs):
            ours_idle.append(_probe("ours", folder, 0)["idle"])
            bare_idle.append(_probe("bare", folder, 0)["idle"])
            ours_sessions.append(_probe("ours", folder, sessions)["sessions"])
            bare_sessions.append(_probe("bare", folder, sessions)["sessions"])
    red, red_what = _red_reference(runs, run_red)
    return [
        Row(
            "e1",
            "resident memory, idle",
            "MiB",
            median(ours_idle),
            red,
            red_what,
            at_most(1.0, "<= Red trivia", ratio=True),
            runs,
        ),
        Row(
            "e2",
            f"memory for {sessions:,} live quiz sessions",
            "MiB",
            median(ours_sessions),
            median(bare_sessions),
            "their saved states as dicts",
            at_most(50.0, "<= 50 MiB"),
            runs,
        ),
        Row(
            "e3",
            "resident memory, idle, against bare discord.py",
            "MiB",
            median(ours_idle),
            median(bare_idle),
            "bare discord.py bot",
            info("reported"),
            runs,
        ),
    ]


def main(argv: list[str]) -> int:
    """`python -m benchmarks.memory ours|bare FOLDER SESSIONS`: print the probe's figures."""
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    kind, folder, sessions = argv[0], Path(argv[1]), int(argv[2])
    if kind == "ours":
        figures = asyncio.run(_ours(folder, sessions))
    else:
        figures = asyncio.run(_bare(sessions))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
