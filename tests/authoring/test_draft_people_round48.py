"""Forty-eighth round, people: the right person with the right role, and no wrong speaker.
Read from the unseen pair's (fresh72, fresh73) wrong speakers and missed roles, each counted
as a family over every labeled set."""

from __future__ import annotations

from tests.authoring.drafted import flood_people
from tests.authoring.test_draft_recall_round44 import _speakers


def test_a_lowercase_service_before_chief_makes_an_office_not_a_name() -> None:
    speakers = _speakers(
        "Barn lost on the ridge\n\n"
        "“It burned for six hours,” Varnholt fire Chief Oskar Lind said on Sunday. “The herd "
        "got out in time.”\n\n"
        "“Neighbours brought trailers for the cows,” Lind said.\n"
    )
    assert speakers["The herd got out in "] == "Oskar Lind"
    assert speakers["Neighbours brought t"] == "Oskar Lind"


def test_a_chief_after_a_lowercase_service_keeps_the_office_as_role() -> None:
    people = flood_people(
        "“The levee held,” Varnholt fire Chief Oskar Lind said.",
        "Lind said the pumps ran all night.",
    )
    assert "Chief Oskar Lind" not in people
    assert "Chief" in (people.get("Oskar Lind") or "")


def test_a_chief_after_said_stays_the_chieftaincy_the_article_always_writes() -> None:
    speakers = _speakers(
        "Town hall reopens\n\n"
        "“This hall belongs to every family in Ilesa,” said Chief Adewale Okoro on Monday.\n\n"
        "“We rebuilt it in a year,” Chief Adewale Okoro added.\n"
    )
    assert speakers["This hall belongs to"] == "Chief Adewale Okoro"


def test_the_post_said_after_someone_named_earlier_lends_no_role_to_the_next_name() -> None:
    people = flood_people(
        "Ana Petrak said the cuts would last until September.",
        "The minister said the islands would get water tankers.",
        "Marko Lend said the new spring would open next summer.",
    )
    assert people.get("Marko Lend") != "minister"


def test_a_post_in_the_plural_is_no_persons_name() -> None:
    people = flood_people(
        "The rugby club recently added three Player Welfare Managers based in the harbour to "
        "its staff. Ada Vole is there to help in the lower streets.",
        "“We answer every call,” Vole said.",
    )
    assert "Welfare Managers" not in people
    assert "Ada Vole" in people


def test_holders_of_one_post_named_together_are_no_one_person() -> None:
    people = flood_people(
        "The council thanked Deputy Lord Mayors Ada Vole and Jo Lee for their work.",
        "“We answer every call,” said Mayor Ilse Brandt.",
    )
    assert "Mayors Ada Vole" not in people
    assert people.get("Ilse Brandt") == "Mayor"


def test_a_surname_like_a_plural_title_stays_a_person() -> None:
    people = flood_people("“The pumps kept up,” said engineer Robbie Deans.")
    assert people.get("Robbie Deans") == "engineer"
