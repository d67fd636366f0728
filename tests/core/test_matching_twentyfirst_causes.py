"""Causes the twenty-first phrasing set (benchmarks/matching_twentyfirst.py) showed, each as a
rule: a natural feature or a named storm whose kind is written before its name ("River X",
"Hurricane X") is named by its name alone where the question asks for that kind, and a river
by its name before "river". The phrasings, names and facts are invented for these tests (none
is from a benchmark set)."""

from __future__ import annotations

import pytest

from tests.core.test_matching_fifteenth_causes import _verdict
from tests.core.test_matching_twelfth_causes import _asked

FLOOD = "The River Tamuli burst its banks at Oloro after two days of rain."
STORM = "Hurricane Delphine flattened banana farms along the north coast."
TYPHOON = "Typhoon Orla cut power to 40,000 homes on the island."


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("tamuli", True),
        ("Tamuli", True),
        ("the tamuli river", True),
        ("tamuli river", True),
        ("river tamuli", True),
        ("tamuli?", True),
        ("oloro", False),
        ("river oloro", False),
        ("nile", False),
    ],
)
def test_a_river_written_river_then_name_is_named_by_its_name(typed: str, right: bool):
    briefing, shown = _asked("Which river burst its banks?", "River Tamuli", FLOOD)
    assert _verdict(briefing, shown, typed) is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("delphine", True),
        ("hurricane delphine", True),
        ("storm delphine", True),
        ("huracan delphine", True),
        ("it was delphine", True),
        ("delphin", True),
        ("ivan", False),
        ("hurricane ivan", False),
        ("hurricane", False),
    ],
)
def test_a_named_storm_is_named_by_its_name_asked_which_hurricane(typed: str, right: bool):
    briefing, shown = _asked("Which hurricane flattened the farms?", "Hurricane Delphine", STORM)
    assert _verdict(briefing, shown, typed) is right


def test_a_typhoon_is_named_by_its_name_asked_which_storm():
    briefing, shown = _asked("Which storm cut the power?", "Typhoon Orla", TYPHOON)
    assert _verdict(briefing, shown, "orla") is True
    assert _verdict(briefing, shown, "typhoon orla") is True
    assert _verdict(briefing, shown, "olga") is False
