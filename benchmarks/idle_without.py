"""`python -m benchmarks.idle_without [RUNS] [PACKAGE ...]`: what idle would weigh without them.

One fresh process starts the bot as `briefbot run` does (entry point and runner imported,
content loaded, store opened on an existing SQLite database, `BriefBot` built, start-up
settled) and lists, in load order, every module it has loaded. Then fresh processes import
that list in order and read their resident set size (VmRSS, MiB): once whole, once with the
named packages (default: `sqlalchemy` and `bot.store`) replaced by empty stand-ins, so every
other module still loads (a name it takes from them is a placeholder). The difference is what
those packages cost an idle bot in code and import-time data (not what they build later, such
as statement caches): what a bot without them would save before paying for a replacement. It
prints the medians over RUNS (default 5) and any other module that failed to load even so.
Not part of `make bench`: the README's memory paragraph quotes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.table import median

__all__ = ["main"]

DEFAULT_REFUSED = ("sqlalchemy", "bot.store")

LIST_PROBE = """
import asyncio, json, sys, warnings
from pathlib import Path
from typing import Any
warnings.filterwarnings("ignore", category=DeprecationWarning)
import bot.cli
from bot.discord_bot import runner
from benchmarks.workspace import services_in
from bot.discord_bot.client import BriefBot
from bot.ops.memory import settle_after_start

async def start():
    async with services_in(Path(sys.argv[1])) as services:
        BriefBot(services)
        settle_after_start()
        skip = ("__main__", "benchmarks")
        print(json.dumps([name for name in sys.modules if not name.startswith(skip)]))

asyncio.run(start())
"""

IMPORT_PROBE = """
import gc, importlib, importlib.abc, importlib.machinery, json, sys, types, warnings
warnings.filterwarnings("ignore")
refused = json.loads(sys.argv[2])

def is_refused(name):
    return any(name == package or name.startswith(package + ".") for package in refused)

class Stand_in:
    # Whatever a module takes from a refused one at import time: a name, a base, a decorator.
    def __init__(self, *args, **kwargs): pass
    def __getattr__(self, name): return Stand_in()
    def __call__(self, *args, **kwargs):
        decorated = len(args) == 1 and callable(args[0])
        return args[0] if decorated else Stand_in()
    def __getitem__(self, key): return Stand_in()
    def __iter__(self): return iter(())
    def __or__(self, other): return Stand_in()
    def __mro_entries__(self, bases): return (object,)

class Stub(types.ModuleType):
    __path__ = []
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Stand_in()

class Refuse(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if not is_refused(name):
            return None
        return importlib.machinery.ModuleSpec(name, self, is_package=True)
    def create_module(self, spec):
        return Stub(spec.name)
    def exec_module(self, module):
        pass

sys.meta_path.insert(0, Refuse())
failed = []
for name in json.loads(sys.argv[1]):
    if name in sys.modules or is_refused(name):
        continue
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name)
gc.collect()
with open("/proc/self/status") as status:
    rss = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))
print(json.dumps({"rss": rss, "failed": [n for n in failed if n not in sys.modules]}))
"""


def _run(script: str, *args: str) -> str:
    from benchmarks.workspace import ROOT

    command = [sys.executable, "-c", script, *args]
    result = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, check=False, timeout=300
    )
    if result.returncode != 0:
        raise RuntimeError(f"idle_without probe failed:\n{result.stderr[-2000:]}")
    return result.stdout.strip().splitlines()[-1]


def _loaded_at_idle(folder: Path) -> list[str]:
    """The modules a started, settled bot has loaded, in load order."""
    _run(LIST_PROBE, str(folder))  # the first start creates and migrates the database
    return list(json.loads(_run(LIST_PROBE, str(folder))))


def _imported(modules: list[str], refused: tuple[str, ...]) -> dict[str, Any]:
    """RSS after importing `modules` in a fresh process with `refused` stood in for; and the
    modules that failed to load even so."""
    return dict(json.loads(_run(IMPORT_PROBE, json.dumps(modules), json.dumps(refused))))


def main(argv: list[str]) -> int:
    """Print both medians, their difference and any module that failed without the packages."""
    from benchmarks.workspace import scratch

    runs = int(argv[0]) if argv else 5
    refused = tuple(argv[1:]) or DEFAULT_REFUSED
    with scratch() as folder:
        modules = _loaded_at_idle(folder)
    whole: list[float] = []
    without: list[float] = []
    failed: set[str] = set()
    for _ in range(runs):
        whole.append(float(_imported(modules, ())["rss"]))
        probe = _imported(modules, refused)
        without.append(float(probe["rss"]))
        failed.update(str(name) for name in probe["failed"])
    print(f"the {len(modules)} modules an idle bot loads, imported in fresh processes,")
    print(f"median of {runs} (MiB): all {median(whole):.1f}; {', '.join(refused)} stood in for")
    print(f"{median(without):.1f}; they cost {median(whole) - median(without):.1f}")
    print(f"failed to load without them: {', '.join(sorted(failed)) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
