"""Page clutter, fifty-second round (invented text).

A caption wrapped in WordPress's caption code leaves with the code. A text-size tool with
its buttons' words ("Font size: Decrease font Enlarge font") is no title. An empty list's
"No stories found." leaves, and so does a short line that one flagged line alternates with
(a tab's label between empty lists, an old headline between "Archive" links). A caption
telling who stands where leaves however long the posts it names are. A photo gallery's
counters ("1 of 4") and the captions between and after them leave.

Each case reads the whole draft a person gets, comments included: a line that left the
article is nowhere in it.
"""

from __future__ import annotations

import pytest

from bot.authoring import draft_briefing
from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)

_CAPTION = "Floodwater covers the road outside the Varnholt ferry terminal on Monday."


@pytest.mark.parametrize("align", ["alignnone", "aligncenter"])
def test_a_caption_in_wordpress_caption_code_leaves(align: str) -> None:
    code = f'[caption id="attachment_4417" align="{align}" width="800"]'
    line = f"{code} {_CAPTION} - Per Holm[/caption]"
    text = draft_briefing(flood_page(line, at=1))
    assert "attachment_4417" not in text
    assert align not in text
    assert _CAPTION not in text
    assert flood_story_intact(shown_in(drafted(flood_page(line, at=1))))


def test_a_text_size_tool_with_its_buttons_is_no_title() -> None:
    tool = "Font size: Decrease font Enlarge font"
    draft = drafted(f"{FLOOD_HEADLINE}\n\n{tool}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == FLOOD_HEADLINE
    assert tool not in draft_briefing(f"{FLOOD_HEADLINE}\n\n{tool}\n\n" + FLOOD_PARAGRAPHS[0])


def test_an_empty_lists_tabs_leave_below_the_story() -> None:
    end = ("Trending", "No stories found.", "Just in", "No stories found.", "Sponsored reads")
    end += ("No stories found.",)
    text = draft_briefing(flood_page(end=end))
    for line in ("No stories found.", "Just in", "Sponsored reads"):
        assert line not in text
    assert all(p in text for p in FLOOD_PARAGRAPHS)


def test_an_old_headline_between_archive_links_is_no_title() -> None:
    tribute = "A tribute to our volunteers"
    page = "\n\n".join(
        [
            "Harbour news for Varnholt readers",
            "- Archive",
            tribute,
            "- Archive",
            "Ferry back on time after the storm",
            "- Archive",
            FLOOD_HEADLINE,
            *FLOOD_PARAGRAPHS,
        ]
    )
    shown = shown_in(drafted(page))
    assert tribute not in shown
    assert flood_story_intact(shown)


def test_a_short_story_line_between_two_different_paragraphs_stays() -> None:
    line = "Nobody was hurt."
    assert line in draft_briefing(flood_page(line, at=2))


_PLACED = (
    "Harbour master Jon Berg (centre) with Deputy Minister of Coastal Affairs, Fisheries and"
    " Inland Waterways II (Fisheries and Inland Waterways) Anna Lind (left) and Ministry of"
    " Coastal Affairs, Fisheries and Inland Waterways permanent secretary Ola Dahl."
)


def test_a_long_caption_telling_who_stands_where_leaves() -> None:
    assert len(_PLACED) > 250
    shown = shown_in(drafted(flood_page(_PLACED, at=1)))
    assert "(centre)" not in shown
    assert flood_story_intact(shown)


def test_a_story_line_with_a_position_and_a_quote_stays() -> None:
    line = 'Mayor Ilse Brandt (left) said the shelter "will stay open as long as it is needed".'
    assert "Mayor Ilse Brandt (left) said" in draft_briefing(flood_page(line, at=2))


_SLIDES = [
    ("Photo by Per Holm", "varnholt-flood-2", "Volunteers fill sandbags outside the town hall."),
    ("Photo by Per Holm", "varnholt-flood-3", "A ferry waits in the flooded harbour on Monday."),
]


def _gallery_page() -> str:
    """A gallery of three pictures on top of a page with no headline, the story under it."""
    lines = ["1 of 3", "varnholt-flood-1"]
    for n, slide in enumerate(_SLIDES, start=2):
        lines += [f"{n} of 3", *slide]
    return "\n\n".join([*lines, "Story and photos by Per Holm", *FLOOD_PARAGRAPHS])


def test_a_gallerys_counter_is_no_title() -> None:
    assert "of 3" not in drafted(_gallery_page())["title"]


def test_a_gallerys_captions_leave() -> None:
    shown = shown_in(drafted(_gallery_page()))
    for _, _, caption in _SLIDES:
        assert caption not in shown
    assert "of 3" not in shown
    assert flood_story_intact(shown)


def test_a_count_in_a_story_sentence_stays() -> None:
    line = "Three of the four pumps were working by Tuesday."
    assert line in draft_briefing(flood_page("2 of 4", line, at=2))
