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
