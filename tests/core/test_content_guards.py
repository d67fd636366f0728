"""A content folder with traps in it: pipes, device links, links out, huge files.

Each trap is reported as a failed file while the good briefing keeps serving, and none of them
blocks the reload or makes it read more than the size limit.
"""

from __future__ import annotations

import os
import shutil
import threading
import tracemalloc
from pathlib import Path

import pytest

from bot.core.library import FileReport, FileStatus, Library
from bot.core.loader import load_briefing
from bot.core.moderation_views import reload_reply

MINI = Path(__file__).parent.parent / "fixtures" / "mini_briefing.yaml"
HUGE = 256 * 1024 * 1024  # a sparse file: no disk used, but a whole read would take this much


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(MINI, content / "mini.yaml")
    return content


def _reload_within(library: Library, seconds: float = 10.0) -> dict[str, FileReport]:
    """Reload in a daemon thread, so a reload that hangs fails the test instead of the suite."""
    done: list[list[FileReport]] = []
    worker = threading.Thread(target=lambda: done.append(library.reload()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert done, f"the reload did not finish within {seconds} s"
    return {Path(r.path).name: r for r in done[0]}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_refused_without_blocking_the_reload(folder: Path) -> None:
    os.mkfifo(folder / "pipe.yaml")
    library = Library(folder)
    for _ in range(2):  # start-up, then a /reload
        reports = _reload_within(library)
        assert reports["pipe.yaml"].status is FileStatus.FAILED
        assert "not a regular file" in reports["pipe.yaml"].problems[0]
        assert library.ids() == ["mini"]


def test_a_link_to_dev_zero_is_refused(folder: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    tracemalloc.start()
    try:
        reports = _reload_within(Library(folder))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reports["zero.yaml"].status is FileStatus.FAILED
    assert "outside the content folder" in reports["zero.yaml"].problems[0]
    assert peak < 8 * 1024 * 1024


def test_a_link_out_of_the_folder_is_not_followed(folder: Path) -> None:
    outside = folder.parent / "elsewhere.yaml"
    shutil.copy(MINI, outside)
    outside.write_text(outside.read_text().replace("id: mini", "id: elsewhere"))
    (folder / "link.yaml").symlink_to(outside)
    library = Library(folder)
    reports = _reload_within(library)
    assert reports["link.yaml"].status is FileStatus.FAILED
    assert "outside the content folder" in reports["link.yaml"].problems[0]
    assert library.ids() == ["mini"]


def test_a_link_inside_the_folder_still_works(folder: Path) -> None:
    (folder / "drafts").mkdir()
    target = folder / "drafts" / "other.yaml"
    target.write_text(MINI.read_text().replace("id: mini", "id: other"))
    (folder / "other.yaml").symlink_to(target)
    library = Library(folder)
    _reload_within(library)
    assert library.ids() == ["mini", "other"]


def test_a_huge_file_is_refused_before_it_is_read(folder: Path) -> None:
    with (folder / "huge.yaml").open("wb") as handle:
        handle.truncate(HUGE)
    tracemalloc.start()
    try:
        reports = _reload_within(Library(folder))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    report = reports["huge.yaml"]
    assert report.status is FileStatus.FAILED
    assert f"{HUGE:,} bytes, over the" in report.problems[0]
    assert peak < 8 * 1024 * 1024, f"the reload took {peak:,} bytes to refuse the file"


def test_validate_refuses_a_pipe_at_once(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes need a POSIX system")
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    done: list[str] = []
    worker = threading.Thread(
        target=lambda: done.extend(load_briefing(pipe).messages()), daemon=True
    )
    worker.start()
    worker.join(10)
    assert done and "not a regular file" in done[0]


def test_a_reload_out_of_time_keeps_the_last_good_versions(folder: Path) -> None:
    library = Library(folder)
    library.reload()
    library.time_limit = 0.0
    path = folder / "mini.yaml"
    path.write_text(path.read_text().replace("A small test briefing", "Edited title"))
    reports = _reload_within(library)
    assert reports["mini.yaml"].status is FileStatus.SKIPPED
    assert "ran out of time" in reports["mini.yaml"].status.value
    assert library.get("mini").title == "A small test briefing"


def test_a_reload_out_of_time_is_reported_to_the_moderator(folder: Path) -> None:
    library = Library(folder, time_limit=0.0)
    reply = reload_reply(library.reload(), len(library))
    text = "\n".join(page.body + page.footer for page in reply.pages)
    assert "mini.yaml: skipped: the reload ran out of time" in text
    assert "not read: the reload took over 0 s" in text
