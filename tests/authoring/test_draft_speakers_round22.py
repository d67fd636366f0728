"""Twenty-second round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers of fresh26, read as grammar)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, speakers_in


def _draft(*paragraphs: str) -> dict:
    return drafted("Depot row\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_name_after_a_quoted_verb_is_its_object_not_the_next_he() -> None:
    draft = _draft(
        "Finance Minister Paulo Reis spoke to reporters on Friday.",
        "Reis wrote to the paper about how the mayor had “snubbed” Governor Ana Lima during a"
        " meeting.",
        "“That is not how we work,” he said.",
    )
    assert speakers_in(draft)["That is not how we work"] == "Paulo Reis"


def test_words_of_a_report_the_subject_dismisses_are_nobodys() -> None:
    draft = _draft(
        "Finance Minister Paulo Reis spoke to reporters on Friday.",
        "Reis dismissed a report by a local newspaper that the mayor had “insulted” the governor.",
    )
    assert speakers_in(draft) == {"insulted": None}


def test_a_writers_byline_after_a_reported_clause_is_not_the_speaker() -> None:
    draft = _draft(
        "The depot board said it had ‘let riders down’ and given its ‘deep regrets’ for the"
        " delays, writes Tom Hale.",
        "Riders waited for hours on Monday.",
    )
    assert speakers_in(draft) == {"let riders down": None, "deep regrets": None}


def test_a_byline_does_not_take_the_quote_from_a_named_speaker() -> None:
    draft = _draft(
        "Mayor Ada Obi said the plan was “a disaster for riders” and must stop, writes Tom Hale.",
    )
    assert speakers_in(draft) == {"a disaster for riders": "Ada Obi"}


def test_an_office_joined_by_at_is_a_title_not_part_of_the_name() -> None:
    draft = _draft(
        "Council Representative-at-Large Tom Hale said the depot would open.",
        "“It will be effective and practical,” he said.",
    )
    assert "Tom Hale" in names_in(draft)
    assert speakers_in(draft) == {"It will be effective and practical": "Tom Hale"}


def test_the_subject_of_a_reported_clause_is_not_the_next_he() -> None:
    draft = _draft(
        "Harbour Police Commissioner Dan Roe said one of the accused, Abel Musa, was the first"
        " to open fire, even as officers were attacked with stones.",
        "The seized rifles were in “loaded” position, he added.",
    )
    assert speakers_in(draft)["loaded"] == "Dan Roe"


def test_a_surname_alone_is_held_back_when_the_draft_missed_the_full_name() -> None:
    draft = _draft(
        "Speaking at the forum, Christian Hale, head of Depot Group, said rail matters.",
        "“The region offers more potential,” Hale said.",
    )
    assert speakers_in(draft)["The region offers more potential"] in (None, "Christian Hale")


def test_a_surname_alone_after_a_title_keeps_its_speaker() -> None:
    draft = _draft("Mayor Hale opened the depot on Monday.", "“We waited ten years,” Hale said.")
    assert speakers_in(draft) == {"We waited ten years": "Hale"}
