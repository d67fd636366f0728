"""How news writing gives a person's role, and what it is not: each rule on invented text."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import drafted, everyone_in, in_passing, names_in, people_in

OPENING = "Floods in Varnholt\n\nThe river burst its banks in Varnholt on Monday.\n\n"


def _people(sentence: str) -> dict[str, str]:
    return people_in(drafted(OPENING + sentence + "\n"))


def test_a_role_before_a_comma_reaches_over_the_bodys_short_name() -> None:
    people = _people(
        "The town has denied claims by the Chairman of the Farmers Union (FU), Ama Owusu,"
        " that the dam was opened too late."
    )
    assert people["Ama Owusu"] == "Chairman of the Farmers Union"


def test_a_role_before_a_comma_after_a_clause_is_only_the_noun_phrase() -> None:
    people = _people(
        "Shares fell after a meeting in which the company’s Chief Financial Officer, Tomas"
        " Berglund, warned investors about the costs."
    )
    assert people["Tomas Berglund"] == "company’s Chief Financial Officer"


def test_a_role_of_a_long_body_name_before_a_comma() -> None:
    people = _people(
        "The paper had been told by the President of the Confederation of Nordland Industries"
        " (CNI), Ivar Dahl, that he would seek a meeting."
    )
    assert people["Ivar Dahl"] == "President of the Confederation of Nordland Industries"


def test_a_role_before_a_dash() -> None:
    people = _people(
        "The founder of Dahl Asset Management – Ivar Dahl, said the shares were cheap."
    )
    assert people["Ivar Dahl"] == "founder of Dahl Asset Management"


def test_a_candidate_for_a_constituency_is_a_person_and_the_constituency_is_not() -> None:
    people = _people(
        "Meanwhile, Mayor Ilse Brandt, while addressing the media after the release of the"
        " party’s parliamentary candidate for Varnholt North East, Ama Owusu, from custody,"
        " warned the police."
    )
    assert people["Ama Owusu"].endswith("parliamentary candidate for Varnholt North East")
    assert "Varnholt North East" not in people


@pytest.mark.parametrize(
    "sentence",
    [
        "He rejected claims by Ilse Brandt, that senior police officials, including the chief,"
        " had ordered the arrest.",
        "He thanked Ilse Brandt, council officials and volunteers, for their help.",
    ],
)
def test_a_clause_or_a_group_after_a_name_is_not_a_role(sentence: str) -> None:
    people = _people(sentence + " Mayor Ilse Brandt said the dam held.")
    assert people["Ilse Brandt"] == "Mayor"


def test_the_one_spoken_to_is_not_a_person_on_that_alone() -> None:
    text = (
        OPENING + "Mayor Ilse Brandt opened the shelter.\n\n"
        "She told Dagbladet that the town hall would stay open all week.\n"
    )
    assert names_in(drafted(text)) == {"Ilse Brandt"}


def test_an_age_opens_an_apposition_that_runs_to_the_end_of_the_sentence() -> None:
    people = _people(
        "Mayor Ilse Brandt said her thoughts were with the family of Per Holm, the"
        " 77-year-old Varnholt landowner swept away as he tried to clear a drain on his farm."
    )
    assert people["Per Holm"] == "Varnholt landowner"


def test_an_office_in_charge_of_something_before_the_name() -> None:
    people = _people(
        "Deputy Superintendent of Police in charge of operations Ivar Dahl said the search"
        " would go on."
    )
    assert people["Ivar Dahl"] == "Deputy Superintendent of Police in charge of operations"


def test_an_occupation_before_the_name() -> None:
    people = _people("He was sworn in by principal magistrate Ama Owusu on Tuesday.")
    assert people["Ama Owusu"] == "principal magistrate"


def test_a_role_as_the_subject_of_the_next_sentence_is_the_named_persons() -> None:
    people = _people(
        "Ilse Brandt called on the government to send more pumps.\n\n"
        'The Green MSP for north-east Nordland said: "People are exhausted."'
    )
    assert people["Ilse Brandt"] == "Green MSP for north-east Nordland"


@pytest.mark.parametrize(
    "second",
    [
        'The spokesman said: "People are exhausted."',
        'Per Holm agreed. The Green MSP for north-east Nordland said: "People are exhausted."',
    ],
)
def test_a_later_role_is_nobodys_when_it_could_be_someone_else(second: str) -> None:
    people = _people(f"Ilse Brandt called on the government to send more pumps.\n\n{second}")
    assert people["Ilse Brandt"] == "role unknown: check the article"


def test_a_plural_before_a_list_of_names_is_not_their_role() -> None:
    people = _people(
        "Councillor Per Holm said his colleagues Ama Owusu, Ivar Dahl and himself had been"
        " threatened."
    )
    assert people.get("Ama Owusu", "role unknown: check the article") == (
        "role unknown: check the article"
    )


def test_a_list_going_on_after_a_name_is_not_a_role() -> None:
    text = (
        OPENING + "Premier Ama Owusu spoke on Tuesday.\n\n"
        "From January, the north, Brekkestad, and Nordby will no longer each have their own"
        " newscasts – read by announcers in Varnholt.\n"
    )
    assert names_in(drafted(text)) == {"Ama Owusu"}


def test_a_relative_is_a_person_but_kinship_is_not_a_role() -> None:
    sentence = (
        "The ambassador Ama Owusu announced that Ivar Dahl, the brother of Mayor Ilse Brandt,"
        " had been threatened."
    )
    people = _people(sentence)
    assert "Ivar Dahl" not in people  # no role, no words: named in passing, in the header
    assert "Ivar Dahl" in in_passing(OPENING + sentence + "\n")
    assert people["Ilse Brandt"] == "Mayor"


@pytest.mark.parametrize(
    "sentence",
    [
        "They are 71-year-old Ivar Dahl and his wife, who had just landed.",
        "Asked by Ivar Dahl on the radio if the dam had failed, the mayor said no.",
    ],
)
def test_an_age_or_an_interviewer_before_a_full_name_makes_a_person(sentence: str) -> None:
    assert "Ivar Dahl" in everyone_in(OPENING + sentence + "\n")


def test_a_law_is_not_a_person() -> None:
    text = (
        OPENING + "A man was detained under Section 4 of the Criminal Justice Act 1984, Mayor"
        " Ilse Brandt said.\n"
    )
    assert names_in(drafted(text)) == {"Ilse Brandt"}


def test_a_role_ending_an_opening_clause_is_not_the_subjects() -> None:
    people = _people(
        "After talking to the family’s lawyer, Ama Owusu said she would appeal the ruling."
    )
    assert people["Ama Owusu"] == "role unknown: check the article"


def test_a_later_spokesman_is_someone_else() -> None:
    sentence = (
        "Ilse Brandt, 45, lost her home to the river.\n\n"
        'The Velmora Water spokesman said: "The dam held."'
    )
    assert "spokesman" not in _people(sentence).get("Ilse Brandt", "")
    assert "Ilse Brandt" in everyone_in(OPENING + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master, Ama Owusu, said the quay would reopen.",
        "Ama Owusu (pictured), the harbour master, said the quay would reopen.",
        "Ama Owusu — the harbour master — said the quay would reopen.",
    ],
)
def test_an_apposition_by_commas_brackets_or_dashes(sentence: str) -> None:
    assert _people(sentence)["Ama Owusu"] == "harbour master"


def test_kin_makes_people_without_giving_a_role() -> None:
    sentence = "Ama Owusu and her husband, Ivar Dahl, were rescued from their roof."
    assert set(_people(sentence).values()) <= {"role unknown: check the article"}
    assert everyone_in(OPENING + sentence + "\n") == {"Ama Owusu", "Ivar Dahl"}


def test_what_a_person_has_is_not_their_role() -> None:
    people = _people("Ama Owusu, whose house was flooded, said the dam failed.")
    assert people["Ama Owusu"] == "role unknown: check the article"


def test_a_parent_of_several_children_is_described_so() -> None:
    people = _people("Ama Owusu, a mother of three, said the well had run dry.")
    assert people["Ama Owusu"] == "mother of three"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Ama Owusu, of the Varnholt Residents Association, said the dam held.",
            "Varnholt Residents Association",
        ),
        (
            "The minister for emergency services, Ama Owusu, said the dam held.",
            "minister for emergency services",
        ),
        (
            '"The dam held," Ama Owusu said. Owusu is the director of the Varnholt water board.',
            "director of the Varnholt water board",
        ),
    ],
)
def test_more_ways_news_gives_a_role(sentence: str, role: str) -> None:
    assert _people(sentence)["Ama Owusu"] == role


def test_of_a_place_is_where_someone_is_from_not_a_role() -> None:
    people = _people("Ama Owusu, of the Bronx, said the dam held.")
    assert people.get("Ama Owusu", "role unknown: check the article") == (
        "role unknown: check the article"
    )


def test_a_full_name_joined_by_and_to_a_known_person_is_a_person() -> None:
    """Ivar Dahl is a person, and "The mayor promised ..." lends him no post: Per Holm was
    named before (round 48's people rule). The draft once kept him only as "mayor", wrongly;
    a person with no role and no words of his own is no figure, so here he speaks."""
    text = (
        OPENING + "Per Holm, a ferry captain, and his crew were rescued on Monday.\n\n"
        "The mayor promised to help Ivar Dahl and Per Holm rebuild their boats.\n\n"
        "“We will sail again,” Dahl said.\n"
    )
    people = people_in(drafted(text))
    assert people["Per Holm"] == "ferry captain"
    assert people["Ivar Dahl"] == "role unknown: check the article"


def test_a_place_before_a_local_office_is_not_a_person() -> None:
    people = _people(
        "Chairman of the Flood Committee, Kumla Heights councillor Per Holm said he had"
        " been threatened."
    )
    assert "Kumla Heights" not in people
    assert "Per Holm" in people
