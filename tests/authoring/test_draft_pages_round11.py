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
    draft = drafted(
        "\n\n".join(["Gallery", 'Sir Hugo Brandt said: "The gallery is free for pupils."'])
    )
    assert draft["title"] == "Gallery"
