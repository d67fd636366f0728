"""Causes the French chat set (benchmarks/matching_french_chat.py) showed, each as a rule: French
hedges read as the English ones are, "pas" as "not", "la"/"le" before a choice's letter, and a day
and month typed with chat after them. The phrasings, names and facts are invented for these tests
(none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.models import Briefing, Fact
from bot.core.quiz import QuizQuestion, present_all
from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import MINI, _asked

HARBOUR = (
    "Mayor Lucie Fontaine said on 4 March 2024 that the harbour town of Belle-Rive, home to 2,400 "
    "people, will close its old pier in June; the pier was built in Nantes."
)


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("Who is the mayor?", "Lucie Fontaine", "c'est lucie fontaine je crois", True),
        ("Who is the mayor?", "Lucie Fontaine", "fontaine je pense", True),
        ("Who is the mayor?", "Lucie Fontaine", "il me semble que c'est fontaine", True),
        ("Who is the mayor?", "Lucie Fontaine", "sûrement fontaine", True),
        ("Who is the mayor?", "Lucie Fontaine", "surement fontaine", True),
        ("Who is the mayor?", "Lucie Fontaine", "lucie je crois", False),  # a given name alone
        ("Who is the mayor?", "Lucie Fontaine", "fontaine ou dupont je crois", False),
        ("Where was the pier built?", "Nantes", "nantes je crois", True),
        ("Where was the pier built?", "Nantes", "euh nantes", True),
        ("Where was the pier built?", "Nantes", "genre nantes", True),
        ("Where was the pier built?", "Nantes", "nantes peut-être", True),
        ("Where was the pier built?", "Nantes", "peut etre nantes", True),
        ("Where was the pier built?", "Nantes", "je crois que c'est nantes", True),
        ("Where was the pier built?", "Nantes", "lyon je crois", False),
        ("Where was the pier built?", "Nantes", "nantes ou lyon je pense", False),
        ("In which month will the pier close?", "June", "juin je crois", True),
        ("In which month will the pier close?", "June", "juillet je crois", False),
        ("How many people live in the town?", "2,400", "2400 je crois", True),
        ("How many people live in the town?", "2,400", "4200 je crois", False),
        # the English hedges read as before
        ("Where was the pier built?", "Nantes", "nantes i think", True),
        ("Where was the pier built?", "Nantes", "lyon i think", False),
    ],
)
def test_french_hedges_are_read_as_the_english_ones(
    prompt: str, answer: str, typed: str, right: bool
):
    briefing, shown = _asked(prompt, answer, HARBOUR)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("prompt", "answer", "typed", "right"),
    [
        ("How many people live in the town?", "2,400", "c'est pas 2400", False),
        ("How many people live in the town?", "2,400", "pas 2400", False),
        ("How many people live in the town?", "2,400", "not 2400", False),
        ("How many people live in the town?", "2,400", "c'est 2400", True),
        ("Where was the pier built?", "Nantes", "c'est pas nantes", False),
        ("Where was the pier built?", "Nantes", "pas lyon, nantes", True),
        ("Where was the pier built?", "Nantes", "nantes, pas lyon", True),
        ("Where was the pier built?", "Nantes", "lyon, pas nantes", False),
    ],
)
def test_pas_denies_as_not_does(prompt: str, answer: str, typed: str, right: bool):
    briefing, shown = _asked(prompt, answer, HARBOUR)
    assert _verdict(briefing, shown, typed) is right


def _choice() -> tuple[Briefing, QuizQuestion, str, str]:
    """A choice question shown as at seed 0, with its right letter and another letter."""
    question = MINI.questions[0].model_copy(
        update={
            "id": "q-asked",
            "kind": "choice",
            "prompt": "What will the town close?",
            "answer": "Its old pier",
            "choices": ["Its old pier", "The ferry office", "A school", "The lighthouse"],
            "accept": [],
            "refs": ["counted"],
        }
    )
    facts = [*MINI.facts, Fact(id="counted", text=HARBOUR, section=MINI.sections[0].id)]
    briefing = MINI.model_copy(update={"questions": [question], "facts": facts})
    (shown,) = present_all(briefing, ["q-asked"], seed=0)
    right = shown.keys[shown.options.index("Its old pier")].casefold()
    other = next(key.casefold() for key in shown.keys if key.casefold() != right)
    return briefing, shown, right, other


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("la {right}", True),
        ("c'est la {right}", True),
        ("euh la {right}", True),
        ("la {right} je crois", True),
        ("{right} je pense", True),
        ("la {other} je crois", False),
        ("the {right}", True),
    ],
)
def test_a_choice_letter_after_french_chat_picks_its_option(typed: str, right: bool):
    briefing, shown, right_key, other_key = _choice()
    verdict = _verdict(briefing, shown, typed.format(right=right_key, other=other_key))
    assert verdict is right


def test_two_letters_in_french_are_asked_again():
    briefing, shown, right_key, other_key = _choice()
    assert _verdict(briefing, shown, f"{right_key} ou {other_key}") is not True


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("le 4 mars je crois", True),
        ("4 mars je pense", True),
        ("4 march i think", True),
        ("march 4 i think", True),
        ("4 march lol", True),
        ("4 mars", True),
        ("5 mars je crois", False),
        ("4 march not", False),
        ("4 march or 5", False),
    ],
)
def test_a_day_and_month_with_chat_after_is_the_date(typed: str, right: bool):
    briefing, shown = _asked("On what date did the mayor speak?", "4 March 2024", HARBOUR)
    assert _verdict(briefing, shown, typed) is right
