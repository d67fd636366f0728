"""Page clutter and bad questions, forty-second round (invented text).

A box of the site's most read links under a bare word ("Trending", "Most Read", "Popular")
after the story leaves the draft with its headlines; so does a label over other stories glued
by a dash to the first headline ("In other news- ...", "Additional reading- ..."). Risks: a
list the story announces stays; "In other news, ..." opening a sentence of the story stays.
A headline run into a paragraph with its stop lost ("... after Sunday's Flood It reached the
harbour ...") gives no true/false statement; nor does a noun and its relative clause with no
main verb ("An interview that will be broadcast on Sunday."), while "A dyke which gave way on
Monday flooded ..." goes on to its verb and stays askable. The page's "Skip to main
content." leaves with its stop as without it; so do a filing time run into an "Author:"
label, a "News category: ..." line and a caption of two people's names joined by "and"
between the story's paragraphs (a headline of two names on top stays the title).
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

_OTHER_STORIES = (
    "- Ferry company adds a second boat for the summer season",
    "- School board names a new head for the harbour primary",
    "- Fishermen protest quota cuts outside the ministry",
    "- Council approves budget for the new sports hall",
)


@pytest.mark.parametrize("label", ["Trending", "Most Read", "Most Popular", "Popular"])
def test_a_bare_box_label_over_other_stories_takes_its_headlines_out(label: str) -> None:
    shown = shown_in(drafted(flood_page(end=(label, *_OTHER_STORIES))))
    assert not any(item[2:] in shown for item in _OTHER_STORIES)
    assert flood_story_intact(shown)


def test_a_list_the_story_announces_stays() -> None:
    lead_in = "The board named the villages it will visit first:"
    villages = ("- Brandholm", "- Oster Varn", "- Lindvik", "- Saltnes")
    shown = shown_in(drafted(flood_page(end=(lead_in, *villages))))
    assert all(v[2:] in shown for v in villages)


@pytest.mark.parametrize("label", ["In other news-", "Additional reading-", "Further reading–"])
def test_a_label_glued_to_another_storys_headline_leaves_with_the_list_under_it(
    label: str,
) -> None:
    glued = f"{label} Ferry company adds a second boat for the summer season"
    shown = shown_in(drafted(flood_page(end=(glued, *_OTHER_STORIES[1:]))))
    assert "Ferry company" not in shown
    assert not any(item[2:] in shown for item in _OTHER_STORIES[1:])
    assert flood_story_intact(shown)


def test_in_other_news_opening_a_story_sentence_stays() -> None:
    sentence = "In other news, the ferry company said it would add a second boat for the summer."
    shown = shown_in(drafted(flood_page(end=(sentence,))))
    assert "second boat for the summer" in shown


def _prompts(*sentences: str) -> list[str]:
    return [str(q["prompt"]) for q in fact_questions([*sentences, *FLOOD_PARAGRAPHS])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Repairs went on after Sunday's Harbour Flood It reached the old quay on Tuesday night.",
        "Sandbags were handed out on the quay after the Varnholt Storm These lasted until Friday.",
    ],
)
def test_a_headline_run_into_the_sentence_gives_no_true_false_statement(sentence: str) -> None:
    assert not any(sentence[:30] in p for p in _prompts(sentence))


@pytest.mark.parametrize("line", ["Skip to main content.", "Skip to content."])
def test_the_skip_link_with_a_stop_leaves_the_draft(line: str) -> None:
    shown = shown_in(drafted(flood_page(line, at=1)))
    assert line not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "line",
    ["March 3, 2024 6:10 pm Author: Harbour Desk", "Author: Jane Roe March 3, 2024 6:10 pm"],
)
def test_a_filing_time_run_into_an_author_label_leaves_the_draft(line: str) -> None:
    draft = drafted(flood_page(line, at=0))
    shown = shown_in(draft)
    assert "Harbour Desk" not in shown and "Jane Roe" not in shown
    assert flood_story_intact(shown)


@pytest.mark.parametrize(
    "caption", ["Anna Brandt and Per Holm", "Bishop Ola Varn SVD and Fr Tomas Lind"]
)
def test_a_caption_of_two_names_between_paragraphs_leaves_the_draft(caption: str) -> None:
    shown = shown_in(drafted(flood_page(caption, at=1)))
    assert caption not in shown
    assert flood_story_intact(shown)


def test_two_names_on_top_stay_the_headline() -> None:
    page = "Anna Brandt and Per Holm\n\n" + "\n\n".join(flood_page().split("\n\n")[1:])
    assert drafted(page)["title"] == "Anna Brandt and Per Holm"


@pytest.mark.parametrize(
    "sentence",
    [
        "An interview that will be broadcast on Varnholt Radio this Sunday.",
        "A report which was published by the water board on Tuesday.",
    ],
)
def test_a_noun_and_its_relative_clause_alone_gives_no_true_false_statement(
    sentence: str,
) -> None:
    assert not any(sentence[:30] in p for p in _prompts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A dyke which gave way on Monday flooded the lower town.",
        "A fire that started in the boathouse spread to the ferry office on Tuesday night.",
    ],
)
def test_a_relative_clause_before_the_main_verb_stays_askable(sentence: str) -> None:
    assert any(sentence[:30] in p for p in _prompts(sentence))


def test_a_news_category_line_leaves_the_draft() -> None:
    shown = shown_in(drafted(flood_page(end=("News category: Northern Europe.",))))
    assert "Northern Europe" not in shown
    assert flood_story_intact(shown)
