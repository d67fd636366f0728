"""Page furniture told by its shape, thirty-first round (invented text).

From the forty-fourth and forty-fifth sets' leaks, each read as a family of page shapes:
a thread of readers' comments (each opened by the commenter's name and the reply button,
over the comment form), the buttons listed under a "Follow us on" label, a row of the page's
labels in cells over the headline ("Politics | City Council"), the headline told again
under the title with a word changed, a caption of names with no verb and no stop set
between two paragraphs of the story, a broadcaster's sign-off ("Stay with X for the very
latest ..."), where the page's pictures came from ("The above images are all from ..."), and
a label naming the text below as a transcript. Risks: a crosshead that ends in "Reply", a
list of short items that is the story's, a second headline that tells a different story, a
paragraph of names that has a verb, a sentence about pictures the story is about, a
sentence that asks people to stay somewhere.
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

_COMMENTS = [
    "1. Tomas Reply",
    "    Well done to the water board, they worked all night.",
    "2. river watcher Reply",
    "    The pumps should have been there in March already.",
]


_REST = "\n\n".join(FLOOD_PARAGRAPHS[1:]).split("\n")


def test_a_thread_of_readers_comments_is_not_the_story() -> None:
    shown = shown_in(drafted(flood_page(end=(*_COMMENTS, "Leave a Reply"))))
    assert "Tomas" not in shown and "worked all night" not in shown
    assert "river watcher" not in shown and "pumps should have been" not in shown
    assert flood_story_intact(shown)


def test_one_comment_over_the_comment_form_is_the_readers() -> None:
    shown = shown_in(drafted(flood_page(end=(*_COMMENTS[:2], "Leave a Reply"))))
    assert "worked all night" not in shown
    assert flood_story_intact(shown)


def test_comments_signed_with_says_and_their_date_are_the_readers() -> None:
    thread = (
        "Jane Holm says: March 3, 2024 at 4:05 pm",
        "The harbour wall was never high enough.",
        "Per Lund says: March 3, 2024 at 6:10 pm",
        "Agreed, we warned them years ago.",
    )
    shown = shown_in(drafted(flood_page(end=thread)))
    assert "never high enough" not in shown and "warned them years ago" not in shown
    assert flood_story_intact(shown)


def test_a_crosshead_ending_in_reply_with_no_thread_keeps_the_story_under_it() -> None:
    after = "The water board answered the council's letter on Wednesday, promising new pumps."
    draft = drafted(flood_page("## The Water Board's Reply", after, at=3))
    assert after in shown_in(draft)


def test_the_buttons_under_a_follow_label_are_dropped() -> None:
    buttons = ["- Follow us on", "- google-news", "- telegram", "- threads"]
    page = "\n".join([FLOOD_HEADLINE, "", FLOOD_PARAGRAPHS[0], "", *buttons, "", *_REST])
    shown = shown_in(drafted(page))
    assert "google-news" not in shown and "telegram" not in shown
    assert flood_story_intact(shown)


def test_a_list_of_the_story_stays_when_no_buttons_label_is_over_it() -> None:
    needs = ["The shelter needs:", "", "- blankets", "- torches", "- drinking water"]
    page = "\n".join([FLOOD_HEADLINE, "", FLOOD_PARAGRAPHS[0], "", *needs, "", *_REST])
    shown = shown_in(drafted(page))
    assert "blankets" in shown and "torches" in shown


def test_a_row_of_labels_over_the_headline_is_not_the_title() -> None:
    page = f"Politics | Varnholt Town Council\n\n{FLOOD_HEADLINE} as the river rises\n\n"
    page += "\n\n".join(FLOOD_PARAGRAPHS)
    draft = drafted(page)
    assert draft["title"] == f"{FLOOD_HEADLINE} as the river rises"
    assert "Politics" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_the_headline_told_again_with_a_word_changed_is_not_a_section() -> None:
    title = "River Floods Varnholt Harbour, Mayor Opens Town Hall Overnight"
    again = "River Floods Varnholt Harbour, But Mayor Opens Town Hall Overnight"
    draft = drafted("\n\n".join([title, again, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == title
    titles = [str(section["title"]) for section in draft["sections"]]
    assert again not in titles and again not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_second_headline_telling_another_story_stays() -> None:
    title = "River Floods Varnholt Harbour, Mayor Opens Town Hall Overnight"
    other = "Army Sends Lorries of Sandbags to the Lower Streets of Varnholt"
    draft = drafted("\n\n".join([title, other, *FLOOD_PARAGRAPHS]))
    assert other in shown_in(draft)


@pytest.mark.parametrize(
    "caption",
    [
        "Minister of Public Works, Bishop Ada Lind, MP and Nordland Minister of Transport, Works"
        " and Maintenance, Dr. Ivo Berg during a site visit in Varnholt",
        "Nordland Minister of Transport, Dr. Ivo Berg and Mayor Ilse Brandt at the pumping"
        " station in Varnholt",
    ],
)
def test_a_verbless_caption_of_names_between_paragraphs_is_dropped(caption: str) -> None:
    shown = shown_in(drafted(flood_page(caption, at=2)))
    assert caption[-25:] not in shown
    assert flood_story_intact(shown)


def test_a_paragraph_of_names_with_a_verb_stays() -> None:
    line = (
        "Minister of Works, Dr. Ada Lind, and the harbour master, Capt. Ivo Berg, visited the"
        " pumping station on Tuesday."
    )
    assert "visited the pumping station" in shown_in(drafted(flood_page(line, at=2)))


@pytest.mark.parametrize(
    "line",
    [
        "Stay with Radio Nordland for the very latest on the floods.",
        "Stay tuned to Oster News for updates on the storm.",
        "The above images are all from the Associated Press.",
        "The photos above are courtesy of the Varnholt fire brigade.",
        "INTERVIEW TRANSCRIPT:",
        "TRANSCRIBED",
        "Read the full transcript below:",
    ],
)
def test_a_sign_off_a_picture_source_or_a_transcript_label_is_dropped(line: str) -> None:
    shown = shown_in(drafted(flood_page(line, at=2)))
    assert line.rstrip(":.") not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "line",
    [
        "Stay with friends if you can, the mayor told families from the lower streets.",
        "Photos taken by residents showed water up to the windows of the harbour cafe.",
        "The transcript of the council meeting shows the pumps were ordered in March.",
    ],
)
def test_story_sentences_of_the_same_words_stay(line: str) -> None:
    assert line[:40] in shown_in(drafted(flood_page(line, at=2)))


@pytest.mark.parametrize(
    "box",
    [
        "Kari Moen is a Norwegian journalist based in Bergen. She has covered the coast for ten"
        " years.",
        "A keen writer who gives sharp insight on local issues",
    ],
)
def test_the_writers_box_as_the_last_paragraph_is_dropped(box: str) -> None:
    shown = shown_in(drafted(flood_page(end=(box,))))
    assert box[:25] not in shown
    assert flood_story_intact(shown)


def test_a_story_sentence_about_a_reporter_stays() -> None:
    last = "A local reporter asked the mayor why the pumps had arrived two weeks late."
    middle = "Kari Moen is a journalist who filmed the flood from the harbour wall on Monday."
    shown = shown_in(drafted(flood_page(middle, at=2, end=(last,))))
    assert last[:40] in shown and middle[:40] in shown
