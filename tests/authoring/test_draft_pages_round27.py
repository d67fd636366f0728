"""Page furniture told by its form, twenty-seventh round (invented text). Chosen from the
older sets' leaks (groups A-M, listed by `benchmarks.clutter_shapes`): the page's top line
of one or two capitalised words (a site's name "Nordland Online", a section's "Sport", a
photo's name "Ilse Brandt") taken for the headline, and a date written with "of" ("Sunday 24
of November 2024") over the story. Risks: a short headline in running words ("Floods
return") is still the title, and the headline under a section's name becomes the title."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


def _story(*top: str) -> str:
    """The invented story with no headline, `top` printed above its first paragraph."""
    return "\n\n".join([*top, *FLOOD_PARAGRAPHS])


@pytest.mark.parametrize("label", ["Nordland Online", "Sport", "Per Holm", "NORDLAND, Norway"])
def test_a_name_over_the_story_is_not_the_title(label: str) -> None:
    draft = drafted(_story(label))
    assert label not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_the_headline_under_a_sections_name_is_the_title() -> None:
    draft = drafted("Sport\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert "Sport" not in shown_in(draft)


def test_a_short_headline_in_running_words_is_the_title() -> None:
    draft = drafted(_story("Floods return"))
    assert draft["title"] == "Floods return"


@pytest.mark.parametrize("date", ["Sunday 24 of November 2024", "The 3rd of March 2025"])
def test_a_date_written_with_of_is_dropped(date: str) -> None:
    shown = shown_in(drafted(flood_page(date, at=1)))
    assert date not in shown
    assert flood_story_intact(shown)
