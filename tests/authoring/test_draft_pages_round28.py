"""Page furniture told by its form, twenty-eighth round (invented text). Chosen from the
older sets' leaks (groups A-O, listed by `benchmarks.clutter_shapes`):
- the site's own name or tagline on top, the kind of body that runs a site ("Local & National
  News for Nordland", "Government of Nordland", "Ministry of health"), is not the headline:
  the headline under it is the title, also when the page prints it twice with a stop, and
  a short headline of capitalised words under the site's name is not taken for the writer;
- the outlet's name run into the story's first sentence by a slash ("Nordland News/ On
  Monday, ...") or a hyphen ("Nordcast-The mayor ...") is taken off the sentence;
- the page's date opening the story as its dateline ("MONDAY 3 MARCH 2025: ...", "Monday,
  March 3, 2025 – ...") is taken off the sentence.
Risks: a headline that says what a ministry or a council did ("Ministry Clarifies Flood
Rules", "Government planning new harbour wall") is still the title; a date inside a
sentence and a word joined by a hyphen stay.

From the thirty-eighth set's leaks (measured on the thirty-ninth before its leaks were read):
the writer's name and job after a dash ("Tove Aasen – Local democracy reporter"), "Text and
photo Tove Aasen", a broadcaster's credit for its report ("KNOR’s Per Holm reports."), a
caption naming a place, what it is and what happened there with no verb of its own, an error
page's words ("Page not found"), an update's stamp ("UPDATED NOON:") and a newswire's tag
after the dateline ("/NWR/"). Risks: a sentence that names a place and goes on to say
something, and a paragraph reporting what a reporter found ("... reports that ..."), stay.

From the thirty-ninth set's leaks (the thirty-eighth's rules measured on it first): a
sign-off in brackets after a paragraph's last stop ("(JR)", "[Roe]"), an old portal's
"(news - web sites)" after a name, a row of headlines between bars, the page's menu of
languages, a widget's "Please wait..." and "Thank you for sign up!", a link to the copy on
another site ("Link to nordnews.example: ..."), a source in capitals glued to its name
("VIANordland Media Centre"). Risks: words in brackets inside a sentence, a quote that ends
the paragraph and a sentence that mentions a source stay.

The thirty-eighth set's other leaks, read after both sets' first rules were measured: a
pointer to the page's player ("Click below for comments from ..."), a prompt to follow the
outlet on social media, a topic box's "To learn more about this ...", and a date with an
ordinal day alone on its line ("March 3rd, 2025"). Risk: a headline that carries such a
date after a label ("Police Update- 3rd March 2025") stays the title."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    flood_page,
    flood_story_intact,
    shown_in,
    speakers_in,
)


@pytest.mark.parametrize(
    "site",
    [
        "Local & National News for Nordland",
        "Government of Nordland",
        "Nordland Islands Government",
        "Ministry of health",
        "Nordland News and Internet Radio",
    ],
)
def test_the_sites_name_on_top_is_not_the_title(site: str) -> None:
    draft = drafted(f"{site}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert site not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_short_headline_under_the_sites_name_is_the_title_not_the_writer() -> None:
    page = "\n\n".join(["Nordland Islands Government", "Harbour Visits Begin", *FLOOD_PARAGRAPHS])
    draft = drafted(page)
    assert draft["title"] == "Harbour Visits Begin"
    assert flood_story_intact(shown_in(draft))


def test_a_headline_printed_twice_with_a_stop_under_the_sites_name_is_the_title() -> None:
    headline = "Floods: Varnholt school denies staying open against the order."
    page = "\n\n".join(["Ministry of health", headline, headline, *FLOOD_PARAGRAPHS])
    draft = drafted(page)
    assert draft["title"] == headline
    assert "Ministry of health" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


@pytest.mark.parametrize(
    "headline", ["Ministry Clarifies Flood Rules", "Government planning new harbour wall"]
)
def test_a_headline_about_a_ministry_or_the_government_stays_the_title(headline: str) -> None:
    draft = drafted("\n\n".join([headline, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == headline


_FIRST = FLOOD_PARAGRAPHS[0]


@pytest.mark.parametrize(
    "lead",
    [
        "Nordland News/ ",
        "Nordcast-",
        "MONDAY 3 MARCH 2025: ",
        "Monday, March 3, 2025 – ",
        "3rd March 2025 - ",
    ],
)
def test_a_name_or_a_date_run_into_the_first_sentence_is_taken_off(lead: str) -> None:
    sentence = "The" + _FIRST[3:] if lead.endswith("-") else _FIRST
    page = "\n\n".join([FLOOD_HEADLINE, lead + sentence, *FLOOD_PARAGRAPHS[1:]])
    shown = shown_in(drafted(page))
    assert lead.strip() not in shown
    assert sentence in shown


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board met on 3 March 2025: its members voted to raise the wall.",
        "The Anglo-Nordic ferry company said the harbour would reopen on Friday.",
    ],
)
def test_a_date_inside_a_sentence_and_a_hyphened_name_stay(sentence: str) -> None:
    shown = shown_in(drafted(flood_page(sentence)))
    assert sentence in shown


@pytest.mark.parametrize(
    "line",
    [
        "Tove Aasen – Local democracy reporter",
        "Text and photo Tove Aasen",
        "KNOR’s Per Holm reports.",
        "KNOR’s Per Holm reports on the mayor’s first flood as the town’s mayor.",
        "Varnholt Hall, the residence of the mayor, where she announced the evacuation on Monday.",
        "Page not found",
        "The content you requested does not exist or is not available anymore.",
    ],
)
def test_a_line_of_the_fresh38_shapes_is_dropped(line: str) -> None:
    shown = shown_in(drafted(flood_page(line)))
    assert line not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("UPDATED NOON: ", ""),
        ("VARNHOLT, March 3, 2025 /NWR/ - ", "VARNHOLT, March 3, 2025 - "),
    ],
)
def test_an_update_stamp_and_a_newswire_tag_are_taken_off(printed: str, read: str) -> None:
    page = "\n\n".join([FLOOD_HEADLINE, printed + _FIRST, *FLOOD_PARAGRAPHS[1:]])
    shown = shown_in(drafted(page))
    assert printed.strip() not in shown
    assert (read + _FIRST).strip() in shown or _FIRST in shown
    assert "/NWR/" not in shown and "UPDATED" not in shown


@pytest.mark.parametrize(
    "sentence",
    [
        "Varnholt Hall, the old town house, where the mayor lives, was flooded on Monday.",
        "KNOR’s Per Holm reports that forty homes were flooded on Monday.",
    ],
)
def test_a_sentence_that_goes_on_or_reports_a_finding_stays(sentence: str) -> None:
    assert sentence in shown_in(drafted(flood_page(sentence)))


@pytest.mark.parametrize(
    "line",
    [
        "Please wait...",
        "Thank you for sign up!",
        "Link to nordnews.example: Nordland: Floods reach the harbour (Page 1 of 1)",
        "VIANordland Media Centre",
        "SOURCETove Aasen",
    ],
)
def test_a_line_of_the_fresh39_shapes_is_dropped(line: str) -> None:
    shown = shown_in(drafted(flood_page(line)))
    assert line not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        (_FIRST + " (JR)", _FIRST),
        (_FIRST + " [Aasen]", _FIRST),
        (
            "The water board (news - web sites) began pumping the lower streets on Tuesday.",
            "The water board began pumping the lower streets on Tuesday.",
        ),
    ],
)
def test_a_sign_off_or_a_portal_label_is_taken_off(printed: str, read: str) -> None:
    page = "\n\n".join([FLOOD_HEADLINE, printed, *FLOOD_PARAGRAPHS[1:]])
    shown = shown_in(drafted(page))
    assert read in shown
    assert printed not in shown


def test_brackets_inside_a_sentence_and_a_source_in_running_words_stay() -> None:
    kept = [
        "The water board (WB) began pumping the lower streets on Tuesday.",
        "The figures come from the harbour board, the mayor's office said.",
    ]
    shown = shown_in(drafted(flood_page(*kept)))
    assert all(sentence in shown for sentence in kept)


@pytest.mark.parametrize(
    "line",
    [
        "Click below for comments from Ilse Brandt, talking with KNOR’s Per Holm.",
        "Follow Radio Nordland on Facebook, X and Instagram. Send your story ideas to us.",
        "March 3rd, 2025",
    ],
)
def test_a_line_of_the_other_fresh38_shapes_is_dropped(line: str) -> None:
    shown = shown_in(drafted(flood_page(line)))
    assert line not in shown
    assert flood_story_intact(shown)


def test_a_date_with_an_ordinal_on_top_is_not_the_title() -> None:
    draft = drafted("March 3rd, 2025\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE


def test_a_headline_with_a_label_and_an_ordinal_date_stays_the_title() -> None:
    headline = "Harbour Update- 3rd March 2025"
    draft = drafted("\n\n".join([headline, *FLOOD_PARAGRAPHS]))
    assert draft["title"] == headline


def test_a_row_of_headlines_between_bars_after_the_story_is_dropped() -> None:
    row = (
        "Mayor resigns after the vote in the town hall | Ferry runs late again on the north"
        " route | Harbour reopens after the worst floods in years | Schools stay shut"
    )
    shown = shown_in(drafted(flood_page(end=(row,))))
    assert "Ferry runs late again" not in shown
    assert flood_story_intact(shown)


def test_the_pages_menu_of_languages_on_top_is_not_the_title() -> None:
    menu = "Nordnews English Norsk Русский العربية"
    draft = drafted(f"{menu}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert "Norsk" not in shown_in(draft)


def test_a_topic_boxs_label_under_the_story_is_dropped() -> None:
    box = (
        "To learn more about this and similar topics\n"
        "Harbour Floods Ilse Brandt Nordland Varnholt Water Board"
    )
    later = (
        "The ferry company named a new captain for the winter on Monday, after the old one"
        " retired in the spring."
    )
    shown = shown_in(drafted(flood_page(end=(box, "3.3.2025 | Nordland", later))))
    assert "To learn more" not in shown
    assert flood_story_intact(shown)


def test_a_line_that_introduces_a_quote_is_no_topic_label() -> None:
    """ "On Monday Kemi Bello said:" opens like a topic label ("On the fans:") but has a
    verb of speech: it is the story's, and the quote after it is Bello's, not the speaker's
    before."""
    draft = drafted(
        "Council splits over the levy\n\n"
        "The council voted on Tuesday to raise the levy by two per cent after a debate.\n\n"
        "“We cannot keep asking families to pay more,” councillor Dara Obi said.\n\n"
        "On Monday Kemi Bello said:\n\n"
        "“Without the levy the library and the pools would close by spring.”\n"
    )
    assert "On Monday Kemi Bello said:" in shown_in(draft)
    quote = "Without the levy the library and the pools would close by spring."
    assert speakers_in(draft)[quote] == "Kemi Bello"
