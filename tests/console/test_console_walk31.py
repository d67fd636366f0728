"""Walkthrough 31 in the console: /aide names the values a French reader types, and /score's
"due for review" line reads without brackets inside brackets."""

from __future__ import annotations

import re
from pathlib import Path

from tests.console.test_console_process import run_console, true_false_content


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/db.sqlite3",
        "BRIEFBOT_CONTENT": str(true_false_content(tmp_path)),
    }


def test_french_help_names_the_values_a_french_reader_types_and_they_work(
    tmp_path: Path,
) -> None:
    """/aide once listed `[easy|medium|hard]` and `on|off` in English."""
    script = "/aide\n/preferences sans_chrono oui\n/quiz 1 facile\n/arreter\n/quitter\n"
    database = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/fr.sqlite3"}
    done = run_console(script, "console", "--lang", "fr", env=database)
    out = done.stdout
    assert done.returncode == 0 and "Traceback" not in out + done.stderr, done.stderr
    assert "/quiz [nombre] [facile|moyenne|difficile] [dossier]\u00a0:" in out, out
    assert "[texte_seul oui|non] [sans_chrono oui|non]" in out
    assert "easy|" not in out and "on|off" not in out
    assert "Sans chrono (pas de minuteur" in out and ": activé" in out, "“oui” as /aide says"
    assert "Question 1/1 · facile" in out, "“facile” as /aide says"


def test_score_says_when_questions_come_back_without_nested_brackets(tmp_path: Path) -> None:
    done = run_console("/quiz 2\nfalse\nfalse\n/score\n/quit\n", "console", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    (line,) = [ln for ln in out.splitlines() if ln.startswith("Due for review:")]
    assert re.fullmatch(r"Due for review: 0 — 2 questions come back in .+ \(at \d\d:\d\d\)", line)
    assert line.count("(") == 1, line
