"""The library serves good briefings, reports broken ones, and keeps the last good version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.errors import NotFound
from bot.core.library import FileStatus, Library

MINI = Path(__file__).parent.parent / "fixtures" / "mini_briefing.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(MINI, tmp_path / "mini.yaml")
    return tmp_path


def test_a_broken_file_is_reported_and_the_good_ones_serve(folder: Path):
    (folder / "broken.yaml").write_text("schema: 1\nid: broken\ntitle: [unclosed\n")
    library = Library(folder)
    reports = {Path(r.path).name: r for r in library.reload()}
    assert reports["mini.yaml"].status is FileStatus.LOADED
    assert reports["broken.yaml"].status is FileStatus.FAILED
    assert reports["broken.yaml"].problems[0].split(":")[-3:-2]  # has line:col
    assert library.ids() == ["mini"]


def test_reload_keeps_the_last_good_version_of_a_file_that_broke(folder: Path):
    library = Library(folder)
    library.reload()
    good_title = library.get("mini").title
    path = folder / "mini.yaml"
    path.write_text(path.read_text().replace("title: A small test briefing", "title: [oops"))
    (report,) = library.reload()
    assert report.status is FileStatus.KEPT
    assert report.problems and "mini.yaml:" in report.problems[0]
    assert library.get("mini").title == good_title


def test_reload_says_unchanged_and_picks_up_edits(folder: Path):
    library = Library(folder)
    library.reload()
    assert [r.status for r in library.reload()] == [FileStatus.UNCHANGED]
    path = folder / "mini.yaml"
    path.write_text(path.read_text().replace("A small test briefing", "Edited title"))
    assert [r.status for r in library.reload()] == [FileStatus.LOADED]
    assert library.get("mini").title == "Edited title"


def test_a_removed_file_stops_serving(folder: Path):
    library = Library(folder)
    library.reload()
    (folder / "mini.yaml").unlink()
    assert [r.status for r in library.reload()] == [FileStatus.REMOVED]
    assert library.ids() == []


def test_two_files_with_one_id_keep_the_first(folder: Path):
    shutil.copy(folder / "mini.yaml", folder / "zzz-copy.yaml")
    library = Library(folder)
    reports = {Path(r.path).name: r for r in library.reload()}
    assert reports["zzz-copy.yaml"].status is FileStatus.FAILED
    assert "already used" in reports["zzz-copy.yaml"].problems[0]
    assert library.ids() == ["mini"]


@pytest.mark.parametrize("query", ["mini", "MINI", "a small test briefing", "small test brefing"])
def test_find_forgives_case_and_typos(folder: Path, query: str):
    library = Library(folder)
    library.reload()
    assert library.find(query).id == "mini"


def test_find_with_an_unknown_name_says_how_to_list_them(folder: Path):
    library = Library(folder)
    library.reload()
    with pytest.raises(NotFound, match="/briefings"):
        library.find("volcano eruption in iceland")
