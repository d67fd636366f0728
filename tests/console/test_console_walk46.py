"""Walk 46's console leftover: `/mydata` read as a student."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def test_mydata_says_what_the_file_holds_and_how_to_delete_it(tmp_path: Path) -> None:
    """`/mydata` read "Everything kept about you (answers, review schedule) is in PATH":
    nothing of the quizzes and preferences the file also holds, nor how to delete it. It now
    names what the file holds, as /forgetme names what it deletes, and says to type /forgetme."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk46.sqlite3"}
    done = run_console("/mydata\n/quit\n", env=env, cwd=tmp_path)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "your answers, review schedule, quizzes and preferences" in out, out
    assert "To delete it all, type /forgetme" in out, out
