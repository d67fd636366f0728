"""Walk 32 in the console: a command that exists on Discord only is named as such, with what
a terminal offers instead, never as a command that does not exist."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def _env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk32.sqlite3"}


def test_discord_commands_typed_in_the_console_say_where_they_are(tmp_path: Path) -> None:
    done = run_console(
        "/leaderboard\n/report\n/assign\n/qiuz\n/quit\n", "console", env=_env(tmp_path)
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "/leaderboard is on Discord only" in out, out
    assert "/report is a moderator command on Discord" in out
    assert "`briefbot class-report --server <server id>`" in out, "the terminal's way to it"
    assert "/assign is a moderator command on Discord" in out
    assert "There is no /leaderboard" not in out and "There is no /report" not in out
    assert "There is no /qiuz command. Did you mean /quiz?" in out, "a typo is still a typo"


def test_a_french_console_knows_discord_commands_by_their_french_names(tmp_path: Path) -> None:
    done = run_console(
        "/classement\n/aide\n/quitter\n", "console", "--lang", "fr", env=_env(tmp_path)
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "/classement n'existe que sur Discord\u00a0: cette console" in out, out
    assert "/reviser [dossier] [section]\u00a0: Testez-vous" in out, "help lines: French colon"
