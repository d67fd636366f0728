"""Page furniture copied with a news article never reaches the draft: captions and their
credits, the writer's name and job, section labels over the headline, links to other
stories, timestamps and the outlet's own boxes; the story's own lines stay (invented text)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, shown_in

STORY = (
    "The river burst its banks in Varnholt on Monday, flooding forty homes near the old"
    " harbour wall.\n\n"
    "Mayor Ilse Brandt said the town hall would stay open overnight as a shelter for"
    " families who had to leave their homes.\n\n"
    "Engineers from the regional water board began pumping the lower streets on Tuesday"
    " morning, and the army sent two lorries of sandbags.\n"
)
PARAGRAPHS = STORY.split("\n\n")


def _with(*lines: str, at: int = 1, headline: str = "Floods reach Varnholt harbour") -> str:
    """The story under its headline, with `lines` set in before paragraph `at`."""
    body = [*PARAGRAPHS[:at], *lines, *PARAGRAPHS[at:]]
    return headline + "\n\n" + "\n\n".join(body)


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteers fill sandbags beside the harbour wall in Varnholt. Photograph: Getty",
        "Volunteers fill sandbags beside the harbour wall in Varnholt. - JOHAN MEYER",
        "Volunteers fill sandbags beside the harbour wall in Varnholt (Pic: Nordfoto)",
        "Volunteers fill sandbags beside the harbour wall in Varnholt | Photo: Johan Meyer",
    ],
)
def test_a_caption_with_its_credit_is_not_in_the_draft(caption: str) -> None:
    shown = shown_in(drafted(_with(caption)))
    assert "Volunteers fill sandbags" not in shown
    assert "The river burst its banks" in shown


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers fill sandbags beside the harbour wall in Varnholt",
        "A family rescued from their roof by boat for the second time",
    ],
)
def test_a_sentence_with_no_full_stop_between_paragraphs_is_a_caption(line: str) -> None:
    shown = shown_in(drafted(_with(line, at=2)))
    assert line not in shown
    assert all(p.strip()[:40] in shown for p in PARAGRAPHS)


def test_a_title_case_subheading_between_paragraphs_stays_a_section() -> None:
    draft = drafted(_with("Shelter For Families", at=2))
    assert "Shelter For Families" in [s["title"] for s in draft["sections"]]


def test_a_quote_with_no_full_stop_is_kept() -> None:
    line = "'We are not leaving our homes to the river, whatever the council says'"
    assert "We are not leaving our homes" in shown_in(drafted(_with(line, at=2)))


@pytest.mark.parametrize(
    "line",
    [
        "Source: Varnholt Police",
        "Avatar photo",
        "The Varnholt Bureau",
        "April 5, 2023 08:28 pm | Updated 08:28 pm IST - VARNHOLT",
        "Photo with this post is a file photo from the Varnholt Courier.",
        "Here’s your morning news update: a selection of our top stories. Stay up to date.",
        "Image caption, Firefighters at the scene on Monday",
        "Marta Lindqvist contributed to this report.",
        "Copyright 2021 Nordland Media, Inc. All rights reserved.",
        "Tags: floods, Varnholt, weather",
        "AFP via Getty Images",
        "Marta Lindqvist is a reporter for the Nordland Courier.",
        "Marta Lindqvist | Nordland Courier",
        "Follow Marta Lindqvist on Twitter @mlindqvist",
        "Next article",
        "(Reporting by Marta Lindqvist in Varnholt; Editing by Ola Nord)",
        "Read the full story at the Nordland Courier.",
        "Have a news tip? Email us at tips@example.com.",
        "Share on Facebook",
        "Related video:",
    ],
)
def test_page_labels_are_neither_sections_nor_points(line: str) -> None:
    draft = drafted(_with(line))
    assert line not in shown_in(draft)
    assert draft["title"] == "Floods reach Varnholt harbour"


def test_more_to_follow_at_the_end_is_not_a_point() -> None:
    assert "More to follow" not in shown_in(drafted(STORY + "\nMore to follow…\n"))


def test_a_section_label_over_the_headline_is_not_the_title() -> None:
    for kicker in ("Varnholt", "World News Today"):
        draft = drafted(f"{kicker}\nFloods reach Varnholt harbour\n\n{STORY}")
        assert draft["title"] == "Floods reach Varnholt harbour"
        assert kicker not in [s["title"] for s in draft["sections"]]


def test_the_writer_under_the_headline_is_neither_a_section_nor_a_person() -> None:
    for top in ("Marta Lindqvist", "By Marta Lindqvist\n\nSenior Journalist"):
        draft = drafted(_with(top, at=0))
        assert "Marta Lindqvist" not in shown_in(draft)
        assert "Senior Journalist" not in shown_in(draft)


def test_the_links_under_a_related_news_label_are_dropped() -> None:
    links = "Find related news and background material in:\n\nVarnholt Floods\nNordland News"
    shown = shown_in(drafted(_with(links)))
    assert "related news" not in shown
    assert "Nordland News" not in shown
    assert "Varnholt Floods" not in shown


def test_an_advertisement_notice_run_into_a_paragraph_is_cut_off() -> None:
    text = _with(at=2).replace(
        "Engineers from", "Article continues after this advertisementEngineers from"
    )
    shown = shown_in(drafted(text))
    assert "advertisement" not in shown
    assert "Engineers from the regional water board began pumping" in shown


def test_a_headline_with_a_label_and_a_colon_stays_the_title() -> None:
    draft = drafted(_with(headline="FLOODS: Varnholt harbour under water"))
    assert draft["title"] == "FLOODS: Varnholt harbour under water"


def test_the_site_name_after_the_headline_is_dropped() -> None:
    draft = drafted(_with(headline="Floods reach Varnholt harbour – Varnholt Star Online"))
    assert draft["title"] == "Floods reach Varnholt harbour"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Volunteers fill sandbags beside the harbour wall.", "Photo: Johan Meyer"),
        ("Volunteers fill sandbags beside the harbour wall", "(Image: Nordfoto)"),
        ("Volunteers fill sandbags beside the harbour wall", "JOHAN MEYER"),
    ],
)
def test_a_caption_and_its_credit_on_the_next_line_are_dropped(caption: str, credit: str) -> None:
    shown = shown_in(drafted(_with(caption, credit, at=2)))
    assert "Volunteers fill sandbags" not in shown
    assert "Johan" not in shown
    assert "Nordfoto" not in shown


def test_a_credit_under_the_headline_leaves_the_headline() -> None:
    draft = drafted(_with("Photo credit: Johan Meyer", at=0))
    assert draft["title"] == "Floods reach Varnholt harbour"


def test_a_short_paragraph_before_a_link_in_capitals_is_kept() -> None:
    paragraph = "The mayor said the shelter would stay open."
    assert paragraph in shown_in(drafted(_with(paragraph, "READ MORE", at=2)))


@pytest.mark.parametrize("byline", ["Marta Lindqvist, Staff Reporter", "Marta Lindqvist | Editor"])
def test_a_writer_and_job_line_is_not_in_the_draft(byline: str) -> None:
    assert "Lindqvist" not in shown_in(drafted(_with(byline, at=2)))


def test_lines_a_paragraph_announces_with_a_colon_are_kept() -> None:
    items = (
        "The council listed the streets that will stay closed until the water is gone:",
        "Harbour Street between the old quay and the fish market",
        "The bridge road from the station to the town hall",
    )
    shown = shown_in(drafted(_with(*items, at=2)))
    assert "Harbour Street between the old quay" in shown
    assert "The bridge road from the station" in shown


def test_html_furniture_named_by_its_class_is_dropped_but_a_wrapper_is_not() -> None:
    story = [f"<p>{p.strip()}</p>" for p in PARAGRAPHS]
    page = (
        '<html><body><div class="story share-enabled"><h1>Floods reach Varnholt harbour</h1>'
        + story[0]
        + '<figure><div class="image-caption">Volunteers filled sandbags beside the quay on'
        " Monday.</div></figure>"
        + "".join(story[1:3])
        + '<div id="related-stories"><p>The ferry route to Nordby was closed as the storm moved'
        " north.</p></div>" + "".join(story[3:]) + "</div></body></html>"
    )
    shown = shown_in(drafted(page))
    assert "Volunteers" not in shown
    assert "ferry route" not in shown
    assert all(p.strip()[:40] in shown for p in PARAGRAPHS)
