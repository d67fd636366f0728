"""Walk 41 in the console: a briefing file broken on disk between two runs."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.console.test_console_process import run_console

ROOT = Path(__file__).parents[2]


def test_a_briefing_broken_between_two_runs_is_served_as_it_last_loaded(tmp_path: Path) -> None:
    """A teacher's editor crashed mid-save on `mini.yaml` between two console runs: the
    second run warned "content/mini.yaml:13:3: YAML syntax ..." and the briefing was gone
    (`/use mini`: "No briefing matches"), their progress on it unreadable. Its last good
    version is now kept beside the store and served, and the warning says so first."""
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", content / "mini.yaml")
    env = {
        "BRIEFBOT_CONTENT": str(content),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/data/walk41.sqlite3",
    }
    first = run_console("/quiz 1\n1\n/quit\n", "console", env=env)
    assert first.returncode == 0 and "You scored" in first.stdout, first.stdout + first.stderr

    mini = content / "mini.yaml"
    mini.write_text(mini.read_text(encoding="utf-8")[:300] + "\n  : : [half saved", "utf-8")
    second = run_console("/use mini\n/brief\n/score\n/quit\n", "console", env=env)
    out = second.stdout
    assert second.returncode == 0, second.stderr
    assert "warning: content/mini.yaml: broken: the last good version stays live" in out, out
    assert "content/mini.yaml:13:3: YAML syntax" in out, "the problem, to fix it"
    assert "Now using “A small test briefing” (mini)." in out, out
    assert "The harbour in Port Elm reopened" in out and "Right answers: " in out, out


def test_a_briefing_removed_between_two_runs_leaves_nothing_due_from_it(tmp_path: Path) -> None:
    """Between two console runs the briefing studied in the first was removed from the
    content folder. The second run's /score read "Due for review: 1 (see /review)" and
    "mini: Overall 0/1" with its sections by id, and /review "1 question is due from a
    briefing not available here: a server's own briefings are reviewed with /review in
    that server", in a console that has no server. The answer still counts, under
    "briefing no longer available", and nothing is due from it."""
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "mini_briefing.yaml", content / "mini.yaml")
    shutil.copy(ROOT / "content" / "nk-troops-russia.yaml", content / "nk-troops-russia.yaml")
    env = {
        "BRIEFBOT_CONTENT": str(content),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/data/walk41.sqlite3",
    }
    first = run_console("/use mini\n/quiz 1 medium\nzzz\n/quit\n", "console", env=env)
    assert "You scored 0/1" in first.stdout, first.stdout + first.stderr

    (content / "mini.yaml").unlink()
    second = run_console("/score\n/review\n/quit\n", "console", env=env)
    out = second.stdout
    assert second.returncode == 0, second.stderr
    assert "Right answers: 0/1 (0%)" in out and "1 briefing no longer available to you" in out
    assert "Due for review: 0" in out and "(see /review)" not in out, out
    assert "a server's own briefings" not in out and "You have nothing to review" in out, out
