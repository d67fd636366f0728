"""An answer with a detail the briefing gives beside it (`quint, 41`, `oduma city, kesi`) and
posts typed in French, Spanish or Portuguese (`la maire`, `alcaldesa`), matching-31. The names,
places and facts are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from bot.core.models import Figure
from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("quint, 41", True),  # the surname with the age the briefing gives
        ("quint 41", True),
        ("quint (41)", True),
        ("mara quint, 41", True),
        ("quint", True),
        ("quint, 42", False),  # an age the briefing does not give
        ("quint, 14", False),
        ("baird, 41", False),  # another person with her age
        ("quint, 41 or 42", False),
    ],
)
def test_a_surname_with_an_age_the_briefing_gives(typed: str, right: bool):
    fact = "A supporter, Mara Quint, 41, said the vote was unfair; chairman Olu Baird disagreed."
    briefing, shown = _asked("Which supporter is quoted?", "Mara Quint", fact)
    quint = Figure(id="mara-quint", name="Mara Quint", aliases=["Quint"], role="supporter")
    baird = Figure(id="olu-baird", name="Olu Baird", aliases=["Baird"], role="chairman")
    briefing = briefing.model_copy(update={"figures": [*briefing.figures, quint, baird]})
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    "fact",
    [
        "A fire razed the market in Oduma City, the capital of Kesi State, on Saturday.",
        "A fire razed the market in Oduma City, Kesi State's capital, on Saturday.",
    ],
)
@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("oduma city, kesi", True),  # the state without its kind word
        ("oduma city, kesi state", True),
        ("oduma city in kesi", True),
        ("oduma city, ravi", False),  # a place the briefing does not put it in
        ("oduma city, ravi state", False),
        ("kesi", False),
    ],
)
def test_a_city_with_the_state_the_briefing_makes_it_capital_of(fact: str, typed: str, right: bool):
    briefing, shown = _asked("In which city was the market?", "Oduma City", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("upper tasa, lomira", True),  # the answer without its kind word, then the country
        ("upper tasa region, lomira", True),
        ("upper tasa, ravi", False),
        ("lower tasa, lomira", False),
    ],
)
def test_a_region_without_its_kind_word_with_the_country_around_it(typed: str, right: bool):
    fact = "Floods in Lomira's Upper Tasa Region swept away two bridges."
    briefing, shown = _asked("In which region were the bridges?", "Upper Tasa Region", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("taravi province, solmar", True),  # the kind the question asks, then the larger place
        ("taravi, solmar", True),
        ("taravi province, ravi", False),
        ("taravi county, solmar", False),  # a kind the question does not ask
    ],
)
def test_a_province_with_its_kind_word_and_the_place_around_it(typed: str, right: bool):
    fact = "Nine miners were hurt at a mine in Taravi, a province of Solmar."
    briefing, shown = _asked("In which province was the mine?", "Taravi", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("maire", True),
        ("la maire", True),
        ("alcaldesa", True),
        ("el alcalde", True),
        ("prefeita", True),
        ("mayor", True),
        ("gouverneur", False),  # another post in French
        ("presidenta", False),
        ("conseillère", False),
    ],
)
def test_a_post_asked_for_typed_in_french_spanish_or_portuguese(typed: str, right: bool):
    fact = "Mayor Ines Calvo said the wells of Tarvin were dry."
    briefing, shown = _asked("What is Ines Calvo's post?", "Mayor", fact)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("the governor", True),
        ("le gouverneur", True),  # the speaker's role as the briefing gives it, in French
        ("el gobernador", True),
        ("o governador", True),
        ("la maire", False),  # the mayor is another person (Ben Ostrow)
        ("la juge", False),
    ],
)
def test_a_speakers_role_typed_in_another_language(typed: str, right: bool):
    fact = "Ines Calvo said the wells are dry; Pia Ferro disagreed."
    briefing, shown = _asked('Who said "the wells are dry"?', "Ines Calvo", fact)
    calvo = Figure(id="ines-calvo", name="Ines Calvo", role="Governor of Tarvin")
    ferro = Figure(id="pia-ferro", name="Pia Ferro", role="judge")
    briefing = briefing.model_copy(update={"figures": [*briefing.figures, calvo, ferro]})
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("chairman", True),
        ("president", False),  # English refuses it, so its French and Spanish do too
        ("président", False),
        ("presidente", False),
    ],
)
def test_a_post_in_another_language_is_never_looser_than_english(typed: str, right: bool):
    fact = "Chairman Tomas Reyes said the vote had failed."
    briefing, shown = _asked("What is Tomas Reyes's post?", "Chairman", fact)
    assert _verdict(briefing, shown, typed) is right
