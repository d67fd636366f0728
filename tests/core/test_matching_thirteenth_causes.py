"""Causes the thirteenth phrasing set (benchmarks/matching_twelfth.py) and the twelfth
(benchmarks/matching_eleventh.py) showed, each as a rule: a weekday typed with a part of the
day the briefing contradicts answers another moment and is wrong ("tuesday night" where the
briefing says Tuesday morning), while the part it gives, one that fits it ("pm" for the
afternoon) and a weekday the briefing gives no part of stay right; many of a measure the answer
counts once ("3 months" for "a month"), or one of a measure it counts only as many ("a day" for
"days"), is another length; another country's name is never a slip of the answer's
("austria" for Australia); the initials a question asks about are no answer ("who" asked what
WHO stands for); a measure typed where the question counts a thing is another count ("8
years" asked how many albums), and seconds are not the minute asked; a right answer typed with
a detail one sentence of the briefing gives beside it is right ("a lifeguard from the Elwin
Rowing Club"), never with a second answer, another person or a country; "Coun.", "Madam" and
"Cdre" before a name, and "ch", "wd", "asst", "sch", "dist", "uni", "wks", "pt" where the
answer spells the word out; a venue's name without the words that describe its kind ("lira
hospital" for Lira Regional Referral Hospital); a surname alone where the question asks which
singer, boxer or schoolmate; Danny and Andy as short forms; "a quarter" for "one quarter",
never read as the option letter "a". The phrasings and facts
are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.matching import Person, is_correct
from bot.core.models import Briefing
from bot.core.quiz import QuizQuestion, judge
from tests.core.test_matching_twelfth_causes import MINI
from tests.core.test_matching_twelfth_causes import _asked as asked_with_fact

MARKET = "The market hall burned down on Tuesday morning; the mayor spoke on Thursday."


def _asked(prompt: str, answer: str, fact: str = MARKET) -> tuple[Briefing, QuizQuestion]:
    """The briefing of one short question and `fact`, as the twelfth set's causes build it."""
    return asked_with_fact(prompt, answer, fact)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("tuesday", True),
        ("tuesday morning", True),  # the part the briefing gives
        ("tues am", True),
        ("mardi matin", True),  # in French
        ("tuesday night", False),  # another moment than the briefing's
        ("tuesday evening", False),
        ("tue afternoon", False),
        ("mardi soir", False),
        ("tuesday pm", False),
        ("wednesday morning", False),
    ],
)
def test_a_weekday_with_a_part_of_the_day_the_briefing_contradicts_is_wrong(
    typed: str, right: bool
):
    briefing, shown = _asked("On which day did the market hall burn down?", "Tuesday")
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("sunday pm", True),  # after noon: the afternoon
        ("dimanche après-midi", True),
        ("sunday afternoon", True),
        ("sunday morning", False),
        ("sunday am", False),
    ],
)
def test_a_part_that_fits_the_briefings_is_the_day(typed: str, right: bool):
    briefing, shown = _asked(
        "When did the race start?", "Sunday", "The race started on Sunday afternoon in the rain."
    )
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize("typed", ["thursday", "thursday night", "thursday morning", "thu pm"])
def test_a_weekday_the_briefing_gives_no_part_of_keeps_any_part(typed: str):
    briefing, shown = _asked("On which day did the mayor speak?", "Thursday")
    assert judge(briefing, shown, typed)[0] is True


def test_the_evening_and_the_night_run_together():
    fact = "The fire crews were called on Friday evening."
    briefing, shown = _asked("On which day were the crews called?", "Friday", fact)
    assert judge(briefing, shown, "friday night")[0] is True
    assert judge(briefing, shown, "friday morning")[0] is False


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("a month", True),
        ("one month", True),
        ("1 month", True),
        ("3 months", False),  # many of the measure counted once
        ("two months", False),
        ("months", False),
        ("a year", False),
    ],
)
def test_many_of_a_measure_the_answer_counts_once_is_another_length(typed: str, right: bool):
    assert is_correct(typed, "a month", context="How long did the strike last?") is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("days", True), ("for days", True), ("a day", False), ("1 day", False), ("one day", False)],
)
def test_one_of_a_measure_the_answer_counts_only_as_many_is_another_length(typed: str, right: bool):
    assert is_correct(typed, "days", context="For how long did the power stay off?") is right


def test_things_counted_once_may_be_typed_as_many():
    assert is_correct("medals", "a medal", context="What did she win?")


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("australia", True),
        ("Australia", True),
        ("australai", True),  # a slip of the answer's name
        ("australia 🇦🇺", True),
        ("austria", False),  # another country, two letters away
        ("Austria", False),
    ],
)
def test_another_countrys_name_is_never_a_slip_of_the_answers(typed: str, right: bool):
    assert is_correct(typed, "Australia", context="Which country did she fly to?") is right


def test_a_misspelling_that_is_no_country_stays_a_slip():
    assert is_correct("columbia", "Colombia", context="Where was the mine?")
    assert not is_correct("austria", "Australia", context="Where was the mine?")


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("world health organization", True),
        ("world health organisation", True),
        ("who", False),  # the initials the question asks about
        ("WHO", False),
    ],
)
def test_the_initials_the_question_asks_about_are_no_answer(typed: str, right: bool):
    context = "What does WHO stand for?"
    assert is_correct(typed, "World Health Organization", context=context) is right


def test_initials_a_question_does_not_write_stay_right():
    assert is_correct("who", "World Health Organization", context="Which agency warned?")


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("8", True),
        ("8 albums", True),
        ("eight", True),
        ("8 years", False),  # a measure, where the question counts a thing
        ("8 km", False),
        ("8 hours", False),
    ],
)
def test_a_measure_typed_where_the_question_counts_a_thing_is_another_count(
    typed: str, right: bool
):
    assert is_correct(typed, "8", context="How many albums did the band release?") is right


@pytest.mark.parametrize(
    ("typed", "right"), [("50", True), ("50th minute", True), ("50 seconds", False)]
)
def test_seconds_are_not_the_minute_asked(typed: str, right: bool):
    assert is_correct(typed, "50", context="In which minute did the keeper save it?") is right


def test_a_fate_still_says_what_befell_those_counted():
    context = "How many climbers reached the summit?"
    assert is_correct("4 climbers", "4", context=context)
    assert not is_correct("4 dead", "4", context=context)


HARBOUR = (
    "The ferry sank off Port Elwin in Dunmore county, a fishing town, then off Lisk. "
    "A lifeguard from the Elwin Rowing Club pulled six swimmers out; Mara Tolland, the mayor, "
    "thanked him. Rescuers later searched Kellin Bay in France."
)


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("a lifeguard", True),
        ("a lifeguard from the elwin rowing club", True),  # the briefing's own detail
        ("lifeguard at elwin rowing club", True),
        ("the lifeguard from elwin", True),
        ("a lifeguard from kellin bay", False),  # a detail of another sentence
        ("a lifeguard and the mayor", False),  # two answers
        ("a lifeguard not a swimmer", False),
        ("tolland the lifeguard", False),  # another person of the briefing
    ],
)
def test_an_answer_with_a_detail_the_same_sentence_gives_is_right(typed: str, right: bool):
    briefing, shown = _asked("Who pulled the swimmers out?", "a lifeguard", HARBOUR)
    figure = MINI.figures[0].model_copy(update={"name": "Mara Tolland", "aliases": []})
    briefing = briefing.model_copy(update={"figures": [figure]})
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("port elwin", True),
        ("port elwin in dunmore county", True),
        ("port elwin, a fishing town", True),
        ("port elwin france", False),  # a country: the country rules', never a sentence's
        ("port elwin in kellin bay", False),
        ("port elwin lisk", False),  # listed after it, not around it
    ],
)
def test_a_place_with_the_place_its_sentence_puts_it_in(typed: str, right: bool):
    briefing, shown = _asked("Off which town did the ferry sink?", "Port Elwin", HARBOUR)
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("coun. ravi sandhu", "Ravi Sandhu"),
        ("coun sandhu", "Ravi Sandhu"),
        ("madam ama owusu", "Ama Owusu"),
        ("mdm owusu", "Ama Owusu"),
        ("cdre tuilagi", "Tuilagi"),
    ],
)
def test_titles_before_a_name_are_read_past(typed: str, answer: str):
    assert is_correct(typed, answer, people=[Person(answer, (), "official")])


@pytest.mark.parametrize(
    ("typed", "answer", "right"),
    [
        ("ch 9", "Channel 9", True),
        ("wd 7", "Ward 7", True),
        ("asst director", "assistant director", True),
        ("hill sch", "Hill School", True),
        ("kiboga dist", "Kiboga District", True),
        ("makerere uni", "Makerere University", True),
        ("3 wks", "3 weeks", True),
        ("pt of sale", "point of sale", True),
        ("wd 8", "Ward 7", False),
        ("ch 9", "Channel 4", False),
    ],
)
def test_words_cut_short_are_read_where_the_answer_spells_them(
    typed: str, answer: str, right: bool
):
    assert is_correct(typed, answer) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("lira regional referral hospital", True),
        ("lira hospital", True),
        ("lira", True),
        ("lira referral hospital", True),
        ("lira regional hospital", True),
        ("gulu regional referral hospital", False),
        ("gulu hospital", False),
        ("regional referral hospital", False),  # no name: which one?
    ],
)
def test_a_venues_name_without_the_words_that_describe_its_kind(typed: str, right: bool):
    context = "Where was the patient treated?"
    assert is_correct(typed, "Lira Regional Referral Hospital", context=context) is right


def test_a_country_before_the_descriptors_is_not_the_venues_name():
    assert not is_correct("kenya", "Kenya National Hospital", context="Where was he treated?")


@pytest.mark.parametrize(
    ("context", "typed", "right"),
    [
        ("Which of her classmates later won an Olympic medal?", "okafor", True),
        ("Which singer opened the show?", "Okafor", True),
        ("Which of her classmates later won an Olympic medal?", "chidi", False),  # a given name
        ("Which medal did Chidi Okafor win?", "okafor", False),  # no person asked
    ],
)
def test_a_surname_alone_where_the_question_asks_which_person(
    context: str, typed: str, right: bool
):
    assert is_correct(typed, "Chidi Okafor", context=context) is right


@pytest.mark.parametrize(
    ("typed", "answer"), [("daniel moyo", "Danny Moyo"), ("andrew kamau", "Andy Kamau")]
)
def test_danny_and_andy_are_short_forms(typed: str, answer: str):
    assert is_correct(typed, answer, people=[Person(answer, (), "official")])


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("a quarter", True),
        ("roughly a quarter", True),
        ("one quarter", True),
        ("three quarters", False),
        ("half", False),
    ],
)
def test_a_before_what_the_answer_counts_with_one_is_one(typed: str, right: bool):
    briefing, shown = _asked("What share of the hall burned?", "one quarter")
    assert judge(briefing, shown, typed)[0] is right
