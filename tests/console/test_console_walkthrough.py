"""Walkthrough 26: a student typing in the console what they would reach for."""

from __future__ import annotations

import pytest

from tests.console.test_console_process import run_console


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("progress", "score"), ("stats", "score"), ("points", "score")],
)
def test_a_command_named_in_other_words_points_to_the_one_meant(typed, meant):
    done = run_console(f"/{typed}\n", "console")
    assert f"There is no /{typed} command. Did you mean /{meant}?" in done.stdout, done.stdout


@pytest.mark.parametrize("typed", ["hint", "skip"])
def test_a_far_fetched_likeness_is_not_suggested(typed):
    """`/skip` once suggested /stop, which ends the whole quiz; `/hint` suggested /quit."""
    done = run_console(f"/{typed}\n", "console")
    assert f"There is no /{typed} command. Type /help for the list." in done.stdout, done.stdout


ODD_LINES = [
    "/frobnicate",
    "/",
    "@everyone",
    "🎉",
    "x" * 5000,
    "/use",
    "/brief " + "x" * 5000,
    "/quote 🤖",
    "/glossary @everyone",
    "/briefings 🦆",
    "/review zzz",
    "/retry",
    "/stop",
    "/quiz 0",
    "/quiz 999",
    "/quiz -1",
    "/quiz 1.5",
    "/quiz 99999999999999999999",
    "/quiz abc",
]


def test_every_student_command_with_odd_input_is_answered_politely(tmp_path):
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/db.sqlite"}
    done = run_console("\n".join(ODD_LINES) + "\n/quit\n", "console", env=env)
    out = done.stdout
    assert done.returncode == 0 and "Traceback" not in out + done.stderr
    assert out.count("Pick between 1 and 25 questions.") == 5, "0, 999, -1, 1.5 and a huge count"
    assert out.count("Commands start with /.") == 3, "a mention, an emoji and a long line"
    assert "x" * 101 not in out, "a long argument is not echoed whole"
    assert "No briefing matches “abc”" in out
    assert "Nothing to retry yet" in out and "You are not in a quiz" in out
    assert "See you next time." in out
