"""A minister's portfolio written before the name is the role, never part of the name.

"Minister of Disaster Preparedness Iram Lewis said" (fresh65 bz06) and "Minister of Water and
Sanitation Pemmy Majodina" (fresh60 bu13) were drafted as a person called "Disaster
Preparedness Iram Lewis", or the name was lost: the portfolio's words ("Disaster",
"Preparedness", "Sanitation") were in no list of office words, so they read as given names.
"""

from __future__ import annotations

import pytest
import yaml

from bot.authoring.draft import draft_briefing

_ARTICLE = """Shelters made ready before the storm season

Schools will open as shelters this year, officials said on Sunday.

{title} {name} said: “We are adding room in every district. Nobody will be turned away.”

“The work starts this week,” {short} added.
"""


def _draft(title: str, name: str, short: str) -> dict:
    return yaml.safe_load(draft_briefing(_ARTICLE.format(title=title, name=name, short=short)))


@pytest.mark.parametrize(
    ("title", "name", "short"),
    [
        ("Minister of Disaster Preparedness", "Iram Lewis", "Mr Lewis"),
        ("Minister of Water and Sanitation", "Ada Vole", "Ms Vole"),
        ("Minister for Emergency Management and Recovery", "Jo Tane", "Ms Tane"),
        ("Minister of Youth and Gender", "Kofi Mensah", "Mr Mensah"),
    ],
)
def test_the_minister_is_named_without_the_portfolio(title: str, name: str, short: str) -> None:
    draft = _draft(title, name, short)
    figures = draft.get("figures") or []
    assert [figure["name"] for figure in figures] == [name]
    assert figures[0]["role"] == title
    assert len(figures[0].get("quotes") or []) == 2  # both quotes hers or his, none unattributed
