"""Twenty-eighth round, roles. Chosen first from the people the draft missed or got wrong
over all older sets (A-O) at once: a body's portfolio ends before an office's title word, so
the name after that title is a person, not part of the body ("the Department of Flood Works
Director Ada Quillfeather"); a style of rank alone ("Sheikh") is no office."""

from __future__ import annotations

from tests.authoring.drafted import drafted, everyone_in, people_in

HEADLINE = "Storm shelters open in Varnholt\n\n"


def _text(*paragraphs: str) -> str:
    return HEADLINE + "\n\n".join(paragraphs) + "\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(_text(*paragraphs))


def test_a_title_after_a_bodys_portfolio_begins_a_person_with_that_office() -> None:
    draft = _draft(
        "Winds will rise on Tuesday, according to Department of Flood Works Director Ada"
        " Quillfeather.",
        "“Move to higher ground tonight,” Ms. Quillfeather warned.",
    )
    assert people_in(draft).get("Ada Quillfeather") == "Flood Works Director"


def test_a_bodys_portfolio_alone_is_still_no_person() -> None:
    text = _text(
        "The Ministry of Flood Works and Coastal Defence said on Monday that the shelters"
        " were full.",
        "The shelters will stay open all week, the ministry said.",
    )
    assert not {"Coastal Defence", "Flood Works"} & everyone_in(text)


def test_a_style_of_rank_alone_is_not_given_as_a_role() -> None:
    draft = _draft(
        "The emir arrived in Varnholt on Wednesday to open the shelters.",
        "Sheikh Omar Al-Fahdi Al-Nasri travelled to the coast after visiting the capital.",
        "The harbour master, Ida Vole, said the shelters were ready.",
    )
    assert people_in(draft).get("Omar Al-Fahdi Al-Nasri") != "Sheikh"
    assert people_in(draft).get("Ida Vole") == "harbour master"


def test_the_subject_identified_as_a_name_gives_that_name_its_role() -> None:
    draft = _draft(
        "Two people died in the crash on the coast road on Sunday.",
        "A 29-year-old officer who died in the crash was identified as Ivo Marlow.",
        "Chief Ada Vole said the town would mourn him.",
    )
    assert people_in(draft).get("Ivo Marlow") == "29-year-old officer"


def test_a_role_named_as_with_a_clause_between_is_still_the_role() -> None:
    draft = _draft(
        "The shelters were broken into overnight.",
        "The driver, who fled the scene, was named as Ivo Marlow.",
        "Chief Ada Vole said he was later held.",
    )
    assert people_in(draft).get("Ivo Marlow") == "driver"


def test_the_mayor_calling_a_name_gives_that_name_no_role() -> None:
    draft = _draft(
        "The mayor called Ivo Marlow on Monday to discuss the shelters.",
        "“We are ready,” Marlow said.",
    )
    assert people_in(draft).get("Ivo Marlow") != "mayor"


# Read from fresh38's misses (and measured on fresh39 before its misses were read).


def test_a_role_of_a_body_whose_name_runs_into_the_persons_is_that_role() -> None:
    draft = _draft(
        "The mayor and the head of the Varnholt Regional Flood Authority Oskar Lindqvist"
        " inspected the shelters on Monday.",
        "“They are ready,” Lindqvist said.",
    )
    assert people_in(draft).get("Oskar Lindqvist") == (
        "head of the Varnholt Regional Flood Authority"
    )


def test_a_role_of_a_short_body_before_the_name_is_that_role() -> None:
    draft = _draft(
        "The harbour master and the director of the Coastal Survey Office Ida Vole also said"
        " the shelters were full.",
    )
    assert people_in(draft).get("Ida Vole") == "director of the Coastal Survey Office"


def test_an_office_of_a_portfolio_of_a_country_goes_on_into_the_country() -> None:
    draft = _draft(
        "The Minister of Coastal Affairs of Norland Jonas Eikrem said the shelters would stay"
        " open.",
    )
    assert people_in(draft) == {"Jonas Eikrem": "Minister of Coastal Affairs of Norland"}


def test_a_body_spoken_for_after_the_name_is_the_persons_role() -> None:
    draft = _draft(
        "The boatyard at Norvik will close in January.",
        "Brian Vole, from the Dockers union, said the closure would be resisted every inch of"
        " the way.",
    )
    assert people_in(draft).get("Brian Vole") == "from the Dockers union"


def test_a_body_with_its_own_of_after_the_name_is_the_role_and_no_person() -> None:
    draft = _draft(
        "Rents in the high street have doubled.",
        "Simon Varley of the Federation of Small Traders said the chains got the best leases.",
    )
    assert people_in(draft) == {"Simon Varley": "of the Federation of Small Traders"}


def test_an_unclosed_comma_before_a_body_gives_no_role() -> None:
    draft = _draft(
        "Rents in the high street have doubled.",
        "Ada Vole, of the Harbour Board said the gates were shut, and Varley agreed.",
    )
    assert people_in(draft).get("Ada Vole") != "of the Harbour Board"


def test_an_office_for_a_body_whose_name_runs_into_the_persons_is_that_office() -> None:
    draft = _draft(
        "The mayors wrote to the former Minister for the Environment Jorge Almeida da Costa,"
        " who had accused them of scaring the public.",
    )
    assert people_in(draft).get("Jorge Almeida da Costa") == "Minister for the Environment"


def test_a_body_named_after_someone_before_its_heads_name_is_no_person() -> None:
    draft = _draft(
        "The head teacher of Centre Scolaire Maria Ostrova, Sister Ida Vole, said the pupils"
        " were safe.",
    )
    assert "Maria Ostrova" not in people_in(draft)
    assert (
        people_in(draft)
        .get("Ida Vole", "")
        .endswith("head teacher of Centre Scolaire Maria Ostrova")
    )


# Read from fresh39's misses (and measured on fresh38 before they were kept).


def test_a_weekday_after_a_name_is_when_not_part_of_the_name() -> None:
    draft = _draft(
        "Police have made arrests after the raids.",
        "Assistant Inspector General of Police, Richard Kamaraoh Tuesday disclosed that nine"
        " suspects were held.",
    )
    assert people_in(draft).get("Richard Kamaraoh") == "Assistant Inspector General of Police"


def test_a_weekday_after_a_titled_name_keeps_the_title() -> None:
    draft = _draft(
        "Flood relief is under way in the valley as President Binguwa Kanyama Sunday made an"
        " aerial tour of the area.",
    )
    assert people_in(draft) == {"Binguwa Kanyama": "President"}


def test_a_place_someone_comes_from_is_no_body_they_speak_for() -> None:
    draft = _draft(
        "The dam held through the night.",
        "Ama Owusu, from the Lowlands, said the water never reached the houses.",
    )
    assert people_in(draft).get("Ama Owusu") != "from the Lowlands"
