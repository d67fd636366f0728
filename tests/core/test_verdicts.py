"""True/false replies as typed in chat: held letters, yes and no in other languages, slang,
"both" as a reason, a verdict given last, and a reason that takes "false" back. The phrasings
are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing
from bot.core.quiz import judge, present_all
from bot.core.verdicts import read_verdict

BRIEFING = load_briefing(Path(__file__).parents[2] / "content" / "nk-troops-russia.yaml").briefing
CLAIM = "The delegates met in northern Italy in the spring."


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("yesssss", True),
        ("yeahhh", True),
        ("noooo", False),
        ("nahhh", False),
        ("falseeee", False),
        ("trueee!", True),
    ],
)
def test_a_held_letter_still_says_the_verdict(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["tree", "yessir no", "noon", "nooks"])
def test_a_held_letter_never_makes_a_verdict_of_another_word(typed):
    assert read_verdict(typed) is None


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("sí", True),
        ("ja!", True),
        ("verdadero", True),
        ("richtig", True),
        ("nein", False),
        ("falso", False),
        ("não", False),
        ("falsch lol", False),
    ],
)
def test_yes_and_no_in_other_common_languages_say_the_verdict(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize(
    ("typed", "verdict"), [("no cap", True), ("no cap its true", True), ("thats cap", False)]
)
def test_cap_slang_reads_as_its_meaning(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("true, both of them", True), ("yes both", True), ("yeah\n(both parts hold)", True)],
)
def test_both_after_a_verdict_is_a_reason(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["both", "both true and false", "true or both", "either"])
def test_both_alone_or_beside_another_hedge_says_nothing(typed):
    assert read_verdict(typed) is None


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("in the north so true", True),
        ("it was autumn so false", False),
        ("spring, hence true", True),
    ],
)
def test_a_verdict_given_last_after_so_counts(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["true so false", "yes it was so no", "in the north so maybe"])
def test_a_verdict_after_so_that_another_contradicts_or_none_follows_says_nothing(typed):
    assert read_verdict(typed) is None


@pytest.mark.parametrize(
    "typed",
    ["false, they met in northern italy", "false they met in the spring", "nope, northern italy"],
)
def test_false_with_a_reason_that_repeats_the_claim_says_nothing(typed):
    assert read_verdict(typed, CLAIM) is None


@pytest.mark.parametrize(
    "typed",
    [
        "false, southern italy",
        "false, not northern italy",
        "false, they met in the autumn",
        "false (only the spring)",
        "false",
    ],
)
def test_false_with_a_reason_that_corrects_the_claim_stays_false(typed):
    assert read_verdict(typed, CLAIM) is False


def test_true_with_a_reason_that_repeats_the_claim_stays_true():
    assert read_verdict("true, they met in northern italy", CLAIM) is True


def test_the_quiz_asks_again_when_false_comes_with_the_claim_as_its_reason():
    (qq,) = present_all(BRIEFING, ["q-threats-target"], seed=0)
    with pytest.raises(InvalidInput):
        judge(BRIEFING, qq, "false, the regular threats against japan")
    assert judge(BRIEFING, qq, "false, they threaten the south") == (True, "false")


TRAVEL_CLAIM = "The envoys reached Geneva by sea."


@pytest.mark.parametrize(
    "typed",
    ["false, they sailed there", "false they took a boat", "false, by ferry", "nah, shipped"],
)
def test_false_whose_reason_names_the_claims_way_of_travel_in_other_words_says_nothing(typed):
    assert read_verdict(typed, TRAVEL_CLAIM) is None


@pytest.mark.parametrize(
    "typed",
    ["false, they flew", "false by plane", "false, they came by train", "false, not by boat"],
)
def test_false_whose_reason_names_another_way_of_travel_stays_false(typed):
    assert read_verdict(typed, TRAVEL_CLAIM) is False


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("☑️", True), ("👌", True), ("✔✔", True), ("✖️", False), ("👎🏻", False), ("🚫 !", False)],
)
def test_an_emoji_alone_gives_the_verdict_it_shows(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["👍👎", "✔️✖️", "🤷", "😂", "🙂👍"])
def test_emoji_that_disagree_or_say_nothing_give_no_verdict(typed):
    assert read_verdict(typed) is None


def test_a_word_verdict_is_read_before_an_emoji():
    assert read_verdict("false 👍") is False
    assert read_verdict("yes ✖️") is True


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("nahh", False), ("yepp", True), ("yupp", True), ("totally true", True)],
)
def test_a_doubled_last_letter_or_an_intensifier_still_says_the_verdict(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["nee", "yoo", "totally", "100 percent", "completely lol"])
def test_neither_a_doubled_letter_nor_an_intensifier_makes_a_verdict_alone(typed):
    assert read_verdict(typed) is None


@pytest.mark.parametrize("typed", ["certainly not", "absolutely not", "not"])
def test_not_alone_says_the_statement_does_not_hold(typed):
    assert read_verdict(typed) is False


TRAVEL = "The delegates reached Oslo by train."


@pytest.mark.parametrize("typed", ["by plane", "flew", "by ferry lol"])
def test_another_way_of_travelling_alone_says_false(typed):
    assert read_verdict(typed, TRAVEL) is False


@pytest.mark.parametrize("typed", ["by rail", "by bike", "by plane or train"])
def test_the_same_way_an_unknown_one_or_a_hedge_says_nothing(typed):
    assert read_verdict(typed, TRAVEL) is None


def test_a_way_of_travelling_says_nothing_when_the_statement_names_none():
    assert read_verdict("by plane", CLAIM) is None
