"""Page furniture on outlets the tenth round's rules were not written from: the labels a
page sets above its headline (a section over a place, the outlet's name, a label ending in a
colon, a "Breaking:" ticker of another story), over a headline in title case or closing
on a quotation mark. The headline and the story stay (invented text)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, shown_in

HEADLINE = "Floods reach Varnholt harbour as the river bursts its banks"
PARAGRAPHS = [
    "The river burst its banks in Varnholt on Monday, flooding forty homes near the old"
    " harbour wall.",
    "Mayor Ilse Brandt said the town hall would stay open overnight as a shelter for"
    " families who had to leave their homes.",
]


def _page(*top: str, headline: str = HEADLINE) -> dict:
    return drafted("\n\n".join([*top, headline, *PARAGRAPHS]))


@pytest.mark.parametrize(
    "top",
    [
        ("Harbour Digest", "Nordland"),
        ("Varnholt & Post",),
        ("LATEST STORIES:",),
        ("Breaking: 2 hurt in crash on the coast road near Brekkestad", "Local News"),
    ],
)
def test_labels_above_the_headline_are_dropped_and_the_headline_is_the_title(
    top: tuple[str, ...],
) -> None:
    draft = _page(*top)
    assert draft["title"] == HEADLINE
    shown = shown_in(draft)
    assert all(label not in shown for label in top)
    assert PARAGRAPHS[1][:50] in shown


def test_a_label_over_a_title_case_headline_in_quotation_marks_is_dropped() -> None:
    headline = "Harbour Aide: ‘The Wall Was Never Going to Hold’"
    draft = _page("The Harbour", headline=headline)
    assert draft["title"] == headline
    assert "The Harbour\n" not in shown_in(draft) + "\n"


def test_a_short_headline_over_a_quoted_sentence_stays_the_title() -> None:
    # Two words in running text: since round 27 a top line of one or two capitalised words
    # alone ("Gallery") is read as a site's or a section's name, not the headline.
    draft = drafted(
        "\n\n".join(["Gallery opens", 'Sir Hugo Brandt said: "The gallery is free for pupils."'])
    )
    assert draft["title"] == "Gallery opens"


def _story_with(*lines: str, at: int = 1) -> str:
    body = [*PARAGRAPHS[:at], *lines, *PARAGRAPHS[at:]]
    return "\n\n".join([HEADLINE, *body])


@pytest.mark.parametrize(
    "line",
    [
        "You’ve reached your limit of {{free_limit}} free articles this month.",
        "You May Be Interested In:Exclusive deals from Varnholt Mornings",
        "Above: Ilse Brandt, who saw the water rise past the harbour wall today. Photo: Nordland"
        " Courier.",
        "You can listen to the full interview below.",
        "Published",
        "Tove Aasen|Published",
    ],
)
def test_widgets_and_captions_between_paragraphs_are_dropped(line: str) -> None:
    shown = shown_in(drafted(_story_with(line)))
    assert line not in shown
    assert all(p[:50] in shown for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said residents could see the damage from the bridge below the town.",
        "Above all, the harbour wall must be rebuilt before the winter storms, she said.",
        "The council published its report: It found the wall had been neglected for years.",
    ],
)
def test_story_sentences_like_those_widgets_stay(line: str) -> None:
    assert line[:60] in shown_in(drafted(_story_with(line)))


def test_a_logo_and_its_tagline_under_the_headline_are_dropped() -> None:
    draft = drafted(_story_with("Varnholt Post logo - harbour news", at=0))
    assert draft["title"] == HEADLINE
    assert "logo" not in shown_in(draft)


def test_a_label_over_the_pages_list_of_highlights_is_no_title() -> None:
    text = "\n".join(
        [
            "Key Points",
            "- The river burst its banks in Varnholt on Monday.",
            "- Forty homes near the old harbour wall were flooded.",
            "",
            *PARAGRAPHS,
        ]
    )
    draft = drafted(text)
    assert draft["title"] != "Key Points"
    assert "Key Points" not in shown_in(draft)


def test_a_heading_over_a_list_inside_the_story_stays() -> None:
    text = "\n\n".join(
        [HEADLINE, *PARAGRAPHS, "What residents need", "- Sandbags\n- Clean water\n- Shelter"]
    )
    assert "What residents need" in shown_in(drafted(text))


def test_a_caption_right_under_the_pages_update_labels_is_dropped() -> None:
    text = "\n\n".join(
        [
            HEADLINE,
            PARAGRAPHS[0],
            "Published\nLast updated\nFlooded streets near Varnholt harbour",
            PARAGRAPHS[1],
        ]
    )
    shown = shown_in(drafted(text))
    assert "Flooded streets" not in shown
    assert all(p[:50] in shown for p in PARAGRAPHS)


def test_a_label_in_capitals_run_into_the_first_sentence_is_cut() -> None:
    text = "\n\n".join(
        [HEADLINE, "VHA The river burst its banks in Varnholt on Monday, flooding forty homes."]
    )
    points = drafted(text)["sections"][0]["points"]
    assert points[0].startswith("The river burst its banks")


def test_a_short_form_opening_a_sentence_stays() -> None:
    text = "\n\n".join([HEADLINE, "NATO leaders met in Varnholt on Monday to discuss the floods."])
    points = drafted(text)["sections"][0]["points"]
    assert points[0].startswith("NATO leaders met")
