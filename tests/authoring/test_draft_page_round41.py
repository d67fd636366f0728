"""Page clutter and bad questions, forty-first round (invented text).

A story's last quote closed by the wire's credit in capitals ("... said. (AFP/NAN)") stays in
the draft; a caption closed by a photographer's credit still leaves. A statement whose "that"
stands for a sentence the student does not see, or that lost its subject after a lead-in
("Next week, advises the board ..."), gives no true/false question. Other stories' headlines
listed after the story's last sentence, and a feed's "Continue reading “...” »", leave the
draft. Risks: a "that" the sentence itself explains, an inverted attribution ("Next week,
says the board, ..."), a list the story announces at its end.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    fact_questions,
    flood_page,
    flood_story_intact,
    shown_in,
)


@pytest.mark.parametrize("credit", ["(AFP/NAN)", "(AP/NAN)", "(dpa/NAN)"])
def test_a_wire_credit_in_capitals_closing_the_last_quote_keeps_the_paragraph(
    credit: str,
) -> None:
    last = f"“We will rebuild the wall before winter,” the mayor’s office said. {credit}"
    shown = shown_in(drafted(flood_page(end=(last,))))
    assert "We will rebuild the wall before winter" in shown
    assert flood_story_intact(shown)


def test_a_quoted_caption_closed_by_a_photographers_credit_still_leaves() -> None:
    caption = "Sandbags line the harbour wall. “We will hold it,” Brandt said. (Reuters/Per Holm)"
    shown = shown_in(drafted(flood_page(caption, at=1)))
    assert "Per Holm" not in shown
    assert flood_story_intact(shown)


def _prompts(*sentences: str) -> list[str]:
    return [str(q["prompt"]) for q in fact_questions([*sentences, *FLOOD_PARAGRAPHS])]


@pytest.mark.parametrize(
    "sentence",
    [
        "No weekend storm in the harbour towns can change that, the regional water board noted.",
        "The regional water board issued a statement on Tuesday morning explaining that.",
    ],
)
def test_a_that_pointing_back_gives_no_true_false_statement(sentence: str) -> None:
    assert not any(sentence[:30] in p for p in _prompts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional water board said on Tuesday that if the harbour wall holds through the"
        " winter, the towns along the river will have nothing to fear about that.",
        # the conjunction before a comma: what was said follows
        "The regional water board said on Tuesday that, despite the floods, the harbour"
        " wall would be raised by spring.",
    ],
)
def test_a_that_the_sentence_explains_stays_askable(sentence: str) -> None:
    assert any(sentence[:40] in p for p in _prompts(sentence))


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Next week, advises the regional water board on the state of the harbour wall.",
            "advises",
        ),
        (
            "On Tuesday, warned the regional water board the towns along the river about the"
            " harbour wall.",
            "warned",
        ),
    ],
)
def test_a_sentence_that_lost_its_subject_gives_no_true_false_statement(
    sentence: str, words: str
) -> None:
    assert not any(f"{words} the regional" in p for p in _prompts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, the regional water board warned the towns along the river about the"
        " harbour wall.",
        "On Tuesday, says the regional water board, the harbour wall was raised by two metres.",
    ],
)
def test_a_lead_in_before_a_subject_or_an_inverted_attribution_stays_askable(
    sentence: str,
) -> None:
    assert any(sentence[:40] in p for p in _prompts(sentence))


_OTHER_STORIES = (
    "- Ferry timetable changes for the winter season",
    "- Harbour market returns – stalls open on Saturday",
    "- Nordby – school roof repaired after the storm",
    "- Coastguard exercise at Varnholt pier",
    "- New cycle path opens along the river.",
)


def test_other_stories_headlines_listed_after_the_last_sentence_leave_the_draft() -> None:
    page = flood_page() + "\n\n" + "\n".join(_OTHER_STORIES)
    shown = shown_in(drafted(page))
    assert "Ferry timetable" not in shown
    assert "Coastguard exercise" not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "announcing",
    [
        "The board listed the works it will fund this winter:",
        "The board will fund the following works this winter.",
        "Here is what else the board decided on Tuesday.",
    ],
)
def test_a_list_the_story_announces_at_its_end_stays(announcing: str) -> None:
    works = (
        "- Raise the harbour wall by one metre",
        "- Replace the pumps at Nordby",
        "- Clear the drains along the river",
        "- Rebuild the ferry slipway",
    )
    page = flood_page(end=(announcing,)) + "\n\n" + "\n".join(works)
    shown = shown_in(drafted(page))
    assert "Raise the harbour wall by one metre" in shown
    assert "Rebuild the ferry slipway" in shown


def test_a_feeds_continue_reading_link_leaves_the_draft() -> None:
    link = "Continue reading “Nordby ferry crew honoured for rescue” »"
    shown = shown_in(drafted(flood_page(link, at=2)))
    assert "Continue reading" not in shown
    assert "ferry crew honoured" not in shown
    assert flood_story_intact(shown)


def test_an_archive_date_in_figures_over_the_headline_leaves_the_title() -> None:
    page = "03/12/24 — " + flood_page()
    draft = drafted(page)
    assert draft["title"] == "Floods reach Varnholt harbour"
    assert flood_story_intact(shown_in(draft))


def test_a_caption_between_two_gallery_buttons_leaves_the_draft() -> None:
    caption = "A red ferry sign on the quay shows how high the water rose on Monday."
    shown = shown_in(drafted(flood_page("Full Size", caption, "Full Size", at=0)))
    assert "red ferry sign" not in shown
    assert "Full Size" not in shown
    assert flood_story_intact(shown)


def test_the_story_under_a_lone_gallery_button_stays() -> None:
    shown = shown_in(drafted(flood_page("Enlarge", at=0)))
    assert "Enlarge" not in shown
    assert flood_story_intact(shown)


def test_a_posts_section_and_time_under_the_headline_leave_the_draft() -> None:
    page = flood_page("By Jane Roe", "Published in Local News on March 12, 2024 1:50 AM", at=0)
    draft = drafted("03/12/24 — " + page)
    shown = shown_in(draft)
    assert "Published in Local News" not in shown
    assert "Local News" not in [s["title"] for s in draft["sections"]]
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    ("paragraph", "kept", "gone"),
    [
        (
            "Most roads around Varnholt are open again although two remain closed."
            " See THIS LINK for more information about roads.",
            "two remain closed.",
            "THIS LINK",
        ),
        (  # a story's sentence that opens on "See this link": it stays
            "The two fires started an hour apart on the quay. See this link between them as the"
            " key to the case, the chief told reporters.",
            "See this link between them as the key",
            None,
        ),
    ],
)
def test_a_links_label_run_onto_the_paragraph_leaves_the_draft(
    paragraph: str, kept: str, gone: str | None
) -> None:
    shown = shown_in(drafted(flood_page(paragraph, at=1)))
    assert kept in shown
    assert gone is None or gone not in shown
    assert flood_story_intact(shown)


_ART_PAGE = (
    "Varnholt opens its harbour museum",
    "The harbour museum of Varnholt opened on Monday after three years of work on the old"
    " customs house.",
    "“‘A harbour is a door between the land we know and the sea we do not’ – Henrik Aalund."
    " This museum is such a door for every child of the town,” said the mayor of Varnholt,"
    " Ilse Brandt, at the opening.",
    "“We restored every beam of the customs house by hand, and the roof took a whole winter,”"
    " said the museum's director, Per Holm.",
    "“The children of the town already come every afternoon after school,” said the museum's"
    " guide, Jane Roe.",
)


def test_a_quote_citing_another_authors_line_gets_no_who_said_question() -> None:
    prompts = [str(q["prompt"]) for q in drafted("\n\n".join(_ART_PAGE))["questions"]]
    assert not any("A harbour is a door" in p for p in prompts)
    assert any("We restored every beam" in p for p in prompts)


def test_a_short_caption_with_its_pictures_source_in_brackets_leaves_the_draft() -> None:
    shown = shown_in(drafted(flood_page("Ilse Brandt (Facebook)", at=2)))
    assert "(Facebook)" not in shown
    assert flood_story_intact(shown)
