"""A choice question answered in other forms of an option's own words ("they lacked fitness"
for "A lack of fitness", "the winds got stronger" for "Strong winds"): the option, where the
reply says nothing else and denies as the option does (`bot.core.option_stems`). The
questions and phrasings are invented for these tests (none is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

MATCH = "The coach blamed a lack of fitness for the loss; strong winds spread the fire."
BLAME = ["The referee", "A lack of fitness", "The rain", "Injuries"]
SPREAD = ["A plane crash", "Arson", "Strong winds", "Dry grass"]
SELL = ["They sold their land", "They could not pay for seeds", "The soil was too salty"]


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("they lacked fitness", True),
        ("no fitness", True),
        ("lacking fitness", True),
        ("a lack of fitness", True),
        ("no fitness needed", None),  # denies that fitness was needed
        ("fitness wasnt the problem", None),
        ("anything but fitness", None),
        ("they lacked fitness or the rain", None),
        ("the players lacked fitness", None),  # a word the option does not say
    ],
)
def test_a_lack_said_in_other_forms_is_the_option(typed: str, right: bool | None):
    briefing, shown = _asked(
        "What did the coach blame the loss on?",
        "A lack of fitness",
        MATCH,
        kind="choice",
        choices=BLAME,
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("the winds got stronger", True),
        ("the wind was strong", True),
        ("not the wind", None),  # denies the option
        ("the winds were calm", None),  # says what the option does not
        ("winds were weak", None),
        ("i doubt strong winds", None),
        ("the grass was dry", False),  # another option in other forms: picked, and wrong
    ],
)
def test_an_option_in_other_forms_of_its_words(typed: str, right: bool | None):
    briefing, shown = _asked(
        "Why did the fire spread so fast?", "Strong winds", MATCH, kind="choice", choices=SPREAD
    )
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("they cant pay for seeds", True),  # denied as the option denies it
        ("they couldnt pay", True),
        ("they paid for seeds", None),
        ("they never could not pay", None),  # denied twice
    ],
)
def test_a_denied_option_is_met_by_a_denial(typed: str, right: bool | None):
    briefing, shown = _asked(
        "Why did the farmers not replant?",
        "They could not pay for seeds",
        MATCH,
        kind="choice",
        choices=SELL,
    )
    assert _verdict(briefing, shown, typed) is right
