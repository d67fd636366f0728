"""How much of the test suite's time is waiting rather than computing, folder by folder.

A pytest plugin, loaded by name: `python -m pytest -q -n 2 -p benchmarks.suite_waiting
tests/...`. For every test it notes the wall time, the worker's CPU time and the CPU time of
the processes the test started and reaped (the bot and console processes, the benchmarks),
and prints, after the run, each folder's totals and the share of the workers' time when
neither they nor their processes computed: the time a third worker can use on two cores; the
tests that computed most (`--durations` ranks by wall time, which on a busy machine is mostly
the wait for a core); and how long each worker sat idle at the end while the last test ran (a
slow test scheduled late).
A PostgreSQL server's own CPU is not counted, and on a busy machine a worker's wait for a
core counts as waiting, so compare runs at similar load (`cat /proc/loadavg`).
"""

from __future__ import annotations

import resource
import time
from collections import defaultdict
from collections.abc import Generator
from typing import Any

import pytest

_ROWS: list[tuple[str, float, float]] = []
"""(test id, wall seconds, CPU seconds) of every test this process ran."""

HEAVIEST = 20
"""How many of the tests that computed most are listed."""

_ENDS: dict[str, float] = {}
"""When each worker's last test ended (seconds since the epoch, comparable across workers)."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, Any, None]:
    """Time one test: its setup, call and teardown."""
    wall, cpu, children = time.monotonic(), time.process_time(), _children_cpu()
    yield
    spent = time.process_time() - cpu + _children_cpu() - children
    _ROWS.append((item.nodeid, time.monotonic() - wall, spent))
    worker = getattr(item.config, "workerinput", {}).get("workerid", "main")
    _ENDS[worker] = time.time()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A pytest-xdist worker hands its rows to the controller."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output["suite_waiting"] = list(_ROWS)
        output["suite_waiting_ends"] = dict(_ENDS)


def pytest_testnodedown(node: Any, error: object) -> None:
    """The controller collects a finished worker's rows."""
    output = getattr(node, "workeroutput", {})
    _ROWS.extend(tuple(row) for row in output.get("suite_waiting", []))
    _ENDS.update(output.get("suite_waiting_ends", {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Each folder's tests, wall and CPU seconds, and the share spent waiting."""
    if not _ROWS:
        return
    folders: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for nodeid, wall, cpu in _ROWS:
        parts = nodeid.split("/")
        total = folders[parts[1] if len(parts) > 2 else parts[0]]
        total[0] += 1
        total[1] += wall
        total[2] += cpu
    write = terminalreporter.write_line
    terminalreporter.section("suite waiting: wall and CPU seconds of the tests, by folder")
    write(f"{'folder':<16} {'tests':>6} {'wall s':>8} {'CPU s':>8} {'waiting':>8}")
    rows = sorted(folders.items(), key=lambda kv: -kv[1][1])
    for folder, (count, wall, cpu) in [
        *rows,
        ("all", [sum(r[1][i] for r in rows) for i in range(3)]),
    ]:
        share = 100 * max(wall - cpu, 0.0) / wall if wall else 0.0
        write(f"{folder:<16} {int(count):>6} {wall:>8.1f} {cpu:>8.1f} {share:>7.0f}%")
    terminalreporter.section(f"suite waiting: the {HEAVIEST} tests that computed most")
    write(f"{'CPU s':>7} {'wall s':>7}  test")
    for nodeid, wall, cpu in sorted(_ROWS, key=lambda row: -row[2])[:HEAVIEST]:
        write(f"{cpu:>7.2f} {wall:>7.2f}  {nodeid}")
    if len(_ENDS) > 1:
        last = max(_ENDS.values())
        idle = {worker: last - ended for worker, ended in sorted(_ENDS.items())}
        terminalreporter.section("suite waiting: each worker idle at the end, for the last test")
        write("  ".join(f"{worker} {seconds:.1f} s" for worker, seconds in idle.items()))
        write(f"total {sum(idle.values()):.1f} worker-seconds idle at the end")
