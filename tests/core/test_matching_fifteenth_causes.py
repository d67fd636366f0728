"""Causes the fifteenth phrasing set (benchmarks/matching_fourteenth.py) and the fourteenth
(benchmarks/matching_thirteenth.py) showed, each as a rule. At a choice question: "the second
one" and "the last one" are places even where an option holds the number two ("two-thirds"),
unless an option is itself an ordinal; a bare number that is the value of one option, where
every option is a count, picks that option ("1" among "three", "one", "six", "ten"), and a
place otherwise; a figure's given name alone ("mara" for Mara Tolland) picks nothing, so the
quiz asks again, while the surname, an alias or the full name still pick; a share picks the
option that is it ("2/3"). Elsewhere: a count the briefing makes only outside the facts a
question tests is another ("3 goals" asked how many finals); a length of time is compared by
its length ("4:05", "a fortnight"); a place with the country its own sentence names, a town
with a slip or of four words before its country; a title is no slip of another ("mayor"); a
weekday alone or with a fitting part for a weekday and its part; ordinals slipped, in French,
with chat or with the question's superlative; a unit's other spellings ("130 miles per hour");
a person by a role only they have ("the governor", "the norwegian pm"); the initials of a long
name ("hcmc"); a mountain's kind word ("mt ventoux"); a South Asian police rank; a share typed
any way ("1/3", "33%", "un tiers"). The phrasings, names and facts are invented for these
tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.errors import InvalidInput
from bot.core.models import Briefing, Fact
from bot.core.quiz import QuizQuestion, judge
from tests.core.test_matching_twelfth_causes import MINI
from tests.core.test_matching_twelfth_causes import _asked as asked_with_fact

HARBOUR = "Two ferries sank in the harbour, and a third of the town lost power."


def _choice(answer: str, choices: list[str], prompt: str = "Which is it?", fact: str = HARBOUR):
    return asked_with_fact(prompt, answer, fact, kind="choice", choices=choices)


def _verdict(briefing: Briefing, shown: QuizQuestion, typed: str) -> bool | None:
    """Right, wrong, or None when the quiz asks for an option again."""
    try:
        return judge(briefing, shown, typed)[0]
    except InvalidInput:
        return None


SHARES = ["three-quarters", "one-third", "half", "two-thirds"]


@pytest.mark.parametrize("answer", SHARES)
@pytest.mark.parametrize(
    ("typed", "place"), [("the second one", 2), ("second", 2), ("the last one", 4), ("last", 4)]
)
def test_an_ordinal_at_a_choice_question_is_a_place(answer: str, typed: str, place: int):
    briefing, shown = _choice(answer, SHARES, "What share of the town lost power?")
    assert _verdict(briefing, shown, typed) is (shown.options[place - 1] == answer)


def test_an_ordinal_is_read_as_the_value_when_the_options_are_ordinals():
    ranks = ["first", "second", "third", "fourth"]
    briefing, shown = _choice("second", ranks, "Which ferry sank first?")
    assert _verdict(briefing, shown, "second") is True
    assert _verdict(briefing, shown, "the second one") is True


COUNTS = ["three", "one", "six", "ten"]


@pytest.mark.parametrize("answer", COUNTS)
@pytest.mark.parametrize(("typed", "value"), [("1", "one"), ("3", "three"), ("10", "ten")])
def test_a_bare_number_that_is_one_options_value_picks_it(answer: str, typed: str, value: str):
    briefing, shown = _choice(answer, COUNTS, "How many ferries sank?")
    assert _verdict(briefing, shown, typed) is (value == answer)


def test_a_bare_number_that_is_no_options_value_is_a_place():
    briefing, shown = _choice("six", COUNTS, "How many ferries sank?")
    place = shown.options.index("six") + 1
    for number in ("2", "4"):
        assert _verdict(briefing, shown, number) is (int(number) == place)


def test_a_number_in_options_that_are_sentences_is_still_a_place():
    sentences = [
        "The ferry captain ignored the warning",
        "Two storms met over the harbour",
        "The port was closed for repairs",
        "Nobody had checked the engines",
    ]
    briefing, shown = _choice(sentences[0], sentences, "Why did the ferries sink?")
    place = shown.options.index(sentences[0]) + 1
    assert _verdict(briefing, shown, str(place)) is True
    assert _verdict(briefing, shown, "2") is (place == 2)


PEOPLE = ["Mara Tolland", "Ivo Brenner", "Selma Okafor", "Tomas Vey"]


def _who_said(answer: str = "Mara Tolland"):
    briefing, shown = _choice(answer, PEOPLE, "Who said the harbour must reopen?")
    figures = [
        MINI.figures[0].model_copy(
            update={"id": f"p{i}", "name": name, "aliases": [], "quotes": []}
        )
        for i, name in enumerate(PEOPLE)
    ]
    return briefing.model_copy(update={"figures": figures}), shown


@pytest.mark.parametrize("typed", ["mara", "Mara", "mara i think", "ivo", "selma"])
def test_a_given_name_alone_at_a_choice_question_asks_again(typed: str):
    briefing, shown = _who_said()
    assert _verdict(briefing, shown, typed) is None


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("tolland", True),
        ("Mara Tolland", True),
        ("mara tolland", True),
        ("brenner", False),
        ("ivo brenner", False),
    ],
)
def test_a_surname_or_the_full_name_still_picks(typed: str, right: bool):
    briefing, shown = _who_said()
    assert _verdict(briefing, shown, typed) is right


def test_a_given_name_the_briefing_lists_as_an_alias_picks():
    briefing, shown = _who_said()
    figures = [
        f.model_copy(update={"aliases": ["Mara"]}) if f.name == "Mara Tolland" else f
        for f in briefing.figures
    ]
    briefing = briefing.model_copy(update={"figures": figures})
    assert _verdict(briefing, shown, "mara") is True


def _asked_about_one_fact(prompt: str, answer: str, tested: str, other: str):
    """MINI with two facts, the question testing only the first, shown as a quiz shows it."""
    briefing, shown = asked_with_fact(prompt, answer, tested)
    facts = [*briefing.facts, Fact(id="other", text=other, section=MINI.sections[0].id)]
    return briefing.model_copy(update={"facts": facts}), shown


FINALS = "The striker said 3 finals were left in the season."
HAT_TRICK = "He scored 3 goals against the league leaders."
ARREST = "Police arrested three people after the fire."
QUESTIONED = "Officers later questioned three women about the fire."


@pytest.mark.parametrize(
    ("prompt", "tested", "other", "typed", "right"),
    [
        ("How many finals did he say were left?", FINALS, HAT_TRICK, "3", True),
        ("How many finals did he say were left?", FINALS, HAT_TRICK, "3 finals", True),
        ("How many finals did he say were left?", FINALS, HAT_TRICK, "3 left", True),
        ("How many finals did he say were left?", FINALS, HAT_TRICK, "3 goals", False),
        ("How many finals did he say were left?", FINALS, HAT_TRICK, "three goals", False),
        ("How many people did police arrest?", ARREST, QUESTIONED, "3", True),
        ("How many people did police arrest?", ARREST, QUESTIONED, "3 people", True),
        ("How many people did police arrest?", ARREST, QUESTIONED, "3 suspects", True),
        ("How many people did police arrest?", ARREST, QUESTIONED, "3 women", False),
    ],
)
def test_a_count_the_briefing_makes_only_in_another_fact_is_another(
    prompt: str, tested: str, other: str, typed: str, right: bool
):
    briefing, shown = _asked_about_one_fact(prompt, "3", tested, other)
    assert judge(briefing, shown, typed)[0] is right


def test_the_kind_the_tested_fact_counts_is_never_another():
    tested = "About 40 soldiers guarded the bridge."
    other = "Another 40 troops arrived the next day."
    briefing, shown = _asked_about_one_fact("How many soldiers guarded it?", "40", tested, other)
    assert judge(briefing, shown, "40 troops")[0] is True
    squad = "The coach named a 25-strong squad."
    other = "Some 25 men trained on the first day."
    briefing, shown = _asked_about_one_fact("How many players are in it?", "25", squad, other)
    assert judge(briefing, shown, "25 men")[0] is True


def test_a_described_count_of_the_thing_asked_is_right_even_where_facts_do_not_give_it():
    tested = "Lee bowled well in the final."
    other = "Lee took 2 crucial wickets."
    briefing, shown = _asked_about_one_fact("How many wickets did Lee take?", "2", tested, other)
    assert judge(briefing, shown, "2 crucial wickets")[0] is True


MARGIN = "four minutes and five seconds"


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("4:05", True),
        ("4m 5s", True),
        ("4 min 5 sec", True),
        ("4 minutes 5", True),
        ("4min05", True),
        ("quatre minutes et cinq secondes", True),
        ("by 4:05", True),
        ("5:04", False),
        ("4 minutes", False),
        ("4:50", False),
        ("4 hours 5 minutes", False),
    ],
)
def test_minutes_and_seconds_written_any_way(typed: str, right: bool):
    briefing, shown = asked_with_fact("By how much did she win?", MARGIN, "She won by 4:05.")
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("a little over two weeks", "two weeks", True),
        ("a little over two weeks", "a fortnight", True),
        ("a little over two weeks", "15 days", True),
        ("a little over two weeks", "deux semaines", True),
        ("a little over two weeks", "three weeks", False),
        ("a little over two weeks", "10 days", False),
        ("a little over two weeks", "a week", False),
        ("about a week", "7 days", True),
        ("about a week", "une semaine", True),
        ("about a week", "a week or so", True),
        ("about a week", "two weeks", False),
        ("about a week", "a day", False),
        ("61 years", "61 yrs", True),
        ("61 years", "60 years", False),
        ("six months", "half a year", True),
        ("six months", "5 months", False),
    ],
)
def test_a_length_of_time_is_compared_by_its_length(answer: str, typed: str, right: bool):
    briefing, shown = asked_with_fact("How long was it?", answer, "It lasted a while.")
    assert judge(briefing, shown, typed)[0] is right


ISLANDS = "Storms hit Varo'a, a remote island chain in the Kingdom of Tonga, and then Fiji."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("varo'a tonga", True),
        ("varo'a, tonga", True),
        ("varo'a in tonga", True),
        ("varo'a samoa", False),
        ("varo'a and fiji", False),
    ],
)
def test_a_place_with_a_country_the_briefings_sentence_names_beside_it(typed: str, right: bool):
    briefing, shown = asked_with_fact("Which island chain did the storm hit?", "Varo'a", ISLANDS)
    assert judge(briefing, shown, typed)[0] is right


def test_a_country_named_beside_a_place_a_gazetteer_puts_elsewhere_stays_wrong():
    venue = "Brazil beat Korea in Abu Dhabi on Friday."
    briefing, shown = asked_with_fact("In which city did they play?", "Abu Dhabi", venue)
    assert judge(briefing, shown, "abu dhabi brazil")[0] is False
    assert judge(briefing, shown, "abu dhabi uae")[0] is True


def test_a_country_answer_takes_no_second_country_from_its_sentence():
    war = "Russia's war in Ukraine entered its third year."
    briefing, shown = asked_with_fact("In which country is the war fought?", "Ukraine", war)
    assert judge(briefing, shown, "russia/ukraine")[0] is False


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Oslo", "olso norway", True),
        ("Oslo", "olso sweden", False),
        ("Ho Chi Minh City", "ho chi minh city vietnam", True),
        ("South Carolina", "south carolina, usa", True),
        ("South Carolina", "south carolina, canada", False),
    ],
)
def test_a_town_or_state_with_its_country_even_slipped_or_long(
    answer: str, typed: str, right: bool
):
    briefing, shown = asked_with_fact("In which place did it happen?", answer, "It happened.")
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(("typed", "right"), [("major", True), ("majr", True), ("mayor", False)])
def test_a_title_typed_for_another_title_is_no_slip(typed: str, right: bool):
    briefing, shown = asked_with_fact("What rank did he retire with?", "major", "He was a major.")
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("sunday", True),
        ("Sunday morning", True),
        ("sun am", True),
        ("sunday a.m.", True),
        ("on sunday morning", True),
        ("sunday in the morning", True),
        ("early sunday", True),
        ("dimanche matin", True),
        ("dimanche", True),
        ("sunday night", False),
        ("sunday afternoon", False),
        ("saturday morning", False),
        ("dimanche soir", False),
    ],
)
def test_a_weekday_alone_or_with_a_fitting_part_for_a_weekday_and_its_part(typed: str, right: bool):
    fact = "The storm came ashore on Sunday morning."
    briefing, shown = asked_with_fact("When did it come ashore?", "Sunday morning", fact)
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("second", "second i think", True),
        ("second", "secnd", True),
        ("second", "deuxième", True),
        ("second", "2e", True),
        ("second", "the 2nd", True),
        ("second", "third", False),
        ("second", "1st", False),
        ("16th", "sixtenth", True),
        ("16th", "16ème", True),
        ("16th", "seizième", True),
        ("16th", "the 16th one", True),
        ("16th", "15th", False),
        ("third", "his third", True),
        ("third", "thrid", True),
        ("third", "troisième", True),
        ("third", "fourth", False),
    ],
)
def test_an_ordinal_answer_typed_slipped_or_in_french(answer: str, typed: str, right: bool):
    briefing, shown = asked_with_fact("Which place did she finish in?", answer, "She ran well.")
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("130 mph", "130 miles per hour", True),
        ("130 mph", "130 miles an hour", True),
        ("130 mph", "130 mi/h", True),
        ("130 mph", "130 m.p.h.", True),
        ("130 mph", "130 km/h", False),
        ("130 mph", "150 miles per hour", False),
        ("8 metres", "8m", True),
        ("8 metres", "8 m", True),
        ("8 metres", "8 mtrs", True),
        ("8 metres", "8 ft", False),
        ("8 metres", "800m", False),
    ],
)
def test_a_unit_written_the_other_ways_chat_writes_it(answer: str, typed: str, right: bool):
    briefing, shown = asked_with_fact("How much was it?", answer, "It was measured.")
    assert judge(briefing, shown, typed)[0] is right


def _who(prompt: str, answer: str, people: list[tuple[str, str]]):
    briefing, shown = asked_with_fact(prompt, answer, "They spoke after the storm.")
    figures = [
        MINI.figures[0].model_copy(
            update={"id": f"p{i}", "name": name, "role": role, "aliases": [], "quotes": []}
        )
        for i, (name, role) in enumerate(people)
    ]
    return briefing.model_copy(update={"figures": figures}), shown


LEADERS = [
    ("Ivo Brenner", "Prime Minister of Norway"),
    ("Selma Okafor", "Prime Minister of Finland"),
    ("Tomas Vey", "Florida Governor"),
]


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("Ivo Brenner", "the norwegian pm", True),
        ("Ivo Brenner", "norway's prime minister", True),
        ("Ivo Brenner", "the finnish pm", False),
        ("Ivo Brenner", "the pm", False),  # two prime ministers: it names neither
        ("Tomas Vey", "the governor", True),
        ("Tomas Vey", "florida's governor", True),
        ("Tomas Vey", "the texas governor", False),
    ],
)
def test_a_person_named_by_a_role_only_they_have(answer: str, typed: str, right: bool):
    briefing, shown = _who("Who said the storm was over?", answer, LEADERS)
    assert judge(briefing, shown, typed)[0] is right


def test_a_relation_with_whose_it_is():
    people = [("Mara Tolland", "the victim's sister"), ("Ivo Brenner", "the judge")]
    briefing, shown = _who("Who said they would appeal?", "Mara Tolland", people)
    assert judge(briefing, shown, "his sister")[0] is True
    assert judge(briefing, shown, "his mother")[0] is False


@pytest.mark.parametrize(
    ("typed", "right"), [("hcmc", True), ("HCMC", True), ("hcm", False), ("hmc", False)]
)
def test_the_initials_of_a_long_name_with_a_two_letter_word(typed: str, right: bool):
    fact = "Schools closed in Ho Chi Minh City."
    briefing, shown = asked_with_fact("Where did schools close?", "Ho Chi Minh City", fact)
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("second largest", True),
        ("2nd biggest", True),
        ("second-largest", True),
        ("second smallest", False),
        ("third largest", False),
    ],
)
def test_an_ordinal_with_the_questions_superlative_or_its_opposite(typed: str, right: bool):
    fact = "Kelo is the second-largest island of the group."
    briefing, shown = asked_with_fact("Kelo is the group's what-largest island?", "second", fact)
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("prompt", "typed", "right"),
    [
        ("On which mountain did he attack?", "ventoux", True),
        ("On which mountain did he attack?", "mount ventoux", True),
        ("On which mountain did he attack?", "mt. ventoux", True),
        ("On which mountain did he attack?", "mont blanc", False),
        ("Where did he attack?", "mt ventoux", True),
        ("Where did he attack?", "ventoux", False),  # the kind not asked: the name alone is less
    ],
)
def test_a_mountains_kind_word_written_otherwise_or_left_out_when_asked(
    prompt: str, typed: str, right: bool
):
    briefing, shown = asked_with_fact(prompt, "Mont Ventoux", "He attacked on Mont Ventoux.")
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(("typed", "right"), [("appellate", True), ("the high", False)])
def test_the_kind_a_possessive_question_asks_may_be_left_out(typed: str, right: bool):
    fact = "The family awaits the Appellate Division's verdict."
    prompt = "Which division's verdict does the family await?"
    briefing, shown = asked_with_fact(prompt, "the Appellate Division", fact)
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"), [("sp rahim", True), ("dsp rahim", True), ("sp karim", False)]
)
def test_a_south_asian_police_rank_before_a_name(typed: str, right: bool):
    fact = "SP Abdul Rahim led the raid."
    briefing, shown = asked_with_fact("Which officer led the raid?", "Abdul Rahim", fact)
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("1/3", True),
        ("a 3rd", True),
        ("33%", True),
        ("about 33 percent", True),
        ("un tiers", True),
        ("2/3", False),
        ("a quarter", False),
        ("10%", False),
    ],
)
def test_a_share_typed_any_way(typed: str, right: bool):
    fact = "The cut wiped out a third of the fund."
    briefing, shown = asked_with_fact("What share did the cut wipe out?", "one third", fact)
    assert judge(briefing, shown, typed)[0] is right


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2/3", "two-thirds"),
        ("66%", "two-thirds"),
        ("deux tiers", "two-thirds"),
        ("3/4", "three-quarters"),
    ],
)
def test_a_share_picks_the_option_that_is_it(typed: str, value: str):
    briefing, shown = _choice("two-thirds", SHARES, "What share of the town lost power?")
    assert _verdict(briefing, shown, typed) is (value == "two-thirds")


def test_a_percentage_answer_is_read_exactly():
    briefing, shown = asked_with_fact("By how much did rates rise?", "4.5 per cent", "Up 4.5%.")
    assert judge(briefing, shown, "4.46%")[0] is False


def test_a_length_of_time_with_chat_after_it():
    briefing, shown = asked_with_fact("How long ago?", "a little over two weeks", "Weeks ago.")
    assert judge(briefing, shown, "two weeks i think")[0] is True


def test_deaths_are_the_count_of_the_killed_even_where_the_briefing_counts_other_deaths():
    tested = "At least 10 people were killed in the storm."
    other = "Six deaths in the state were blamed on it."
    prompt = "How many people were killed in the storm?"
    briefing, shown = _asked_about_one_fact(prompt, "10", tested, other)
    assert judge(briefing, shown, "10 deaths")[0] is True
    assert judge(briefing, shown, "6 deaths")[0] is False
