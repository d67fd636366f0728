"""Typed answers with chat beside them: an option's key, a negated verdict, a country's
people, a detail in brackets, a reason or a denied answer, a name's initial or rank.

Every phrasing is invented for these tests (none is from a benchmark set); each rule is shown
with what it must still refuse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.choice_keys import read_choice_key
from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing
from bot.core.matching import Person, is_correct
from bot.core.quiz import judge, present_all
from bot.core.verdicts import read_verdict

BRIEFING = load_briefing(Path(__file__).parents[2] / "content" / "nk-troops-russia.yaml").briefing
KEYS = ("A", "B", "C", "D")
MORALES = Person("Ana Lucia Morales", ("Morales",))
OKAFOR = Person("Chidi Okafor", ("Okafor",))
PEOPLE = (MORALES, OKAFOR)


def _judge(question_id: str, typed: str) -> bool:
    assert BRIEFING is not None
    (qq,) = present_all(BRIEFING, [question_id], seed=0)
    return judge(BRIEFING, qq, typed)[0]


@pytest.mark.parametrize(
    ("typed", "position"),
    [
        ("C obviously", 2),
        ("a haha", 0),
        ("im pretty sure its d", 3),
        ("option 2", 1),
        ("ans: 4", 3),
        ("[c]", 2),
        ("b!", 1),
        ("the d one", 3),
        ("letter a", 0),
    ],
)
def test_an_options_key_is_read_among_chat_words(typed, position):
    assert read_choice_key(typed, KEYS) == position


@pytest.mark.parametrize(
    "typed", ["a lot", "plan b", "b or c", "not b", "option 7", "a b", "c d i think", "abc"]
)
def test_a_key_inside_other_words_or_out_of_range_picks_nothing(typed):
    assert read_choice_key(typed, KEYS) is None


def test_a_number_that_is_an_options_value_is_not_read_as_a_position():
    options = ("1 year", "2 years", "5 years", "10 years")
    assert read_choice_key("its 2", KEYS, options) is None
    assert read_choice_key("its b", KEYS, options) == 1


def test_the_quiz_picks_the_option_a_chatty_key_names():
    # q-summit-country shows Russia first with seed 0 (benchmarks pin the order)
    assert _judge("q-summit-country", "A obviously") is True
    assert _judge("q-summit-country", "option 2 i think") is False
    with pytest.raises(InvalidInput, match="Pick one of"):
        _judge("q-summit-country", "a bit")


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("not true", False),
        ("nope, not true", False),
        ("that is not false", True),
        ("its not correct", False),
        ("isnt correct", False),
        ("not wrong lol", True),
    ],
)
def test_a_negated_verdict_says_the_other_one(typed, verdict):
    assert read_verdict(typed) is verdict


@pytest.mark.parametrize("typed", ["not sure", "not yes", "yes, not true", "not really"])
def test_a_negation_of_anything_but_a_verdict_says_nothing(typed):
    assert read_verdict(typed) is None


@pytest.mark.parametrize(
    ("guess", "answer"),
    [
        ("the japanese", "Japan"),
        ("Brazilians", "Brazil"),
        ("the south koreans", "South Korea"),
        ("americans", "USA"),
        ("turks", "Turkey"),
    ],
)
def test_a_countrys_people_name_the_country(guess, answer):
    assert is_correct(guess, answer)


@pytest.mark.parametrize(
    ("guess", "answer"),
    [
        ("the koreans", "South Korea"),
        ("the north koreans", "South Korea"),
        ("the japanese", "China"),
        ("italians", "Tokyo"),
    ],
)
def test_another_or_a_vaguer_people_is_wrong(guess, answer):
    assert not is_correct(guess, answer)


def test_a_peoples_word_stays_an_ordinary_word_for_other_answers():
    assert is_correct("poles", "pole")
    assert is_correct("the french", "French")


@pytest.mark.parametrize(
    ("guess", "answer"),
    [
        ("South Korea (ROK)", "South Korea"),
        ("Kenya (Nairobi)", "Kenya"),
        ("the Danube [near Vienna]", "Danube"),
        ("Morales (the minister)", "Ana Lucia Morales"),
    ],
)
def test_a_detail_in_brackets_beside_the_answer_is_read_past(guess, answer):
    assert is_correct(guess, answer, people=PEOPLE)


@pytest.mark.parametrize(
    ("guess", "answer", "wrong"),
    [
        ("South Korea (DPRK)", "South Korea", ()),
        ("Kenya (Uganda)", "Kenya", ()),
        ("Kenya (not Uganda)", "Kenya", ()),
        ("Morales (Okafor)", "Ana Lucia Morales", ()),
        ("1,200 (or 1,500)", "1,200", ()),
        ("1,200 (1,500)", "1,200", ()),
        ("Nile (Danube)", "Nile", ("Danube",)),
        ("Uganda (Kenya)", "Kenya", ()),
    ],
)
def test_a_bracket_naming_another_answer_or_number_is_wrong(guess, answer, wrong):
    assert not is_correct(guess, answer, (), wrong, PEOPLE)


@pytest.mark.parametrize(
    "guess",
    [
        "Kenya ofc, thats where the summit was",
        "Kenya because the summit was in Nairobi",
        "kenya - its where the talks were",
        "not uganda, kenya",
        "nah not tanzania, kenya",
        "Kenya, not Uganda",
    ],
)
def test_a_reason_after_the_answer_or_a_denied_one_beside_it_is_read_past(guess):
    assert is_correct(guess, "Kenya")


@pytest.mark.parametrize(
    "guess",
    [
        "Kenya, Uganda",
        "Kenya, or maybe Uganda",
        "Kenya, actually Uganda",
        "Uganda, thats where the summit was",
        "not kenya, uganda",
        "Uganda, not Kenya",
        "not kenya",
    ],
)
def test_a_second_answer_or_the_answer_denied_is_wrong(guess):
    assert not is_correct(guess, "Kenya")


@pytest.mark.parametrize("guess", ["L. Morales", "A. Morales", "A. L. Morales", "Gen. Okafor"])
def test_a_given_names_initial_or_a_rank_before_the_surname_names_the_person(guess):
    answer = "Chidi Okafor" if "Okafor" in guess else "Ana Lucia Morales"
    assert is_correct(guess, answer, people=PEOPLE)


@pytest.mark.parametrize(
    ("guess", "answer"),
    [
        ("C. Morales", "Ana Lucia Morales"),
        ("B. Okafor", "Chidi Okafor"),
        ("Adm. Okafor", "Ana Lucia Morales"),
        ("C. Okafor", "Ana Lucia Morales"),
    ],
)
def test_another_initial_or_another_persons_surname_is_wrong(guess, answer):
    assert not is_correct(guess, answer, people=PEOPLE)


@pytest.mark.parametrize(
    ("guess", "answer"),
    [("aug '19", "August 2019"), ("June ’08", "June 2008"), ("Nov. '71", "November 1971")],
)
def test_a_two_digit_year_after_a_month_reads_as_the_year(guess, answer):
    assert is_correct(guess, answer)


@pytest.mark.parametrize(
    ("guess", "answer"),
    [("aug '18", "August 2019"), ("aug '19", "August 1919"), ("'19", "August 2019")],
)
def test_a_two_digit_year_is_never_another_year_nor_a_month(guess, answer):
    assert not is_correct(guess, answer)


@pytest.mark.parametrize(
    ("typed", "reverse"),
    [("L. Austin & J. Kirby", "Kirby & Austin"), ("austin -> kirby", "kirby -> austin")],
)
def test_labelled_parts_are_read_with_any_join_between_them(typed, reverse):
    assert BRIEFING is not None
    (qq,) = present_all(BRIEFING, ["q-who-confirmed"], seed=0)
    assert judge(BRIEFING, qq, typed) == (True, qq.right_key)
    reversed_key = qq.keys[qq.options.index("Article: Kirby; briefing: Austin")]
    assert judge(BRIEFING, qq, reverse) == (False, reversed_key)


@pytest.mark.parametrize(
    ("guess", "answer", "right"),
    [
        ("itd be the Danube", "Danube", True),
        ("they would be war crimes", "war crimes", True),
        ("would be lisbon", "Paris", False),
    ],
)
def test_would_be_before_an_answer_is_chat(guess, answer, right):
    assert is_correct(guess, answer) is right


@pytest.mark.parametrize("typed", ["c", "its b lol", "(a)", "option d"])
def test_a_letter_among_chat_at_a_short_answer_question_asks_for_words(typed):
    with pytest.raises(InvalidInput, match="no options to pick"):
        _judge("q-combat-country", typed)


@pytest.mark.parametrize("typed", ["a lot", "plan b", "option 3"])
def test_words_holding_a_letter_at_a_short_answer_question_are_judged(typed):
    assert _judge("q-combat-country", typed) is False


@pytest.mark.parametrize(
    "guess",
    [
        "Kenya, its Uganda tho",
        "Kenya, thats where Uganda is",
        "Kenya because of Okafor",
    ],
)
def test_a_reason_naming_another_answer_is_no_reason(guess):
    assert not is_correct(guess, "Kenya", people=PEOPLE)


@pytest.mark.parametrize(("typed", "number"), [("sixty-nin", "69"), ("twenty fou yrs", "24")])
def test_a_unit_word_cut_short_after_a_tens_word_reads_as_the_number(typed, number):
    assert is_correct(typed, number)


@pytest.mark.parametrize(
    ("typed", "number"), [("sixty-nin", "68"), ("fiv", "4"), ("nin", "8"), ("sixty si", "66")]
)
def test_a_cut_short_word_is_never_another_number_nor_a_number_alone(typed, number):
    # "fiv" alone is five and "nin" nine (a slip the sets label right in two sets, matching-25);
    # never another number.
    assert not is_correct(typed, number)
