"""Forty-fourth round, precision: the drafter names no wrong speaker and invents no person.
Read from the wrong speakers and invented figures of fresh56-fresh67, each shape counted
over every labeled set (docs/drafting-rounds.md, "Forty-fourth round, precision")."""

from __future__ import annotations

from tests.authoring.drafted import drafted_story, names_in, people_in, speakers_in


def test_an_office_spelt_out_by_its_acronym_is_nobody() -> None:
    draft = drafted_story(
        "Looters charged in Varnholt",
        "Police said they were working with the office of the Director Public Persecution "
        "(DPP) on charges against the suspects.",
        "“Nobody is above the law,” Commissioner Tomas Vell said on Monday.",
    )
    assert names_in(draft) == {"Tomas Vell"}
    # A person the article also names without the acronym stays a person.
    draft = drafted_story(
        "Varnholt mayor opens the new harbour",
        "The harbour was opened by Mayor Ada Obi (MAO), as her supporters call her, on Monday.",
        "“It took us ten years,” Ada Obi said at the opening.",
    )
    assert speakers_in(draft)["It took us ten years"] == "Ada Obi"


def test_brother_before_a_ministers_name_is_a_courtesy_title() -> None:
    draft = drafted_story(
        "Varnholt congregation marks its anniversary",
        "The service was led by the district minister, Brother Tomas Vell, on Sunday.",
        "“We thank everyone who joined us online this year,” Brother Vell said.",
    )
    assert people_in(draft) == {"Tomas Vell": "district minister"}
    assert speakers_in(draft)["We thank everyone who joined us online this year"] == "Tomas Vell"
