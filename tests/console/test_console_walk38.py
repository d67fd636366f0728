"""Walk 38 in the console: what a newcomer typed on the bundled briefing that got a
confusing reply."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def _env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk38.sqlite3"}


def test_forgetme_no_says_nothing_was_deleted(tmp_path: Path) -> None:
    """`/forgetme no` asked again "Delete everything about you? ... Type /forgetme yes to
    confirm", so someone who had just declined could not tell whether anything went. It now
    says nothing was deleted, and the answers given before are still counted."""
    done = run_console(
        "/quiz 1 easy\nB\ntrue\n/forgetme\n/forgetme no\n/score\n/quit\n",
        "console",
        env=_env(tmp_path),
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    declined = out.split("/forgetme yes to confirm.", 1)[1]
    assert "Nothing deleted" in declined and "stays as it was" in declined, out
    assert "/forgetme yes to confirm" not in declined, "not asked again"
    assert "Right answers: " in declined and "No answers yet" not in declined
