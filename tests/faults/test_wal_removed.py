"""The SQLite `-wal` file removed while the bot runs (a cleanup script, a careless `rm`).

SQLite goes on writing into the removed file, which no one finds after a restart: before
the first fix every later answer was acknowledged, and a `kill -9` then lost all of them (the
schema too, when nothing had been checkpointed yet); after it, the bot refused every write
until a restart. Now the click that finds the file gone is asked to try again, the store
closes every connection (which writes the removed file's changes into the database file)
and the retry is saved, on a new `-wal`: a `kill -9` after that loses nothing acknowledged.
When the click's own first read (the student's preferences) finds the loss, the heal may
end before its answer is written: that answer is then saved on the new `-wal`, and the
tests accept it, provided the heal came first.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.core.progress import AnswerRecord
from bot.store.engine import DatabaseVanishedError
from bot.store.health import open_checked_store
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_stop_signals import ready_to_answer, send_answer, session_of
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)


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
    return await answered.told(timeout=10)  # at once, or deferred then followed


@pytest.mark.timeout(30)
async def test_the_bot_heals_itself_after_the_wal_file_is_removed(
    discord_double: DiscordDouble, bot, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    figures = tally("solo answer after the SQLite -wal file was removed")
    pupils = [await discord_double.add_member(f"pupil{n}") for n in range(2)]
    questions = [await start_quiz(discord_double, pupil) for pupil in pupils]
    first = await start_quiz(discord_double, discord_double.student)
    await answer(discord_double, discord_double.student, first)
    assert "The answer is" in first.text, "the bot works before the fault"
    (tmp_path / "bot.sqlite3-wal").unlink()

    healed = lambda: [r for r in caplog.records if "saving again" in r.getMessage()] or None  # noqa: E731
    reply = await answer(discord_double, pupils[0], questions[0])
    if "The answer is" in questions[0].text:  # the click's own read found the loss first
        assert healed(), "acknowledged only after the heal, never into the removed file"
    else:
        assert reply.ephemeral and "try again" in reply.text.lower()
    assert await discord_double.wait_for(healed), "one line for the heal"
    for pupil, question in zip(pupils, questions, strict=True):  # the retry, and a new click
        if "The answer is" not in question.text:
            await answer(discord_double, pupil, question)
        figures.tried += 1
        figures.survived += "The answer is" in question.text
        assert "The answer is" in question.text, "saved again once healed"
    assert (tmp_path / "bot.sqlite3-wal").exists(), "a new -wal file"
    assert discord_double.late_interactions() == []
    named = [r for r in caplog.records if r.levelno == logging.ERROR and "-wal" in r.getMessage()]
    assert len(named) == 1, "one line for the fault"
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


def kept_answers(database: Path, session_ids: list[str]) -> int:
    """How many of `session_ids` have an answer in the database (opened as a restart would)."""
    with sqlite3.connect(database) as db:
        marks = ",".join("?" * len(session_ids))
        query = f"SELECT count(DISTINCT session_id) FROM answers WHERE session_id IN ({marks})"
        return int(db.execute(query, session_ids).fetchone()[0])


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_kill_9_after_the_heal_loses_no_acknowledged_answer(tmp_path: Path):
    figures = tally("solo answer, -wal removed, healed, then kill -9")
    work = make_workdir(tmp_path)
    database = work / "bot.sqlite3"
    async with DiscordDouble() as double:
        process = await start_bot(work, bot_env(work, double.server.api_url, double.token))
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            pupils = [await double.add_member(f"pupil{n}") for n in range(3)]
            ready = [await ready_to_answer(double, pupil) for pupil in pupils]
            sessions = [session_of(question) for question, _ in ready]
            question, how = ready[0]
            await (await send_answer(double, pupils[0], question, how)).told(timeout=10)
            Path(f"{database}-wal").unlink()
            question, how = ready[1]
            reply = await (await send_answer(double, pupils[1], question, how)).told(10)
            log = Path(process.output_path)  # type: ignore[attr-defined]
            if "The answer is" in question.text:  # healed before the answer was written
                assert "saving again" in log.read_text(), "acknowledged only after the heal"
            else:
                assert "try again" in reply.text.lower()
            await double.wait_for(lambda: "saving again" in log.read_text() or None)
            for pupil, (question, how) in zip(pupils[1:], ready[1:], strict=True):
                if "The answer is" in question.text:
                    continue
                if how[0] == "modal":  # the refused box closed: open it again
                    await (await double.click(question, label="Answer", user=pupil)).response(5)
                await (await send_answer(double, pupil, question, how)).told(timeout=10)
        finally:
            process.send_signal(signal.SIGKILL)
            _, output = await finish(process)
    shown = [q.text for q, _ in ready]
    acknowledged = [s for s, text in zip(sessions, shown, strict=True) if "The answer is" in text]
    figures.tried += len(ready)
    figures.survived += kept_answers(database, acknowledged)
    figures.lost += len(acknowledged) - kept_answers(database, acknowledged)
    assert len(acknowledged) == 3, "the answer before the fault, the retry and a new click"
    assert kept_answers(database, acknowledged) == 3, "nothing acknowledged is lost"
    assert "Traceback" not in output and output.count("saving again") == 1, output[-3000:]
