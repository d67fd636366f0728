"""Other forms of a word, read by one well-kept stemmer (Snowball English, `bot.core.word_stems`)
where suffix lists were kept by hand: a choice answered in other forms of an option's words
(`option_stems`), a word of an option and the question's own words in another form
(`matching`). The questions and phrasings are invented for these tests (none is from a
benchmark set). Two tests guard the rules kept beside the stemmer (forms it leaves apart, a
possessor in the question); every other test has cases the hand-written lists judged
otherwise."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

MATCH = (
    "The minister spoke Spanish and each paper translated her words its own way. The mine "
    "is not the workers' direct employer. China opposes Russia's war but must keep trading "
    "with Russia."
)
WORDING = [
    "One paper invented the quote",
    "She spoke Spanish, and each paper translated her words its own way",
    "She gave two different speeches",
]
WAGES = [
    "It had already given a raise",
    "It is not the workers' direct employer",
    "Copper prices had fallen",
]
TORN = [
    "China backs Russia's war but fears sanctions",
    "China opposes Russia's war but must keep trading with Russia",
    "China wants to join the war but lacks the troops",
]


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("because of translation from spanish", True),  # "translation", "translated"
        ("different translations", True),  # "different": the question's "differently"
        ("translation", True),
    ],
)
def test_a_noun_of_the_options_verb_is_its_form(typed: str, right: bool | None):
    briefing, shown = _asked(
        "Why do two reports quote the minister differently?",
        WORDING[1],
        MATCH,
        kind="choice",
        choices=WORDING,
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("because it doesnt employ them directly", True),  # "employ", "employer"
        ("it does not employ them", True),
        ("it employs them directly", None),  # no denial where the option denies
    ],
)
def test_a_verb_of_the_options_noun_is_its_form(typed: str, right: bool | None):
    briefing, shown = _asked(
        "Why did the mine say it could not raise the workers' wages?",
        WAGES[1],
        MATCH,
        kind="choice",
        choices=WAGES,
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("china backs the war but fears sanctions", True),
        ("china opposes the war but trades with russia", False),  # another option: told wrong
        ("it opposes the war but trades with russia", False),
        ("china backs the war but trades with russia", None),  # words of two options
    ],
)
def test_options_sharing_words_are_told_apart_by_their_own(typed: str, right: bool | None):
    briefing, shown = _asked("Why is China torn?", TORN[0], MATCH, kind="choice", choices=TORN)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("catégorie 4", True),  # French, as typed: "categori", one stem with "category"
        ("categorie 4", True),
        ("categories 4", True),
        ("catégorie 5", False),
    ],
)
def test_an_options_word_in_another_form_picks_it(typed: str, right: bool | None):
    briefing, shown = _asked(
        "In which category was the storm when it hit?",
        "Category 4",
        "The storm was a Category 4 hurricane when it hit the keys.",
        kind="choice",
        choices=["Category 2", "Category 4", "Category 5"],
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("inexperienced", True),  # the stemmer's "experienc" and "experi": one word
        ("they were inexperienced", True),
        ("the winds got stronger", True),
    ],
)
def test_forms_the_stemmer_leaves_apart_still_meet(typed: str, right: bool | None):
    options = ["A lack of experience", "Strong winds", "The referee"]
    answer = "Strong winds" if "wind" in typed else "A lack of experience"
    briefing, shown = _asked("What went wrong?", answer, MATCH, kind="choice", choices=options)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("ghanaian national", True),  # "nationality" asked: a national is its form
        ("a ghanaian national", True),
        ("ghanaian", True),
        ("nigerian national", False),
    ],
)
def test_the_questions_word_in_another_form_is_read_past(typed: str, right: bool | None):
    briefing, shown = _asked(
        "What nationality was the one driver who was not Malian?",
        "Ghanaian",
        "Two Malian drivers and a Ghanaian driver were held at the border.",
    )
    assert _verdict(briefing, shown, typed) is right


WEATHER = "The weather services VMGD and Senamhi warned of rain; the disaster office NDMO too."


@pytest.mark.parametrize(
    ("place", "answer", "typed", "right"),
    [
        ("Vanuatu", "VMGD", "vmgd vanuatu", True),  # Snowball keeps "vanuatus" whole
        ("Peru", "Senamhi", "senamhi peru", True),
        ("Vanuatu", "VMGD", "vmgd", True),
        ("Vanuatu", "VMGD", "ndmo vanuatu", False),
    ],
)
def test_a_place_the_question_names_as_a_possessor_is_read_past(
    place: str, answer: str, typed: str, right: bool | None
):
    briefing, shown = _asked(f"What is the name of {place}'s weather service?", answer, WEATHER)
    assert _verdict(briefing, shown, typed) is right
