"""Typed replies to choice questions: an option's place as an ordinal, a key that opens a
longer reply, and labels typed in brackets after their values. The phrasings are invented for
these tests (none is from a benchmark set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.choice_keys import leading_key, read_choice_key
from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing
from bot.core.matching import is_correct, pick_by_words
from bot.core.quiz import judge, present_all

BRIEFING = load_briefing(Path(__file__).parents[2] / "content" / "nk-troops-russia.yaml").briefing
KEYS = ("A", "B", "C", "D")


def _judged(question_id: str, typed: str) -> tuple[bool, str | None]:
    (qq,) = present_all(BRIEFING, [question_id], seed=0)
    return judge(BRIEFING, qq, typed)


@pytest.mark.parametrize(
    ("typed", "position"),
    [("the third option", 2), ("2nd one", 1), ("first", 0), ("option 4th", 3), ("fourth one", 3)],
)
def test_an_ordinal_names_the_option_at_that_place(typed, position):
    assert read_choice_key(typed, KEYS, ("Oslo", "Bergen", "Bodø", "Tromsø")) == position


@pytest.mark.parametrize(
    ("typed", "options"),
    [
        ("the fifth option", ("Oslo", "Bergen", "Bodø", "Tromsø")),  # no fifth option
        ("third", ("First Army", "Second Army", "Third Army", "Fourth Army")),  # an option's word
        ("the third and the first", ("Oslo", "Bergen", "Bodø", "Tromsø")),
    ],
)
def test_an_ordinal_that_fits_no_place_or_is_an_options_own_word_names_no_key(typed, options):
    assert read_choice_key(typed, KEYS, options) is None


def test_an_ordinal_picks_the_option_shown_at_that_place():
    assert _judged("q-invasion-date", "the 3rd one") == (True, "C")
    assert _judged("q-invasion-date", "second option") == (False, "B")


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("b) because of the estimate", (1, "because of the estimate")),
        ("C - the record", (2, "the record")),
        ("d: no idea tbh", (3, "no idea tbh")),
        ("a, i think", (0, "i think")),
        ("2. the second", (1, "the second")),
    ],
)
def test_a_key_that_opens_a_reply_is_found_with_the_words_after_it(typed, opened):
    assert leading_key(typed, KEYS) == opened


@pytest.mark.parametrize(
    "typed",
    ["a lot of them", "plan b", "e. coli", "b", "abc) yes", "3,000", "2.5 million", "c-3po"],
)
def test_a_letter_that_is_a_word_or_no_key_opens_nothing(typed):
    assert leading_key(typed, KEYS) is None


def test_a_key_before_words_counts_unless_the_words_pick_another_option():
    assert _judged("q-invasion-date", "c) the one in 2022") == (True, "C")
    assert _judged("q-invasion-date", "C - feb, when the tanks rolled in")[0]
    for disagreeing in ("c) march 2022", "a) feb 2022"):  # no single answer: asked again
        with pytest.raises(InvalidInput, match="Pick one of"):
            _judged("q-invasion-date", disagreeing)


@pytest.mark.parametrize(
    ("question_id", "typed", "picked"),
    [
        ("q-arrival-when", "c mid oct", "C"),
        ("q-us-stance", "B firmly", "B"),
        ("q-conflict-region", "b eastern europe", "B"),
        ("q-cha-university", "c  georgetown uni", "C"),
        ("q-lips-and-teeth", "C lips + teeth", "C"),
    ],
)
def test_a_key_then_a_space_then_its_option_picks_that_option(question_id, typed, picked):
    assert _judged(question_id, typed)[1] == picked


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("q-troop-number", "d 3k"),  # D is 12,000, 3k is C
        ("q-us-stance", "c firm"),  # C is Measured
        ("q-lips-and-teeth", "b lips and teeth"),  # B is Hand and glove
    ],
)
def test_a_key_and_words_that_pick_two_options_are_asked_again(question_id, typed):
    with pytest.raises(InvalidInput, match="Pick one of"):
        _judged(question_id, typed)


@pytest.mark.parametrize("typed", ["hmm d 3 thousand", "its b, 3000 troops", "prob d, routine"])
def test_a_key_among_words_that_pick_another_option_is_asked_again(typed):
    question_id = "q-unprecedented" if "routine" in typed else "q-troop-number"
    with pytest.raises(InvalidInput, match="Pick one of"):
        _judged(question_id, typed)


def test_a_key_among_words_that_pick_its_own_option_counts():
    assert _judged("q-troop-number", "hmm c 3 thousand") == (True, "C")
    assert _judged("q-troop-number", "a three thousand") == (True, "C")  # "a" the article


def test_a_leading_a_is_read_as_the_article_when_the_words_pick_another_option():
    assert _judged("q-us-stance", "a firm stance") == (True, "B")
    with pytest.raises(InvalidInput, match="Pick one of"):
        _judged("q-us-stance", "a great many")


def test_values_with_their_labels_in_words_pick_the_labelled_option():
    (qq,) = present_all(BRIEFING, ["q-who-confirmed"], seed=0)
    right = qq.keys[qq.options.index("Article: Austin; briefing: Kirby")]
    wrong = qq.keys[qq.options.index("Article: Kirby; briefing: Austin")]
    assert judge(BRIEFING, qq, "Austin from the article and Kirby at the briefing") == (True, right)
    assert judge(BRIEFING, qq, "kirby in article, austin in briefing") == (False, wrong)


def test_labels_typed_in_brackets_after_their_values_pick_the_labelled_option():
    (qq,) = present_all(BRIEFING, ["q-fair-game-speaker"], seed=0)
    right = qq.keys[qq.options.index("Article: Austin; briefing: Kirby")]
    reversed_key = qq.keys[qq.options.index("Article: Kirby; briefing: Kirby")]
    assert judge(BRIEFING, qq, "austin [article]  kirby [briefing]") == (True, right)
    assert judge(BRIEFING, qq, "Kirby (article) kirby (briefing)") == (False, reversed_key)


OPTIONS = ("Buying less grain", "Buying more grain", "Selling grain", "Strict")


@pytest.mark.parametrize(
    ("typed", "picked"), [("less grain", 0), ("more grain", 1), ("strictly", 3), ("buy less", 0)]
)
def test_a_word_that_changes_a_claim_picks_the_option_that_says_it_too(typed, picked):
    assert pick_by_words(typed, OPTIONS) == picked


@pytest.mark.parametrize("typed", ["not less grain", "no grain", "grain", "less or more", "nearly"])
def test_a_word_that_changes_a_claim_no_option_says_picks_nothing(typed):
    assert pick_by_words(typed, OPTIONS) is None


def test_an_irregular_plural_is_the_same_noun():
    assert is_correct("foot and hands", "hands and feet")
    assert is_correct("hand and teeth", "hands and tooth")
    assert not is_correct("fist and feet", "hands and feet")
