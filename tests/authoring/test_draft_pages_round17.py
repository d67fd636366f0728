"""Page furniture told by structure, seventeenth round (invented text): a headline the page
cut off with an ellipsis still stands over its date, so the lede under it stays; labels
printed again with only their number changed; above a headline that asks, the short
sentences of a search box; above the headline, a line of two fragments; a caption signed
by a credit over two lines; a credit after a dash; a link to another story in brackets
inside a paragraph. Risks: a sentence broken over lines for print stays whole, and a
caption credited in brackets stays dropped."""

from __future__ import annotations

from tests.authoring.drafted import (
    FLOOD_LONG_HEADLINE as HEADLINE,
)
from tests.authoring.drafted import (
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
)


def _points(draft: dict) -> str:
    return "\n".join(p for s in draft["sections"] for p in s["points"])


def test_a_headline_cut_off_over_its_date_is_the_title_over_the_lede() -> None:
    lede = FLOOD_PARAGRAPHS[0]
    label = "Floods in Varnholt - Image 1"
    page = [
        "Floods reach Varnholt harbour as the river ...",
        "6 hours ago",
        lede,
        label,
        "Photo Oster News",
        *FLOOD_PARAGRAPHS[1:],
    ]
    draft = drafted("\n\n".join(page))
    assert lede[:60] in _points(draft)
    assert draft["title"] == "Floods reach Varnholt harbour as the river ..."


def test_labels_printed_again_with_only_their_number_changed_are_dropped() -> None:
    labels = [f"Floods in Varnholt harbour - Image {n}" for n in (1, 2, 3)]
    page = [HEADLINE]
    for label, paragraph in zip(labels, FLOOD_PARAGRAPHS, strict=True):
        page += [paragraph, label]
    shown = shown_in(drafted("\n\n".join(page)))
    assert "Image" not in shown
    assert flood_story_intact(shown)


def test_over_a_headline_that_asks_a_search_box_is_no_title() -> None:
    question = "Is Varnholt ready for the next flood?"
    draft = drafted("\n\n".join(["Hi, what are you looking for?", question, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == question
    assert "looking for" not in shown_in(draft)


def test_above_the_headline_a_line_of_two_fragments_is_no_title() -> None:
    label = "Showing posts with label #Floods. Show all posts"
    page = [label, "Monday, 4 March 2024", HEADLINE, *FLOOD_PARAGRAPHS]
    draft = drafted("\n\n".join(page))
    assert draft["title"] == HEADLINE
    assert "Show all posts" not in shown_in(draft)


def test_a_caption_signed_by_a_credit_over_two_lines_is_dropped() -> None:
    caption = "Ilse Brandt has been mayor for twelve years. She was first elected in 2012."
    draft = drafted(flood_page(at=3, end=(caption, "Photo:", "Oster News / Jon Roe")))
    shown = shown_in(draft)
    assert "twelve years" not in shown
    assert "Jon Roe" not in shown
    assert flood_story_intact(shown)


def test_a_sentence_broken_over_lines_for_print_stays_whole() -> None:
    broken = (
        "For most of that time the harbour has been run by the town's longest serving mayor,",
        "Ilse Brandt, who was narrowly pipped to the post",
        "at the last election by a councillor from the old harbour ward.",
    )
    points = _points(drafted(flood_page(*broken, at=2)))
    assert all(line[:25] in points for line in broken)


def test_a_caption_whose_credit_follows_a_dash_over_the_story_is_dropped() -> None:
    caption = (
        "Residents wading through a flooded street near the old harbour wall in Varnholt on"
        " March 4, 2024. — Online/File"
    )
    shown = shown_in(drafted(flood_page(caption, at=0)))
    assert "wading" not in shown
    assert flood_story_intact(shown)


def test_a_link_to_another_story_in_brackets_leaves_the_paragraph() -> None:
    paragraph = (
        "The harbour board has spent two million crowns on the wall since 2012. (Read: Varnholt"
        " plans two new harbour walls in five years) Its chairwoman said more was needed."
    )
    points = _points(drafted(flood_page(paragraph, at=2)))
    assert "Read:" not in points
    assert "two new harbour walls" not in points
    assert "two million crowns on the wall since 2012." in points
    assert "Its chairwoman said more was needed." in points


def test_a_caption_credited_in_brackets_stays_dropped() -> None:
    caption = "Sandbags on the harbour wall on Tuesday afternoon. (Supplied: Jon Roe)"
    shown = shown_in(drafted(flood_page(caption, at=2)))
    assert "Sandbags on the harbour wall on Tuesday" not in shown
    assert flood_story_intact(shown)


def test_a_notice_where_the_site_talks_to_the_reader_is_dropped() -> None:
    notice = (
        "This website uses cookies to improve your experience. We'll assume you're ok with"
        " this, but you can opt-out if you wish. Accept Read More"
    )
    shown = shown_in(drafted(flood_page(at=3, end=(notice,))))
    assert "cookies" not in shown
    assert flood_story_intact(shown)


def test_below_the_share_buttons_after_the_story_the_page_shows_other_stories() -> None:
    card = (
        "Oster ferry returns to service",
        "4th March 2024 Staff Reporter 0",
        "The Oster ferry sailed again on Friday after a month in the yard at Lunde, where"
        " engineers replaced its engines. During the repairs the crew worked on the island"
        " boats, and the harbour board hired a barge to carry the post and the […]",
    )
    shown = shown_in(drafted(flood_page(at=3, end=("Share this:", *card))))
    assert not any(line[:20] in shown for line in card)
    assert flood_story_intact(shown)


def test_share_buttons_over_the_story_leave_the_story() -> None:
    page = [HEADLINE, "Share this article", *FLOOD_PARAGRAPHS]
    draft = drafted("\n\n".join(page))
    assert flood_story_intact(shown_in(draft))


def test_the_lede_printed_again_as_a_caption_with_a_credit_after_a_bar_is_dropped() -> None:
    lede = FLOOD_PARAGRAPHS[0]
    page = [f"{lede} | X @joroe_photos", f"VARNHOLT: {lede}", *FLOOD_PARAGRAPHS[1:]]
    shown = shown_in(drafted("\n\n".join(page)))
    assert "@joroe_photos" not in shown
    assert flood_story_intact(shown)


# From fresh17, measured on fresh18 after fresh18's rules.


def test_the_writers_address_on_a_line_of_its_own_is_no_title() -> None:
    draft = drafted(
        "\n\n".join(["Senior Reporter", "jane.roe@ostercourier.example", *FLOOD_PARAGRAPHS])
    )
    assert "ostercourier" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_label_with_the_count_of_its_links_over_the_headline_is_no_title() -> None:
    draft = drafted("\n\n".join(["Entries in Harbour Floods (13)", HEADLINE, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == HEADLINE
    assert "Entries" not in shown_in(draft)


def test_over_a_headline_of_names_and_scores_a_sentence_is_no_title() -> None:
    scores = "Varnholt 1-24 Lunde 0-21"
    draft = drafted(
        "\n\n".join(["Rowing news from around Osterland this week.", scores, *FLOOD_PARAGRAPHS])
    )
    assert draft["title"] == scores
    assert "Rowing news" not in shown_in(draft)


def test_the_pages_title_over_the_headline_leaves_the_headline_as_title() -> None:
    page_title = f"{HEADLINE} - Oster News 8 - Varnholt, OS News Station - KOST Channel 8"
    draft = drafted("\n\n".join([page_title, HEADLINE, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == HEADLINE
    assert "Channel 8" not in shown_in(draft)


def test_a_credit_glued_to_the_datelines_bracket_goes_and_the_lede_stays() -> None:
    lede = f"Jon Roe/Oster Photo via Getty Images(VARNHOLT) -- {FLOOD_PARAGRAPHS[0]}"
    draft = drafted("\n\n".join([HEADLINE, lede, *FLOOD_PARAGRAPHS[1:]]))
    shown = shown_in(draft)
    assert "Getty" not in shown
    assert FLOOD_PARAGRAPHS[0][:60] in shown


def test_a_caption_ending_with_a_stop_over_a_copyright_credit_is_dropped() -> None:
    caption = (
        "Harbour master Ilse Brandt and engineer Jon Roe inspect the wall after the river"
        " burst its banks during the storm at the old harbour."
    )
    shown = shown_in(drafted(flood_page(caption, "©OSTERPIX/Jon Roe.", at=1)))
    assert "inspect the wall" not in shown
    assert flood_story_intact(shown)


def test_a_caption_under_its_repeated_label_that_opens_with_it_is_dropped() -> None:
    first = ("Harbour wall", "Harbour wall at dusk in Varnholt (OTV-8)")
    second = ("Harbour wall", "Harbour wall workers at the pumps in Varnholt (OTV-8)")
    shown = shown_in(
        drafted(
            flood_page(*first, at=1).replace(
                FLOOD_PARAGRAPHS[2], "\n\n".join([*second, FLOOD_PARAGRAPHS[2]])
            )
        )
    )
    assert "(OTV-8)" not in shown
    assert "at dusk" not in shown
    assert flood_story_intact(shown)


_CREDITED_CAPTION = "Sandbags on the harbour wall on March 4, 2024. (Oster Courier/Jon Roe)"


def test_the_lead_photos_label_under_the_headline_is_no_section() -> None:
    page = [HEADLINE, "Varnholt Harbour Wall Floods", _CREDITED_CAPTION, *FLOOD_PARAGRAPHS]
    shown = shown_in(drafted("\n\n".join(page)))
    assert "Varnholt Harbour Wall Floods" not in shown
    assert flood_story_intact(shown)


def test_a_standfirst_over_the_lead_photos_caption_stays() -> None:
    standfirst = "Forty homes flooded as the harbour wall gives way"
    page = [HEADLINE, standfirst, _CREDITED_CAPTION, *FLOOD_PARAGRAPHS]
    assert standfirst in shown_in(drafted("\n\n".join(page)))
