"""After start-up is settled (`gc.freeze`, young collections less often), garbage is still freed:
a briefing that a reload replaces, and objects dropped in reference cycles.

The freeze keeps start-up's objects out of later cyclic collections, so a replaced briefing
must go by reference counting alone: one held in a reference cycle would stay for good.
"""

from __future__ import annotations

import gc
import shutil
import subprocess
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.content.catalog import served_briefing
from bot.core.library import FileStatus, Library
from bot.ops.memory import return_freed_memory, settle_after_start

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "content" / "nk-troops-russia.yaml"


@pytest.fixture
def frozen_heap() -> Iterator[None]:
    """The test process's heap frozen as a settled bot's is, the cyclic collector off."""
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_reloaded_briefing_frees_the_version_it_replaces(
    tmp_path: Path, frozen_heap: None
) -> None:
    shutil.copy(SEED, tmp_path / SEED.name)
    library = Library(tmp_path)
    library.reload()
    old = library.get("nk-troops-russia")
    question = old.questions[0]
    assert old.questions_by_id[question.id] is question  # the cached maps are built
    old.section_of(question)
    served = served_briefing(old, "nk-troops-russia", {})
    served.questions_by_id  # noqa: B018  (a served copy builds its own)
    gone = weakref.ref(old)
    gc.freeze()  # the old version is part of the settled heap
    text = SEED.read_text(encoding="utf-8").replace("title:", "title: ", 1)
    (tmp_path / SEED.name).write_text(text, encoding="utf-8")
    reports = library.reload()
    assert [r.status for r in reports] == [FileStatus.LOADED]
    assert library.get("nk-troops-russia") is not old
    del old, question, served
    assert gone() is None


@pytest.fixture
def settled_process() -> Iterator[None]:
    """The test process settled as a started bot is; its collector put back afterwards."""
    thresholds = gc.get_threshold()
    settle_after_start()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


class _Cycle:
    __slots__ = ("__weakref__", "itself", "payload")

    def __init__(self) -> None:
        self.itself = self
        self.payload = bytes(1024)


def test_a_settled_bot_still_frees_garbage_held_in_cycles(settled_process: None) -> None:
    alive: weakref.WeakSet[_Cycle] = weakref.WeakSet()
    for _ in range(100_000):  # 100 MB if none were freed
        alive.add(_Cycle())  # dropped at once, but only the collector can free a cycle

    assert len(alive) < 20_000


def test_the_settle_after_ready_starts_no_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """glibc's `malloc_trim` is looked up once, at the settle before connecting: finding the
    C library runs `ldconfig` in a child process, which the settle after READY waited for on
    the event loop while the first interactions after a restart queued behind it."""
    first = return_freed_memory()

    def spawned(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a child process started: {args[0]!r}")

    monkeypatch.setattr(subprocess, "Popen", spawned)
    assert return_freed_memory() is first
