"""Walk 40b in the console: small things a user trips on."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def test_words_after_a_command_that_reads_none_are_said_to_be_left_out(tmp_path: Path) -> None:
    """`/courses zzz` listed every course as if it had looked for "zzz" (Discord's /courses
    has no option to type it in; /score, /help alike): the console read the words and did
    nothing with them. It still answers, and says the words were left out; commands that
    read words (`/briefings korea`, `/forgetme no`) say nothing of the kind."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40b.sqlite3"}
    typed = "/courses zzz\n/score everywhere\n/briefings korea\n/forgetme no\n/courses\n/quit\n"
    done = run_console(typed, "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "/courses takes no words here: “zzz” was left out." in out, out
    assert out.count("Current events club: first term") == 2, "listed both times"
    assert "/score takes no words here: “everywhere” was left out." in out, out
    assert out.count("takes no words") == 2, out
