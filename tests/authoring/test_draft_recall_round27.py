"""Twenty-seventh round, recall: the quotes the drafter left unattributed, each family read as
grammar, on invented text, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_paragraph_of_quote_after_one_who_spoke_to_the_paper_is_theirs() -> None:
    draft = _draft(
        "Market traders fed up",
        "Traders at the Eastgate market say the council has forgotten them.",
        "One of the traders, Nadia Oyelaran, spoke to the Gazette during a walk along the stalls"
        " when inspectors visited the market.",
        "“It is not right what they are doing. The lanes have been dirty for years.”",
    )
    assert (
        speakers_in(draft)[
            "It is not right what they are doing. The lanes have been dirty for years."
        ]
        == "Nadia Oyelaran"
    )


def test_a_paragraph_of_quote_after_one_who_informs_that_is_theirs() -> None:
    draft = _draft(
        "Minutes row",
        "Council clerk Tomas Wrede informs that the village has always kept its minutes in that"
        " fashion.",
        "“The minutes are the official record of decisions, and they are posted every week.”",
    )
    assert speakers_in(draft) == {
        "The minutes are the official record of decisions, and they are posted every week.": (
            "Tomas Wrede"
        )
    }


def test_someone_else_named_in_the_paragraph_before_leaves_the_quote_unattributed() -> None:
    draft = _draft(
        "Market traders fed up",
        "Trader Nadia Oyelaran spoke to the Gazette after market manager Piet Hollis closed the"
        " east gate.",
        "“It is not right what they are doing.”",
    )
    assert speakers_in(draft)["It is not right what they are doing."] is None


def test_a_person_who_only_acts_in_the_paragraph_before_is_not_the_speaker() -> None:
    draft = _draft(
        "Arrest at the market",
        "Trader Nadia Oyelaran was arrested at the market on Monday.",
        "“She is a danger to the other traders.”",
    )
    assert speakers_in(draft)["She is a danger to the other traders."] is None


def test_a_title_set_off_by_commas_before_the_name_after_a_quote_names_the_speaker() -> None:
    draft = _draft(
        "Council row",
        "Councillors met on Tuesday to discuss the harbour fees.",
        "“The fees were never put to a vote,” Mayor, Rosa Delacroix, told the chamber.",
    )
    assert speakers_in(draft) == {"The fees were never put to a vote": "Rosa Delacroix"}


def test_a_second_name_joined_after_the_apposition_leaves_the_quote_unattributed() -> None:
    draft = _draft(
        "Council row",
        "Councillors met on Tuesday to discuss the harbour fees.",
        "“The fees were never put to a vote,” Mayor, Rosa Delacroix, and Councillor Ivo Brandt"
        " told the chamber.",
    )
    assert speakers_in(draft)["The fees were never put to a vote"] is None


def test_a_he_after_a_paragraph_that_ends_by_naming_its_speaker_is_that_speaker() -> None:
    draft = _draft(
        "Shootings in the valley",
        "Police chief Mara Lindqvist said she is confident the right man is in custody. But the"
        " valley is still in pain, said Pastor Joel Amankwah of the Valley Peace Network.",
        "“The needless pain we go through disrupts our whole community,” he said.",
    )
    assert speakers_in(draft)["The needless pain we go through disrupts our whole community"] == (
        "Joel Amankwah"
    )


def test_a_he_after_two_subjects_and_no_speaker_named_last_stays_unattributed() -> None:
    draft = _draft(
        "Shootings in the valley",
        "Police chief Mara Lindqvist said the right man is in custody. Pastor Joel Amankwah"
        " toured the valley with Sergeant Piet Oduya on Monday.",
        "“The needless pain we go through disrupts our whole community,” he said.",
    )
    assert (
        speakers_in(draft)["The needless pain we go through disrupts our whole community"] is None
    )


def test_a_places_initials_in_the_aside_keep_the_name_the_subject_for_a_later_she() -> None:
    draft = _draft(
        "Flooding in the valley",
        "Greta Halvorsen, the mayor of Port Elgin, N.S., said the rain came as the tide was"
        " rising, which flooded the “old wharf” area of the town.",
        "“It is the price of a warmer climate,” she said in an interview.",
    )
    assert speakers_in(draft)["It is the price of a warmer climate"] == "Greta Halvorsen"
