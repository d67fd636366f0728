"""A student correcting themselves in one line ("uganda, no wait kenya", "b, actually c"):
the answer given last is judged, on short and choice questions alike. The phrasings are
invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.loader import load_briefing
from bot.core.matching import is_correct
from bot.core.quiz import judge, present_all

BRIEFING = load_briefing(Path(__file__).parents[2] / "content" / "nk-troops-russia.yaml").briefing


@pytest.mark.parametrize(
    "typed", ["uganda, no wait kenya", "Uganda... actually Kenya", "uganda i mean kenya"]
)
def test_the_answer_after_a_correction_is_judged(typed):
    assert is_correct(typed, "Kenya", (), ["Uganda"])


@pytest.mark.parametrize(
    "typed",
    ["kenya, actually uganda", "kenya no wait uganda", "uganda, actually kenya or uganda"],
)
def test_a_correction_to_a_wrong_answer_is_wrong(typed):
    assert not is_correct(typed, "Kenya", (), ["Uganda"])


def _choice_reply(typed: str) -> tuple[bool, str | None]:
    (shown,) = present_all(BRIEFING, ["q-us-stance"], seed=0)
    return judge(BRIEFING, shown, typed)


def test_a_key_corrected_to_another_key_picks_the_last():
    (shown,) = present_all(BRIEFING, ["q-us-stance"], seed=0)
    right = shown.right_key
    other = next(key for key in shown.keys if key != right)
    assert _choice_reply(f"{right}, actually {other}") == (False, other)
    assert _choice_reply(f"{other} no wait {right}") == (True, right)


def test_a_short_answer_corrected_into_giving_up_is_not_right():
    (shown,) = present_all(BRIEFING, ["q-combat-country"], seed=0)
    assert judge(BRIEFING, shown, "ukraine, actually pass")[0] is False
    assert judge(BRIEFING, shown, "russia, actually ukraine")[0] is True
