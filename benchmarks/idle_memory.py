"""`python -m benchmarks.idle_memory [RUNS]`: what each library adds to the idle bot's memory.

Each run is a fresh process that imports the libraries in the order the bot needs them, reading
its resident set size (VmRSS, MiB) after each step, then builds the bot in that same process
(content loaded, store opened on an existing SQLite database, `BriefBot` built, start-up
settled), not connected: no cogs loaded, no commands synced, no gateway session. Row e1
(`benchmarks.memory`) measures the whole bot instead, `briefbot run` connected to the Discord
double and read after ready, so its figure is higher than this table's last line. The table
gives, per step, the median over the runs of the growth and of the total. A library's figure
is what it adds on top of the steps above it (a module shared with an earlier step is counted
there). Not part of `make bench`: the README's memory paragraph quotes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.table import median

__all__ = ["STEPS", "main"]

STEPS: list[tuple[str, tuple[str, ...]]] = [
    ("asyncio and ssl", ("asyncio", "ssl")),
    ("aiohttp", ("aiohttp",)),
    ("discord.py (with discord.ext.commands)", ("discord", "discord.ext.commands")),
    ("PyYAML", ("yaml",)),
    ("pydantic (its core, the package's lazy front)", ("pydantic",)),
    (
        "pydantic's model machinery (BaseModel, schema generation)",
        (
            "pydantic.main",
            "pydantic.fields",
            "pydantic.types",
            "pydantic.functional_validators",
            "pydantic._internal._validators",
            "annotated_types",
        ),
    ),
    ("pydantic's plugin lookup (importlib.metadata, email)", ("pydantic.plugin._loader",)),
    ("our briefing models (validators built on first load)", ("bot.core.models",)),
    ("sqlite3", ("sqlite3",)),
    ("fsrs, aiodataloader, python-dotenv", ("fsrs", "aiodataloader", "dotenv")),
    ("the rest of the bot's code", ("bot.app", "bot.discord_bot.client", "bot.ops.memory")),
]
STARTED = "content, store, bot built and settled (not connected)"


PROBE = """
import sys
def rss():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
figures = [rss()]
import gc, importlib, json, warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
for modules in json.loads(sys.argv[1]):
    for module in modules:
        importlib.import_module(module)
    gc.collect()
    figures.append(rss())
import asyncio
from pathlib import Path
from benchmarks.workspace import services_in
from bot.discord_bot.client import BriefBot
from bot.ops.memory import settle_after_start
async def start():
    async with services_in(Path(sys.argv[2])) as services:
        bot = BriefBot(services)
        settle_after_start()
        figures.append(rss())
        del bot
asyncio.run(start())
print(json.dumps(figures))
"""
"""A fresh process: its RSS before anything is imported, after each step, and once started."""


def _run_probe(folder: Path) -> list[float]:
    from benchmarks.workspace import ROOT

    steps = json.dumps([modules for _name, modules in STEPS])
    command = [sys.executable, "-c", PROBE, steps, str(folder)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"idle memory probe failed:\n{result.stderr[-2000:]}")
    return [float(x) for x in json.loads(result.stdout.strip().splitlines()[-1])]


def main(argv: list[str]) -> int:
    """Print the table."""
    from benchmarks.workspace import scratch

    runs = int(argv[0]) if argv else 5
    with scratch() as folder:
        _run_probe(folder)  # the first start creates and migrates the database
        probes = [_run_probe(folder) for _ in range(runs)]
    names = ["Python itself (interpreter, site)", *(name for name, _ in STEPS), STARTED]
    print(f"idle RSS by step, median of {runs} fresh processes (MiB)")
    print(f"{'step':<60} {'adds':>6} {'total':>6}")
    for index, name in enumerate(names):
        total = median([p[index] for p in probes])
        adds = total if index == 0 else median([p[index] - p[index - 1] for p in probes])
        print(f"{name:<60} {adds:>6.1f} {total:>6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
