"""Console lookups as a student types them: a briefing by a short id, glossary terms loosely."""

from __future__ import annotations

from tests.console.test_console_process import run_console


def test_use_a_short_id_and_look_up_terms_as_typed(tmp_path):
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/lookups.sqlite3"}
    done = run_console(
        "/use nk\n/glossary dprk\n/glossary dual use\n/glossary zzz\n", "console", env=env
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "No briefing matches" not in out
    assert "D.P.R.K.: Short for Democratic People's Republic of Korea" in out
    assert "Dual-use technology: Technology that can serve" in out
    assert "has no term like “zzz”" in out
    assert "Traceback" not in out + done.stderr


def test_reading_commands_take_a_briefing_as_on_discord(tmp_path):
    """`/facts china`, `/timeline 2024` and `/figures cha` used to print the current
    briefing's list as if the words had been read (walk 38). They name a briefing now, as
    the Discord commands' `briefing` option does: a short id reads that briefing, and words
    that name none get a polite answer instead of a list that ignored them."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/reading.sqlite3"}
    done = run_console(
        "/facts nk\n/timeline 2024\n/figures cha\n/notes nk\n/help\n", "console", env=env
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "key facts (1/" in out and "sources & notes (1/" in out, out
    for typed in ("2024", "cha"):
        assert f"No briefing matches “{typed}”" in out, typed
    assert "dated events" not in out.split("Commands")[0], "no timeline for '2024'"
    assert "/facts [briefing]" in out and "/timeline [briefing]" in out, "help says so"
    assert "Traceback" not in out + done.stderr
