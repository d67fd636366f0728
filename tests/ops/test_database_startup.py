"""A database that cannot be used at start-up: one line naming it and the fix, exit code 4."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from processes import WITHOUT_FILE_OVERRIDE, bot_env, dead_api_base, finish, make_workdir, start_bot

from bot.ops.exitcodes import ExitCode
from bot.store.health import DatabaseProblem, open_checked_store


def _good_database(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE filler (n INTEGER, text TEXT)")
        db.executemany("INSERT INTO filler VALUES (?, ?)", [(i, "x" * 200) for i in range(3000)])
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def not_a_database(work: Path) -> str:
    (work / "bot.sqlite3").write_bytes(b"these are not the bytes of a database " * 200)
    return "is not a SQLite database"


def truncated(work: Path) -> str:
    _good_database(work / "bot.sqlite3")
    with open(work / "bot.sqlite3", "r+b") as file:
        file.truncate(os.path.getsize(work / "bot.sqlite3") // 2)
    return "is damaged"


def corrupt_page(work: Path) -> str:
    _good_database(work / "bot.sqlite3")
    with open(work / "bot.sqlite3", "r+b") as file:
        file.seek(4096 * 5 + 100)
        file.write(bytes(range(256)) * 12)
    return "is damaged"


def read_only_file(work: Path) -> str:
    _good_database(work / "bot.sqlite3")
    (work / "bot.sqlite3").chmod(0o444)
    return "is read-only"


def read_only_folder(work: Path) -> str:
    _good_database(work / "bot.sqlite3")
    work.chmod(0o555)
    return "is read-only"


def unreadable_file(work: Path) -> str:
    _good_database(work / "bot.sqlite3")
    (work / "bot.sqlite3").chmod(0o000)
    return "cannot be read"


def folder_instead_of_file(work: Path) -> str:
    (work / "bot.sqlite3").mkdir()
    return "is a folder, not a database file"


def under_a_file(work: Path) -> str:
    (work / "data").write_text("a file where a folder should be")
    return "is a file, so"


IN_PROCESS: list[Callable[[Path], str]] = [
    truncated,
    corrupt_page,
    folder_instead_of_file,
    under_a_file,
]
AS_PROCESS: list[Callable[[Path], str]] = [
    not_a_database,
    read_only_file,
    read_only_folder,
    unreadable_file,
]


def _url(data: Path, spoil: Callable[[Path], str]) -> str:
    folder = data / "data" if spoil is under_a_file else data
    return f"sqlite+aiosqlite:///{folder}/bot.sqlite3"


@pytest.mark.parametrize("spoil", AS_PROCESS, ids=[k.__name__ for k in AS_PROCESS])
async def test_the_bot_process_names_an_unusable_sqlite_file_in_one_line(tmp_path, spoil):
    work = make_workdir(tmp_path / "work")
    data = tmp_path / "data"  # the database lives apart, so spoiling it leaves content readable
    data.mkdir()
    expected = spoil(data)
    env = bot_env(work, dead_api_base(), "fake-token-1", DATABASE_URL=_url(data, spoil))
    prefix = WITHOUT_FILE_OVERRIDE if os.geteuid() == 0 else ()
    try:
        code, output = await finish(await start_bot(work, env, prefix=prefix))
    finally:
        data.chmod(0o755)
    lines = [line for line in output.splitlines() if line.strip()]
    assert code == ExitCode.DATABASE, output
    assert len(lines) == 1 and "Database:" in lines[0] and expected in lines[0], output
    assert "Cannot reach Discord" not in output and "Traceback" not in output


@pytest.mark.parametrize("spoil", IN_PROCESS, ids=[k.__name__ for k in IN_PROCESS])
async def test_every_other_unusable_sqlite_file_is_one_problem_with_its_fix(tmp_path, spoil):
    expected = spoil(tmp_path)
    with pytest.raises(DatabaseProblem) as raised:
        await open_checked_store(_url(tmp_path, spoil))
    (tmp_path / "bot.sqlite3").chmod(0o644) if (tmp_path / "bot.sqlite3").is_file() else None
    message = str(raised.value)
    assert expected in message and raised.value.fix and "\n" not in message


async def test_an_unreachable_postgresql_is_not_reported_as_discord(tmp_path):
    work = make_workdir(tmp_path)
    free = dead_api_base().split(":")[2].split("/")[0]  # a port nothing listens on
    env = bot_env(
        work,
        dead_api_base(),
        "fake-token-1",
        DATABASE_URL=f"postgresql+asyncpg://briefbot@127.0.0.1:{free}/briefbot",
    )
    code, output = await finish(await start_bot(work, env))
    assert code == ExitCode.DATABASE
    assert f"cannot reach PostgreSQL at 127.0.0.1:{free}/briefbot" in output
    assert "start the server or fix the host and port in DATABASE_URL" in output
    assert "Traceback" not in output


async def test_a_sqlite_file_uri_is_refused_in_one_line_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseProblem) as raised:
        await open_checked_store("sqlite:///file:briefbot.db?mode=rwc")
    message = str(raised.value)
    assert "`file:` URI is not supported" in message and "\n" not in message
    assert "sqlite:///data/briefbot.sqlite3" in message and raised.value.fix
    assert list(tmp_path.iterdir()) == []  # no file named "file:briefbot.db" appeared
