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
