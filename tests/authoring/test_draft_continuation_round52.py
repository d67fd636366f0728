"""A paragraph that goes on with the last speaker's words (round 52, recall a).

Rule 1: `“...,” Mr Obi said.` / a line (or two) of the writer's own, naming nobody / a
paragraph of quotes only. A reader takes the last paragraph for Obi's, as the words before
the line were; the drafter left it unattributed because the line between broke the carry
(fresh13 v01, fresh21 w15, fresh31 b26, fresh32 c02, fresh58 bs14, fresh67 cb16, fresh75
cj15 twice). Not when the line introduces words (a colon), asks a question, names a piece
of writing ("The statement ... follows.") or names or describes someone, nor after three
lines.

Rule 2: "According to him, 19 areas are flooded. That is not to say the rest are dry." A
paragraph without quotes that reports someone in an earlier sentence and then only narrates
hands that person on to a quote opening the next paragraph (fresh18 w32, three paragraphs;
fresh75 cj15 through rule 1). Not when a later sentence names someone else.
"""

from __future__ import annotations

from tests.authoring.test_draft_recall_round44 import _speakers


def _article(between: str) -> str:
    return (
        "Dry summer cuts the hay harvest\n\n"
        "Farmers across the valley finished cutting hay this week, weeks earlier than usual.\n\n"
        "“We have had barely any rain since the middle of June,” said Reeve Tomas Halloran, "
        "who farms north of the town.\n\n"
        f"{between}\n\n"
        "“The pasture came up thin and short, and the protein just was not there.”\n\n"
        "The municipality will meet again in November.\n"
    )


def test_a_quote_paragraph_after_one_line_of_narration_is_the_last_speakers() -> None:
    article = _article("Heat, more than the dry spell, did most of the damage.")
    assert _speakers(article)["The pasture came up "] == "Tomas Halloran"


def test_two_lines_of_narration_between_keep_the_speaker_three_do_not() -> None:
    two = "Heat did most of the damage.\n\nCattle producers had other worries this season."
    assert _speakers(_article(two))["The pasture came up "] == "Tomas Halloran"
    three = f"{two}\n\nThe hay market has been tight since spring."
    assert _speakers(_article(three)).get("The pasture came up ") != "Tomas Halloran"


def test_the_line_between_may_not_introduce_question_or_name_anyone() -> None:
    for between in (
        "Below is what the other growers had to say:",
        "Did the heat do more damage than the dry spell?",
        "The statement the growers read at the meeting follows.",
        "Heat, more than the dry spell, did most of the damage, a neighbour thought.",
        "Grower Lena Marsh lost more of her crop than most.",
    ):
        speakers = _speakers(_article(between))
        assert speakers.get("The pasture came up ") != "Tomas Halloran", between


def _reported(second: str) -> str:
    return (
        "Floods cut off river villages\n\n"
        "The county's information chief, Ade Okonkwo, said on Thursday that the river "
        "had burst its banks in several places.\n\n"
        "He added that relief teams had reached most of the villages by boat.\n\n"
        f"According to him, nineteen of the twenty-five wards are under water. {second}\n\n"
        "“We have set up eleven camps and we are still sending food to the families who "
        "stayed in their homes.\n\n"
        "“Some will not leave their villages, so the boats go to them.”\n"
    )


def test_a_reported_paragraph_that_goes_on_narrating_hands_on_its_speaker() -> None:
    speakers = _speakers(_reported("That is not to say the other six wards are dry."))
    assert speakers["We have set up eleve"] == "Ade Okonkwo"
    assert speakers["Some will not leave "] == "Ade Okonkwo"


def test_a_later_sentence_naming_someone_else_hands_on_nobody() -> None:
    speakers = _speakers(_reported("Mayor Bisi Adeyemi toured the worst of them on Friday."))
    assert speakers.get("We have set up eleve") != "Ade Okonkwo"
