"""A controller's title before a name is a role, never part of the name.

"Acting Civil Defence Primary Controller Bruce Horne says" (emergency management in New Zealand
and Australia) and "Financial Controller Ama Owusu said" were drafted as a person called
"Primary Controller Bruce Horne" who then took every quote of the real Bruce Horne.
"""

from __future__ import annotations

import pytest
import yaml

from bot.authoring.draft import draft_briefing

_ARTICLE = """Floods close roads near the lake

Residents were told to stay home on Monday as water rose across the district.

“Please stay away from the flooded streets so crews can do their work,” {title} {name} says.

“We expect the water to go down by Wednesday,” {short} says.
"""


def _draft(title: str, name: str, short: str) -> dict:
    return yaml.safe_load(draft_briefing(_ARTICLE.format(title=title, name=name, short=short)))


@pytest.mark.parametrize(
    ("title", "name", "short"),
    [
        ("Acting Civil Defence Primary Controller", "Bruce Horne", "Mr Horne"),
        ("Emergency Management Controller", "Ruth Tane", "Ms Tane"),
        ("Financial Controller", "Ama Owusu", "Ms Owusu"),
    ],
)
def test_the_controller_is_named_without_the_title(title: str, name: str, short: str) -> None:
    draft = _draft(title, name, short)
    names = [figure["name"] for figure in draft.get("figures") or []]
    assert names == [name]
    quoted = [len(figure.get("quotes") or []) for figure in draft["figures"]]
    assert quoted == [2]  # both quotes are the controller's, none unattributed
