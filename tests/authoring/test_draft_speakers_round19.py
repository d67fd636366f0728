"""Nineteenth round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers of fresh21, read as grammar)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

SAID = '"The bins must be emptied,"'
QUOTE = "The bins must be emptied"


def _draft(*paragraphs: str) -> dict:
    return drafted("Bin row\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_first_name_alone_is_the_full_name_the_article_wrote_it_in() -> None:
    draft = _draft(
        "Rowan Tolland refused to move his car from the street on Monday.",
        "But Rowan stood his ground, saying he was tired of waiting.",
        f"{SAID} Rowan said.",
    )
    assert "Rowan Tolland" in people_in(draft)
    assert speakers_in(draft) == {QUOTE: "Rowan Tolland"}


def test_a_first_name_alone_is_the_name_that_ends_a_sentence() -> None:
    draft = _draft(
        "Bins are collected weekly, said Minister in the Prime Minister's Department Mira"
        " Halvorsen.",
        f"Mira said the rules had not changed. {SAID} she said.",
    )
    assert speakers_in(draft) == {QUOTE: "Mira Halvorsen"}


def test_a_surname_alone_is_the_full_name_after_a_string_of_titles() -> None:
    draft = _draft(
        "County Governor H.E DR. FCPA Wycliffe Amboko Toronya Thursday opened a depot.",
        f"Speaking at the launch, Governor Toronya said: {SAID}",
    )
    assert speakers_in(draft) == {QUOTE: "Wycliffe Amboko Toronya"}


def test_an_office_in_capitals_before_a_lone_surname_is_not_part_of_the_name() -> None:
    draft = _draft(
        "PM Tarawit toured the depot on Monday.",
        f"{SAID} Tarawit said.",
    )
    assert speakers_in(draft) == {QUOTE: "Tarawit"}


def test_a_capitalised_trade_in_the_plural_is_no_speaker() -> None:
    draft = _draft(
        "Councillor Ada Mbeki, of the ward committee, has warned of a bin crisis.",
        "The councillor speaking with Newsmen had said the depot was full.",
        'In an interview she said, "The bins must be emptied."',
    )
    assert "Newsmen" not in people_in(draft)
    assert speakers_in(draft) == {"The bins must be emptied.": "Ada Mbeki"}


def test_a_name_in_apposition_before_a_he_is_not_the_he() -> None:
    """The he of "..., Ann Kolo, he said" is not Ann Kolo (an apposition in the clause
    before it) but the mayor, the paragraph before's subject."""
    draft = _draft(
        "Mayor Tom Reyes said on Monday the depot would stay open.",
        "Contradicting reports that it had been shut by the works director, Ann Kolo, he said"
        " no order was given.",
        f"{SAID} he said.",
    )
    assert speakers_in(draft) == {QUOTE: "Tom Reyes"}


def test_a_role_owned_by_a_team_in_the_plural_leaves_the_name_the_subject() -> None:
    draft = _draft(
        "The Rovers won 24-22 on Saturday.",
        "After the match, All Reds' captain Tom Varga was asked where he thought it went wrong."
        ' "To be honest the game lost its shape."',
    )
    assert speakers_in(draft) == {"To be honest the game lost its shape.": "Tom Varga"}


def test_a_closing_mark_glued_after_a_comma_opens_the_quote() -> None:
    draft = _draft(
        "President Ada Obi opened a depot in the north on Monday.",
        "President Obi stated,”Opened the depot that will serve 20,000 homes.”",
        "“The bins will be emptied weekly,” she added.",
    )
    assert speakers_in(draft) == {
        "Opened the depot that will serve 20,000 homes.": "Ada Obi",
        "The bins will be emptied weekly": "Ada Obi",
    }


def test_a_closing_mark_glued_after_a_comma_still_closes_an_open_quote() -> None:
    draft = _draft(
        "President Ada Obi opened a depot in the north on Monday.",
        "“The bins will be emptied weekly,”She said it twice.",
    )
    assert list(speakers_in(draft)) == ["The bins will be emptied weekly"]


def test_a_he_never_means_someone_a_quote_called_she() -> None:
    draft = _draft(
        "Student Ada Obi said the depot had been shut for weeks.",
        '"We waited an hour," she said.Manager Tunde Bello, on his part, rejected the claim.',
        '"The bins were emptied," he said.',
    )
    assert speakers_in(draft) == {"We waited an hour": "Ada Obi", "The bins were emptied": None}


def test_madam_is_an_honorific_not_part_of_the_name() -> None:
    draft = _draft(
        "Student Ada Obi said the depot had been shut for weeks.",
        f"Her mother, Madam Rosnah, stands by her. {SAID} said Madam Rosnah.",
    )
    assert speakers_in(draft) == {QUOTE: "Rosnah"}


def test_a_description_with_added_goes_on_with_the_last_speaker() -> None:
    draft = _draft(
        "Captain Dayo Pinto led his side to a series win on Sunday.",
        '"It was a special moment for me," said Pinto.',
        f"{SAID} the veteran cricketer added.",
    )
    assert speakers_in(draft) == {
        "It was a special moment for me": "Dayo Pinto",
        QUOTE: "Dayo Pinto",
    }


def test_a_description_with_said_is_not_the_last_speaker() -> None:
    draft = _draft(
        "Captain Dayo Pinto led his side to a series win on Sunday.",
        '"It was a special moment for me," said Pinto.',
        f"{SAID} the veteran cricketer said.",
    )
    assert speakers_in(draft)[QUOTE] is None
