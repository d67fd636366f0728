"""The SQLite `-wal` file removed while the bot runs (a cleanup script, a careless `rm`).

SQLite goes on writing into the removed file, which no one finds after a restart: before the
fix every later answer was acknowledged, and a `kill -9` then lost all of them (the schema
too, when nothing had been checkpointed yet). Now the bot sees it before the next commit:
the student is asked to try again, nothing more is acknowledged, and the log names the file
once and the fix: a clean stop, whose closing connections write the removed file's changes
into the database file (a `kill -9` would lose them).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.core.progress import AnswerRecord
from bot.store.engine import DatabaseVanishedError
from bot.store.health import open_checked_store
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally


async def start_quiz(double: DiscordDouble, user: Any) -> Any:
    """A solo quiz for `user`: its first question."""
    itx = await double.slash("quiz", {"briefing": "mini", "count": 3}, user=user)
    return (await itx.response(timeout=10)).message


async def answer(double: DiscordDouble, user: Any, question: Any) -> Any:
    """`user` answers `question` (the first choice, or a typed answer): the bot's reply."""
    first = question.buttons[0]
    if first["label"] == "Answer":
        shown = await (await double.click(question, label="Answer", user=user)).response()
        answered = await double.submit_modal(shown.custom_id, {"answer": "Ada Quill"}, user=user)
    else:
        answered = await double.click(question, first["custom_id"], user=user)
    return await answered.response(timeout=5)


@pytest.mark.timeout(30)
async def test_no_answer_is_acknowledged_after_the_wal_file_is_removed(
    discord_double: DiscordDouble, bot, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    figures = tally("solo answer after the SQLite -wal file was removed")
    pupils = [await discord_double.add_member(f"pupil{n}") for n in range(2)]
    questions = [await start_quiz(discord_double, pupil) for pupil in pupils]
    first = await start_quiz(discord_double, discord_double.student)
    await answer(discord_double, discord_double.student, first)
    assert "The answer is" in first.text, "the bot works before the fault"
    (tmp_path / "bot.sqlite3-wal").unlink()

    for pupil, question in zip(pupils, questions, strict=True):
        reply = await answer(discord_double, pupil, question)
        figures.tried += 1
        acknowledged = "The answer is" in question.text
        figures.lost += acknowledged  # it went into the removed file
        assert not acknowledged, "nothing acknowledged into the removed -wal file"
        assert reply.ephemeral and "try again" in reply.text.lower()
    assert discord_double.late_interactions() == []
    named = [r for r in caplog.records if r.levelno == logging.ERROR and "-wal" in r.getMessage()]
    assert len(named) == 1 and "stop it cleanly" in named[0].getMessage(), "one line, the fix"
    assert not any(r.exc_info for r in caplog.records), "no traceback"


def answer_record(question: str) -> AnswerRecord:
    return AnswerRecord(
        user_id=7,
        guild_id=1,
        briefing_id="mini",
        question_id=question,
        section_id=None,
        seconds=1.0,
        correct=True,
        answered_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        session_id="s1",
    )


async def test_a_clean_stop_after_the_wal_file_was_removed_keeps_what_was_acknowledged(
    tmp_path: Path,
):
    path = tmp_path / "bot.sqlite3"
    store = await open_checked_store(f"sqlite:///{path}")
    try:
        assert await store.answers.record_answer(answer_record("q1"))
        Path(f"{path}-wal").unlink()  # q1 and the whole schema were only in it
        with pytest.raises(DatabaseVanishedError, match="stop it cleanly"):
            await store.answers.record_answer(answer_record("q2"))
    finally:
        await store.close()  # the last connection closing writes the removed file's changes
    with sqlite3.connect(path) as db:
        kept = db.execute("SELECT question_id FROM answers").fetchall()
    assert kept == [("q1",)], "the acknowledged answer is in the file, the refused one is not"
