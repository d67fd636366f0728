"""A newcomer trying the console's commands with a blank option (`/quiz briefing:"   "`,
`/glossary "  "`, `/quote ""`) gets what Discord says: which option is empty and what to type,
never a default they did not ask for nor a look-up of a name made of spaces."""

from __future__ import annotations

from tests.console.test_console_process import run_console
from tests.console.test_console_ux import console_env


def test_blank_options_are_answered_as_on_discord(tmp_path):
    typed = '/quiz briefing:"   "\n/glossary "  "\n/quote ""\n/use " "\n/glossary dprk\n'
    done = run_console(typed, "console", env=console_env(tmp_path))
    out = " ".join(done.stdout.split())

    assert "The “briefing” option is empty. Type a briefing's name" in out
    assert "The “term” option is empty. Type a word to look up" in out
    assert "The “person” option is empty. Type the name of someone quoted" in out
    assert out.count("Or leave the option out.") >= 3
    assert "Question 1" not in out, "no quiz started on a briefing nobody named"
    assert "No briefing matches" not in out
    assert "D.P.R.K.: Short for" in out, "the next command still works"
    assert "Traceback" not in done.stdout + done.stderr
