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


def test_forgetme_names_the_preferences_it_deletes(tmp_path: Path) -> None:
    """A console student with untimed play on typed /forgetme and read that it deletes
    "your answers, review schedule and quizzes": the untimed choice went too, unsaid, and
    their next quiz's score told the time again. The question now names the preferences,
    as Discord's does, and the reply says untimed is off again and how to turn it back on
    (the console has no /remind, so no reminder to name)."""
    env = console_env(tmp_path)
    typed = "/preferences untimed on\n/forgetme\n/forgetme yes\n/forgetme\n/forgetme yes\n"
    done = run_console(typed, "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    asked = "This deletes your answers, review schedule, quizzes and preferences, and cannot"
    assert out.count(asked) == 2, out
    assert out.count("Untimed is off again: /preferences turns it back on.") == 1, out
