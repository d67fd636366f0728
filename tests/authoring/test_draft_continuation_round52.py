"""A paragraph that goes on with the last speaker's words (round 52, recall a).

"According to him, 19 areas are flooded. That is not to say the rest are dry." A paragraph
without quotes that reports someone in an earlier sentence ("according to", or a verb of
speech with a "that" clause) and then only narrates, naming and describing nobody, hands that
person on to a quote opening the next paragraph, as a paragraph that only reports them did
already (fresh18 w32, three quote paragraphs). Not when a later sentence names someone
else, nor when the earlier sentence tells only what the person did ("thanked the traders").
"""

from __future__ import annotations

from bot.authoring.draft import draft_briefing
from tests.authoring.test_draft_recall_round44 import _speakers


def _reported(first: str, second: str) -> str:
    return (
        "Floods cut off river villages\n\n"
        "The county's information chief, Ade Okonkwo, said on Thursday that the river "
        "had burst its banks in several places.\n\n"
        "He added that relief teams had reached most of the villages by boat.\n\n"
        f"{first} {second}\n\n"
        "“We have set up eleven camps and we are still sending food to the families who "
        "stayed in their homes.\n\n"
        "“Some will not leave their villages, so the boats go to them.”\n"
    )


_ACCORDING = "According to him, nineteen of the twenty-five wards are under water."
_NOT_TO_SAY = "That is not to say the other six wards are dry."


def test_a_reported_paragraph_that_goes_on_narrating_hands_on_its_speaker() -> None:
    speakers = _speakers(_reported(_ACCORDING, _NOT_TO_SAY))
    assert speakers["We have set up eleve"] == "Ade Okonkwo"
    assert speakers["Some will not leave "] == "Ade Okonkwo"


def test_a_that_clause_reports_as_according_to_does() -> None:
    first = "He stressed that nineteen of the twenty-five wards are under water."
    assert _speakers(_reported(first, _NOT_TO_SAY))["We have set up eleve"] == "Ade Okonkwo"


def test_a_later_sentence_naming_someone_else_hands_on_nobody() -> None:
    later = "Mayor Bisi Adeyemi toured the worst of them on Friday."
    speakers = _speakers(_reported(_ACCORDING, later))
    assert speakers.get("We have set up eleve") != "Ade Okonkwo"


def test_a_sentence_that_tells_what_someone_did_reports_no_words() -> None:
    first = "He thanked the boat crews of the nineteen flooded wards."
    draft = draft_briefing(_reported(first, _NOT_TO_SAY))
    # "thanked" reports no words, so the quote is not handed on as Okonkwo's reported words
    # from the paragraph before. Since round 56 the quote is still his, as the person that
    # paragraph is about: the article reports him speaking ("said on Thursday that"), and
    # a person reported speaking may take the quote after a paragraph about them (6 of 6
    # right over the 1,798 labeled pages; docs/drafting-rounds.md, "Fifty-sixth round").
    assert "from paragraph 4; speaker taken from the paragraph before\n" not in draft
