"""Walk 44's console leftovers: what a student met at `/review sections` and at a quiz
question answered with Enter alone."""

from __future__ import annotations

import re
from pathlib import Path

from tests.console.test_console_process import run_console


def _env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk44.sqlite3"}


def test_review_sections_lists_the_sections_to_review(tmp_path: Path) -> None:
    """`/brief` ends "Sections: The deployment (deployment), ...", and a student typed
    `/review sections` for the sections they could review: it read "No briefing matches
    “sections”" (the word taken for a briefing's name). The word for sections, where the
    briefing or the section goes, now lists them with how to review one; a section's own name
    still reviews that section."""
    typed = "/review sections\n/review Section\n/review nk-troops-russia sections\n/review zzz\n"
    done = run_console(typed + "/quit\n", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "No briefing matches “sections”" not in out, out
    assert "No briefing matches “Section”" not in out, out
    assert "has no section like “sections”" not in out, out
    listing = "Sections to review\n"
    assert out.count(listing) == 3, out
    first = out.split(listing)[1]
    assert "• The deployment (deployment)\n" in first, first
    assert "• Open questions (looking-ahead)\n" in first, first
    assert "Review one section with /review nk-troops-russia deployment" in first, first
    assert "No briefing matches “zzz”" in out, "a word that names nothing is answered as before"


def test_enter_alone_at_a_question_says_how_to_answer(tmp_path: Path) -> None:
    """Enter pressed with no answer at a quiz question printed nothing at all, so a student
    waited, or thought the console had hung. It now says how to answer that question (type
    the answer; the letter or number of a choice; true or false) and how to stop, and the
    question stays open: the next answer typed still answers it."""
    done = run_console("/quiz 1\n\n   \nzzz\n/quit\n", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    hints = re.findall(
        r"No answer yet: type (.+) and press Enter \(or /stop to end the quiz\)\.", out
    )
    assert len(hints) == 2, out
    asked = out.split("Question 1/1", 1)[1].split("No answer yet", 1)[0]
    if "True or false?" in asked:
        assert hints[0] == "true or false", hints
        assert "Answer true or false (or yes/no, t/f)." in out, "zzz still answers it"
    elif "A) " in asked:
        assert hints[0].startswith("one of A, B, C"), hints
        assert "Pick one of A, B, C" in out, "zzz still answers it"
    else:
        assert hints[0] == "your answer", hints
        assert "You typed “zzz”" in out, "zzz still answers it"
