"""Firms named like a person's first and last name, forty-first round (invented text).

"Deyaar Development", "Dubex Securities", "Equity Research", "Manpower Supply": a capitalised
name ending with a trade's word is a company or a department, never a figure with a role, and
its statement is not a person's quote. Risk: a person's name, which never ends with one.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted_story, names_in, people_in, speakers_in

HEADLINE = "Harbour developer's chairman resigns"


@pytest.mark.parametrize(
    "firm", ["Kestrel Development", "Norland Securities", "Bayview Properties", "Ostra Research"]
)
def test_a_firm_named_by_its_trade_is_no_figure(firm: str) -> None:
    draft = drafted_story(
        HEADLINE,
        f"Harbour-based {firm} said on Monday that its chairman Tomas Reyes had resigned.",
        "“Our plans for the waterfront will not change,” said analyst Priya Nair of Lindqvist "
        "Capital.",
    )
    assert firm not in names_in(draft), names_in(draft)
    assert people_in(draft).get("Priya Nair") == "analyst", people_in(draft)


def test_the_firms_short_name_gives_no_person_its_statement() -> None:
    words = "The board will meet shortly to consider the resignation"
    draft = drafted_story(
        HEADLINE,
        "Harbour-based developer Kestrel Development said on Monday that its chairman Tomas "
        "Reyes had resigned.",
        f"“{words},” Kestrel said in a statement to the exchange.",
    )
    assert "Kestrel" not in names_in(draft), names_in(draft)
    assert speakers_in(draft).get(words) is None, speakers_in(draft)


def test_a_brand_named_with_a_run_of_capitals_is_no_rival_speaker() -> None:
    """ "WaterCAN welcomes ..." made the body a person, so its name in the speaker's own role
    ("says Dr Ana Vos, WaterCAN Executive Manager.") stopped her next paragraph's quote from
    carrying on as hers."""
    words = "National government has to get more involved in fixing the pipes."
    draft = drafted_story(
        "Towns still wait for water",
        "WaterCAN welcomes the minister's report on the works done in her first 100 days.",
        "“The report was a good one. The problems are at the level of the towns,” says Dr Ana "
        "Vos, WaterCAN Executive Manager.",
        f"“{words}”",
    )
    assert "WaterCAN" not in names_in(draft), names_in(draft)
    assert speakers_in(draft).get(words) == "Ana Vos", speakers_in(draft)
