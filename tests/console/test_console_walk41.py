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
