"""The SQLite file and its folder made read-only while the bot runs (an operator's `chmod`, a
backup tool, a volume's permissions changed under it), then writable again: not a restart.

SQLite keeps writing through connections opened before (their open file may still be
written), but one opened meanwhile is opened read-only, silently, and stays read-only for
good. Was: the bot kept such a connection, so once the file was writable again its writes
were still refused, until a restart: with the answer writer's connection opened during the
fault, every `/quiz` and every answer was told "The database is not answering right now"
for good; a pooled one refused some of the other writes (`/preferences`, `/schedule`, ...)
at random. Now a connection that SQLite opened read-only is closed, never kept, and the
student is told plainly that nothing can be saved right now. Read-only at a restart is
`tests/ops/test_database_startup.py` (exit 4, one line).

The bot runs as a process without the power to ignore file permissions
(`WITHOUT_FILE_OVERRIDE` when the tests run as root), so read-only means read-only.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_stop_signals import kept_sessions, ready_to_answer, send_answer, session_of
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    ROOT,
    STARTS_WITHIN,
    WITHOUT_FILE_OVERRIDE,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

PREFIX = WITHOUT_FILE_OVERRIDE if os.geteuid() == 0 else ()


def read_only(folder: Path, on: bool) -> None:
    """Make the SQLite files in `folder`, and the folder itself, read-only (or writable)."""
    for path in folder.glob("bot.sqlite3*"):
        path.chmod(0o444 if on else 0o644)
    folder.chmod(0o555 if on else 0o755)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_store_made_read_only_while_running_says_so_and_works_again_once_writable(
    tmp_path: Path,
):
    figures = tally("solo quiz, SQLite made read-only while running, then writable")
    work = make_workdir(tmp_path / "work")
    async with DiscordDouble() as double:
        process = await start_bot(
            work, bot_env(work, double.server.api_url, double.token), prefix=PREFIX
        )
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            read_only(work, True)  # before the first save: the writer opens read-only
            try:
                refused = await (await double.slash("quiz", {"briefing": "mini", "count": 3})).told(
                    timeout=10
                )
            finally:
                read_only(work, False)
            assert "read-only" in refused.text and "try again later" in refused.text.lower()
            assert refused.ephemeral, "told privately"

            figures.tried += 1
            started = await (await double.slash("quiz", {"briefing": "mini", "count": 3})).told(10)
            assert "Question 1/3" in started.text, f"works again without a restart: {started.text}"
            question, how = await ready_to_answer(double, double.student)  # one to answer
            session = session_of(question)
            answered = await (await send_answer(double, double.student, question, how)).told(10)
            assert "The answer is" in question.text or "The answer is" in answered.text, (
                "saved once writable again, without a restart"
            )
            assert double.late_interactions() == []
        finally:
            read_only(work, False)
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    kept = await kept_sessions(work, [session])
    figures.survived += kept
    assert kept == 1, "the answer is kept"
    assert code == 0 and "Traceback" not in output, output[-3000:]


POOL_PROBE = """
import asyncio, json, os, sys
from pathlib import Path
from bot.store.health import open_checked_store

folder = Path(sys.argv[1])

def read_only(on):
    for path in folder.glob("bot.sqlite3*"):
        path.chmod(0o444 if on else 0o644)
    folder.chmod(0o555 if on else 0o755)

async def main():
    store = await open_checked_store(f"sqlite:///{folder}/bot.sqlite3")
    prefs = store.preferences
    await prefs.set_preferences(1, text_only=True, untimed=None)  # a connection kept, writable
    read_only(True)
    try:
        async def save(user):  # each in its own connection, opened during the fault
            try:
                await prefs.set_preferences(user, text_only=True, untimed=None)
                return "saved"
            except Exception as exc:
                return type(exc).__name__
        during = await asyncio.gather(*(save(u) for u in range(2, 12)))
    finally:
        read_only(False)
    after = [await save(u) for u in range(20, 40)]
    await store.close()
    store = await open_checked_store(f"sqlite:///{folder}/bot.sqlite3")  # as after a restart
    acknowledged = [u for u, told in zip(range(2, 12), during) if told == "saved"]
    kept = [u for u in acknowledged if (await store.preferences.get_preferences(u)).text_only]
    await store.close()
    seen = {"during": during, "after": after, "acknowledged": acknowledged, "kept": kept}
    print(json.dumps(seen))

asyncio.run(main())
"""


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_connections_opened_while_read_only_are_not_kept_for_later_saves(tmp_path: Path):
    """A burst of saves during the fault opens connections read-only: those saved through
    the connection opened before are kept, the others refused; once the folder is writable
    again every save works (the preferences a student sets, here)."""
    folder = tmp_path / "data"
    folder.mkdir()
    probe = await asyncio.create_subprocess_exec(
        *PREFIX,
        sys.executable,
        "-c",
        POOL_PROBE,
        str(folder),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(probe.communicate(), 60)
    folder.chmod(0o755)
    assert probe.returncode == 0, err.decode()[-3000:]
    seen = json.loads(out.decode().strip().splitlines()[-1])
    assert "OperationalError" in seen["during"], "the fault was seen: some saves refused"
    assert seen["acknowledged"] and seen["kept"] == seen["acknowledged"], seen
    assert seen["after"] == ["saved"] * 20, seen["after"]
