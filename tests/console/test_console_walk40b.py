"""Walk 40b in the console: small things a user trips on."""

from __future__ import annotations

import re
from pathlib import Path

from bot.core.loader import load_briefing
from tests.console.test_console_process import run_console

ROOT = Path(__file__).parents[2]


def test_words_after_a_command_that_reads_none_are_said_to_be_left_out(tmp_path: Path) -> None:
    """`/courses zzz` listed every course as if it had looked for "zzz" (Discord's /courses
    has no option to type it in; /score, /help alike): the console read the words and did
    nothing with them. It still answers, and says the words were left out; commands that
    read words (`/briefings korea`, `/forgetme no`) say nothing of the kind."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40b.sqlite3"}
    typed = "/courses zzz\n/score everywhere\n/briefings korea\n/forgetme no\n/courses\n/quit\n"
    done = run_console(typed, "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "/courses takes no words here: “zzz” was left out." in out, out
    assert out.count("Current events club: first term") == 2, "listed both times"
    assert "/score takes no words here: “everywhere” was left out." in out, out
    assert out.count("takes no words") == 2, out


CORRECTION = "Both came from John Kirby"  # the Kirby note (four links), as test_visible_correction
POINTER = "⚠ See the editor's note above on this point."


def test_a_long_editors_note_is_shown_once_per_quiz_then_pointed_back_to(tmp_path: Path) -> None:
    """In a console quiz the editor's note on Kirby (a long paragraph with four links) was
    printed in full under every verdict on the Austin/Kirby claims, four times in the eleven
    hard questions, on one scrolling screen. It is now shown in full under the first of
    them, and each later verdict points back to it, as /timeline does."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40b.sqlite3"}
    answers = "a\n" * 11  # a wrong or right answer to each of the eleven hard questions
    done = run_console(f"/quiz 25 hard\n{answers}/quit\n", "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "You scored" in out, out
    assert out.count(CORRECTION) == 1, out
    # the three later Kirby verdicts point back; another note's pointers may come earlier
    # (the Cha note's, when its questions are drawn first), each after that note in full
    assert out[out.index(CORRECTION) :].count(POINTER) >= 3, out
    assert out.index("⚠ Editor's note:") < out.index(POINTER), "a note first, then pointers"


def test_review_reads_a_section_typed_where_the_briefing_goes(tmp_path: Path) -> None:
    """`/review deployment` (as `/brief deployment` reads a section) answered "No briefing
    matches “deployment”": the console's /review takes the briefing first. A word that names
    no briefing but a section of the only briefing that has one like it now reviews that
    section; a word that names neither is answered as before."""
    briefing = load_briefing(ROOT / "content" / "nk-troops-russia.yaml").briefing
    assert briefing is not None
    hard = [q for q in briefing.questions if q.difficulty == "hard"]
    in_section = sum(briefing.section_of(q) == "deployment" for q in hard)
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40b.sqlite3"}
    answers = "a\n" * len(hard)
    typed = f"/quiz 25 hard\n{answers}/review deployment\n/review zzz\n/quit\n"
    done = run_console(typed, "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "No briefing matches “deployment”" not in out, out
    # when they come back depends on which answers were right (the options are shuffled)
    assert re.search(rf"Nothing is due yet: (the first of )?{in_section} questions come", out), out
    assert "No briefing matches “zzz”" in out, out
