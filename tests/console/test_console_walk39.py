"""Walk 39 in the console: what a newcomer typed on the bundled briefing that got a
confusing reply."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def test_a_command_typed_without_its_slash_is_shown_with_it(tmp_path: Path) -> None:
    """A newcomer who typed `help` or `quiz 3` (as the README's table names them, without
    thinking of the slash) was told only "Commands start with /. Type /help to see them."
    It now shows the line as it runs; other words still get the general hint."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk39.sqlite3"}
    done = run_console("help\nQuiz 3\nhello there\n/quit\n", "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "Commands start with /: type /help to run it." in out, out
    assert "Commands start with /: type /Quiz 3 to run it." in out, out
    assert "Commands start with /. Type /help to see them." in out, "hello there: the hint"
