"""Twenty-first round, roles: a nickname printed inside a full name is not part of the name,
and an occupation capitalised before a name ("Convener Tove Aasen") is the role, not the name."""

from __future__ import annotations

from tests.authoring.drafted import drafted, people_in, speakers_in

HEADLINE = "Ferry timetable changes at Varnholt\n\n"


def _draft(*paragraphs: str) -> dict:
    return drafted(HEADLINE + "\n\n".join(paragraphs) + "\n")


def test_a_nickname_in_curly_marks_inside_a_full_name_is_left_out_of_the_figure() -> None:
    draft = _draft(
        "“We will run the late boat again,” said harbour master Tobias “Toby” Lindqvist.",
        "Lindqvist said the crews had agreed to the plan on Monday.",
    )
    assert people_in(draft) == {"Tobias Lindqvist": "harbour master"}


def test_a_nickname_in_straight_marks_after_initials_is_left_out_of_the_speaker() -> None:
    draft = _draft(
        '"The timetable stays as it is," said K.L. "Kit" Varga, the ferry board chair.',
        "Varga said the crews had agreed to the plan on Monday.",
    )
    assert list(people_in(draft)) == ["K.L. Varga"]
    assert set(speakers_in(draft).values()) == {"K.L. Varga"}


def test_an_occupation_capitalised_before_a_name_is_the_role_not_part_of_the_name() -> None:
    draft = _draft(
        "The death toll may rise as crews search the marsh, Coroner Ada Moe said on Friday.",
        "The storm was on the ground for 30 miles, Weather Office Meteorologist Per Holm said.",
        "Convener Tove Aasen warned that questions would come at once or not at all.",
    )
    assert people_in(draft) == {
        "Ada Moe": "Coroner",
        "Per Holm": "Weather Office Meteorologist",
        "Tove Aasen": "Convener",
    }
