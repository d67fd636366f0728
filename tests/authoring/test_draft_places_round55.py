"""Venues, neighbourhoods and broadcasters are not drafted as key people (round 55).

A name whose last word is a kind of place ("Gardens", "Wharf", "House", "Park") and whose
first word is no given name is a place, and a name the article only writes right after
"TV" or "Radio" is a broadcaster: neither is a figure, unless the article also writes it
as a person's ("Mr Park", "Park said"). A person whose surname is such a word stays.
"""

from __future__ import annotations

from tests.authoring.drafted import flood_people


def test_residents_of_a_neighbourhood_named_gardens_are_not_the_neighbourhood() -> None:
    people = flood_people(
        "Residents of Marlow Gardens said they had slept in the church hall for three nights.",
        "“The water came up to the second step,” said councillor Petra Lind.",
    )
    assert "Marlow Gardens" not in people
    assert "Petra Lind" in people


def test_a_wharf_after_an_honorific_word_is_no_figure() -> None:
    people = flood_people(
        "Boats were tied up at King Oduya Wharf while the river stayed high.",
        "“We moved the ferries upstream on Monday,” said port manager Tomas Reyes.",
    )
    assert not any("Wharf" in name for name in people)
    assert "Tomas Reyes" in people


def test_a_station_written_after_tv_is_no_figure() -> None:
    people = flood_people(
        "The road has been closed for a week, TV Mara Sofia reports.",
        "“Nobody has come to clear it,” farmer Petar Ilov said to TV Mara Sofia.",
    )
    assert "Mara Sofia" not in people
    assert "Petar Ilov" in people


def test_a_person_whose_surname_is_a_place_word_stays() -> None:
    people = flood_people(
        "“The pumps ran all night,” said engineer Helen Park.",
        "Park said the station would reopen on Monday.",
    )
    assert "Helen Park" in people
