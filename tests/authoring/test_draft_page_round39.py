"""Bad questions, a dropped story sentence and page clutter, thirty-ninth round (invented
text).

An interview transcript's turns ("Q: ...", "BRANDT: ...") are the speaker's words: no fact,
no timeline entry, no question is drafted from them. A sentence in the first person with a
contraction ("We’d have ...", "I’ll ...") is a speaker's, never a true/false statement. A
story sentence ending in a colon keeps the list it announces ("The ministers who stayed away
were:", then one "Name, Office" a line; "The latest figures show:", then "Place: 1,168";
"Also during the meeting, the council:", then "Approved ...;"), which three short
unpunctuated lines in a row would otherwise make a list of links. The outlet's call for its
reader's news ("Do you have a scoop for us?") leaves the draft. Risks: a capitals label on
a page with no question line ("UPDATE: ..."), the third person, a page's own lead-in over
its links ("You may also like:", "Watch the full briefing below:"), story sentences about
photos.
"""

from __future__ import annotations

import pytest

from tests.authoring.drafted import (
    FLOOD_HEADLINE,
    FLOOD_PARAGRAPHS,
    drafted,
    fact_questions,
    flood_page,
    flood_story_intact,
    people_in,
    shown_in,
)

_TRANSCRIPT = [
    "Q: Will the harbour wall be raised before the winter storms?",
    "BRANDT: The board promised us 12 million euros for the wall dahil wala pa talagang"
    " pera, so we will start in October and finish by March next year.",
    "Q: And the families in the town hall?",
    "BRANDT: Forty families slept there on Monday, and 30 of them can go home by Friday.",
]


def test_a_transcripts_turns_give_no_fact_and_no_question() -> None:
    draft = drafted("\n\n".join(["Mayor Brandt's interview on the floods", *_TRANSCRIPT]))
    assert draft["questions"] == []
    assert draft["facts"] == []
    assert draft["timeline"] == []


def test_a_capitals_label_on_a_page_with_no_question_line_stays_the_articles() -> None:
    paragraphs = [
        "UPDATE: The regional water board said on Tuesday that 12 pumps were working in the"
        " lower streets of Varnholt.",
        *FLOOD_PARAGRAPHS,
    ]
    prompts = [str(q["prompt"]) for q in fact_questions(paragraphs)]
    assert any("pumps were working" in p for p in prompts)


@pytest.mark.parametrize(
    "sentence",
    [
        "We’d have 12 new pumps in the lower streets because the board promised them in March.",
        "I’ll open the town hall to 40 families in Varnholt until the river falls in April.",
    ],
)
def test_a_first_person_sentence_with_a_contraction_is_no_question(sentence: str) -> None:
    prompts = [str(q["prompt"]) for q in fact_questions([FLOOD_PARAGRAPHS[0], sentence])]
    assert not any(sentence[:9] in p for p in prompts)  # "We’d have", "I’ll open"


def test_the_same_sentence_in_the_third_person_gives_a_question() -> None:
    sentence = (
        "The board would have 12 new pumps in the lower streets because the region promised"
        " them in March."
    )
    prompts = [str(q["prompt"]) for q in fact_questions([FLOOD_PARAGRAPHS[0], sentence])]
    assert any("new pumps in the lower streets" in p for p in prompts)


_MINISTERS = (
    "Ilse Brandt, Minister of Water and Harbours",
    "Jon Berg, Minister of Roads",
    "Ana Kovac, Associate Minister of Housing",
    "Piet Rolle, Minister of Finance and Trade",
)


def test_a_list_announced_by_a_story_sentence_stays_with_the_sentence() -> None:
    lead_in = "The four ministers the opposition accused of staying away from the debate were:"
    draft = drafted(flood_page(end=(lead_in, *_MINISTERS)))
    shown = shown_in(draft)
    assert flood_story_intact(shown)
    assert lead_in in shown
    assert all(line in shown for line in _MINISTERS)
    assert people_in(draft).get("Jon Berg") == "Minister of Roads"


def test_figures_announced_by_a_story_sentence_stay() -> None:
    lead_in = "The latest figures for the homes still without power show:"
    counts = ("Varnholt: 1,168", "Osterby: 208", "Lindau: 0", "Harbour district: 1,863")
    shown = shown_in(drafted(flood_page(end=(lead_in, *counts))))
    assert lead_in in shown
    assert all(line in shown for line in counts)


def test_a_meetings_decisions_announced_by_a_story_sentence_stay() -> None:
    lead_in = "Also during the meeting, the council:"
    decisions = (
        "Approved the second phase of the harbour wall repairs;",
        "Approved Ordinance 88, which sets a fee for pumping private cellars after a flood;",
        "Rejected a request to close the ferry landing for the winter;",
    )
    shown = shown_in(drafted(flood_page(end=(lead_in, *decisions))))
    assert lead_in in shown
    assert all(line in shown for line in decisions)


@pytest.mark.parametrize(
    "lead_in",
    ["You may also want to read these stories:", "Watch the full briefing by the mayor below:"],
)
def test_a_pages_lead_in_over_its_links_keeps_them_out(lead_in: str) -> None:
    links = (
        "Storm warning issued for the coast, Varnholt told",
        "Council approves new budget, harbour fees rise",
        "Ferry services resume after two days, Osterby says",
    )
    shown = shown_in(drafted(flood_page(end=(lead_in, *links))))
    assert flood_story_intact(shown)
    assert not any(link in shown for link in links)
    assert FLOOD_HEADLINE in shown


@pytest.mark.parametrize(
    "line",
    [
        "Do you have a scoop for us?",
        "Have news you’d like to see in Courier.example? Contribute an article, whether it is"
        " a report or your own view.",
        "Got a story? Send it to us by email.",
    ],
)
def test_the_outlets_call_for_news_tips_leaves_the_draft(line: str) -> None:
    shown = shown_in(drafted(flood_page(end=(line,))))
    assert flood_story_intact(shown)
    assert line not in shown


@pytest.mark.parametrize(
    "sentence",
    [
        "Have photos of the flooded streets been shared by the water board, residents asked.",
        "Police have photos of the two men seen near the harbour wall on Monday night.",
    ],
)
def test_story_sentences_about_photos_and_stories_stay(sentence: str) -> None:
    assert sentence in shown_in(drafted(flood_page(end=(sentence,))))
