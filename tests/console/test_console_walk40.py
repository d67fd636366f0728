"""Walk 40 in the console: what a newcomer typed on the bundled briefing that got a
confusing reply."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def test_a_keyword_of_no_letters_lists_no_briefing_as_matching_it(tmp_path: Path) -> None:
    """`/briefings 🙂` (or `???`) listed every briefing under "Briefings (1)", as if each
    matched the keyword: a keyword with no letter or digit was searched as a blank one. It
    now says no briefing matches it, as a keyword of words that match none does."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40.sqlite3"}
    done = run_console(
        "/briefings 🙂\n/briefings ???\n/briefings korea\n/quit\n", "console", env=env
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "No briefings matching “🙂” are loaded." in out, out
    assert "No briefings matching “???” are loaded." in out, out
    assert out.count("id: nk-troops-russia") == 1, "korea still finds it"
