"""Causes the fifth phrasing set (benchmarks/matching_fourth.py) showed, each as a rule: a
negating prefix is no typo, "un" typed apart is the prefix, a given name cut short or a
person's own role before or after their name still names them, an old name of a capital, the South
Pacific as a region of its own, initials in an option, and "idk" before an answer. The
phrasings are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct, pick_by_words

PEOPLE = (
    Person("Maria T. Lindqvist", ("Lindqvist", "Maria Lindqvist"), "Rector of Uppsala University"),
    Person("Tom Berger", ("Berger",), "Swiss federal finance spokesman"),
    Person("Ana Ruiz", ("Ruiz",), "Spanish foreign minister"),
)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("competent", "incompetent"),
        ("considerate", "inconsiderate"),
        ("necessary", "unnecessary"),
        ("unsatisfactory", "satisfactory"),
        ("inaccessible", "accessible"),
    ],
)
def test_a_word_with_or_without_a_negating_prefix_is_its_opposite_not_a_typo(typed, answer):
    assert not is_correct(typed, answer)


@pytest.mark.parametrize(
    ("typed", "answer"), [("inaccesible", "inaccessible"), ("unusualy", "unusual")]
)
def test_a_typo_in_a_word_with_a_prefix_is_still_forgiven(typed, answer):
    assert is_correct(typed, answer)


def test_a_negating_prefix_picks_no_option_by_a_typo():
    options = ("Unrestricted", "Limited", "Banned")
    assert pick_by_words("restricted", options) is None
    assert pick_by_words("unrestrictd", options) == 0


def test_un_typed_apart_from_its_word_is_the_prefix():
    assert is_correct("un fortunate", "unfortunate")
    assert is_correct("Un-fortunate", "unfortunate")
    assert is_correct("un security council", "UN Security Council")  # "UN" stays a word


@pytest.mark.parametrize("typed", ["Mar Lindqvist", "Mar T Lindqvist", "mar lindqvst"])
def test_a_given_name_cut_short_before_the_surname_names_the_person(typed):
    assert is_correct(typed, "Lindqvist", people=PEOPLE)


@pytest.mark.parametrize("typed", ["Mar Berger", "Maria Lindberg", "mar", "Mar Lindqvis Berger"])
def test_a_cut_name_needs_three_letters_and_the_right_surname(typed):
    assert not is_correct(typed, "Lindqvist", people=PEOPLE)


@pytest.mark.parametrize(
    "typed", ["the finance spokesman Berger", "Swiss spokesman berger", "federal tom berger"]
)
def test_words_of_the_persons_own_role_before_their_name_are_read_past(typed):
    assert is_correct(typed, "Tom Berger", people=PEOPLE)


@pytest.mark.parametrize(
    "typed", ["berger from swiss finance", "Tom Berger of the federal finance"]
)
def test_words_of_the_persons_own_role_after_their_name_are_read_past(typed):
    assert is_correct(typed, "Tom Berger", people=PEOPLE)


@pytest.mark.parametrize(
    "typed",
    [
        "the finance spokesman Ruiz",
        "foreign minister berger",
        "rector berger",
        "berger from spain",
        "ruiz from the finance",
    ],
)
def test_a_role_before_another_name_or_another_persons_role_is_not_the_person(typed):
    assert not is_correct(typed, "Tom Berger", people=PEOPLE)


def test_the_old_name_of_a_capital_stands_for_its_country_too():
    assert is_correct("Peking", "China")
    assert not is_correct("Peking", "Japan")


@pytest.mark.parametrize("typed", ["the south pacific", "South Pacific Ocean"])
def test_the_south_pacific_is_a_region_of_its_own_not_a_part_of_the_ocean(typed):
    assert not is_correct(typed, "Pacific", ["the Pacific Ocean"])


def test_another_compass_part_of_the_ocean_is_still_the_ocean():
    assert is_correct("western pacific", "Pacific", ["the Pacific Ocean"])


def test_initials_written_with_dots_in_an_option_are_read_as_one_word():
    options = ("E.U. tariffs", "Chinese tariffs", "No tariffs")
    assert pick_by_words("eu tariffs", options) == 0
    assert pick_by_words("us tariffs", options) is None


@pytest.mark.parametrize("typed", ["idk lisbon", "dunno, Lisbon"])
def test_idk_before_an_answer_is_chat(typed):
    assert is_correct(typed, "Lisbon")


def test_idk_alone_or_before_a_wrong_answer_is_not_right():
    assert not is_correct("idk", "Lisbon")
    assert not is_correct("idk porto", "Lisbon")
