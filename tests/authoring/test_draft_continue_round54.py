"""A quote paragraph after a line or two of the writer's own keeps the speaker (round 54).

A speaker is introduced with a verb of speech, their words run on over the next paragraphs,
and a line of narration may stand between: the quote-only paragraph after the line is
theirs, as it was on every such page of the labeled sets read (docs/drafting-rounds.md,
"Fifty-fourth round, continuation"). Not when the line names or describes a person, says
he/she, has a verb of speech, ends with a colon or a question mark, or names a piece of
writing, nor after three lines.
"""

from __future__ import annotations

from bot.authoring.draft import UNATTRIBUTED_NAME
from tests.authoring.test_draft_recall_round44 import _speakers


def _story(*between: str) -> str:
    lines = "".join(f"{line}\n\n" for line in between)
    return (
        "Ferry crossings cut as the lake runs low\n\n"
        "“We have lost a metre of water since the spring,” said harbourmaster Ines Varga "
        "on Tuesday.\n\n"
        f"{lines}"
        "“The morning crossings stop from next week until the autumn rains come.”\n"
    )


_LATE = "The morning crossing"  # `_speakers` keys: first 20 characters


def test_a_quote_paragraph_after_a_line_of_narration_is_the_speakers_before() -> None:
    speakers = _speakers(_story("The lake's level is now the lowest in forty years."))
    assert speakers[_LATE] == "Ines Varga"


def test_a_body_named_in_the_line_between_is_not_the_speaker() -> None:
    line = "The ferry company cancelled the evening sailings in August."
    assert _speakers(_story(line))[_LATE] == "Ines Varga"


def test_two_lines_between_keep_the_speaker_three_do_not() -> None:
    two = _story("The lake is at its lowest in forty years.", "Dry winds did the rest.")
    three = _story(
        "The lake is at its lowest in forty years.",
        "Dry winds did the rest.",
        "Boat owners moved their moorings out.",
    )
    assert _speakers(two)[_LATE] == "Ines Varga"
    assert _speakers(three)[_LATE] == UNATTRIBUTED_NAME


def test_a_line_naming_someone_else_or_speaking_leaves_the_quote_nobodys() -> None:
    for line in (
        "Boat owner Tamas Bodor moved his mooring out to deeper water.",
        "The ferry company said the evening sailings would go on.",
        "The evening sailings will go on through August, the ferry company said.",
        "Read the company's full statement below.",
        "What will the ferry company do next?",
    ):
        assert _speakers(_story(line))[_LATE] == UNATTRIBUTED_NAME, line


def test_a_line_naming_only_the_speaker_keeps_them() -> None:
    line = "The lake has not been this low in all of Varga's twenty years at the harbour."
    assert _speakers(_story(line))[_LATE] == "Ines Varga"


def test_a_line_naming_the_speaker_beside_someone_else_does_not() -> None:
    line = "Varga and boat owner Tamas Bodor moved the moorings out to deeper water."
    assert _speakers(_story(line))[_LATE] == UNATTRIBUTED_NAME
