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


def test_quiz_words_that_match_no_briefing_say_what_quiz_reads(tmp_path: Path) -> None:
    """`/quiz 3 hardd` and `/quiz three` answered only "No briefing matches “hardd”": the
    misspelt difficulty, or the count in words, had been searched for as a briefing, and
    nothing said so. The reply now says what /quiz reads its words as."""
    done = run_console("/quiz 3 hardd\n/quiz three\n/quit\n", "console", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    hint = "/quiz reads a number of questions (1 to 25) and a difficulty (easy, medium, hard)"
    for typed in ("hardd", "three"):
        refused = out.split(f"No briefing matches “{typed}”.", 1)[1].split("\n", 1)[0]
        assert hint in refused, out
