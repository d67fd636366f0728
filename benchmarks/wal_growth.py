"""Whether a growing `-wal` file makes a durable SQLite commit slower: paired, interleaved.

`python -m benchmarks.wal_growth [pairs] [idle_ms]` measures, on the disk under `.venv/`,
two things in alternation (A then B, B then A, with `idle_ms` of sleep before each, as a
click after idle would meet the disk):

- raw `fdatasync` after appending 4 KiB to a file (its size changes, so the file system
  must also commit the size) against after overwriting 4 KiB in place (data only);
- a `synchronous=FULL` WAL commit of one small row on a fresh database, whose `-wal` grows
  on every commit until its first checkpoint (as a newly opened store's does), against the
  same commit on a database whose `-wal` was grown first and restarted, so each commit
  overwrites frames and leaves the size unchanged.

It prints the median of each, the median of the paired differences and how many pairs the
growing side lost. A measuring aid, not a row of `make bench`.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / ".venv"
_BLOCK = 4096


def _paired(
    grows: Callable[[], float], steady: Callable[[], float], pairs: int, idle: float
) -> str:
    """Run the two timed steps alternately; a line with their medians and paired difference."""
    grown: list[float] = []
    kept: list[float] = []
    for i in range(pairs):
        order = ((grows, grown), (steady, kept)) if i % 2 else ((steady, kept), (grows, grown))
        for step, out in order:
            time.sleep(idle)
            out.append(step() * 1e3)
    diffs = [a - b for a, b in zip(grown, kept, strict=True)]
    return (
        f"growing p50 {statistics.median(grown):.3f} ms | steady p50 "
        f"{statistics.median(kept):.3f} ms | paired difference p50 "
        f"{statistics.median(diffs):+.3f} ms, growing slower in {sum(d > 0 for d in diffs)}"
        f"/{pairs}"
    )


def _raw_sync(folder: Path, pairs: int, idle: float) -> str:
    """fdatasync after an append against after an in-place overwrite."""
    payload = os.urandom(_BLOCK)
    append = os.open(folder / "append.bin", os.O_RDWR | os.O_CREAT | os.O_TRUNC)
    overwrite = os.open(folder / "overwrite.bin", os.O_RDWR | os.O_CREAT | os.O_TRUNC)
    os.pwrite(overwrite, bytes(_BLOCK * 64), 0)
    os.fsync(overwrite)
    offsets = {"append": 0, "overwrite": 0}

    def synced(fd: int, name: str, wrap: bool) -> Callable[[], float]:
        def step() -> float:
            os.pwrite(fd, payload, offsets[name] * _BLOCK)
            offsets[name] = (offsets[name] + 1) % 64 if wrap else offsets[name] + 1
            began = time.perf_counter()
            os.fdatasync(fd)
            return time.perf_counter() - began

        return step

    try:
        return _paired(
            synced(append, "append", False), synced(overwrite, "overwrite", True), pairs, idle
        )
    finally:
        os.close(append)
        os.close(overwrite)


def _database(path: Path, pregrow: bool) -> sqlite3.Connection:
    """A WAL, synchronous=FULL database; with `pregrow`, its `-wal` grown and restarted."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, user_id INTEGER, given TEXT)")
    if pregrow:
        connection.execute("CREATE TABLE pad (b BLOB)")
        for _ in range(40):
            connection.execute("INSERT INTO pad VALUES (zeroblob(100000))")
        connection.execute("PRAGMA wal_checkpoint(RESTART)")
    return connection


def _commits(folder: Path, pairs: int, idle: float) -> str:
    """A one-row commit with the `-wal` growing against with it kept at its size."""
    fresh = _database(folder / "fresh.db", pregrow=False)
    grown = _database(folder / "grown.db", pregrow=True)
    counts = {"fresh": 0, "grown": 0}

    def committed(connection: sqlite3.Connection, name: str) -> Callable[[], float]:
        wal = folder / f"{name}.db-wal"

        def step() -> float:
            before = wal.stat().st_size
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO answers (user_id, given) VALUES (1, ?)", ("x" * 200,))
            began = time.perf_counter()
            connection.execute("COMMIT")
            took = time.perf_counter() - began
            counts[name] += wal.stat().st_size > before
            return took

        return step

    try:
        line = _paired(committed(fresh, "fresh"), committed(grown, "grown"), pairs, idle)
    finally:
        fresh.close()
        grown.close()
    return f"{line} (commits that grew the -wal: {counts['fresh']} / {counts['grown']})"


def main(argv: list[str]) -> None:
    """Print both comparisons and the load average."""
    pairs = int(argv[0]) if argv else 400
    idle = (float(argv[1]) if len(argv) > 1 else 5.0) / 1e3
    _ROOT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=_ROOT) as name:
        folder = Path(name)
        print(f"load average {os.getloadavg()[0]:.1f}, {pairs} pairs, {idle * 1e3:.0f} ms idle")
        print("fdatasync, append / overwrite:", _raw_sync(folder, pairs, idle))
        print("FULL commit, fresh / grown -wal:", _commits(folder, pairs, idle))
        print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
