"""How the console reads `/quiz`'s words: a count that is out of range or not whole says so."""

from __future__ import annotations

import pytest

from tests.console.test_console_process import run_console
from tests.console.test_console_ux import console_env


@pytest.mark.parametrize("count", ["-3", "1.5", "0", "999"])
def test_a_count_that_cannot_be_asked_names_the_range_not_a_briefing(tmp_path, count):
    done = run_console(f"/quiz {count}\n", "console", env=console_env(tmp_path))
    out = done.stdout.replace("\n", " ")
    assert "Pick between 1 and 25 questions." in out
    assert "No briefing matches" not in out
    assert "Traceback" not in done.stdout + done.stderr


def test_a_quiz_short_of_its_count_says_why(tmp_path):
    """`/quiz 25 hard` on the bundled briefing (11 hard questions) said only "11 questions"
    (walk 38): it now says why it has fewer than asked."""
    done = run_console(
        "/quiz 25 hard\n/stop\n/quiz 3\n/stop\n", "console", env=console_env(tmp_path)
    )
    out = done.stdout.replace("\n", " ")
    assert "This quiz has 11 questions, not 25: that is every hard question" in out, out
    assert out.count("This quiz has") == 1, "a quiz of the count asked says nothing more"
