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
