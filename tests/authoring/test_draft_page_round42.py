"""Page clutter and bad questions, forty-second round (invented text).

A box of the site's most read links under a bare word ("Trending", "Most Read", "Popular")
after the story leaves the draft with its headlines. Risks: a list the story announces
stays.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, flood_page, flood_story_intact, shown_in

_OTHER_STORIES = (
    "- Ferry company adds a second boat for the summer season",
    "- School board names a new head for the harbour primary",
    "- Fishermen protest quota cuts outside the ministry",
    "- Council approves budget for the new sports hall",
)


@pytest.mark.parametrize("label", ["Trending", "Most Read", "Most Popular", "Popular"])
def test_a_bare_box_label_over_other_stories_takes_its_headlines_out(label: str) -> None:
    shown = shown_in(drafted(flood_page(end=(label, *_OTHER_STORIES))))
    assert not any(item[2:] in shown for item in _OTHER_STORIES)
    assert flood_story_intact(shown)


def test_a_list_the_story_announces_stays() -> None:
    lead_in = "The board named the villages it will visit first:"
    villages = ("- Brandholm", "- Oster Varn", "- Lindvik", "- Saltnes")
    shown = shown_in(drafted(flood_page(end=(lead_in, *villages))))
    assert all(v[2:] in shown for v in villages)
