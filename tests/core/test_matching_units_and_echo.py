"""Numbers in a unit of time, the question's own words around an answer, and chat words
before or after it. The phrasings are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.matching import is_correct

HOW_MANY_YEARS = "For how many years did the treaty last?"
HOW_OLD = "How old was the poet when she died?"


@pytest.mark.parametrize("typed", ["40 months", "40 decades", "40 weeks", "forty days"])
def test_a_number_in_another_unit_of_time_than_the_question_asks_is_wrong(typed):
    assert not is_correct(typed, "40", ("40 years",), context=HOW_MANY_YEARS)


@pytest.mark.parametrize("typed", ["40 years", "40 yrs", "40y", "forty yr", "40"])
def test_a_number_in_the_unit_of_time_the_question_asks_is_right(typed):
    assert is_correct(typed, "40", ("40 years",), context=HOW_MANY_YEARS)


def test_the_unit_of_a_right_answer_is_enough_to_refuse_another():
    assert not is_correct("12 months", "12 years")
    assert is_correct("12 yrs", "12 years")


def test_a_unit_of_time_the_question_leaves_open_is_a_word_beside_the_number():
    assert is_correct("27 yrs", "27", context=HOW_OLD)
    assert is_correct("27y", "27", context=HOW_OLD)


HOW_LONG_REPORT = "How many pages long was the inspectors' report?"
HOW_FAR = "How many kilometres did the marchers walk?"


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        ("14 chapters", HOW_LONG_REPORT),
        ("14 paragraphs", HOW_LONG_REPORT),
        ("14 miles", HOW_FAR),
        ("14 feet", HOW_FAR),
    ],
)
def test_a_number_in_another_unit_of_the_same_kind_is_wrong_beside_a_bare_number(typed, question):
    assert not is_correct(typed, "14", context=question)


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        ("14 pages", HOW_LONG_REPORT),
        ("14pp", HOW_LONG_REPORT),
        ("14 pages long", HOW_LONG_REPORT),
        ("14 in total", HOW_LONG_REPORT),
        ("14 km", HOW_FAR),
        ("about 14 kilometres", HOW_FAR),
    ],
)
def test_the_unit_the_question_asks_or_none_stays_right_beside_a_bare_number(typed, question):
    assert is_correct(typed, "14", context=question)


def test_a_right_answers_unit_is_enough_to_refuse_another_of_its_kind():
    assert not is_correct("14 chapters", "14", ("14 pages",))
    assert is_correct("14 pages", "14", ("14 pages",))


def test_a_word_of_no_unit_is_not_read_as_another_unit():
    """ "Soldiers" for troops is no unit: only a unit of the same kind contradicts."""
    assert is_correct("900 soldiers", "900", context="How many troops crossed the border?")


@pytest.mark.parametrize(("typed", "right"), [("5 grand", True), ("50 grand", False)])
def test_grand_after_a_number_is_a_thousand(typed, right):
    assert is_correct(typed, "5,000") is right


@pytest.mark.parametrize(
    ("typed", "answer", "question"),
    [
        (
            "the river that flows through the capital is the danube",
            "Danube",
            "The river that flows through the capital is which?",
        ),
        (
            "the delegates end up meeting in geneva",
            "Geneva",
            "Where did the delegates end up meeting?",
        ),
        ("pour water on the sand", "water", "What do the farmers avoid pouring on the sand?"),
        (
            "the union signs its treaties in vienna",
            "Vienna",
            "In which city does the union sign its treaties?",
        ),
    ],
)
def test_the_questions_words_in_another_form_are_read_past(typed, answer, question):
    assert is_correct(typed, answer, context=question)


@pytest.mark.parametrize(
    ("typed", "answer", "question"),
    [
        ("up to 300", "300", "How many ships end up in the port, up to what number?"),
        (
            "the delegates end up meeting in bern",
            "Geneva",
            "Where did the delegates end up meeting?",
        ),
        ("pour oil on the sand", "water", "What do the farmers avoid pouring on the sand?"),
    ],
)
def test_the_questions_words_never_rescue_a_wrong_answer_or_change_a_number(
    typed, answer, question
):
    assert not is_correct(typed, answer, context=question)


@pytest.mark.parametrize("typed", ["is kenya", "kenya obv", "kenya obvs", "kenya? not sure"])
def test_more_chat_words_around_an_answer_are_read_past(typed):
    assert is_correct(typed, "Kenya")


@pytest.mark.parametrize("typed", ["is not kenya", "uganda obv", "uganda? not sure"])
def test_those_chat_words_never_rescue_a_wrong_answer(typed):
    assert not is_correct(typed, "Kenya")


@pytest.mark.parametrize("typed", ["very kenya", "really firm", "quite measured"])
def test_an_intensifier_before_an_answer_is_read_past(typed):
    assert is_correct(typed, typed.split()[1])


def test_an_intensifier_never_rescues_a_wrong_answer_nor_drops_from_a_right_one():
    assert not is_correct("very soft", "firm")
    assert is_correct("very large", "very large", wrong=("large",))
    assert not is_correct("large", "very large")


@pytest.mark.parametrize(
    ("typed", "answer", "question", "right"),
    [
        ("they meet in geneva", "Geneva", "Where do the delegates meet?", True),
        ("he writes hamlet", "Hamlet", "Which play does he write?", True),
        ("they meet in bern", "Geneva", "Where do the delegates meet?", False),
        ("she writes macbeth", "Hamlet", "Which play does he write?", False),
    ],
)
def test_a_subject_pronoun_before_the_questions_verb_is_read_past(typed, answer, question, right):
    assert is_correct(typed, answer, context=question) is right


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("8km", "8 kilometres"),
        ("8 kilometres", "8 km"),
        ("40 ft", "40 feet"),
        ("2kg", "2 kilograms"),
        ("30pp", "30 pages"),
    ],
)
def test_a_unit_cut_short_or_spelled_out_is_the_answers_unit(typed, answer):
    assert is_correct(typed, answer)


@pytest.mark.parametrize(("typed", "answer"), [("8 miles", "8 km"), ("9km", "8 kilometres")])
def test_spelling_a_unit_never_changes_the_unit_or_the_number(typed, answer):
    assert not is_correct(typed, answer)


@pytest.mark.parametrize("typed", ["620 in total", "620 altogether", "620 of them"])
def test_a_count_said_with_its_total_is_right_without_its_unit(typed):
    assert is_correct(typed, "620 nurses")


def test_a_total_never_rescues_another_thing_counted():
    assert not is_correct("620 doctors in total", "620 nurses")
