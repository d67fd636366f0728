"""A typed month with a part of it the briefing contradicts ("early october" where the article
says the arrest was in late October) answers another time and is wrong; the month alone, the
part the briefing gives, or a part within a span it gives ("mid-October" of "early- to
mid-October") is right. The question's own fact speaks for the month first."""

from __future__ import annotations

import pytest

from bot.core.quiz import judge
from tests.core.test_matching_fourteenth_causes import _asked_about_one_fact

ARREST = "In late October a former soldier was arrested in Kingston."
MEETING = "The two ministers had met in early October to plan the visit."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("october", True),
        ("oct", True),
        ("late october", True),
        ("late oct", True),
        ("early october", False),  # the other fact's part, not this one's
        ("beginning of october", False),
        ("mid october", False),
        ("early november", False),
    ],
)
def test_the_part_of_the_month_the_question_s_fact_gives(typed: str, right: bool) -> None:
    briefing, shown = _asked_about_one_fact(
        "In which month was the soldier arrested?", "October", ARREST, MEETING
    )
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("mid-october", True), ("early october", True), ("late october", False)],
)
def test_a_span_of_the_month_holds_each_of_its_parts(typed: str, right: bool) -> None:
    briefing, shown = _asked_about_one_fact(
        "In which month did the soldiers move east?",
        "October",
        "Between early- to mid-October, 3,000 soldiers moved into eastern Russia.",
        "Talks resumed in November.",
    )
    assert judge(briefing, shown, typed)[0] is right
