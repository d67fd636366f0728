"""Sections and people are found by a word of their name or a slip in it, never by one small
word shared with a name ("the end" is not "The deployment")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import NotFound
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.views import find_figure, find_section

BUNDLED = Path(__file__).resolve().parents[2] / "content" / "nk-troops-russia.yaml"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    result = load_briefing_bytes(BUNDLED.read_bytes(), BUNDLED.name)
    assert result.briefing is not None, result.messages()
    return result.briefing


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("deplyment", "deployment"),  # a typo
        ("the deployement", "deployment"),
        ("deploy", "deployment"),  # the start of a word
        ("beijing", "china-dilemma"),  # in two titles: the one that opens with it
        ("the response", "international-response"),
        ("wories about tech transfer", "technology-transfer"),
    ],
)
def test_a_section_is_found_by_a_word_or_a_slip(briefing, typed, found):
    assert find_section(briefing, typed).id == found


@pytest.mark.parametrize("typed", ["the end", "the war"])
def test_a_small_word_shared_with_a_title_names_no_section(briefing, typed):
    """Was: both opened "The deployment", sharing its "the"."""
    with pytest.raises(NotFound, match="has no section like"):
        find_section(briefing, typed)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("kirbi", "john-kirby"),
        ("jon kirbi", "john-kirby"),
        ("Loyd Austen", "lloyd-austin"),
        ("Кирби", "john-kirby"),
        ("Victor", "victor-cha"),
    ],
)
def test_a_person_is_found_by_a_word_or_a_slip(briefing, typed, found):
    assert find_figure(briefing, typed).id == found


@pytest.mark.parametrize("typed", ["President Biden", "Secretary Blinken"])
def test_a_title_shared_with_an_alias_names_nobody(briefing, typed):
    """Was: "President Biden" quoted Xi Jinping ("President Xi"), "Secretary Blinken" Lloyd
    Austin ("Secretary Austin")."""
    with pytest.raises(NotFound, match="Nobody called"):
        find_figure(briefing, typed)
