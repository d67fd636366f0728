"""Causes the twenty-first phrasing set (benchmarks/matching_twentyfirst.py) showed, each as a
rule: a natural feature or a named storm whose kind is written before its name ("River X",
"Hurricane X") is named by its name alone where the question asks for that kind, and a river
by its name before "river"; money in one country's dollars is wrong in another's; a number
with the answer's comparison needs no unit; a surname names the person asked "which farmer"; an age
in years needs no "old". The older sets' false accepts: a kind of person the
tested facts never say ("30 firefighters" for about 30 people treated) is another count, "GH¢"
is the cedi's sign, not cents, "pounds" are a weight where the answer is one, and money is no
answer to a weight (nor a weight to money). The phrasings, names and facts are invented for
these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

FLOOD = "The River Tamuli burst its banks at Oloro after two days of rain."
STORM = "Hurricane Delphine flattened banana farms along the north coast."
TYPHOON = "Typhoon Orla cut power to 40,000 homes on the island."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("tamuli", True),
        ("Tamuli", True),
        ("the tamuli river", True),
        ("tamuli river", True),
        ("river tamuli", True),
        ("tamuli?", True),
        ("oloro", False),
        ("river oloro", False),
        ("nile", False),
    ],
)
def test_a_river_written_river_then_name_is_named_by_its_name(typed: str, right: bool):
    briefing, shown = _asked("Which river burst its banks?", "River Tamuli", FLOOD)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("delphine", True),
        ("hurricane delphine", True),
        ("storm delphine", True),
        ("huracan delphine", True),
        ("it was delphine", True),
        ("delphin", True),
        ("ivan", False),
        ("hurricane ivan", False),
        ("hurricane", False),
    ],
)
def test_a_named_storm_is_named_by_its_name_asked_which_hurricane(typed: str, right: bool):
    briefing, shown = _asked("Which hurricane flattened the farms?", "Hurricane Delphine", STORM)
    assert _verdict(briefing, shown, typed) is right


def test_a_typhoon_is_named_by_its_name_asked_which_storm():
    briefing, shown = _asked("Which storm cut the power?", "Typhoon Orla", TYPHOON)
    assert _verdict(briefing, shown, "orla") is True
    assert _verdict(briefing, shown, "typhoon orla") is True
    assert _verdict(briefing, shown, "olga") is False


DROUGHT = "The drought cost farmers more than 3 billion Australian dollars this year."
AID = "The bank lent the port authority US$40 million for new cranes."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("more than 3 billion australian dollars", True),
        ("A$3bn", True),
        ("over A$3 billion", True),
        ("3 billion aud", True),
        ("more than 3bn aud", True),
        ("$3 billion", True),
        ("3 billion dollars", True),
        ("over three billion dollars", True),
        ("US$3 billion", False),
        ("3 billion us dollars", False),
        ("3 billion usd", False),
        ("NZ$3 billion", False),
        ("3 billion euros", False),
        ("4 billion aud", False),
    ],
)
def test_a_countrys_dollar_is_right_by_its_sign_or_code_and_wrong_as_another_countrys(
    typed: str, right: bool
):
    answer = "More than 3 billion Australian dollars"
    briefing, shown = _asked("How much did the drought cost farmers?", answer, DROUGHT)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("40 million usd", True),
        ("$40m", True),
        ("US$40 million", True),
        ("J$40 million", False),
        ("40 million jamaican dollars", False),
        ("40 million cad", False),
    ],
)
def test_an_amount_in_us_dollars_is_wrong_in_another_countrys_dollars(typed: str, right: bool):
    briefing, shown = _asked("How much did the bank lend?", "US$40 million", AID)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("over a billion", True),
        ("more than 1 billion", True),
        ("over 1bn", True),
        ("less than a billion", False),
        ("under 1 billion", False),
        ("over 2 billion", False),
    ],
)
def test_a_number_with_the_answers_comparison_needs_no_unit(typed: str, right: bool):
    fact = "The storm did more than one billion shillings of damage to the tea estates."
    briefing, shown = _asked(
        "How much damage did the storm do?", "More than one billion shillings", fact
    )
    assert _verdict(briefing, shown, typed) is right


MARKET_FIRE = "About 40 people were treated in hospital after the fire at the market."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("about 40", True),
        ("40", True),
        ("40 people", True),
        ("around 40 ppl", True),
        ("40 residents", True),
        ("40 patients", True),
        ("40 firefighters", False),
        ("40 tourists", False),
        ("40 kids", False),
        ("40 soldiers", False),
        ("400 people", False),
    ],
)
def test_a_kind_of_person_the_facts_never_say_is_another_count_of_people(typed: str, right: bool):
    briefing, shown = _asked("How many people were treated in hospital?", "about 40", MARKET_FIRE)
    assert _verdict(briefing, shown, typed) is right


def test_a_kind_of_person_the_tested_fact_says_is_the_count():
    fact = "About 40 people, most of them stallholders, were treated after the market fire."
    briefing, shown = _asked("How many people were treated?", "about 40", fact)
    assert _verdict(briefing, shown, "40 stallholders") is True


BAIL = "Each of the two men was granted bail of GH¢10,000 with two sureties."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("GH¢10,000", True),
        ("10,000 cedis", True),
        ("10000 ghs", True),
        ("10k", True),
        ("10,000 cents", False),
        ("10,000 pesewas", False),
        ("$10,000", False),
        ("100 cedis", False),
    ],
)
def test_an_amount_in_gh_cedi_sign_is_cedis_not_cents(typed: str, right: bool):
    briefing, shown = _asked("How much was each man's bail?", "GH¢10,000", BAIL)
    assert _verdict(briefing, shown, typed) is right


SACK = "Each family received a 40 kg sack of maize flour."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("40 kg", True),
        ("88 lbs", True),
        ("88 pounds", True),
        ("40 pounds", False),
        ("£88", False),
        ("£40", False),
        ("$40", False),
    ],
)
def test_pounds_are_a_weight_where_the_answer_is_one_and_money_is_none(typed: str, right: bool):
    briefing, shown = _asked("How heavy was each sack of flour?", "40 kg", SACK)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"), [("88 pounds", True), ("£88", True), ("88 lbs", False)]
)
def test_a_weight_is_no_sum_of_money(typed: str, right: bool):
    fact = "A ticket to the final now costs £88."
    briefing, shown = _asked("How much does a ticket to the final cost?", "£88", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("Rennick", True),
        ("mr rennick", True),
        ("o. rennick", True),
        ("Ottilie Rennick", True),
        ("ottilie", False),
        ("haldane", False),
    ],
)
def test_a_surname_alone_names_the_person_asked_which_farmer(typed: str, right: bool):
    fact = "The minister spoke with the farmer Ottilie Rennick; his aide Tam Haldane took notes."
    briefing, shown = _asked("Which farmer did the minister speak with?", "Ottilie Rennick", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("61 years", True),
        ("61 yrs", True),
        ("61yo", True),
        ("61 y/o", True),
        ("61", True),
        ("61 years old", True),
        ("16 years", False),
        ("61 days", False),
        ("71 yrs", False),
    ],
)
def test_an_age_in_years_needs_no_old(typed: str, right: bool):
    fact = "The fisherman, a 61-year-old from Ruhanga, was pulled from the lake alive."
    briefing, shown = _asked("How old was the fisherman?", "61 years old", fact)
    assert _verdict(briefing, shown, typed) is right
