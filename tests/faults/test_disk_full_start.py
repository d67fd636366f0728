"""The bot started on a full disk (its SQLite database made earlier, when there was room): one
line naming the disk as full and the fix, exit code 4, the token never shown (was: "disk I/O
error ... check DATABASE_URL and the server"). The same run on a real full tmpfs gave the same
line; here the disk's free space is what the operating system reports, made zero."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.config import Secret, Settings
from bot.discord_bot.runner import run_discord
from bot.ops.exitcodes import ExitCode
from tests.ops.processes import dead_api_base

TOKEN = "MTIz.the-token-itself"


def test_a_full_disk_at_start_up_is_one_clear_line_and_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    database = tmp_path / "bot.sqlite3"
    with sqlite3.connect(database) as made_when_there_was_room:
        made_when_there_was_room.execute("PRAGMA journal_mode=WAL")
    real = shutil.disk_usage

    def full(path: Any) -> Any:
        return real(path)._replace(free=0)

    monkeypatch.setattr(shutil, "disk_usage", full)
    settings = Settings(
        discord_token=Secret(TOKEN),
        content_dir=tmp_path,
        database_url=f"sqlite+aiosqlite:///{database}",
        api_base=dead_api_base(),  # never Discord itself, should the start go that far
    )
    caplog.set_level(logging.INFO)
    assert run_discord(settings) == ExitCode.DATABASE
    lines = [r.getMessage() for r in caplog.records]
    (line,) = [text for text in lines if text.startswith("Database:")]
    assert f"the disk holding the SQLite file {database} is full" in line
    assert "free some space" in line
    assert not any(TOKEN in text for text in lines)
