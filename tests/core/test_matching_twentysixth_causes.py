"""Causes the twenty-sixth phrasing set (benchmarks/matching_twentysixth.py) showed, each as a
rule. The phrasings, names and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

SALE = (
    "The club sold its training ground for £45m to a developer, and the owner, said to be worth "
    "$2.5bn, kept the stadium."
)


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("£45m", "45 million pounds", True),
        ("£45m", "£45 million", True),
        ("£45m", "45 million", True),
        ("£45m", "forty five million pounds", True),
        ("£45m", "45m quid", True),
        ("£45m", "£45m", True),
        ("£45m", "$45m", False),  # another currency: it was read as 45 minutes
        ("£45m", "45 million dollars", False),
        ("£45m", "€45 million", False),
        ("£45m", "£54m", False),
        ("£45m", "45 minutes", False),
        ("£45m", "45 metres", False),
        ("£45m", "45", False),  # the scale belongs to the number
        ("£45m", "£45,000", False),
        ("$2.5bn", "2.5 bn dollars", True),
        ("$2.5bn", "2.5 billion", True),
        ("$2.5bn", "2.5 bn pounds", False),
    ],
)
def test_a_sum_whose_answer_cuts_its_scale_short_after_the_currency(
    answer: str, typed: str, right: bool
):
    briefing, shown = _asked("How much was it?", answer, SALE)
    assert _verdict(briefing, shown, typed) is right


CURFEW = "The bars must close from 10.45 pm to 6.00 am, and the ferry leaves at 9.15 a.m."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("10.45 pm", "10:45pm", True),
        ("10.45 pm", "10:45 pm", True),
        ("10.45 pm", "22:45", True),
        ("10.45 pm", "22h45", True),
        ("10.45 pm", "ten forty five pm", True),
        ("10.45 pm", "10:45 at night", True),
        ("10.45 pm", "10.45 pm", True),
        ("10.45 pm", "10:45 am", False),
        ("10.45 pm", "10 pm", False),
        ("10.45 pm", "22:00", False),
        ("10.45 pm", "11:45 pm", False),
        ("10.45 pm", "10:15 pm", False),
        ("6.00 am", "06:00", True),
        ("6.00 am", "6:00 am", True),
        ("6.00 am", "6am", True),
        ("6.00 am", "18:00", False),
        ("6.00 am", "6 pm", False),
        ("9.15 a.m.", "9:15 am", True),
        ("9.15 a.m.", "09:15", True),
        ("9.15 a.m.", "21:15", False),
    ],
)
def test_a_time_of_day_the_answer_writes_with_a_point(answer: str, typed: str, right: bool):
    briefing, shown = _asked("At what time?", answer, CURFEW)
    assert _verdict(briefing, shown, typed) is right


MARKET = "The market has been shut since last Friday, and the council met last Tuesday."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Last Friday", "friday", True),
        ("Last Friday", "fri", True),
        ("Last Friday", "last fri", True),
        ("Last Friday", "it was friday", True),
        ("Last Friday", "vendredi", True),
        ("Last Friday", "viernes", True),
        ("Last Friday", "friday i think", True),
        ("Last Friday", "last friday", True),
        ("Last Friday", "tuesday", False),
        ("Last Friday", "last tuesday", False),
        ("Last Friday", "next friday", False),
        ("Last Friday", "friday or saturday", False),
        ("Last Friday", "last week", False),
        ("since last Friday", "friday", True),
        ("last Tuesday", "tues", True),
        ("last Tuesday", "thursday", False),
    ],
)
def test_a_weekday_the_answer_says_with_last(answer: str, typed: str, right: bool):
    briefing, shown = _asked("Since when?", answer, MARKET)
    assert _verdict(briefing, shown, typed) is right


TANKS = "Each home may use 150 litres a day, and the town's tanks hold 2,000 gallons."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("150 litres", "150l", True),
        ("150 litres", "150 l", True),
        ("150 litres", "150 ltrs", True),
        ("150 litres", "150L", True),
        ("150 litres", "150 gallons", False),
        ("150 litres", "510l", False),
        ("2,000 gallons", "2000l", False),
    ],
)
def test_a_litre_symbol_where_the_answer_says_litres(answer: str, typed: str, right: bool):
    briefing, shown = _asked("How much?", answer, TANKS)
    assert _verdict(briefing, shown, typed) is right
