"""Round 56: a name and a speech verb beside the quote, the speaker still missed.

A speech verb known by where it stands (a comma-closed quote, a person's name, one past-tense
verb closing the clause), and a closing mark typed after its space and glued to "he said"
(docs/drafting-rounds.md, "Fifty-sixth round, named speakers"); the lines are written for the
tests.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def _article(*paragraphs: str) -> str:
    return "Harbour council row\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_verb_the_lexicon_lacks_after_a_comma_closed_quote_and_a_name() -> None:
    speakers = _speakers(
        _article(
            "Senator Risa Santos spoke at the hearing on Tuesday.",
            "“Why was the report never shown to the parents?” Santos inquired.",
            "Prime Minister Lena Varga spoke on Friday.",
            "“We have kept every promise we made in the first hundred days,” PM Varga shared.",
        )
    )
    assert speakers["Why was the report n"] == "Risa Santos"
    assert speakers["We have kept every p"] == "Lena Varga"


def test_the_verb_may_take_an_adverb_a_particle_or_a_pronoun_object() -> None:
    speakers = _speakers(
        _article(
            "General Noor Tal and Mayor Ben Osei met the families on Sunday.",
            "“The search goes on day and night,” General Tal strongly pointed out.",
            "“You have done this town proud,” Mayor Osei congratulated him on the steps.",
        )
    )
    assert speakers["The search goes on d"] == "Noor Tal"
    assert speakers["You have done this t"] == "Ben Osei"


def test_a_verb_with_a_noun_object_or_a_deed_is_no_attribution() -> None:
    speakers = _speakers(
        _article(
            "Minister Ola Berg and Senator Ivo Marsh met the families on Sunday.",
            "“The search goes on day and night,” Minister Berg printed the families’ letter.",
            "“We will rebuild the pier,” Senator Marsh said.",
            "“Every boat is back in the water by May,” Berg needed.",
        )
    )
    assert speakers["The search goes on d"] == "Unattributed quotes"
    assert speakers["Every boat is back i"] == "Unattributed quotes"
    assert speakers["We will rebuild the "] == "Ivo Marsh"


def test_a_closing_mark_after_its_space_glued_to_he_said() -> None:
    for mark in ("“", '"'):
        speakers = _speakers(
            _article(
                "Baker Tom Barker said the shop would stay open.",
                f"“We have been here for forty years and we are not going anywhere, {mark}he said.",
            )
        )
        assert "he said." not in speakers
        assert speakers["We have been here fo"] == "Tom Barker"
