"""Polish 44's console leftovers: an untimed student's score, and what /forgetme names."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console
from tests.console.test_console_ux import console_env, short_only_content


def test_an_untimed_students_score_says_nothing_of_time(tmp_path: Path) -> None:
    """A console student who chose untimed play finished a quiz and read "You scored 1/1
    (100%) in 0 s.": a time they had turned off. It now says nothing of time, as on
    Discord; a timed student's score still says how long it took."""
    env = console_env(tmp_path, short_only_content(tmp_path))
    timed = run_console("/quiz 1\nAda Quill\n", "console", env=env).stdout
    assert "You scored 1/1 (100%) in " in timed, timed
    untimed = run_console("/preferences untimed on\n/quiz 1\nAda Quill\n", "console", env=env)
    out = untimed.stdout
    assert untimed.returncode == 0, untimed.stderr
    assert "You scored 1/1 (100%).\n" in out, out
    assert " s.\n" not in out, out
