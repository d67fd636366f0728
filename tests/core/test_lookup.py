"""Finding a glossary term or a briefing the way people type its name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.errors import NotFound
from bot.core.library import Library
from bot.core.views import glossary_reply

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "content" / "nk-troops-russia.yaml"
MINI = ROOT / "tests" / "fixtures" / "mini_briefing.yaml"


@pytest.fixture(scope="module")
def seed_library() -> Library:
    library = Library(SEED.parent)
    library.reload()
    return library


def _terms(library: Library, query: str) -> str:
    briefing = library.get("nk-troops-russia")
    return "\n".join(page.body for page in glossary_reply(briefing, query).pages)


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("dprk", "D.P.R.K."),  # punctuation
        ("DPRK", "D.P.R.K."),
        ("North Korea", "D.P.R.K."),  # a well-known synonym of the term
        ("dual use", "Dual-use technology"),  # a hyphen typed as a space
        ("dual-use", "Dual-use technology"),
        ("moscow", "Pyongyang, Moscow, Beijing"),  # one part of a listed term
        ("vladivostock", "Vladivostok"),  # a small typo
        ("politcal settlement", "Political settlement"),
        ("emerging markets", "Emerging-market countries"),  # words, a plural
        ("oil to fire", "Adding oil to the fire"),
        ("De escalation", "De-escalation"),
    ],
)
def test_a_glossary_term_is_found_however_it_is_typed(seed_library: Library, query, term):
    assert f"• {term}:" in _terms(seed_library, query)


@pytest.mark.parametrize("query", ["zzz", "America", "sanctions", "ab"])
def test_a_term_the_glossary_lacks_is_politely_not_found(seed_library: Library, query):
    with pytest.raises(NotFound, match="has no term like"):
        _terms(seed_library, query)


def test_a_typo_finds_only_the_nearest_terms(seed_library: Library):
    found = _terms(seed_library, "vladivostock")
    assert found.count("•") == 1


@pytest.fixture
def two_briefings(tmp_path: Path) -> Library:
    shutil.copy(SEED, tmp_path / "nk-troops-russia.yaml")
    shutil.copy(MINI, tmp_path / "mini.yaml")
    library = Library(tmp_path)
    library.reload()
    return library


@pytest.mark.parametrize(
    "query", ["nk", "NK", "nk-troops", "troops", "russia", "north korean", "North Korean troops"]
)
def test_a_briefing_is_found_by_the_start_of_its_id_title_or_a_word(two_briefings, query):
    assert two_briefings.find(query).id == "nk-troops-russia"


def test_a_prefix_that_starts_several_briefings_names_them(tmp_path: Path):
    shutil.copy(SEED, tmp_path / "nk-troops-russia.yaml")
    text = SEED.read_text(encoding="utf-8").replace("id: nk-troops-russia", "id: nk-sanctions", 1)
    (tmp_path / "nk-sanctions.yaml").write_text(text, encoding="utf-8")
    library = Library(tmp_path)
    library.reload()
    assert sorted(library.ids()) == ["nk-sanctions", "nk-troops-russia"]
    with pytest.raises(NotFound, match="Several briefings") as raised:
        library.find("nk")
    assert "nk-sanctions" in str(raised.value) and "nk-troops-russia" in str(raised.value)
    assert library.find("nk-troops").id == "nk-troops-russia"
    assert library.find("nk-sanctions").id == "nk-sanctions"


def test_a_whole_name_with_a_word_swapped_names_nothing_a_slip_still_does() -> None:
    """Series titles differ in one word ("… strike ends", "… strike begins"); a ratio scored
    such a pair 90 of 100 and named one for the other. Counted word for word, a slip in a word
    is forgiven, a different word is not."""
    from bot.core.lookup import one_named

    names = [("harbour-strike-ends", "Harbour strike ends"), ("miners", "Miners")]
    assert one_named("harbour strike begins", names) is None
    assert one_named("harbour-strike-talks", names) is None
    assert one_named("harbor strike ends", names) == "harbour-strike-ends"
    assert one_named("minerss", names) == "miners"
