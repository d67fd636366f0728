"""`python -m benchmarks.idle_modules [TOP]`: what each of our modules holds in an idle bot.

One fresh process starts the bot as `briefbot run` does (entry point and runner imported,
content loaded, store opened on an existing SQLite database, `BriefBot` built, start-up
settled) with `tracemalloc` on, and charges each module the Python memory allocated while it
was executed (its code objects, classes, functions and module-level data), not counting the
modules it imported itself (the first module to build a pydantic validator also pays for
pydantic's one-time plugin lookup). It prints how many of our modules are loaded, their total per
package and the TOP largest (default 25), in KiB. Traced memory, not resident pages: it shows
where our code's share goes, `benchmarks.idle_memory` what each step adds to the RSS. Not part
of `make bench`: the README's memory paragraph quotes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

__all__ = ["main"]

PROBE = """
import asyncio, importlib.abc, json, sys, tracemalloc, warnings
from pathlib import Path
warnings.filterwarnings("ignore", category=DeprecationWarning)
own, nested = {}, []

class Measured(importlib.abc.Loader):
    # Runs the real loader's exec_module and charges the module what it allocated itself.
    def __init__(self, loader):
        self.loader = loader
    def create_module(self, spec):
        return self.loader.create_module(spec)
    def exec_module(self, module):
        start = tracemalloc.get_traced_memory()[0]
        nested.append(0)
        try:
            self.loader.exec_module(module)
        finally:
            inner = nested.pop()
            grown = tracemalloc.get_traced_memory()[0] - start
            own[module.__name__] = grown - inner
            if nested:
                nested[-1] += grown
    def __getattr__(self, name):
        return getattr(self.loader, name)

class Finder(importlib.abc.MetaPathFinder):
    # Every module is measured, so a library's import is not charged to ours.
    def find_spec(self, name, path=None, target=None):
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = Measured(spec.loader)
                return spec
        return None

sys.meta_path.insert(0, Finder())
tracemalloc.start()
import bot.cli
from bot.discord_bot import runner
from benchmarks.workspace import services_in
from bot.discord_bot.client import BriefBot
from bot.ops.memory import settle_after_start

async def start():
    async with services_in(Path(sys.argv[1])) as services:
        BriefBot(services)
        settle_after_start()
        loaded = [name for name in sys.modules if name.split(".")[0] == "bot"]
        print(json.dumps({name: own.get(name, 0) for name in loaded}))

asyncio.run(start())
"""


def _run_probe(folder: str) -> dict[str, int]:
    from benchmarks.workspace import ROOT

    command = [sys.executable, "-c", PROBE, folder]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"idle modules probe failed:\n{result.stderr[-2000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main(argv: list[str]) -> int:
    """Print the totals and the largest modules."""
    from benchmarks.workspace import scratch

    top = int(argv[0]) if argv else 25
    with scratch() as folder:
        _run_probe(str(folder))  # the first start creates and migrates the database
        sizes = _run_probe(str(folder))
    packages: Counter[str] = Counter()
    for name, size in sizes.items():
        packages[".".join(name.split(".")[:2])] += size
    print(f"{len(sizes)} of our modules loaded at idle, {sum(sizes.values()) / 1024:.0f} KiB")
    for package, size in packages.most_common():
        print(f"  {package:<40} {size / 1024:>7.0f}")
    print(f"the {top} largest (KiB, what the module itself allocated)")
    for name, size in Counter(sizes).most_common(top):
        print(f"  {name:<40} {size / 1024:>7.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
