"""Polish 47 in the console: an editor's note's sources read before their addresses."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console

STATESMAN = (
    "https://www.thestatesman.com/india/us-says-north-korea-sent-at-least-3000-soldiers-into-"
    "eastern-russia-in-october-1503357089.html"
)


def test_a_notes_addresses_follow_it_on_lines_of_their_own(tmp_path: Path) -> None:
    """The Austin/Kirby note ended "(Sources: The Statesman, 2024-10-24, https://www.the…html;
    NBC News …, https://…)": addresses of up to 129 characters inside the sentence, which no wrap
    can break and a screen reader spells out before the next source. The note now names
    each source by outlet and date, and each address follows the note on a line of its own."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/polish47.sqlite3"}
    done = run_console("/quote austin\n/quit\n", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    lines = out.splitlines()
    (note,) = [i for i, line in enumerate(lines) if "(Sources: The Statesman, 2024-10-24;" in line]
    assert "https://" not in lines[note], lines[note]
    assert lines[note + 1].strip() == STATESMAN, out
    assert all(line.strip().startswith("https://") for line in lines[note + 1 : note + 4]), out
