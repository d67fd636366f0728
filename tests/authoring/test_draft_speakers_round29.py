"""Twenty-ninth round, speakers: words printed against a name that are not part of it (a
party label, an office's initials) and one-word "names" that are common words, with guards."""

from __future__ import annotations

from tests.authoring.drafted import drafted, speakers_in


def _draft(headline: str, *paragraphs: str) -> dict:
    return drafted(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")


def _names(draft: dict) -> list[str]:
    return [figure["name"] for figure in draft["figures"]]


def test_a_party_label_before_a_name_is_not_part_of_it() -> None:
    draft = _draft(
        "Councillors object to the raid",
        "Independent Maura T. Kilbane, who left her party in 2019, led the criticism.",
        "“This is a dark day for the county,” said Cllr Kilbane at the meeting.",
        "“Nobody was told about it in advance,” Cllr Kilbane added.",
    )
    speakers = speakers_in(draft)
    assert speakers["This is a dark day for the county"] == "Maura T. Kilbane"
    assert speakers["Nobody was told about it in advance"] == "Maura T. Kilbane"
    assert "Independent Maura T. Kilbane" not in _names(draft)


def test_an_offices_initials_with_of_before_a_name_are_a_title() -> None:
    draft = _draft(
        "No complaint received, says police chief",
        "ACTING CoP Desmond Aldwick says he has received no complaint about the visit.",
        "In a short reply on Monday, Aldwick said: “No report has been made to the police.”",
    )
    speakers = speakers_in(draft)
    assert speakers["No report has been made to the police."] == "Desmond Aldwick"


def test_a_courtesy_title_before_a_common_word_names_no_speaker() -> None:
    draft = _draft(
        "Northfield reach the final",
        "Northfield beat Lakeside 2-0 in the semifinal of the state soccer tournament.",
        "After the semifinal, Lakeside senior Tomas Vinter, the 2A Mr. Soccer this season,"
        " said, “We played the best game of our lives tonight.”",
    )
    assert speakers_in(draft).get("We played the best game of our lives tonight.") != "Soccer"
    assert "Soccer" not in _names(draft)


def test_an_abstract_nouns_plural_opening_a_sentence_is_no_speaker() -> None:
    draft = _draft(
        "Hospital board steps down",
        "All three directors of the board, Ann Pell, Tom Ruddle and Jo Mace, have resigned.",
        "Interim chairman Miles Garrow said they had decided to stand down.",
        "He said they could not stay on after the losses of the trust. Inspections had"
        " confirmed the accounts were far worse than reported to the board.",
        "He added: “We owe the patients an honest account of what went wrong.”",
    )
    quote = "We owe the patients an honest account of what went wrong."
    assert speakers_in(draft).get(quote) != "Inspections"
    assert "Inspections" not in _names(draft)


def test_a_royal_title_after_an_office_is_a_given_name() -> None:
    draft = _draft(
        "Council vote fails again",
        "Oshana mayor Queen Tjiveze said her party would not win if the opposition stayed away.",
        "“Nobody is in charge here, and the residents are paying for it,” Tjiveze told"
        " reporters on Tuesday.",
    )
    quote = "Nobody is in charge here, and the residents are paying for it"
    assert speakers_in(draft)[quote] == "Queen Tjiveze"


def test_the_mayor_of_another_town_is_not_the_mayor_named_before() -> None:
    draft = _draft(
        "Mayors refuse to force each other",
        "“The state should make its own deals with the towns,” says Leiden Mayor Anke Vries.",
        "Before the meeting, President Henk Broer announced a new appeal to the towns. “This is"
        " not our task,” said the mayor of Gouda.",
    )
    speakers = speakers_in(draft)
    assert speakers["This is not our task"] is None
    assert speakers["The state should make its own deals with the towns"] == "Anke Vries"


def test_the_governor_of_a_place_is_the_governor_whose_role_names_no_other() -> None:
    """Guard: a role naming no place may be the one described ("the governor of Colima")."""
    draft = _draft(
        "Governor answers critics",
        "Governor Ana Ruiz replied to the criticism on Monday.",
        "“Our state is safer than most of theirs,” said the governor of Colima.",
    )
    assert speakers_in(draft)["Our state is safer than most of theirs"] == "Ana Ruiz"
