"""Page clutter, forty-eighth round (invented text).

A blog's pointer to more elsewhere ("For more on the regatta check the Courier online here.")
leaves. A desk's credit in brackets after a paragraph's last sentence ("(Translator: Jane
Roe)") leaves the paragraph, which stays. Under a "Related" label, other stories' headlines
that close on a quote with no stop inside its marks leave with the others. A menu's links
run together on top of the page ("Sailing NordlandRowing NordlandCanoe Nordland...") is no
title and no point. A headline printed only as the last step of the breadcrumbs
("Local News >> Floods reach ...") is the title without them. The page's tools ("Printable
version E-mail this to a friend") leave.
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


@pytest.mark.parametrize(
    "pointer",
    [
        "For more on the Varnholt regatta check the Nordland Courier online here.",
        "For more news on the relief effort, visit the council's website here.",
    ],
)
def test_a_pointer_to_more_elsewhere_closed_by_here_leaves(pointer: str) -> None:
    shown = shown_in(drafted(flood_page(end=(pointer,))))
    assert pointer.rstrip(".") not in shown
    assert flood_story_intact(shown)


def test_a_story_sentence_that_ends_with_here_stays() -> None:
    paragraph = "For more than a week the pumps have run day and night, the mayor said here."
    assert paragraph in shown_in(drafted(flood_page(paragraph, at=2)))


@pytest.mark.parametrize(
    "credit", ["(Translator: Per Holm)", "(Editor: Jane Roe)", "(Reporter: Per Holm)"]
)
def test_a_desks_credit_in_brackets_after_the_last_sentence_leaves(credit: str) -> None:
    paragraph = (
        "The harbour board said the outer basin would stay closed until the water had"
        f" fallen by another metre. {credit}"
    )
    shown = shown_in(drafted(flood_page(paragraph, at=2)))
    assert credit not in shown
    assert "until the water had fallen by another metre." in shown


def test_a_bracketed_aside_that_is_not_a_credit_stays() -> None:
    paragraph = (
        "The harbour board said the outer basin would stay closed until the water had"
        " fallen by another metre. (Editor's note: the basin reopened on Friday.)"
    )
    assert "the basin reopened on Friday." in shown_in(drafted(flood_page(paragraph, at=2)))


_RELATED = [
    "Ferry strike ends after two days. Union's verdict: \u201cWe were heard\u201d",
    "The best walking routes along the northern coast this autumn",
    "Harbour master retires. \u201cForty years was enough\u201d",
]


def test_related_headlines_that_close_on_a_quote_leave_with_the_list() -> None:
    listing = "Related\n" + "\n".join(f"- {item}" for item in _RELATED)
    shown = shown_in(drafted(flood_page(listing, at=2)))
    for item in _RELATED:
        assert item not in shown
    assert flood_story_intact(shown)


def test_a_list_of_sentences_closing_on_quotes_under_a_label_stays() -> None:
    items = [
        "The mayor said: \u201cWe will rebuild.\u201d",
        "The harbour master said: \u201cThe basin is safe.\u201d",
    ]
    listing = "Related\n" + "\n".join(f"- {item}" for item in items)
    shown = shown_in(drafted(flood_page(listing, at=2)))
    assert "We will rebuild." in shown


_MENU = (
    "Sailing NordlandRowing NordlandCanoe NordlandSwim NordlandCycling Nordland"
    "Athletics NordlandTennis Nordland"
)


def test_a_menus_links_run_together_on_top_are_no_title() -> None:
    draft = drafted(f"{_MENU}\n\n" + flood_page())
    assert draft["title"] == FLOOD_HEADLINE
    assert "Rowing Nordland" not in shown_in(draft)
    assert flood_story_intact(shown_in(draft))


def test_a_headline_with_its_section_glued_on_stays_the_title() -> None:
    headline = "NewsLocalFloods reach Varnholt harbour as the river bursts its banks"
    draft = drafted(headline + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert "Floods reach Varnholt harbour" in draft["title"]


@pytest.mark.parametrize("trail", ["Local News & Headlines >> ", "Regional News >> Nordland >> "])
def test_a_headline_at_the_end_of_the_breadcrumbs_is_the_title(trail: str) -> None:
    draft = drafted(trail + FLOOD_HEADLINE + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == FLOOD_HEADLINE


def test_a_headline_with_a_greater_than_sign_between_phrases_stays_whole() -> None:
    headline = "Flood damage in Varnholt >> storm damage of 2019, insurers say"
    draft = drafted(headline + "\n\n" + "\n\n".join(FLOOD_PARAGRAPHS))
    assert draft["title"] == headline


@pytest.mark.parametrize(
    "tools", ["Printable version E-mail this to a friend", "E-mail this story to a friend"]
)
def test_the_pages_print_and_mail_tools_leave(tools: str) -> None:
    shown = shown_in(drafted(flood_page(tools, at=0)))
    assert tools not in shown
    assert flood_story_intact(shown)


def test_a_sentence_about_a_printable_version_stays() -> None:
    paragraph = "The council will post a printable version of the flood map to every home."
    assert paragraph in shown_in(drafted(flood_page(paragraph, at=2)))
