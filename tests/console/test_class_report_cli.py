"""`briefbot class-report`: the class report from the terminal, as text or CSV, a real process."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys
from pathlib import Path

from bot.app import Services, build_services
from bot.config import Settings
from bot.core.clock import FakeClock
from bot.core.progress import AnswerRecord
from tests.bot_fixtures import HARBOUR
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


def _bot_folder(tmp_path: Path) -> tuple[Path, str]:
    """A content folder with the mini briefing, and the database URL beside it."""
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", content / "mini.yaml")
    return content, f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3"


async def _services(content: Path, url: str) -> Services:
    return await build_services(Settings(content_dir=content, database_url=url), FakeClock(START))


async def test_a_moderator_reads_and_exports_the_report_in_the_terminal(tmp_path: Path) -> None:
    content, url = _bot_folder(tmp_path)
    services = await _services(content, url)
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
    assert rows[1]["flag"] == "", "one answer is too few to call the question hard"

    other = _cli(url, content, "--server", "1", "--assignment", "1")
    assert other.returncode == 1
    assert other.stdout.strip() == "This server has no assignment #1."


async def test_the_terminal_report_on_an_unpublished_briefing_says_how_to_publish_it(
    tmp_path: Path,
) -> None:
    """`class-report --briefing harbour` on the server's own draft once answered "No briefing
    matches", as if the moderator had mistyped; it names the draft and the way to publish it,
    and once published reports on it like `/report` does."""
    content, url = _bot_folder(tmp_path)
    services = await _services(content, url)
    try:
        stored = await services.content.upload(GUILD, "harbour.yaml", HARBOUR.encode())
        assert not stored.problems, stored
    finally:
        await services.close()

    draft = _cli(url, content, "--server", str(GUILD), "--briefing", "harbour")
    assert draft.returncode == 1
    assert "`harbour` is not published" in draft.stdout, draft.stdout
    assert "`/briefing publish harbour`" in draft.stdout
    assert "No briefing matches" not in draft.stdout

    services = await _services(content, url)
    try:
        await services.content.publish(GUILD, "harbour")
    finally:
        await services.close()
    published = _cli(url, content, "--server", str(GUILD), "--briefing", "harbour")
    assert published.returncode == 0, published.stdout + published.stderr
    assert "Briefing: Harbour reopens" in published.stdout, published.stdout
    elsewhere = _cli(url, content, "--server", "1", "--briefing", "harbour")
    assert elsewhere.returncode == 1 and "not published" not in elsewhere.stdout, (
        "another server learns nothing of this one's briefings"
    )
