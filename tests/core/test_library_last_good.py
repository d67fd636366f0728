"""The last good copy of each content file, kept beside the store: a file that broke before
a restart is served as it last loaded, and a copy never outlives its file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.library import FileStatus, Library

MINI = Path(__file__).parent.parent / "fixtures" / "mini_briefing.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(MINI, content / "mini.yaml")
    return content


def broken(path: Path) -> None:
    """Save `path` half-written, as an editor that crashed mid-save leaves it."""
    path.write_text(path.read_text(encoding="utf-8")[:300] + "\n  : : [half saved", "utf-8")


def test_a_file_broken_before_a_restart_serves_its_last_good_version(
    folder: Path, tmp_path: Path
) -> None:
    keep = tmp_path / "data" / "last-good"
    Library(folder, keep_dir=keep).reload()
    broken(folder / "mini.yaml")

    restarted = Library(folder, keep_dir=keep)
    (report,) = restarted.reload()
    assert report.status is FileStatus.KEPT and report.briefing_id == "mini"
    assert report.problems and report.problems[0].startswith("content/mini.yaml:")
    assert restarted.get("mini").title == "A small test briefing"
    (again,) = restarted.reload()
    assert again.status is FileStatus.KEPT, "still broken: still said, never 'unchanged'"

    without = Library(folder)
    (report,) = without.reload()
    assert report.status is FileStatus.FAILED and without.ids() == []


def test_a_fixed_file_replaces_its_copy_and_a_removed_one_takes_it_away(
    folder: Path, tmp_path: Path
) -> None:
    keep = tmp_path / "data" / "last-good"
    path = folder / "mini.yaml"
    library = Library(folder, keep_dir=keep)
    library.reload()
    path.write_text(path.read_text(encoding="utf-8").replace("A small test", "A fixed"), "utf-8")
    library.reload()
    broken(path)
    restarted = Library(folder, keep_dir=keep)
    restarted.reload()
    assert restarted.get("mini").title == "A fixed briefing", "the newest good version"

    path.unlink()
    restarted.reload()
    path.write_text("schema: 1\nid: mini\ntitle: [unclosed\n", "utf-8")
    (report,) = Library(folder, keep_dir=keep).reload()
    assert report.status is FileStatus.FAILED, "a removed briefing never comes back"


def test_a_keep_folder_that_cannot_be_written_loses_only_the_copy(
    folder: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be")
    library = Library(folder, keep_dir=blocked / "last-good")
    (report,) = library.reload()
    assert report.status is FileStatus.LOADED and library.ids() == ["mini"]


def test_a_keep_folder_that_cannot_be_written_is_said_once_and_loses_no_load(
    folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A read-only deployment (the keep folder under a file, so it can never be made) still
    serves every file; the operator reads one warning, not one per file and reload."""
    second = MINI.read_text("utf-8").replace("id: mini", "id: second", 1)
    (folder / "second.yaml").write_text(second, "utf-8")
    (tmp_path / "data").write_text("a file where the keep folder's parent should be")
    library = Library(folder, keep_dir=tmp_path / "data" / "last-good")
    with caplog.at_level("WARNING", logger="bot.core.library"):
        first = library.reload()
        (folder / "mini.yaml").write_text(
            (folder / "mini.yaml").read_text("utf-8").replace("A small test", "Changed"), "utf-8"
        )
        library.reload()
    assert [r.status for r in first] == [FileStatus.LOADED, FileStatus.LOADED]
    assert library.get("mini").title.startswith("Changed")
    warnings = [r for r in caplog.records if "could not keep a copy" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]


def test_a_course_broken_before_a_restart_serves_its_last_good_version(
    folder: Path, tmp_path: Path
) -> None:
    """A moderator's course file half-saved while the bot was down: after the restart the
    course is still there (its last good copy), said as kept, and a removed course's copy
    goes with it."""
    keep = tmp_path / "data" / "last-good"
    (folder / "courses").mkdir()
    course = folder / "courses" / "term.yaml"
    course.write_text("id: term\ntitle: Autumn term\nbriefings: [mini]\n", "utf-8")
    Library(folder, keep_dir=keep).reload()
    course.write_text("id: term\ntitle: [Autumn term\nbriefings: [mini\n", "utf-8")

    restarted = Library(folder, keep_dir=keep)
    reports = restarted.reload()
    (said,) = [r for r in reports if r.path.endswith("term.yaml")]
    assert said.status is FileStatus.KEPT and said.briefing_id == "term"
    assert said.problems and "term.yaml:" in said.problems[0]
    assert restarted.courses["term"].title == "Autumn term"
    again = restarted.reload()
    assert [r.status for r in again if r.path.endswith("term.yaml")] == [FileStatus.KEPT]

    course.unlink()
    restarted.reload()
    course.write_text("id: term\ntitle: [unclosed\n", "utf-8")
    reports = Library(folder, keep_dir=keep).reload()
    assert [r.status for r in reports if r.path.endswith("term.yaml")] == [FileStatus.FAILED]
