"""`make test`'s order (tests/long_first.py): under xdist's work stealing, each of the three
workers starts with its part of the long tests, and no test is lost, doubled or reordered
within its kind."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from xdist.scheduler.worksteal import WorkStealingScheduling

from tests.long_first import long_first, share_sizes


class FakeWorker:
    """What xdist's scheduler calls on a worker: the tests it is sent, kept in order."""

    shutting_down = False

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.sent: list[int] = []

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent.extend(indices)

    def shutdown(self) -> None:
        """Told it gets no more (a share too short to steal from)."""


def first_shares(nodeids: list[str], workers: int) -> list[list[str]]:
    """The tests xdist's work-stealing scheduler sends each worker first."""
    config = SimpleNamespace(getvalue=lambda name: [f"{workers}*popen"])
    scheduler = WorkStealingScheduling(config)  # type: ignore[arg-type]
    nodes = [FakeWorker(f"gw{n}") for n in range(workers)]
    for node in nodes:
        scheduler.add_node(node)  # type: ignore[arg-type]
    for node in nodes:
        scheduler.add_node_collection(node, nodeids)  # type: ignore[arg-type]
    scheduler.schedule()
    return [[nodeids[i] for i in node.sent] for node in nodes]


def item(nodeid: str, guard: int | None = None) -> pytest.Item:
    """A collected test, with a `pytest.mark.timeout(guard)` when given one."""
    marker = None if guard is None else pytest.mark.timeout(guard).mark
    return SimpleNamespace(  # type: ignore[return-value]
        nodeid=nodeid, get_closest_marker=lambda name: marker if name == "timeout" else None
    )


def collection() -> list[pytest.Item]:
    """Short tests first, the long ones of three files together near the end, as in tests/."""
    short = [item(f"tests/core/test_a{n}.py::test_{n}") for n in range(200)]
    guarded = [item(f"tests/faults/test_quick.py::test_{n}", 60) for n in range(5)]
    chaos = [item(f"tests/faults/test_chaos.py::test_seed[{n}]", 240) for n in range(3)]
    disk = [item(f"tests/faults/test_disk.py::test_{n}", 240) for n in range(2)]
    restart = [item(f"tests/ops/test_restart.py::test_{n}", 240) for n in range(2)]
    tail = [item(f"tests/store/test_s{n}.py::test_{n}") for n in range(40)]
    return [*short, *guarded, *chaos, *disk, *restart, *tail]


def is_long_id(nodeid: str) -> bool:
    return any(name in nodeid for name in ("/test_chaos.py", "/test_disk.py", "/test_restart.py"))


def test_share_sizes_are_the_ones_xdist_sends_first():
    for count, workers in [(6929, 3), (7100, 3), (342, 3), (10, 2), (5, 4)]:
        nodeids = [f"t::{n}" for n in range(count)]
        sizes = [len(share) for share in first_shares(nodeids, workers)]
        assert sizes == share_sizes(count, workers), (count, workers)


def test_each_worker_starts_with_its_part_of_the_long_tests():
    items = collection()
    ordered = long_first(items, 3)
    shares = first_shares([i.nodeid for i in ordered], 3)
    heads = [[t for t in share[:3] if is_long_id(t)] for share in shares]
    assert heads == [
        [f"tests/faults/test_chaos.py::test_seed[{n}]" for n in range(3)],
        ["tests/faults/test_disk.py::test_0", "tests/faults/test_disk.py::test_1"],
        ["tests/ops/test_restart.py::test_0", "tests/ops/test_restart.py::test_1"],
    ]
    unordered = first_shares([i.nodeid for i in items], 3)
    assert [sum(map(is_long_id, share)) for share in unordered] == [0, 0, 7], "one had them all"


def test_every_test_is_kept_once_and_the_others_keep_their_order():
    items = collection()
    ordered = long_first(items, 3)
    assert sorted(i.nodeid for i in ordered) == sorted(i.nodeid for i in items)
    assert len(ordered) == len(items)

    def others(tests: list[pytest.Item]) -> list[str]:
        return [i.nodeid for i in tests if not is_long_id(i.nodeid)]

    assert others(ordered) == others(items)


def test_one_worker_or_no_long_test_changes_nothing():
    items = collection()
    assert long_first(items, 1) == items
    short = [i for i in items if i.get_closest_marker("timeout") is None]
    assert long_first(short, 3) == short


def test_the_suite_orders_the_long_tests_first_in_each_worker_only_under_work_stealing():
    """tests/conftest.py: the controller tells each worker how the tests are handed out (a
    worker's own `--dist` reads "no"), and a worker reorders only under work stealing."""
    from tests import conftest

    for dist, reordered in [("worksteal", True), ("load", False)]:
        node = SimpleNamespace(
            config=SimpleNamespace(getoption=lambda name, d=dist: d), workerinput={}
        )
        node.workerinput["workercount"] = 3
        conftest.pytest_configure_node(node)
        items = collection()
        conftest.pytest_collection_modifyitems(
            SimpleNamespace(workerinput=node.workerinput),  # type: ignore[arg-type]
            items,
        )
        ids = [i.nodeid for i in items]
        assert (ids == [i.nodeid for i in long_first(collection(), 3)]) is reordered, dist
        assert (ids == [i.nodeid for i in collection()]) is not reordered, dist
