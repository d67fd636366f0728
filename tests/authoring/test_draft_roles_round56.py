"""Fifty-sixth round, roles from descriptions: an official who speaks first by description
("..., the Health Minister warned.") and is named only at their next words ("“...,” Ada
Obi told reporters.") is drafted with the description's role, where one person clearly fits."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, people_in, speakers_in

_HEADLINE = "Rains raise fears of a cholera outbreak in the north"
_UNKNOWN = "role unknown: check the article"


def test_a_description_speaking_before_the_first_name_is_that_speakers_role() -> None:
    draft = drafted_story(
        _HEADLINE,
        "Cases of cholera could climb once the heavy rains arrive, the Health Minister "
        "warned on Monday.",
        "“We expect the number of cases to rise in the coming weeks,” Ada Obi told reporters.",
        "Clinics in three districts have been told to prepare.",
    )
    assert people_in(draft).get("Ada Obi") == "Health Minister"  # was role unknown
    quote = "We expect the number of cases to rise in the coming weeks"
    assert speakers_in(draft)[quote] == "Ada Obi"


def test_a_description_then_a_name_that_goes_on_speaking() -> None:
    draft = drafted_story(
        _HEADLINE,
        "Ola Brandt toured the flooded valley on Friday with local officials.",
        "The Premier says, “We want everyone to stay safe this weekend.” Ola Brandt added, "
        "“The best thing people can do is stay home.”",
    )
    assert people_in(draft).get("Ola Brandt") == "Premier"  # was role unknown


def test_a_named_person_answering_an_unnamed_official_keeps_no_role() -> None:
    draft = drafted_story(
        _HEADLINE,
        "Ada Obi was charged on Monday with selling unsafe water, the prosecutor said.",
        "The prosecutor said the trial would open in May. “I did nothing wrong,” Ada Obi "
        "told reporters.",
    )
    assert people_in(draft).get("Ada Obi") == _UNKNOWN  # not "prosecutor"


def test_a_role_someone_else_holds_is_not_given_again() -> None:
    draft = drafted_story(
        _HEADLINE,
        "Cases could climb once the rains arrive, the minister warned on Monday.",
        "“We expect a rise,” Ada Obi told reporters.",
        "Finance Minister Jo Lee said money for clinics was ready.",
    )
    assert people_in(draft).get("Ada Obi") == _UNKNOWN  # two ministers: which one is unclear
