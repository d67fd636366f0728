"""Which worker runs the long tests, and when: at the head of each worker's first share.

`make test` runs pytest-xdist with `--dist worksteal`: once every worker has collected, the
tests are split into one contiguous share per worker, in collection order, and a worker that
runs out takes half of the longest queue left, from its end. The long tests (a real bot
process, a chaos run, a 1 MB hostile page: those marked with a hang guard of two minutes or
more) sit together near the end of the collection (tests/faults, tests/ops), so they all fell
in the last worker's share, one after another, and the last of them could still be running
while the other workers sat idle. Here each worker's share starts with some of them instead,
whole files dealt to the share with the least so far (most first), so they run while the short
tests of the other shares fill the cores, and the suite ends on short tests.

Only the order changes: every test is still collected, run once, by one worker; the long
tests of one file stay together and in their order, and so do the others. Without
`--dist worksteal` on two workers or more, nothing moves.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import islice

import pytest

LONG_GUARD_S = 120
"""A test whose `pytest.mark.timeout` is at least this many seconds counts as long."""


def is_long(item: pytest.Item) -> bool:
    """Marked with a hang guard of `LONG_GUARD_S` or more (a process test's 240 s and up)."""
    marker = item.get_closest_marker("timeout")
    seconds = marker.args[0] if marker is not None and marker.args else 0
    return isinstance(seconds, int | float) and seconds >= LONG_GUARD_S


def share_sizes(count: int, workers: int) -> list[int]:
    """How many tests xdist's first split gives each worker (`WorkStealingScheduling`: each
    idle worker in turn gets an even part of what is left)."""
    sizes = []
    left = count
    for remaining in range(workers, 0, -1):
        sizes.append(left // remaining)
        left -= sizes[-1]
    return sizes


def long_first(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """`items` reordered so each worker's first share begins with its part of the long tests."""
    if workers < 2:
        return items
    by_file: dict[str, list[pytest.Item]] = defaultdict(list)
    for item in items:
        if is_long(item):
            by_file[item.nodeid.split("::")[0]].append(item)
    if not by_file:
        return items
    files = sorted(by_file, key=lambda name: (-len(by_file[name]), name))
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    for name in files:  # most long tests first, each to the share with the fewest so far
        min(heads, key=len).extend(by_file[name])
    moved = {id(item) for head in heads for item in head}
    rest = iter([item for item in items if id(item) not in moved])
    ordered: list[pytest.Item] = []
    for head, size in zip(heads, share_sizes(len(items), workers), strict=True):
        ordered.extend(head)
        ordered.extend(islice(rest, max(0, size - len(head))))
    ordered.extend(rest)
    return ordered
