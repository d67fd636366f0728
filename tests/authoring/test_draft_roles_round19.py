"""Nineteenth round, roles: forms that were wrong more often than right on copy they were
not written from are held back or made stricter (no figure is better than a wrong one)."""

from __future__ import annotations

from tests.authoring.drafted import drafted, in_passing, people_in

HEADLINE = "Floods reach Varnholt harbour\n\n"


def _text(*paragraphs: str) -> str:
    return HEADLINE + "\n\n".join(paragraphs) + "\n"


def _people(*paragraphs: str) -> dict[str, str]:
    return people_in(drafted(_text(*paragraphs)))


def test_a_person_named_in_passing_with_no_role_and_no_words_is_no_figure() -> None:
    paragraphs = (
        "The sea wall was paid for by Mitch Rowley, 71, a decade ago.",
        "Harbour master Tove Aasen said the wall would not have stopped this flood.",
    )
    people = _people(*paragraphs)
    assert "Mitch Rowley" not in people
    assert people["Tove Aasen"] == "Harbour master"
    assert in_passing(_text(*paragraphs)) == {"Mitch Rowley"}  # the editor may add him


def test_a_person_whose_words_are_reported_stays_a_figure_without_a_role() -> None:
    people = _people(
        "Harbour master Tove Aasen said the wall would not have stopped this flood.",
        "Ragna Solheim, whose shop flooded, told reporters the warning came too late.",
    )
    assert people["Ragna Solheim"] == "role unknown: check the article"


def test_a_person_the_article_names_as_its_subject_stays_a_figure() -> None:
    people = _people(
        "A fisherman who drowned off the harbour wall has been identified as Jon Berg.",
        "Harbour master Tove Aasen said the wall would not have stopped this flood.",
    )
    assert "Jon Berg" in people


def test_a_list_of_people_identified_in_passing_is_no_figure() -> None:
    people = _people(
        "The men arrested were identified as Jon Berg, Per Holm and Odd Lie.",
        "Harbour master Tove Aasen said the wall would not have stopped this flood.",
    )
    assert not {"Jon Berg", "Per Holm", "Odd Lie"} & set(people)


def test_a_titled_name_in_a_list_of_names_is_no_role() -> None:
    people = _people(
        "The suspects are Jon Berg, Prince Odd Lie, Per Holm and Ada Moe.",
        "Police chief Tove Aasen said all four would appear in court on Monday.",
    )
    assert people.get("Jon Berg", "none") in ("none", "role unknown: check the article")


def test_a_name_with_an_alias_in_a_list_of_names_is_no_role() -> None:
    people = _people(
        "The gang included Per Holm alias Jeff, Odd Lie alias Spider, Ada Moe and Jon Berg.",
        "Police chief Tove Aasen said all four would appear in court on Monday.",
    )
    assert "Odd Lie alias Spider" not in people.values()


def test_an_office_and_a_name_in_a_list_of_guests_is_no_role() -> None:
    people = _people(
        "The session was held among senators, Foreign Secretary Jon Berg, National Security"
        " Adviser Odd Lie, and Army Chief Per Holm.",
        'Berg told the senators: "We will defend the harbour."',
    )
    assert people["Jon Berg"] == "Foreign Secretary"


def test_an_office_between_commas_in_a_list_stays_a_role() -> None:
    people = _people(
        "The plan was signed by Jon Berg, Chief Executive Officer, and Tove Aasen, the"
        " harbour master.",
        'Berg said: "We will defend the harbour."',
    )
    assert people["Jon Berg"] == "Chief Executive Officer"


def test_a_speakers_home_town_after_said_is_their_role() -> None:
    people = _people(
        '"It just keeps getting worse," said Ragna Solheim of Holmvik.',
        '"They dug half the ditch and left," Solheim said.',
    )
    assert people["Ragna Solheim"] == "of Holmvik"


def test_a_participle_after_a_listed_name_is_not_its_words() -> None:
    paragraphs = (
        "Police gave the names of the two men as Per Holm and Jon Berg adding that both were"
        " in custody.",
        'Police chief Tove Aasen said: "They will appear in court on Monday."',
    )
    assert not {"Per Holm", "Jon Berg"} & set(_people(*paragraphs))
    assert {"Per Holm", "Jon Berg"} <= in_passing(_text(*paragraphs))


def test_councilmember_written_as_one_word_is_a_role() -> None:
    people = _people(
        "Mayor Tove Aasen, who is running against current councilmember Ada Holm, spoke.",
        '"The microphones were meant to be off," Aasen said.',
    )
    assert people.get("Ada Holm") == "current councilmember"


def test_a_who_clause_of_what_one_recently_did_is_no_role() -> None:
    people = _people(
        "Jon Berg, who recently returned home after surgery on his heart, said the bins had"
        " not been emptied for a week.",
    )
    assert people["Jon Berg"] == "role unknown: check the article"
