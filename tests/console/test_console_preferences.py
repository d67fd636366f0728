"""/preferences in the console: untimed is kept across runs, odd input gets a clear answer."""

from __future__ import annotations

from tests.console.test_console_process import run_console
from tests.console.test_console_ux import console_env


def test_untimed_is_kept_across_runs_and_odd_input_is_answered_politely(tmp_path):
    env = console_env(tmp_path)
    first = run_console(
        "/preferences untimed on\n/preferences colour blue\n/preferences untimed maybe\n"
        "/preferences untimed\n",
        "console",
        env=env,
    )
    second = run_console("/preferences\n", "console", env=env)

    assert first.returncode == 0 and "Traceback" not in first.stderr + first.stdout
    assert "Preferences saved" in first.stdout
    assert "There is no preference “colour”" in first.stdout
    assert "Say on or off, not “maybe”." in first.stdout
    assert "Say on or off after untimed, e.g. /preferences untimed on." in first.stdout
    shown = second.stdout[second.stdout.index("Your preferences") :]
    assert "Untimed (no timer, no speed bonus, no countdowns): on" in shown
    assert "Text only (no embeds, answers on the buttons): off" in shown
