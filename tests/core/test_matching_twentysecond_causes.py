"""Causes the twenty-second phrasing set (benchmarks/matching_twentysecond.py) showed, and the
twenty-first set's open ones, each as a rule: a title asked for itself is right said by its
office without its place or body, or with part of it, or with the place the person's own role
gives ("governor" for Governor of Tamuli; never another office or place, nor a region's prime
minister without the region). The phrasings, names and facts are invented for these tests
(none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.models import Figure
from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

GOVERNOR = "Governor Amos Keter of Tamuli handed out maize; Commissioner Ruth Oduya spoke."
WATER = "Lina Sabri, director of Harran's Water Directorate, said two dams were dry."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("governor", True),
        ("the governor", True),
        ("Governor", True),
        ("governer", True),
        ("hes the governor", True),
        ("i think it was the governor", True),
        ("tamuli governor", True),
        ("Governor of Tamuli", True),
        ("governor of nairobi", False),
        ("deputy governor", False),
        ("commissioner", False),
        ("governor or commissioner", False),
        ("president", False),
    ],
)
def test_a_title_asked_for_itself_is_right_without_its_place(typed: str, right: bool):
    briefing, shown = _asked("What is Amos Keter's title?", "Governor of Tamuli", GOVERNOR)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("director", True),
        ("the director", True),
        ("water director", True),
        ("director of water", True),
        ("harrans water director", True),
        ("directer", True),
        ("deputy director", False),
        ("director of the museum", False),
        ("minister", False),
    ],
)
def test_a_title_is_right_with_part_of_its_body(typed: str, right: bool):
    briefing, shown = _asked(
        "What is Lina Sabri's position?", "Director of Harran's Water Directorate", WATER
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("prime minister of the northern region", True),
        ("northern region pm", True),
        ("prime minister", False),  # the country's prime minister, another office
        ("pm", False),
        ("president of the northern region", False),
    ],
)
def test_a_regions_prime_minister_keeps_the_region(typed: str, right: bool):
    fact = "Amir Dosky, prime minister of the Northern Region, condemned the attack."
    briefing, shown = _asked(
        "What post does Amir Dosky hold?", "prime minister of the Northern Region", fact
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("prime minister", True),
        ("pm", True),
        ("prime minister of moldova", True),
        ("moldova's pm", True),
        ("he was the pm", True),
        ("prime minister of romania", False),
        ("president", False),
    ],
)
def test_a_title_is_right_with_the_place_of_the_persons_own_role(typed: str, right: bool):
    fact = "Prime Minister Ion Varga said nobody was hurt."
    briefing, shown = _asked("What was Ion Varga's title?", "Prime Minister", fact)
    varga = Figure(id="ion-varga", name="Ion Varga", role="Prime Minister of Moldova")
    briefing = briefing.model_copy(update={"figures": [*briefing.figures, varga]})
    assert _verdict(briefing, shown, typed) is right
