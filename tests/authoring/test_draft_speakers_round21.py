"""Twenty-first round, speakers: each rule of attribution on invented text (the causes of the
wrong speakers of fresh24 and fresh25, read as grammar)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, speakers_in


def _draft(*paragraphs: str) -> dict:
    return drafted("Depot row\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_nickname_printed_inside_a_full_name_is_no_part_of_it() -> None:
    draft = _draft(
        "Senate President Juan Pablo “Pabs” Ortega opened the session on Monday.",
        "“We will pass the budget this week,” Ortega said.",
    )
    assert "Juan Pablo Ortega" in names_in(draft)
    assert speakers_in(draft) == {"We will pass the budget this week": "Juan Pablo Ortega"}


def test_a_state_after_a_town_is_a_place_not_the_he() -> None:
    draft = _draft(
        "Rivers rose across the region on Tuesday.",
        "Dan Mole, a resident of Milltown, New Jersey, who saw the flood in 2021, left the town.",
        "“Seeing your home wrecked is not good,” he said.",
    )
    assert "New Jersey" not in names_in(draft)
    assert speakers_in(draft)["Seeing your home wrecked is not good"] in (None, "Dan Mole")


def test_a_namesake_with_another_given_name_is_not_the_known_person() -> None:
    draft = _draft(
        "Harbour Sgt. Omar Lindqvist was hurt on Wednesday.",
        "On Thursday, the sergeant’s cousin Greta Lindqvist laid flowers at the dock. She says"
        " the family is shaken.",
        "“We are heartbroken,” she said.",
    )
    assert speakers_in(draft)["We are heartbroken"] != "Omar Lindqvist"


def test_the_same_surname_with_a_short_form_of_the_given_name_is_the_same_person() -> None:
    draft = _draft(
        "Mayor Joseph Okafor opened the depot on Monday.",
        "“We waited ten years,” Joe Okafor said.",
    )
    assert speakers_in(draft) == {"We waited ten years": "Joseph Okafor"}


def test_a_quote_that_opens_by_addressing_someone_is_not_theirs() -> None:
    draft = _draft(
        "Council leader Mary Dunbar took questions on Tuesday.",
        "Cllr Ross Fenwick asked whether the leader would resign over the depot.",
        "She responded: “Cllr Fenwick, I do not share your views. Thank you.”",
    )
    speaker = speakers_in(draft)["Cllr Fenwick, I do not share your views. Thank you."]
    assert speaker != "Ross Fenwick"


def test_a_quote_naming_someone_after_its_opening_words_keeps_its_speaker() -> None:
    draft = _draft("“Thank you, Fenwick, for the question,” Mayor Mary Dunbar said.")
    assert speakers_in(draft) == {"Thank you, Fenwick, for the question": "Mary Dunbar"}


def test_a_coroner_is_a_title_not_part_of_the_name() -> None:
    draft = _draft("Crews were “finding more bodies” on Friday, Coroner Abel Tarrant said.")
    assert speakers_in(draft) == {"finding more bodies": "Abel Tarrant"}


def test_clr_and_mec_are_titles_not_part_of_the_name() -> None:
    draft = _draft(
        "Councillor Pat Rourke and Transport MEC Sipho Dlamini met on Monday.",
        "“We will fix the roads,” Clr Rourke said.",
        "“Schools must stay apolitical,” said MEC Dlamini.",
    )
    assert speakers_in(draft) == {
        "We will fix the roads": "Pat Rourke",
        "Schools must stay apolitical": "Sipho Dlamini",
    }
