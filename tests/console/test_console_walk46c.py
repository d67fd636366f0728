"""Walk 46c in the console: a newcomer's first hour from a fresh clone, and a student's week."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console
from tests.console.test_console_ux import console_env

RULE = "───"


def test_text_only_drops_the_rules_and_the_row_of_options(tmp_path: Path) -> None:
    """`/preferences text_only on` answered "Text only (...): on" and the console went on as
    before: a screen reader still read a rule of "─" under every title, and under each
    verdict the options again, the right one marked by "✔" alone. A console student who
    chose text only now gets titles without rules, from the reply that confirms it, and, as on
    Discord, a verdict without the options (its words say the right answer); turned off, both
    come back."""
    env = console_env(tmp_path)
    typed = "/brief\n/preferences text_only on\n/brief\n/quiz 1 easy\n1\n"
    typed += "/preferences text_only off\n/brief\n"
    done = run_console(typed, "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    before, chose = out.split("Preferences saved\n", 1)
    during, after = chose.split("Preferences saved\n", 1)
    assert RULE in before, before
    assert RULE not in during, during
    assert "Question 1/1 · easy\n" in during and "The answer is" in during, during
    assert " ✔" not in during and "[A) " not in during, during
    assert RULE in after, after
