"""Page clutter, fifty-fourth round (invented text).

What a site's software prints into its text is never the story's: Cloudflare's placeholder
for a hidden e-mail address ("[email protected]") leaves a kept sentence, which stays; a
one-word status or media tag in capitals and square brackets, before the headline
("[UPDATED]") as after it ("[VIDEO]"), leaves the title, whose words stay.

A headline is about the story: a line on top of the page that shares no word with the
story's first sentences, over a headline that shares two or more, is the site's (its slogan,
a promotion, another story's headline) and leaves; the headline under it is the title. A
headline sharing no word with the story stays the title when the story itself is under it.

Each case reads the whole draft a person gets, comments included.
"""

from __future__ import annotations

import pytest

from bot.authoring import draft_briefing
from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_LONG_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_story_intact,
    shown_in,
)


def _page(*paragraphs: str, headline: str = FLOOD_HEADLINE) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "placeholder", ["[email protected]", "<[email protected]>", "[email\u00a0protected]"]
)
def test_a_hidden_address_placeholder_leaves_the_sentence_it_stood_in(placeholder: str) -> None:
    sentence = (
        "Volunteers met at the harbour school, where the Varnholt "
        f"{placeholder} Relief Fund handed out blankets to forty families on Tuesday."
    )
    page = _page(*FLOOD_PARAGRAPHS[:2], sentence, FLOOD_PARAGRAPHS[2])
    text = draft_briefing(page)
    assert "protected]" not in text
    assert "Relief Fund handed out blankets to forty families" in text
    assert flood_story_intact(shown_in(drafted(page)))


@pytest.mark.parametrize(
    ("headline", "tag"),
    [
        (f"[UPDATED] {FLOOD_HEADLINE}", "[UPDATED]"),
        (f"{FLOOD_HEADLINE} [VIDEO]", "[VIDEO]"),
        (f"[PHOTOS] {FLOOD_HEADLINE}", "[PHOTOS]"),
    ],
)
def test_a_status_tag_in_brackets_leaves_the_title(headline: str, tag: str) -> None:
    draft = drafted(_page(*FLOOD_PARAGRAPHS, headline=headline))
    assert draft["title"] == FLOOD_HEADLINE
    assert tag not in shown_in(draft)


def test_a_bracketed_word_inside_a_headline_stays() -> None:
    headline = "Floods reach the [old] Varnholt harbour"
    draft = drafted(_page(*FLOOD_PARAGRAPHS, headline=headline))
    assert draft["title"] == headline


@pytest.mark.parametrize(
    "line",
    [
        "As seen on Nordic Wire: Sport headlines",
        "NordPress.example - Press Release Distribution",
        "Ferry timetable changes announced for the summer season",
    ],
)
def test_a_line_sharing_no_word_with_the_story_over_its_headline_leaves(line: str) -> None:
    draft = drafted(_page(FLOOD_LONG_HEADLINE, *FLOOD_PARAGRAPHS, headline=line))
    assert draft["title"] == FLOOD_LONG_HEADLINE
    assert line not in draft_briefing(_page(FLOOD_LONG_HEADLINE, *FLOOD_PARAGRAPHS, headline=line))
    assert flood_story_intact(shown_in(draft))


def test_a_headline_sharing_words_with_the_story_stays_over_its_standfirst() -> None:
    standfirst = "Forty families spend the night at the town hall as the water keeps rising"
    draft = drafted(_page(standfirst, *FLOOD_PARAGRAPHS))
    assert draft["title"] == FLOOD_HEADLINE


def test_a_headline_sharing_no_word_with_the_story_stays_over_the_story() -> None:
    draft = drafted(_page(*FLOOD_PARAGRAPHS, headline="High and dry no more"))
    assert draft["title"] == "High and dry no more"
