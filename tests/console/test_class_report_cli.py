"""`briefbot class-report`: the class report from the terminal, as text or CSV, a real process."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys
from pathlib import Path

from bot.app import build_services
from bot.config import Settings
from bot.core.clock import FakeClock
from bot.core.progress import AnswerRecord
from tests.console.test_console_process import console_base_env

ROOT = Path(__file__).parent.parent.parent
GUILD = 4242
START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def _cli(url: str, content: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environ = console_base_env()
    environ |= {"DATABASE_URL": url, "BRIEFBOT_CONTENT": str(content)}
    return subprocess.run(
        [sys.executable, "-m", "bot", "class-report", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environ,
        timeout=60,
        check=False,
    )


async def test_a_moderator_reads_and_exports_the_report_in_the_terminal(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", content / "mini.yaml")
    url = f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3"
    services = await build_services(
        Settings(content_dir=content, database_url=url), FakeClock(START)
    )
    try:
        work = await services.assignments.assign(
            guild_id=GUILD,
            channel_id=1,
            created_by=2,
            briefing_id="mini",
            due_date="2026-03-14",
            due_time="18:00",
            count=1,
            sections=["storm"],
        )
        await services.store.assignments.start_submission(work, 7, START)
        await services.store.answers.record_answer(
            AnswerRecord(
                7, GUILD, "mini", "q-days", None, False, 3.0, START, work.session_id(7), "4"
            )
        )
        await services.assignments.finish_session(work.session_id(7), GUILD)
    finally:
        await services.close()

    shown = _cli(url, content, "--server", str(GUILD))
    assert shown.returncode == 0, shown.stderr
    assert "Assignment #1: A small test briefing" in shown.stdout
    assert "user 7: finished, 0/1" in shown.stdout
    assert "Most chosen wrong answer: 4 (1)" in shown.stdout

    target = tmp_path / "report.csv"
    exported = _cli(url, content, "--server", str(GUILD), "--assignment", "1", "--csv", str(target))
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["record"], r["user_id"], r["status"]) for r in rows] == [
        ("student", "7", "finished"),
        ("question", "", ""),
    ]
    assert rows[1]["flag"] == "too hard"

    other = _cli(url, content, "--server", "1", "--assignment", "1")
    assert other.returncode == 1
    assert other.stdout.strip() == "This server has no assignment #1."
