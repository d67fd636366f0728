"""Causes the twelfth phrasing set (benchmarks/matching_eleventh.py) and the eleventh
(benchmarks/matching_tenth.py) showed, each as a rule: a number typed with another thing the
briefing counts, and counts only with other numbers, answers another count and is wrong ("12
boats" asked how many people died, beside "40 boats" in the briefing), while the thing the
question counts, the briefing's own count and a word of no thing stay right; a possessive, a
possessor or "with a" left out of the answer, a club's United or FC; a score said in words; a
place with the larger place the briefing puts it in; a score typed with a winner the briefing
says lost is wrong. The phrasings and facts are invented for these tests (none is from a
benchmark set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing
from bot.core.matching import is_correct
from bot.core.models import Briefing, Fact
from bot.core.quiz import QuizQuestion, judge, present_all

MINI = load_briefing(Path(__file__).parent.parent / "fixtures" / "mini_briefing.yaml").briefing

STORM = "The storm flooded 300 homes, sank 40 boats and killed 12 sailors on the coast."


def _asked(
    prompt: str, answer: str, fact: str = STORM, **more: object
) -> tuple[Briefing, QuizQuestion]:
    """MINI with `fact` and one question, shown as a quiz shows it."""
    question = MINI.questions[0].model_copy(
        update={
            "id": "q-asked",
            "kind": "short",
            "prompt": prompt,
            "answer": answer,
            "choices": [],
            "accept": [],
            "refs": ["counted"],
            **more,
        }
    )
    facts = [*MINI.facts, Fact(id="counted", text=fact, section=MINI.sections[0].id)]
    briefing = MINI.model_copy(update={"questions": [question], "facts": facts})
    (shown,) = present_all(briefing, ["q-asked"], seed=0)
    return briefing, shown


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("12", True),
        ("twelve", True),
        ("12 people", True),  # who in general, never another count
        ("12 dead", True),
        ("12 killed", True),
        ("12 sailors", True),  # the briefing's own count of them
        ("12 homes", False),  # homes it counts 300 of
        ("twelve boats", False),  # boats it counts 40 of
        ("12 of the boats", False),
        ("13", False),
    ],
)
def test_a_number_with_another_thing_the_briefing_counts_is_another_count(typed: str, right: bool):
    briefing, shown = _asked("How many people did the storm kill?", "12")
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("300 homes", True),  # the thing the question counts
        ("300 houses", True),  # a word the briefing counts nothing with
        ("300 boats", False),
        ("300 sailors", False),
    ],
)
def test_the_thing_the_question_counts_is_never_another(typed: str, right: bool):
    briefing, shown = _asked("How many homes did the storm flood?", "300")
    assert judge(briefing, shown, typed)[0] is right


def test_a_question_that_does_not_say_what_it_counts_reads_its_own_words():
    briefing, shown = _asked("Sailors lost at sea rose from 3 to how many?", "12")
    assert judge(briefing, shown, "12 sailors")[0] is True
    assert judge(briefing, shown, "12 boats")[0] is False


def test_a_thing_counted_at_a_question_that_is_not_a_number_is_read_as_before():
    briefing, shown = _asked("Where did the storm hit?", "the coast")
    assert judge(briefing, shown, "the coast")[0] is True


def test_a_choice_of_numbers_asks_again_when_the_thing_is_another():
    question = MINI.questions[0].model_copy(
        update={
            "id": "q-asked",
            "kind": "choice",
            "prompt": "How many sailors died?",
            "answer": "12",
            "choices": ["12", "40", "300"],
            "accept": [],
            "refs": ["counted"],
        }
    )
    facts = [*MINI.facts, Fact(id="counted", text=STORM, section=MINI.sections[0].id)]
    briefing = MINI.model_copy(update={"questions": [question], "facts": facts})
    (shown,) = present_all(briefing, ["q-asked"], seed=0)
    assert judge(briefing, shown, "12 sailors")[0] is True
    with pytest.raises(InvalidInput):
        judge(briefing, shown, "12 boats")


@pytest.mark.parametrize(
    ("typed", "answer", "right"),
    [
        ("knee", "her knee", True),  # a possessive left out
        ("the knee", "her knee", True),
        ("kne", "her knee", True),
        ("her ankle", "her knee", False),  # another thing in its place
        ("ankle", "her knee", False),
        ("second season", "their second season", True),
        ("third season", "their second season", False),
        ("stamina", "the runners' stamina", True),  # a possessor left out
        ("speed", "the runners' stamina", False),
        ("volley", "with a volley", True),  # the opening of a manner
        ("a volley", "with a volley", True),
        ("a penalty", "with a volley", False),
        ("Republic of China", "the People's Republic of China", False),  # a name's own possessor
    ],
)
def test_a_possessive_or_the_opening_of_a_manner_left_out(typed: str, answer: str, right: bool):
    assert is_correct(typed, answer) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("carlisle", True),  # the club's town without its kind
        ("carlisle utd", True),
        ("carlisle fc", True),
        ("carlisle city", False),  # another club's kind
        ("united", False),  # which United?
        ("carlisle rovers", False),
    ],
)
def test_a_clubs_town_without_united_or_fc(typed: str, right: bool):
    assert is_correct(typed, "Carlisle United", context="Which team won the cup?") is right


@pytest.mark.parametrize(
    ("typed", "answer", "right"),
    [
        ("3 to 1", "3-1", True),  # a score said with "to"
        ("three to one", "3-1", True),
        ("3 to 2", "3-1", False),
        ("1 to 3", "3-1", False),  # never read reversed
        ("nil nil", "0-0", True),
        ("nil-nil", "0-0", True),
        ("goalless", "0-0", True),
        ("it ended scoreless", "0-0", True),
        ("no goals", "0-0", True),
        ("goalless", "1-0", False),
        ("3 to 1", "31", False),  # no score: "to" stays a word
    ],
)
def test_a_score_said_in_words(typed: str, answer: str, right: bool):
    assert is_correct(typed, answer) is right


HILLS = (
    "Floods reached Dunmore in the Carrow district, then Lisk, Ardee and Kells; Vell's Ardee held."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("dunmore carrow", True),  # the larger place the briefing puts it in
        ("dunmore, carrow", True),
        ("dunmore in carrow", True),
        ("dunmore lisk", False),  # a place beside it, not around it
        ("dunmore ardee", False),
        ("dunmore", True),
    ],
)
def test_a_place_with_the_larger_place_the_briefing_puts_it_in(typed: str, right: bool):
    briefing, shown = _asked("Which village did the floods reach first?", "Dunmore", HILLS)
    assert judge(briefing, shown, typed)[0] is right


def test_a_larger_place_written_before_with_its_possessive():
    briefing, shown = _asked("Which town held?", "Ardee", HILLS)
    assert judge(briefing, shown, "vell's ardee")[0] is True
    assert judge(briefing, shown, "ardee kells")[0] is False  # listed beside it


def test_places_are_not_read_around_an_answer_that_is_no_place():
    briefing, shown = _asked("What reached Dunmore?", "floods", HILLS)
    assert judge(briefing, shown, "floods in carrow")[0] is False


DERBY = "Rovers beat Albion 3-1 in the derby; it was Albion's first home defeat of the season."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("3-1", True),
        ("rovers won 3-1", True),  # the winner the briefing names
        ("3-1 to rovers", True),
        ("albion lost 3-1", True),
        ("albion won 3-1", False),  # the loser named as the winner
        ("3-1 to albion", False),
        ("albion 3-1", False),
        ("1-3", False),
    ],
)
def test_a_score_typed_with_its_winner_is_checked_against_the_briefing(typed: str, right: bool):
    briefing, shown = _asked("What was the score of the derby?", "3-1", DERBY)
    assert judge(briefing, shown, typed)[0] is right
