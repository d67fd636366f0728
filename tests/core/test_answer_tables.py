"""The first typed answer of a process builds the answer tables off the event loop: whatever
else the process is answering meanwhile goes on (found by `benchmarks.chaos`, where the first
typed answer after each restart held every interaction beside it for up to a second)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot.core import answer_tables, matching, place_names
from tests.core.test_study import study


def tables_not_built(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The tables as in a fresh process; building them waits (in whatever thread builds them)
    until the returned event is set, and records whether it was."""
    freed = threading.Event()
    real = place_names.english_names
    waits: list[bool] = []

    def names_once_freed() -> dict[str, str]:
        waits.append(freed.wait(timeout=5))
        return real()

    monkeypatch.setattr(place_names, "english_names", names_once_freed)
    monkeypatch.setattr(answer_tables, "_built", None)
    matching._territories.cache_clear()
    matching._countries_last_words.cache_clear()
    freed.waits = waits  # type: ignore[attr-defined]
    return freed


async def test_the_first_typed_answer_leaves_the_event_loop_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """While the first typed answer waits for the tables, the loop runs other work: here, the
    one thing that lets the tables be built. Judged on the loop, they waited for it in vain."""
    service, _store, _clock = study(tmp_path)
    started = await service.start_solo(42, "mini", count=3)
    session = started.session
    while session.current().question.kind != "short":
        qq = session.current()
        await service.answer_solo(session.session_id, 42, qq.right_key or "true")
    freed = tables_not_built(monkeypatch)
    answering = asyncio.create_task(service.answer_solo(session.session_id, 42, "ada quil"))
    asyncio.get_running_loop().call_soon(freed.set)  # other work on the loop
    result = await asyncio.wait_for(answering, timeout=30)
    assert freed.waits == [True]  # type: ignore[attr-defined]
    assert result.correct


async def test_every_answer_waiting_for_the_tables_is_judged_once_they_are_built(
    monkeypatch: pytest.MonkeyPatch,
):
    """Several callers at once share one build, and each returns once it is done."""
    freed = tables_not_built(monkeypatch)
    waiting = [asyncio.create_task(answer_tables.typed_answers_ready()) for _ in range(3)]
    await asyncio.sleep(0.05)
    assert not any(task.done() for task in waiting)
    freed.set()
    await asyncio.wait_for(asyncio.gather(*waiting), timeout=30)
    assert freed.waits == [True]  # type: ignore[attr-defined]
    assert matching.is_correct("rossiya", "Russia")
