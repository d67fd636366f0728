"""Quotes the drafter did not find whole (round 54, quotes not found).

Rule: a paragraph of a speaker's words that lost its opening mark and keeps only the closing
one (`We waited ten years. It will carry ...,” Ortiz said.`). The quote was cut to the last
sentence before the mark, so the speaker's first sentences were no quote and the labeled
quote was not found; it now runs from the paragraph's start, unless the words before that
sentence are the writer's telling who speaks (a verb of speech in them) or hold a mark.
"""

from __future__ import annotations

import yaml

from bot.authoring.draft import draft_briefing
from tests.authoring.test_draft_recall_round44 import _speakers


def _quotes(article: str) -> list[str]:
    draft = yaml.safe_load(draft_briefing(article))
    return [str(q["text"]) for f in draft.get("figures", []) for q in f.get("quotes", [])]


def test_a_paragraph_closed_by_a_mark_never_opened_is_one_quote() -> None:
    article = (
        "New bridge opens over the river\n\n"
        "Mayor Lena Ortiz cut the ribbon on the new river bridge on Tuesday morning.\n\n"
        "We waited ten years for this crossing. It will carry nine thousand cars a day "
        "and halve the drive to the hospital,” Ortiz said.\n\n"
        "The bridge cost the city 40 million dollars.\n"
    )
    speakers = _speakers(article)
    assert speakers["We waited ten years "] == "Lena Ortiz"
    assert any(
        q.startswith("We waited ten years") and "halve the drive" in q for q in _quotes(article)
    )


def test_the_writers_words_before_the_sentence_stay_out_of_the_quote() -> None:
    article = (
        "Council rejects the parking plan\n\n"
        "Councillor Amos Reyes spoke against the plan at Monday's meeting.\n\n"
        "He attacked the parking scheme in his speech, saying that it ignored the traders. "
        "The plan fails every shop on the high street,” Reyes said.\n"
    )
    quotes = _quotes(article)
    assert any(q.startswith("The plan fails every shop") for q in quotes)
    assert not any("attacked the parking scheme" in q for q in quotes)
