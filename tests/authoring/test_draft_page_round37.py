"""Page clutter and caption questions, thirty-seventh round (invented text).

A photo's caption between the headline and the lede, under an image label or another
caption, in the present tense of a scene ("Volunteers carry sandbags ..."): not the story,
and never a true/false question. The comment box's and the correction box's words, the
archive's age notice, a republishing note, a video's credit run onto a paragraph and a
byline of several writers with their outlet. Risks: a lede in the present tense with no
picture over it, a caption-shaped sentence inside the story, a headline with a noun that
reads as a verb, a story sentence about comments or permission.
"""

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

_CAPTION = "Volunteers carry sandbags along the harbour road in Varnholt on Monday evening."
_PERSON_CAPTION = "Mayor Ilse Brandt answers questions at the town hall in Varnholt."


def _true_false(draft: dict) -> list[str]:
    return [q["prompt"] for q in draft["questions"] if q.get("kind") == "truefalse"]


@pytest.mark.parametrize("label", ["Image", "Photo:"])
def test_a_caption_under_an_image_label_over_the_lede_leaves_the_draft(label: str) -> None:
    page = f"{FLOOD_HEADLINE}\n\n{label}\n\n{_CAPTION}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS)
    draft = drafted(page)
    shown = shown_in(draft)
    assert _CAPTION not in shown
    assert not any("Volunteers carry" in prompt for prompt in _true_false(draft))
    assert flood_story_intact(shown)
    assert draft["title"] == FLOOD_HEADLINE


def test_a_second_caption_under_a_first_leaves_the_draft() -> None:
    first = (
        "Residents look at the water from the bridge over the river Varn in Varnholt,"
        " Sunday, March 3, 2024."
    )
    page = f"{FLOOD_HEADLINE}\n\n{first}\n\n{_PERSON_CAPTION}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS)
    draft = drafted(page)
    shown = shown_in(draft)
    assert _PERSON_CAPTION not in shown
    assert not any("answers questions" in prompt for prompt in _true_false(draft))
    assert flood_story_intact(shown)


def test_a_present_tense_lede_with_no_picture_over_it_stays() -> None:
    lede = "Volunteers carry sandbags along the harbour road as the river keeps rising."
    shown = shown_in(drafted(flood_page().replace(FLOOD_PARAGRAPHS[0], lede)))
    assert lede in shown


def test_a_scene_sentence_inside_the_story_stays() -> None:
    """Under a story paragraph the caption's form is the story's own present tense."""
    shown = shown_in(drafted(flood_page(_CAPTION, at=1)))
    assert _CAPTION in shown
    assert flood_story_intact(shown)


def test_a_past_tense_lede_under_an_image_label_stays() -> None:
    page = f"{FLOOD_HEADLINE}\n\nImage\n\n" + "\n\n".join(FLOOD_PARAGRAPHS)
    shown = shown_in(drafted(page))
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed.",
        "Seen a mistake?",
        "Take note – story published 8 years ago",
        "Republished with permission from the Nordland Courier.",
    ],
)
def test_a_box_line_after_the_story_leaves_the_draft(line: str) -> None:
    shown = shown_in(drafted(flood_page(end=(line,))))
    assert line not in shown
    assert flood_story_intact(shown)


def test_the_age_notice_over_the_lede_is_not_the_story() -> None:
    line = "Take note – story published 8 years ago"
    draft = drafted(flood_page(line, at=0))
    assert line not in shown_in(draft)
    assert draft["sections"][0]["points"][0].startswith(FLOOD_PARAGRAPHS[0][:40])


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said comments are closed on the plan until the survey ends in May.",
        "The photographs were republished with permission of the family, the museum said.",
    ],
)
def test_story_sentences_about_comments_or_permission_stay(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(end=(sentence,))))
    assert sentence in shown


def test_a_video_credit_run_onto_a_paragraph_is_cut_off() -> None:
    last = "The mayor and the engineers spoke to reporters on the bridge. Below are their words."
    glued = f"{last} Video courtesy of Jane Roe and Nordland TV."
    shown = shown_in(drafted(flood_page(end=(glued,))))
    assert last in shown
    assert "courtesy of Jane Roe" not in shown


def test_a_byline_of_writers_and_their_outlet_is_not_a_section() -> None:
    byline = "Jane Roe, Per Holm and Ann Lee, NTV"
    draft = drafted(f"{FLOOD_HEADLINE}\n\n{byline}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    shown = shown_in(draft)
    assert byline not in shown
    assert "Ann Lee" not in shown
    assert flood_story_intact(shown)


_WRITER_BOX = (
    "About the author",
    "Jane Roe",
    "Subscribe and go ad-free",
    "For only $10 a year",
    "  1. Go Ad-Free\n  2. Faster site experience\n  3. Support great writing",
    "Launch Offer: 2 months free",
)


def test_the_writers_box_under_the_story_and_what_follows_leave_the_draft() -> None:
    draft = drafted(flood_page(end=_WRITER_BOX))
    shown = shown_in(draft)
    assert not any(line in shown for line in ("About the author", "Jane Roe", "Go Ad-Free"))
    assert [s["title"] for s in draft["sections"]] == ["Introduction"]
    assert flood_story_intact(shown)


def test_an_about_the_author_line_over_the_story_does_not_drop_it() -> None:
    shown = shown_in(drafted(flood_page("About the author", at=0)))
    assert flood_story_intact(shown)


@pytest.mark.parametrize("credit", ["Jane Roe/NNA", "Per Holm jr./NORDFOTO/F.A. NNA"])
def test_a_photographers_credit_on_its_own_line_is_not_the_title(credit: str) -> None:
    """A page that prints no headline: the credit over the lede is not one."""
    draft = drafted(f"{credit}\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert credit not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_pointer_to_a_link_run_onto_a_paragraph_is_cut_off() -> None:
    last = "The mayor spoke to reporters on the bridge on Tuesday afternoon."
    shown = shown_in(drafted(flood_page(end=(f"{last} Read her full statement here.",))))
    assert last in shown
    assert "Read her full statement here." not in shown
    assert flood_story_intact(shown)
