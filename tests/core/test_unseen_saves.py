"""What a command saved while its user stopped waiting is kept for the same command's retry."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

import pytest

from bot.core import unseen_saves
from bot.core.unseen_saves import UnseenSaves


async def slow_save(landing: asyncio.Event, value: str, fails: bool = False) -> str:
    await landing.wait()
    if fails:
        raise OSError("database or disk is full")
    return value


async def given_up(saves: UnseenSaves[str, str], key: str, save: Awaitable[str]) -> None:
    """`begin` whose caller stops waiting (the bot's give-up) before the save lands."""
    waiting = asyncio.ensure_future(saves.begin(key, save))
    await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting


async def test_a_save_given_up_lands_and_its_retry_takes_it_once():
    saves: UnseenSaves[str, str] = UnseenSaves()
    landing = asyncio.Event()
    await given_up(saves, "quiz", slow_save(landing, "saved"))
    retry = asyncio.ensure_future(saves.take("quiz"))  # before it lands: waits for it
    landing.set()
    assert await retry == "saved"
    assert await saves.take("quiz") is None, "taken once"
    assert await saves.take("another") is None


async def test_a_save_given_up_that_fails_leaves_its_retry_to_start_anew(
    caplog: pytest.LogCaptureFixture,
):
    saves: UnseenSaves[str, str] = UnseenSaves()
    landing = asyncio.Event()
    await given_up(saves, "quiz", slow_save(landing, "saved", fails=True))
    landing.set()
    assert await saves.take("quiz") is None
    assert [r.levelno for r in caplog.records] == [logging.WARNING], "one line, no traceback"
    assert not any(r.exc_info for r in caplog.records)


async def test_a_save_whose_reply_failed_is_taken_by_its_retry_and_the_oldest_go_first(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(unseen_saves, "MAX_KEPT", 2)
    saves: UnseenSaves[str, str] = UnseenSaves()
    for n in range(3):
        saves.missed(f"quiz {n}", f"saved {n}")
    assert await saves.take("quiz 0") is None, "the oldest went first"
    assert [await saves.take(f"quiz {n}") for n in (1, 2)] == ["saved 1", "saved 2"]


async def test_a_save_awaited_to_its_end_is_not_kept():
    saves: UnseenSaves[str, str] = UnseenSaves()
    landing = asyncio.Event()
    landing.set()
    assert await saves.begin("quiz", slow_save(landing, "saved")) == "saved"
    assert await saves.take("quiz") is None, "its user saw it: a new start is a new quiz"
