"""Words a speaker addresses to "you" without quotation marks stay in the draft.

An outlet's own box speaks to the reader ("We use cookies ... you ... our website"); a
story that reports a speaker's "we ... you" without marks is still the story.
"""

from __future__ import annotations

import pytest

from bot.authoring.clutter import is_clutter_line
from bot.authoring.draft import draft_briefing

_ARTICLE = """{headline}

RIVERTON — Volunteers filled thousands of sandbags on Saturday as the river rose.

We bring you the sandbags, you fill them, the mayor told the volunteers.

"We have never seen the water this high," said Mayor Ann Ruiz.
"""


def test_an_unmarked_quote_to_you_stays_a_point() -> None:
    draft = draft_briefing(_ARTICLE.format(headline="Volunteers fill sandbags in Riverton"))
    assert "We bring you the sandbags, you fill them, the mayor told the volunteers." in draft


def test_a_headline_reporting_we_and_you_is_the_title() -> None:
    draft = draft_briefing(_ARTICLE.format(headline="We give you our word, says mayor"))
    assert "title: We give you our word, says mayor" in draft.splitlines()


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to make sure you get the best experience on our website.",
        "By allowing ads on this site, you support our journalism.",
        "Thank you for reading. Please support our journalism, we need you.",
    ],
)
def test_the_outlets_own_box_is_still_clutter(line: str) -> None:
    assert is_clutter_line(line)
