"""`python -m benchmarks.red_trivia`: Red-DiscordBot's trivia bot on the same Discord double.

Not part of `make test` or `make bench` by default. It installs `Red-DiscordBot` from the
package registry into a venv of its own (`.bench-venv`, never the project's `.venv`), sets up
a throwaway Red instance (JSON storage in a temporary folder, its config file there too),
starts Red as a separate process against the Discord double on 127.0.0.1 (the process may
resolve no other host: Red's check for a newer version on PyPI fails at once), has the
server's owner load the trivia cog, and reports:

- **idle**: Red's resident set size (VmRSS, MiB), `READY_SETTLE` + `IDLE_SETTLE` seconds
  after ready with trivia loaded; `make bench` row e1 compares ours, read the same time after
  ready (`benchmarks.memory`), with it when `.bench-venv` holds Red;
- **answer**: typed answer to Red's reply, p50 and p95 in ms: a student types the right answer
  to each trivia question and the time runs until Red's "You got it" reaches the double.

If the install or the run fails, it says why and exits 0: this is an optional side-by-side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.table import percentile
from benchmarks.workspace import ROOT

__all__ = ["installed", "measure_once"]

BENCH_VENV = ROOT / ".bench-venv"
RED = "Red-DiscordBot>=3.5,<3.6"
PYTHON = BENCH_VENV / "bin" / "python"
TRIVIA_LIST = "games"
READY_SETTLE = 5.0  # seconds after ready (READY and the guild parsed) for its start-up work
IDLE_SETTLE = 3.0  # seconds after the cog loaded before reading the resident set size
ANSWER_AFTER = 0.5  # seconds a student takes at least to answer (Red's listener is set by then)

LAUNCHER = """
import socket, sys
_resolve = socket.getaddrinfo
def _loopback_only(host, *args, **kwargs):
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise OSError(f"benchmark: no host but 127.0.0.1 ({host})")
    return _resolve(host, *args, **kwargs)
socket.getaddrinfo = _loopback_only
import discord.http
discord.http.Route.BASE = sys.argv[1]
sys.argv = ["redbot", *sys.argv[2:]]
from redbot.__main__ import main
main()
"""


def installed() -> bool:
    """Whether `.bench-venv` holds a Red-DiscordBot that imports."""
    if not PYTHON.exists():
        return False
    probe = subprocess.run([str(PYTHON), "-c", "import redbot"], capture_output=True, check=False)
    return probe.returncode == 0


def install() -> str | None:
    """Install Red into `.bench-venv` (once); None when done, else what went wrong."""
    if installed():
        return None
    steps = [
        [sys.executable, "-m", "venv", str(BENCH_VENV)],
        [str(PYTHON), "-m", "pip", "install", "--quiet", RED],
    ]
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return f"`{' '.join(step)}` failed:\n{result.stderr.strip()[-1500:]}"
    return None if installed() else "Red-DiscordBot installed but does not import"


def _answers() -> dict[str, str]:
    """Question text -> its first accepted answer, from Red's own trivia list."""
    import yaml

    found = list(
        BENCH_VENV.glob(
            f"lib/python*/site-packages/redbot/cogs/trivia/data/lists/{TRIVIA_LIST}.yaml"
        )
    )
    if not found:
        raise RuntimeError(f"Red's trivia list {TRIVIA_LIST!r} was not found")
    data = yaml.safe_load(found[0].read_text(encoding="utf-8"))
    return {str(q): str(a[0]) for q, a in data.items() if isinstance(a, list) and a}


def _setup_instance(folder: Path, env: dict[str, str]) -> None:
    command = [  # through the venv's python: its scripts' first lines name where it was made
        str(PYTHON),
        "-m",
        "redbot.setup",
        "--no-prompt",
        "--instance-name",
        "bench",
        "--data-path",
        str(folder / "data"),
        "--backend",
        "json",
    ]
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=120)


async def _typed_answers(double: Any, count: int) -> list[float]:
    """Answer `count` trivia questions right; ms from each answer to Red's reply."""
    answers = _answers()
    start = await double.say(f"!trivia {TRIVIA_LIST}", user=double.owner)
    last = start
    timings: list[float] = []
    while len(timings) < count:
        question = await double.wait_for_message(
            double.general, lambda m: "Question number" in m.text, after=last, timeout=60
        )
        asked = question.text.split("\n\n", 1)[-1].strip()
        answer = answers.get(asked)
        if answer is None:
            raise RuntimeError(f"no answer known for: {asked[:200]}")
        await asyncio.sleep(ANSWER_AFTER)  # Red listens only once its question is sent
        began = time.perf_counter()
        said = await double.say(answer)
        reply = await double.wait_for_message(double.general, after=said, timeout=30)
        timings.append((time.perf_counter() - began) * 1000)
        if "You got it" not in reply.text:
            raise RuntimeError(f"Red did not take {answer!r} for {asked!r}: {reply.text[:200]}")
        last = reply
    await double.say("!trivia stop", user=double.owner)
    return timings


async def _measure(answers: int) -> dict[str, float]:
    from benchmarks.memory import rss_mib
    from benchmarks.startup import spawned, until_ready
    from tests.discord_double import DiscordDouble

    with tempfile.TemporaryDirectory(prefix="briefbot-red-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config")}
        _setup_instance(folder, env)
        async with DiscordDouble(timeout=60) as double:
            command = [str(PYTHON), "-c", LAUNCHER, double.server.api_url, "bench"]
            command += ["--token", double.token, "--prefix", "!", "--no-prompt"]
            command += ["--owner", str(double.owner.id)]
            async with spawned(command, folder, env) as red:
                await until_ready(double, red)
                await asyncio.sleep(READY_SETTLE)
                said = await double.say("!load trivia", user=double.owner)
                await double.wait_for_message(double.general, after=said, timeout=30)
                await asyncio.sleep(IDLE_SETTLE)
                idle = rss_mib(red.pid)
                timings = await _typed_answers(double, answers) if answers else []
    figures = {"idle": idle}
    if timings:
        figures |= {"answer_p50": percentile(timings, 50), "answer_p95": percentile(timings, 95)}
    return figures


def measure_once(answers: int = 0) -> dict[str, float]:
    """One run of Red (installed already): its idle RSS and, with `answers`, answer latency."""
    return asyncio.run(_measure(answers))


def main(argv: list[str] | None = None) -> int:
    """Install Red if needed, run it against the double, print its figures (always exit 0)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.red_trivia", description=__doc__)
    parser.add_argument("--answers", type=int, default=10, help="trivia answers to time")
    args = parser.parse_args(argv)
    problem = install()
    if problem is not None:
        print(f"Red-DiscordBot could not be installed, so nothing was measured.\n{problem}")
        return 0
    try:
        figures = measure_once(args.answers)
    except Exception as exc:  # an optional side-by-side: say what failed, do not fail
        print(f"Red-DiscordBot was installed but the run failed: {exc!r}")
        return 0
    print(json.dumps({k: round(v, 2) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
