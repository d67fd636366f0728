"""/quote finds its person by id, name or alias in any case, or by a near miss; a briefing
changed by a copy is searched as it is now."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import NotFound
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.views import find_figure

MINI = (Path(__file__).parent.parent / "fixtures" / "mini_briefing.yaml").read_bytes()


@pytest.fixture
def briefing() -> Briefing:
    result = load_briefing_bytes(MINI, "mini.yaml")
    assert result.briefing is not None, result.messages()
    return result.briefing


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ada", "ada"),  # the id
        ("Ada Quill", "ada"),
        ("  ada quill ", "ada"),
        ("QUILL", "ada"),  # an alias, any case
        ("ostrow", "ben"),
        ("Ben Ostro", "ben"),  # a near miss
    ],
)
def test_a_person_is_found_by_id_name_alias_or_a_near_miss(briefing, typed, found):
    assert find_figure(briefing, typed).id == found
    assert find_figure(briefing, typed).id == found, "the same the second time"


def test_an_unknown_person_is_refused_with_the_names_to_try(briefing):
    with pytest.raises(NotFound) as refused:
        find_figure(briefing, "Napoleon")

    assert "Ada Quill" in str(refused.value) and "Ben Ostrow" in str(refused.value)


def test_a_copy_with_other_figures_finds_its_own_people(briefing):
    assert find_figure(briefing, "ostrow").id == "ben"  # the original's names, looked up once
    renamed = briefing.figures[1].model_copy(update={"name": "Cara Vell", "aliases": ["Vell"]})
    copy = briefing.model_copy(update={"figures": [briefing.figures[0], renamed]})

    assert find_figure(copy, "vell").name == "Cara Vell"
    with pytest.raises(NotFound):
        find_figure(copy, "ostrow")
    assert find_figure(briefing, "ostrow").name == "Ben Ostrow"
