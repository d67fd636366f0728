"""The SQLite database file itself removed (or replaced) under the running bot.

The bot never acknowledges into a file that is gone: every click is asked to try again in a
minute and nothing is marked answered. It does not put a file back by itself (the operator
may be restoring a backup); the log says so once, naming the file and the fix, not once per
refused click."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_wal_removed import answer, start_quiz


@pytest.mark.timeout(30)
@pytest.mark.parametrize("how", ["removed", "replaced"])
async def test_no_answer_is_acknowledged_once_the_database_file_is_gone(
    discord_double: DiscordDouble, bot, tmp_path: Path, caplog: pytest.LogCaptureFixture, how
):
    figures = tally(f"solo answer after the SQLite file was {how}")
    pupils = [await discord_double.add_member(f"pupil{n}") for n in range(2)]
    questions = [await start_quiz(discord_double, pupil) for pupil in pupils]
    database = tmp_path / "bot.sqlite3"
    if how == "removed":
        database.unlink()
    else:  # an older copy put in its place
        shutil.copy(database, tmp_path / "copy.sqlite3")
        (tmp_path / "copy.sqlite3").replace(database)

    for pupil, question in zip(pupils, questions, strict=True):
        reply = await answer(discord_double, pupil, question)
        figures.tried += 1
        acknowledged = "The answer is" in question.text
        figures.lost += acknowledged
        assert not acknowledged, "nothing acknowledged into a file that is gone"
        assert reply.ephemeral and "try again" in reply.text.lower()
    assert discord_double.late_interactions() == []
    named = [
        r for r in caplog.records if r.levelno == logging.ERROR and str(database) in r.getMessage()
    ]
    assert len(named) == 1 and "restore the file and restart" in named[0].getMessage()
    assert not any(r.exc_info for r in caplog.records), "no traceback"
