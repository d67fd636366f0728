"""Twenty-sixth round, speakers: each rule on invented text (the causes of fresh34's and
fresh35's wrong speakers, read as grammar), with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def test_a_name_written_only_before_a_hyphen_is_the_hyphenated_name() -> None:
    draft = _draft(
        "Governor Luisa Marin-Soto opens the new ferry terminal",
        "The new ferry terminal opened on Monday in the port town.",
        "Later, Governor Luisa Marin-Soto toured the docks with the harbour staff.",
        "“This terminal will carry a million people a year,” Governor Marin said at the opening.",
    )
    assert speakers_in(draft) == {
        "This terminal will carry a million people a year": "Luisa Marin-Soto"
    }


def test_a_quote_inside_a_quote_in_the_same_marks_stays_one_quote() -> None:
    draft = _draft(
        "Harbour talks",
        'The port will stay open, said harbour master Ines Dalca. "We have been patient with'
        ' the shipping firms. But I have told them plainly: "You will pay the fees"! And they'
        ' will pay, every one of them!", Dalca said.',
    )
    assert speakers_in(draft) == {
        'We have been patient with the shipping firms. But I have told them plainly: "You will'
        ' pay the fees"! And they will pay, every one of them!': "Ines Dalca"
    }


def test_two_quotes_in_a_row_stay_two_quotes() -> None:
    draft = _draft(
        "Harbour talks",
        'Harbour master Ines Dalca spoke first. "We have been patient," Dalca said. "The'
        ' firms will pay the fees," she added.',
    )
    assert speakers_in(draft) == {
        "We have been patient": "Ines Dalca",
        "The firms will pay the fees": "Ines Dalca",
    }


def test_a_country_before_a_full_name_is_not_part_of_it() -> None:
    draft = _draft(
        "Cup qualifier",
        "The coach of the national side of Togo Kofi Amedzro has explained the defeat.",
        "“We lost our shape after the first goal,” Amedzro said.",
    )
    assert speakers_in(draft) == {"We lost our shape after the first goal": "Kofi Amedzro"}


def test_a_given_name_that_is_also_a_country_stays_in_the_name() -> None:
    draft = _draft(
        "Cup qualifier",
        "Georgia Ann Whitcombe coaches the under-18 side.",
        "“We lost our shape after the first goal,” Whitcombe said.",
    )
    assert speakers_in(draft) == {"We lost our shape after the first goal": "Georgia Ann Whitcombe"}


def test_a_style_of_address_after_his_is_not_part_of_the_name() -> None:
    draft = _draft(
        "State visit",
        "The president welcomed His Eminence Mathias Kwabena Doe to the capital on Friday.",
        "In reply, Doe thanked his hosts. “We came by road to see the new bridges,” Doe said.",
    )
    assert speakers_in(draft) == {"We came by road to see the new bridges": "Mathias Kwabena Doe"}


def test_an_abbreviated_title_spelt_out_before_the_full_name_is_that_person() -> None:
    draft = _draft(
        "Assembly row",
        "Opposition Member of Assembly Rahel Tesfaye walked out of the chamber on Monday.",
        "Outside, MA Tesfaye told reporters: “This chamber no longer listens to anyone.”",
    )
    assert speakers_in(draft) == {"This chamber no longer listens to anyone.": "Rahel Tesfaye"}


def test_a_place_of_two_words_run_on_by_a_few_letters_is_no_speaker() -> None:
    draft = _draft(
        "Border row",
        "Hundreds of voters were stopped at the border with Costa Rica on Wednesday.",
        "Costa Ricaa had asked for “safe passage” for its citizens, officials said.",
    )
    assert "Costa Ricaa" not in {f["name"] for f in draft["figures"]}
    assert speakers_in(draft) == {"safe passage": None}


def test_a_country_written_as_a_given_name_stays_in_the_name() -> None:
    draft = _draft(
        "Cup qualifier",
        "Chad Michael Orrin coaches the under-18 side.",
        "“We lost our shape after the first goal,” Orrin said.",
    )
    assert speakers_in(draft) == {"We lost our shape after the first goal": "Chad Michael Orrin"}
