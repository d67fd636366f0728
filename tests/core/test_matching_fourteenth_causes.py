"""Causes the fourteenth phrasing set (benchmarks/matching_thirteenth.py) and the thirteenth
(benchmarks/matching_twelfth.py) showed, each as a rule: a number typed with another kind of the
family the question counts is another count ("4 assists" asked how many goals, "9 soldiers"
asked how many policemen, "6 episodes" asked how many series, "2 men" asked how many women),
while the kind asked, its other words ("cops", "seasons") and a bare number stay right; a
weekday's part of the day is read first from the facts the question tests ("saturday
afternoon" is wrong asked when a mudslide hit "early Saturday", though the briefing finds a
body on Saturday afternoon), and news's "early Saturday" is that day's morning; a time of day
written on the other clock or the French way ("4:47pm", "1647" and "16h47" for an answer of
16:47, never a bare "4:47"; "2h", "2h du matin" and "2 o'clock in the morning" for 2 a.m.,
"19h" for 7 p.m., never "7h"); a title or rank before a name the answer writes as a person's
("maj gen okafor", "supt nwosu", "sr insp bello", "mr bello"), even where the briefing lists no
figure for them, never making another person or title right; a place typed with the one-word
larger place the briefing sets after it with a comma ("dunmore, carrowshire"), never another
larger place nor a second name of a list. The phrasings
and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.models import Briefing, Fact
from bot.core.quiz import QuizQuestion, judge, present_all
from tests.core.test_matching_twelfth_causes import MINI
from tests.core.test_matching_twelfth_causes import _asked as asked_with_fact

MATCH = "The forward scored 3 goals as the home side won 5-1."
PATROL = "Some 9 policemen searched the hills for the lost hikers."
SHOW = "The cooking show ran for 6 series on regional television."
RAID = "Officers questioned 2 women after the raid."


@pytest.mark.parametrize(
    ("prompt", "answer", "fact", "typed", "right"),
    [
        ("How many goals did the forward score?", "3", MATCH, "3", True),
        ("How many goals did the forward score?", "3", MATCH, "3 goals", True),
        ("How many goals did the forward score?", "3", MATCH, "three goals", True),
        ("How many goals did the forward score?", "3", MATCH, "3 assists", False),
        ("How many goals did the forward score?", "3", MATCH, "3 points", False),
        ("How many policemen searched the hills?", "9", PATROL, "9 cops", True),
        ("How many policemen searched the hills?", "9", PATROL, "9 officers", True),
        ("How many policemen searched the hills?", "9", PATROL, "9 soldiers", False),
        ("How many policemen searched the hills?", "9", PATROL, "9 troops", False),
        ("For how many series did the show run?", "6", SHOW, "6 seasons", True),
        ("For how many series did the show run?", "6", SHOW, "6 series", True),
        ("For how many series did the show run?", "6", SHOW, "6 episodes", False),
        ("How many women did officers question?", "2", RAID, "2 women", True),
        ("How many women did officers question?", "2", RAID, "2", True),
        ("How many women did officers question?", "2", RAID, "2 men", False),
    ],
)
def test_a_number_with_another_kind_of_the_family_asked_is_another_count(
    prompt: str, answer: str, fact: str, typed: str, right: bool
):
    briefing, shown = asked_with_fact(prompt, answer, fact)
    assert judge(briefing, shown, typed)[0] is right


def _asked_about_one_fact(prompt: str, answer: str, tested: str, other: str):
    """MINI with two facts, the question testing only the first, shown as a quiz shows it."""
    section = MINI.sections[0].id
    question = MINI.questions[0].model_copy(
        update={"id": "q-asked", "kind": "short", "prompt": prompt, "answer": answer,
                "choices": [], "accept": [], "refs": ["tested"]}
    )  # fmt: skip
    facts = [
        *MINI.facts,
        Fact(id="tested", text=tested, section=section),
        Fact(id="other", text=other, section=section),
    ]
    briefing: Briefing = MINI.model_copy(update={"questions": [question], "facts": facts})
    shown: QuizQuestion
    (shown,) = present_all(briefing, ["q-asked"], seed=0)
    return briefing, shown


MUDSLIDE = "A mudslide buried the road early Saturday, before anyone was awake."
FOUND = "Rescuers found a driver's body on Saturday afternoon."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("saturday", True),
        ("saturday morning", True),  # "early Saturday": its morning
        ("sat am", True),
        ("samedi matin", True),
        ("saturday afternoon", False),  # the other fact's part, not this one's
        ("saturday evening", False),
        ("saturday night", False),
        ("sunday morning", False),
    ],
)
def test_the_question_s_own_fact_gives_the_part_of_the_day(typed: str, right: bool):
    briefing, shown = _asked_about_one_fact(
        "On which day did the mudslide bury the road?", "Saturday", MUDSLIDE, FOUND
    )
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(("typed", "right"), [("saturday afternoon", True), ("saturday", True)])
def test_the_rest_of_the_briefing_speaks_where_the_own_fact_gives_no_part(typed: str, right: bool):
    briefing, shown = _asked_about_one_fact(
        "On which day did the mudslide bury the road?",
        "Saturday",
        "A mudslide buried the road on Saturday.",
        FOUND,
    )
    assert judge(briefing, shown, typed)[0] is right


FERRY = "The ferry left the harbour at 16:47, and the storm broke at 2 a.m. and eased by 7 p.m."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("16:47", "16:47", True),
        ("16:47", "4:47pm", True),
        ("16:47", "4.47 p.m.", True),
        ("16:47", "1647", True),
        ("16:47", "16h47", True),
        ("16:47", "16.47", True),
        ("16:47", "1647 hrs", True),
        ("16:47", "4:47", False),  # the 24-hour clock's small hours
        ("16:47", "4:47 am", False),
        ("16:47", "16:74", False),
        ("16:47", "17:47", False),
        ("2 a.m.", "2h", True),
        ("2 a.m.", "2h du matin", True),
        ("2 a.m.", "2 o'clock in the morning", True),
        ("2 a.m.", "14h", False),
        ("2 a.m.", "2 o'clock in the afternoon", False),
        ("7 p.m.", "19h", True),
        ("7 p.m.", "7h du soir", True),
        ("7 p.m.", "7h", False),  # French hours run to 24: 7 in the morning
        ("7 p.m.", "17h", False),
    ],
)
def test_a_time_of_day_on_the_other_clock_or_in_french_is_the_time(
    answer: str, typed: str, right: bool
):
    briefing, shown = asked_with_fact("At what time?", answer, FERRY)
    assert judge(briefing, shown, typed)[0] is right


PATROL_CHIEF = "Superintendent Grace Nwosu led the search, Inspector Tunde Bello said."


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Grace Nwosu", "supt nwosu", True),
        ("Grace Nwosu", "senior superintendent nwosu", True),
        ("Grace Nwosu", "ssp grace nwosu", True),
        ("Grace Nwosu", "director nwosu", True),
        ("Grace Nwosu", "supt bello", False),
        ("Grace Nwosu", "supt grace", False),  # a given name alone
        ("Tunde Bello", "sr insp bello", True),
        ("Tunde Bello", "mr bello", True),
        ("Tunde Bello", "maj gen tunde bello", True),
        ("Tunde Bello", "mr nwosu", False),
        ("Major General", "major general", True),
        ("Major General", "lieutenant general", False),
    ],
)
def test_a_title_before_a_name_written_as_a_person_s_is_read_past(
    answer: str, typed: str, right: bool
):
    briefing, shown = asked_with_fact("Who led the search?", answer, PATROL_CHIEF)
    assert judge(briefing, shown, typed)[0] is right


SINKING = "The ferry sank off Dunmore, Carrowshire, officials said."
NAMED = "Rescuers named the dead as Ann Toll, Ben Marsh, and Cy Rudd."


@pytest.mark.parametrize(
    ("prompt", "answer", "fact", "typed", "right"),
    [
        ("Where did the ferry sink?", "Dunmore", SINKING, "dunmore", True),
        ("Where did the ferry sink?", "Dunmore", SINKING, "dunmore carrowshire", True),
        ("Where did the ferry sink?", "Dunmore", SINKING, "dunmore, carrowshire", True),
        ("Where did the ferry sink?", "Dunmore", SINKING, "off dunmore in carrowshire", True),
        ("Where did the ferry sink?", "Dunmore", SINKING, "dunmore westshire", False),
        ("Where did the ferry sink?", "Dunmore", SINKING, "carrowshire", False),
        ("Who was named first?", "Ann Toll", NAMED, "ann toll", True),
        ("Who was named first?", "Ann Toll", NAMED, "ann toll ben marsh", False),
        ("Who was named first?", "Ann Toll", NAMED, "ann toll, ben", False),
    ],
)
def test_a_place_with_the_larger_place_the_briefing_sets_after_it_is_the_place(
    prompt: str, answer: str, fact: str, typed: str, right: bool
):
    briefing, shown = asked_with_fact(prompt, answer, fact)
    assert judge(briefing, shown, typed)[0] is right
