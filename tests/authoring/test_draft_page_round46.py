"""Page clutter and questions, forty-sixth round (invented text).

A date line with a clock and the place it was filed from, before or after it ("Varnholt,
Nordland May 5, 2024 7:12 p.m."), or a stamp with its feed after a dash ("2024-05-06 09:15:02
- From: Nordland Wire"), leaves the draft; a story's dateline with no clock that runs into the
lede stays. A desk's sign closed by a colon ("Varnholt Desk:") leaves like the bare one. A
copyright notice that runs on into the site's terms, however long, leaves.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Varnholt, Nordland May 5, 2024 7:12 p.m.",
        "Sunday, May 5, 2024, 7:12 p.m. Varnholt, Kingdom of Nordland",
    ],
)
def test_a_date_line_with_its_place_or_its_feed_under_the_headline_leaves(stamp: str) -> None:
    shown = shown_in(drafted(flood_page(stamp, at=0)))
    assert stamp not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "stamp",
    [
        "Varnholt, Nordland 2024-05-05 19:12:40 –",
        "2024-05-06 09:15:02 - From: Nordland Wire",
        "06.05.2024 - Article",
    ],
)
def test_a_date_line_with_its_place_or_its_feed_on_top_of_a_page_is_no_title(stamp: str) -> None:
    draft = drafted("\n\n".join([stamp, *FLOOD_PARAGRAPHS]))
    assert stamp not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_dateline_without_a_clock_running_into_the_lede_stays() -> None:
    lede = (
        "Varnholt, May 5, 2024 - The river burst its banks on Monday, flooding forty homes"
        " near the old harbour wall."
    )
    shown = shown_in(
        drafted("Floods reach Varnholt harbour\n\n" + lede + "\n\n" + FLOOD_PARAGRAPHS[1])
    )
    assert "flooding forty homes" in shown


def test_a_desks_sign_closed_by_a_colon_leaves() -> None:
    shown = shown_in(drafted("\n".join(["Varnholt Desk:", *FLOOD_PARAGRAPHS])))
    assert "Varnholt Desk" not in shown
    assert flood_story_intact(shown)


def test_a_copyright_notice_running_into_the_sites_terms_leaves() -> None:
    notice = (
        "© 2019, Jo Arne. All rights reserved. – The views expressed here are purely those of"
        " the writer and not necessarily those of the publishers. – Varnholt Courier content"
        " cannot be reproduced in any form – electronic or print – without prior consent of the"
        " publishers. Copyright infringement will be pursued and perpetrators prosecuted."
    )
    shown = shown_in(drafted(flood_page(end=(notice,), at=3)))
    assert "All rights reserved" not in shown
    assert flood_story_intact(shown)
