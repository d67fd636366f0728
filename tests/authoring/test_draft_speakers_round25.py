"""Twenty-fifth round, speakers: each rule on invented text (the causes of fresh32's and
fresh33's wrong speakers, read as grammar), with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, names_in, speakers_in


def _text(*paragraphs: str) -> str:
    return "Harbour talks\n\n" + "\n\n".join(paragraphs) + "\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(_text(*paragraphs))


def test_a_full_name_in_the_same_frame_keeps_its_speaker() -> None:
    draft = _draft(
        "Heavy rain closed the valley road on Monday.",
        "“We have never seen the river this high,” Chidi Okonkwo said on Tuesday.",
    )
    assert speakers_in(draft) == {"We have never seen the river this high": "Chidi Okonkwo"}


def test_a_one_word_name_continued_into_the_next_paragraph_keeps_its_speaker() -> None:
    draft = _draft(
        "Okonkwo, who has farmed the valley for forty years, said the water rose overnight:",
        "“We have never seen the river this high. The bridge is gone.”",
    )
    assert speakers_in(draft) == {
        "We have never seen the river this high. The bridge is gone.": "Okonkwo"
    }


def test_a_name_before_a_plural_verb_is_not_its_subject() -> None:
    draft = _draft(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        "Residents near Bello have called on the government to prioritise “calmer towns” for"
        " migrants.",
    )
    assert speakers_in(draft) == {"calmer towns": None}


def test_a_name_before_a_singular_verb_stays_its_subject() -> None:
    draft = _draft(
        "Mayor Ada Obi and Councillor Tunde Bello met residents on Monday.",
        "Bello has called on the government to prioritise “calmer towns” for migrants.",
    )
    assert speakers_in(draft) == {"calmer towns": "Tunde Bello"}


def test_a_title_whose_plural_the_article_writes_is_not_part_of_the_name() -> None:
    draft = _draft(
        "The board's trustees met on Tuesday to weigh the cuts.",
        "“I have nothing left to weigh,” Trustee Maria Okafor-Lind said. “It is already decided.”",
        "Okafor-Lind said she wanted other options.",
    )
    assert speakers_in(draft) == {
        "I have nothing left to weigh": "Maria Okafor-Lind",
        "It is already decided.": "Maria Okafor-Lind",
    }
    assert "Trustee Maria Okafor-Lind" not in names_in(draft)


def test_a_given_name_before_a_name_stays_even_when_its_plural_is_written() -> None:
    draft = _draft(
        "The twins, both called Mark, watched the marks on the wall.",
        "“It is already decided,” Mark Peter Okafor said.",
    )
    assert speakers_in(draft) == {"It is already decided": "Mark Peter Okafor"}


def test_a_he_after_someone_unknown_set_off_by_who_is_nobodys() -> None:
    draft = _draft(
        "Dayo Pinto, a councillor for the valley, told reporters the bridge had gone. Amadi,"
        " who toured the valley by helicopter, spoke of the harvest. He urged people to move,"
        " promising “my office will help you rebuild.”",
    )
    assert speakers_in(draft) == {"my office will help you rebuild.": None}


def test_a_he_after_the_same_person_set_off_by_who_stays_theirs() -> None:
    draft = _draft(
        "Dayo Pinto, who toured the valley by helicopter, spoke of the harvest. He urged"
        " people to move, promising “my office will help you rebuild.”",
    )
    assert speakers_in(draft) == {"my office will help you rebuild.": "Dayo Pinto"}


def test_a_he_after_someone_speaking_through_a_lawyer_is_nobodys() -> None:
    draft = _draft(
        "Dayo Pinto told the court through his lawyer Paul Ferris that he was not ready to"
        " open his defence.",
        "“We are not ready to proceed today,” he said.",
    )
    assert speakers_in(draft) == {"We are not ready to proceed today": None}
