"""Walkthrough 28 in the console: the same student's quiz, retry, /score and /review say what
Discord says for the same answers (one core), in English and in French, times in local time."""

from __future__ import annotations

import re
from pathlib import Path

from tests.console.test_console_process import run_console, true_false_content


def true_only(tmp_path: Path) -> dict[str, str]:
    """A console over two true statements (typing true is right, false wrong, whatever the
    order asked), its own database, in New York."""
    return {
        "BRIEFBOT_CONTENT": str(true_false_content(tmp_path)),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/db.sqlite3",
        "TZ": "America/New_York",
    }


DAY_ONE = "/use mini\n/quiz 2\ntrue\nfalse\n/retry\nfalse\n/score\n/review\n"
"""A first day: one right of two, then the missed one missed again in /retry."""


def test_the_console_counts_a_students_first_day_as_discord_does(tmp_path: Path) -> None:
    done = run_console(DAY_ONE + "/quit\n", "console", env=true_only(tmp_path))
    out = done.stdout
    assert done.returncode == 0 and "Traceback" not in out + done.stderr
    assert "You scored 1/2 (50%)" in out and "You scored 0/1 (0%)" in out
    assert "Right answers: 1/3 (33%)" in out and "Streak: 1 day" in out
    assert "Due for review: 0 — the first of 2 questions comes back" in out, (
        "the one still missed (back in a minute), and the right one (a first answer: back in "
        "ten minutes); was: '2 questions come back in 10 minutes', later than the first"
    )
    at = r"\(at (\w+ \d+ \w+, )?\d\d:\d\d\)"  # a time on another day has its date too
    assert re.search(
        rf"Nothing is due yet: the first of 2 questions comes back .*{at}, "
        rf"the last in 10 minutes {at}",
        out,
    ), out


def test_the_console_in_french_writes_numbers_the_french_way(tmp_path: Path) -> None:
    done = run_console(DAY_ONE + "/quitter\n", "console", "--lang", "fr", env=true_only(tmp_path))
    out = done.stdout
    assert done.returncode == 0 and "Traceback" not in out + done.stderr
    assert "Votre score\u00a0: 1/2 (50\u00a0%)" in out
    assert "Bonnes réponses\u00a0: 1/3 (33\u00a0%)" in out and "Série\u00a0: 1 jour" in out
    assert re.search(r"\n  The (storm|reopening)\u00a0: \d/\d \(\d+\u00a0%\)", out), (
        "a section's line"
    )
    assert re.search(r"la première de 2 questions revient .*\(à \d\d:\d\d\)", out)
