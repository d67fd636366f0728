"""A SQLite file deleted while the bot runs: no answer is acknowledged into the void."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.progress import AnswerRecord
from bot.store.engine import DatabaseVanishedError
from bot.store.health import check_database, open_checked_store


def _answer(n: int) -> AnswerRecord:
    return AnswerRecord(
        user_id=7,
        guild_id=1,
        briefing_id="mini",
        question_id=f"q{n}",
        section_id=None,
        seconds=1.0,
        correct=True,
        answered_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        session_id="s1",
    )


async def test_an_answer_after_the_file_vanished_fails_and_no_empty_file_takes_its_place(
    tmp_path: Path,
):
    path = tmp_path / "bot.sqlite3"
    store = await open_checked_store(f"sqlite+aiosqlite:///{path}")
    try:
        assert await store.answers.record_answer(_answer(1))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        with pytest.raises(DatabaseVanishedError, match="deleted or replaced"):
            await store.answers.record_answer(_answer(2))
        assert not path.exists(), "no fresh empty database silently replaces the lost one"
    finally:
        await store.close()


async def test_the_quiz_tells_the_student_and_never_says_registered(
    discord_double, bot, settings, tmp_path
):
    itx = await discord_double.slash("quiz", {"briefing": "mini", "count": 3})
    message = (await itx.response(timeout=10)).message
    (tmp_path / "bot.sqlite3").unlink()
    first = message.buttons[0]
    if first["label"] == "Answer":
        shown = await (await discord_double.click(message, label="Answer")).response(timeout=10)
        answered = await discord_double.submit_modal(shown.custom_id, {"answer": "Ada Quill"})
    else:
        answered = await discord_double.click(message, first["custom_id"])
    reply = await answered.told(timeout=10)
    assert "The answer is" not in message.text, "nothing was acknowledged"
    assert reply.ephemeral and "try again" in reply.text.lower()
    checks = await check_database(settings.database_url)
    assert not checks[-1].ok
