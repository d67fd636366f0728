"""Briefing autocomplete: what a moderator types finds the briefing, typos and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.library import Library

MINI = Path(__file__).parent.parent / "fixtures" / "mini_briefing.yaml"

BRIEFINGS = {
    "nk-troops-russia": ("North Korean troops in Russia", "[war, asia]"),
    "harbour-reopens": ("Harbour reopens after storm", "[weather]"),
    "korea-summit": ("Seoul hosts a summit", "[asia, diplomacy]"),
    "budget-vote": ("Parliament votes on the budget", "[politics]"),
}


def write(folder: Path, briefing_id: str, title: str, tags: str) -> None:
    text = MINI.read_text(encoding="utf-8")
    text = text.replace("id: mini", f"id: {briefing_id}", 1)
    text = text.replace("title: A small test briefing", f"title: {title}", 1)
    text = text.replace("tags: [test]", f"tags: {tags}", 1)
    (folder / f"{briefing_id}.yaml").write_text(text, encoding="utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    for briefing_id, (title, tags) in BRIEFINGS.items():
        write(tmp_path, briefing_id, title, tags)
    library = Library(tmp_path)
    library.reload()
    return library


def ids(library: Library, query: str, limit: int = 25) -> list[str]:
    return [b.id for b in library.search(query, limit)]


def test_words_typed_find_briefings_by_title_id_and_tags(library: Library) -> None:
    assert ids(library, "harb") == ["harbour-reopens"]
    # the start of each word, any case; matching both words ranks first
    assert ids(library, "Nor KOR") == ["nk-troops-russia", "korea-summit"]
    assert ids(library, "budget-v") == ["budget-vote"]  # the id as typed
    assert ids(library, "diplomacy") == ["korea-summit"]  # a tag


def test_briefings_matching_every_word_come_before_partial_matches(library: Library) -> None:
    assert ids(library, "korea asia") == ["korea-summit", "nk-troops-russia"]
    assert ids(library, "asia war") == ["nk-troops-russia", "korea-summit"]


def test_a_typo_is_forgiven_and_nonsense_finds_nothing(library: Library) -> None:
    assert ids(library, "harbuor") == ["harbour-reopens"]
    assert ids(library, "parliment") == ["budget-vote"]
    assert ids(library, "zzqx") == []


def test_a_blank_query_lists_the_first_briefings_by_id(library: Library) -> None:
    assert ids(library, "  ", limit=2) == ["budget-vote", "harbour-reopens"]


def test_the_index_follows_a_reload(library: Library, tmp_path: Path) -> None:
    write(tmp_path, "harbour-reopens", "Port Elm is open again", "[weather]")
    (tmp_path / "budget-vote.yaml").unlink()
    library.reload()

    assert ids(library, "port elm") == ["harbour-reopens"]
    assert ids(library, "harbour") == ["harbour-reopens"]  # still its id
    assert ids(library, "budget") == []
