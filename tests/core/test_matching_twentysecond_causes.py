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


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("osei", True),
        ("mr osei", True),
        ("k. osei", True),
        ("Kwame Osei", True),
        ("kwame", False),
        ("brathwaite", False),
    ],
)
def test_a_surname_alone_names_the_person_asked_which_counsel(typed: str, right: bool):
    fact = "Senior counsel Kwame Osei defended the two; Leon Brathwaite prosecuted."
    briefing, shown = _asked("Which senior counsel defended the two?", "Kwame Osei", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("march", True),
        ("mar", True),
        ("in march", True),
        ("marzo", True),
        ("march?", True),
        ("march 2019", True),
        ("april", False),
        ("march 2018", False),
        ("2019", False),
    ],
)
def test_the_month_alone_is_right_asked_which_month_where_the_answer_has_its_year(
    typed: str, right: bool
):
    fact = "The dam was opened in March 2019, two years late."
    briefing, shown = _asked("In which month was the dam opened?", "March 2019", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize("typed", ["march", "mar", "in march"])
def test_the_month_alone_is_wrong_asked_for_the_month_and_year(typed: str):
    fact = "The dam was opened in March 2019, two years late."
    briefing, shown = _asked("In which month and year was the dam opened?", "March 2019", fact)
    assert _verdict(briefing, shown, typed) is False


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("40 million m3", True),
        ("40 million m³", True),
        ("40,000,000 m3", True),
        ("40 million cubic meters", True),
        ("40 million m2", False),
        ("40 billion m3", False),
        ("4 million m3", False),
    ],
)
def test_cubic_metres_typed_as_a_symbol(typed: str, right: bool):
    fact = "The new lake will hold 40 million cubic metres of water."
    briefing, shown = _asked("How much water will the lake hold?", "40 million cubic metres", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("250 km2", True),
        ("250 km²", True),
        ("250 square km", True),
        ("250 m2", False),
    ],
)
def test_square_kilometres_typed_as_a_symbol(typed: str, right: bool):
    fact = "The fire burned 250 square kilometres of forest."
    briefing, shown = _asked("How much forest burned?", "250 square kilometres", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("4 persons", True),
        ("4 ppl", True),
        ("four ppl", True),
        ("4 people", True),
        ("4 families", False),
        ("5 ppl", False),
    ],
)
def test_people_in_other_words_are_the_people_counted(typed: str, right: bool):
    fact = "Four people drowned when the ferry capsized."
    briefing, shown = _asked("How many people drowned?", "Four people", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("900 people", True),
        ("900 ppl", True),
        ("900 persons", True),
        ("900 buses", False),
        ("90 people", False),
    ],
)
def test_persons_said_without_their_kind_are_the_kind_counted(typed: str, right: bool):
    fact = "900 dock workers walked out on Monday."
    briefing, shown = _asked("How many dock workers walked out?", "900 workers", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("41 households", True),
        ("41 fams", True),
        ("41 families", True),
        ("41 people", False),  # persons are no families
        ("41 ppl", False),
        ("14 households", False),
    ],
)
def test_households_are_families(typed: str, right: bool):
    fact = "The river flooded 41 families out of their homes."
    briefing, shown = _asked("How many families were displaced?", "41 families", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("24 hours a day", True),  # the question's own rate repeated
        ("24 hrs a day", True),
        ("24/7", True),
        ("24/7 lol", True),
        ("round the clock", True),
        ("around the clock", True),
        ("12 hours a day", False),
        ("24 hours a week", False),
        ("all day", False),
        ("12 hours", False),
    ],
)
def test_a_whole_day_said_as_a_rate_or_an_idiom(typed: str, right: bool):
    fact = "The mayor said rescuers were working 24 hours a day."
    briefing, shown = _asked("How many hours a day were rescuers working?", "24 hours", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("all night", True),
        ("overnight", True),
        ("the whole night", True),
        ("throughout the night", True),
        ("all nite", True),
        ("all day", False),
        ("in the morning", False),
        ("all week", False),
    ],
)
def test_the_whole_night_said_in_other_words(typed: str, right: bool):
    fact = "Volunteers should guard the dyke all night long, the engineer said."
    briefing, shown = _asked("When should volunteers guard the dyke?", "All night long", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("62 coffee farms", False),  # a count of the farms, not their share
        ("62 farms", False),
        ("62", True),
        ("62%", True),
        ("62 per cent", True),
        ("62 pct", True),
        ("62% of coffee farms", True),
    ],
)
def test_a_count_of_the_things_asked_about_is_no_share(typed: str, right: bool):
    fact = "About 62 per cent of the coffee farms lost their crop."
    briefing, shown = _asked(
        "What share of coffee farms lost their crop?", "About 62 per cent", fact
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("weed", True),
        ("ganja", True),
        ("cannabis", True),
        ("marihuana", True),
        ("cocaine", False),
        ("heroin", False),
    ],
)
def test_marijuana_by_the_words_the_news_and_students_use(typed: str, right: bool):
    fact = "Customs found 40 kg of marijuana hidden in a fishing boat."
    briefing, shown = _asked("Which drug did customs find?", "Marijuana", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("prez", True),
        ("club prez", True),
        ("pres of the club", True),
        ("vice prez", False),
    ],
)
def test_president_cut_short_where_the_title_says_it(typed: str, right: bool):
    fact = "Mara Quint, president of the rowing club, opened the new boathouse."
    briefing, shown = _asked("What is Mara Quint's position?", "President of the rowing club", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("12,000 acres", True),  # the fact's own figure in brackets
        ("12000 acres", True),
        ("12k acres", True),
        ("48,000 dunams", True),
        ("48000", True),
        ("48,000 acres", False),
        ("12,000 dunams", False),
        ("12,000 hectares", False),
    ],
)
def test_a_measure_the_tested_fact_gives_in_brackets_is_the_answer(typed: str, right: bool):
    fact = "The canal will water 48,000 dunams (12,000 acres) of wheat fields."
    briefing, shown = _asked("How much land will the canal water?", "48,000 dunams", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("607", True), ("3,035 individuals", False)])
def test_a_count_of_another_thing_in_brackets_is_no_measure_of_the_answer(typed: str, right: bool):
    fact = "The floods displaced 607 families (3,035 individuals) in the province."
    briefing, shown = _asked("How many families were displaced?", "607 families", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"), [("gov", True), ("the gov", True), ("deputy gov", False)]
)
def test_gov_is_the_governor_where_the_title_says_governor(typed: str, right: bool):
    briefing, shown = _asked("What is Amos Keter's title?", "Governor of Tamuli", GOVERNOR)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("since april 3", True),
        ("on april 3", True),
        ("since 3 april", True),
        ("since april 4", False),
        ("since april 3 2019", False),
    ],
)
def test_a_day_and_month_after_since_is_the_date_asked(typed: str, right: bool):
    fact = "Dockers have been on strike since 3 April 2021."
    briefing, shown = _asked("Since what date have dockers been on strike?", "3 April 2021", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("3 de abril de 2021", True),
        ("3 de abril", True),
        ("4 de abril de 2021", False),
        ("3 de mayo de 2021", False),
    ],
)
def test_a_date_written_the_spanish_way(typed: str, right: bool):
    fact = "Dockers have been on strike since 3 April 2021."
    briefing, shown = _asked("Since what date have dockers been on strike?", "3 April 2021", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"), [("jueves", True), ("Jueves", True), ("viernes", False), ("lunes", False)]
)
def test_a_weekday_in_spanish(typed: str, right: bool):
    fact = "The ferry sank on Thursday near the harbour mouth."
    briefing, shown = _asked("On which day did the ferry sink?", "Thursday", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("the judge", True),
        ("judge", True),
        ("the justice", True),
        ("the prosecutor", False),
        ("the chief justice", False),
    ],
)
def test_the_judge_names_a_justice_by_role(typed: str, right: bool):
    fact = "Justice Mira Castell said the sentence was fair; counsel Ben Ayo disagreed."
    briefing, shown = _asked('Who said "the sentence is fair"?', "Mira Castell", fact)
    castell = Figure(
        id="mira-castell", name="Mira Castell", role="Justice of the High Court of Belize"
    )
    ayo = Figure(id="ben-ayo", name="Ben Ayo", role="prosecutor")
    briefing = briefing.model_copy(update={"figures": [*briefing.figures, castell, ayo]})
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("apr 3 21", True),
        ("3 apr 21", True),
        ("3 april 21", True),
        ("apr 3 20", False),
        ("apr 4 21", False),
    ],
)
def test_a_date_in_words_with_the_years_last_two_digits(typed: str, right: bool):
    fact = "Dockers have been on strike since 3 April 2021."
    briefing, shown = _asked("Since what date have dockers been on strike?", "3 April 2021", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(("typed", "right"), [("9 sep 07", True), ("9 sep 7", False)])
def test_a_two_digit_year_keeps_its_leading_zero(typed: str, right: bool):
    fact = "The mine closed on 9 September 2007."
    briefing, shown = _asked("On what date did the mine close?", "9 September 2007", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("one sixty", True),
        ("one sixty workers", True),
        ("one hundred sixty", True),
        ("one fifty", False),
        ("1 60", False),  # typed in digits: two numbers
    ],
)
def test_a_number_said_in_two_groups(typed: str, right: bool):
    fact = "160 workers occupied the plant for a day."
    briefing, shown = _asked("How many workers occupied the plant?", "160", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("four and a half percent", True),
        ("4 and a half %", True),
        ("four and one half per cent", True),
        ("four percent", False),
        ("five and a half percent", False),
    ],
)
def test_a_number_and_a_half_in_words(typed: str, right: bool):
    fact = "The bank raised its rate to 4.5% on Monday."
    briefing, shown = _asked("To what rate did the bank raise it?", "4.5%", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("theyre from tobago", True),
        ("they're from tobago", True),
        ("theyre from trinidad", False),
    ],
)
def test_theyre_before_an_answer_is_chat(typed: str, right: bool):
    fact = "Both men live in Tobago and were arrested off Barbados."
    briefing, shown = _asked("Which island are the men from?", "Tobago", fact)
    assert _verdict(briefing, shown, typed) is right
