"""Walk 40 in the console: what a newcomer typed on the bundled briefing that got a
confusing reply."""

from __future__ import annotations

import re
from pathlib import Path

from tests.console.test_console_process import run_console, true_false_content

ROOT = Path(__file__).parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini_briefing.yaml"


def test_a_keyword_of_no_letters_lists_no_briefing_as_matching_it(tmp_path: Path) -> None:
    """`/briefings 🙂` (or `???`) listed every briefing under "Briefings (1)", as if each
    matched the keyword: a keyword with no letter or digit was searched as a blank one. It
    now says no briefing matches it, as a keyword of words that match none does."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40.sqlite3"}
    done = run_console(
        "/briefings 🙂\n/briefings ???\n/briefings korea\n/quit\n", "console", env=env
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "No briefings matching “🙂” are loaded." in out, out
    assert "No briefings matching “???” are loaded." in out, out
    assert out.count("id: nk-troops-russia") == 1, "korea still finds it"


def test_the_end_of_a_quiz_says_when_its_questions_come_back(tmp_path: Path) -> None:
    """A quiz ended with the score and the questions to review, and said nothing of when
    they come back: a newcomer had to find /score or /review to learn it. It now says so,
    and a question missed a minute ago reads "in 1 minute" (was: "in a few seconds", for a
    minute less the time the quiz took to end)."""
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40.sqlite3",
        "BRIEFBOT_CONTENT": str(true_false_content(tmp_path)),  # two true statements
    }
    done = run_console("/quiz 2\nfalse\nfalse\n/quit\n", "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "You scored 0/2" in out, out
    assert "Next review: 2 questions come back in 1 minute (at " in out, out
    assert "in a few seconds" not in out, out


def _readme_script() -> str:
    """The piped input of the README's scripted console example."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (script,) = re.findall(r"`printf '([^']*)' \| \.venv/bin/briefbot console`", readme)
    return script.replace("\\n", "\n")


def test_the_readme_scripted_example_answers_whatever_questions_are_drawn(
    tmp_path: Path,
) -> None:
    """The README's `printf '/brief\\n/quiz 2\\nPacific\\nfair game\\n/score\\n'` answered only
    the two questions it was written for; the quiz draws at random, so a newcomer who ran
    it mostly read "Pick one of A, B, C, D" twice and "No answers yet". Run a few times
    (each run draws anew), the README's script now answers both questions."""
    script = _readme_script()
    for run in range(3):
        env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/readme{run}.sqlite3"}
        done = run_console(script, "console", env=env)
        out = done.stdout
        assert done.returncode == 0, done.stderr
        assert "You scored" in out and "Right answers: " in out and "/2 (" in out, out
        assert "Sorry" not in out, out


def test_the_consoles_help_offers_no_channel_quiz(tmp_path: Path) -> None:
    """The console's /help read "/quiz [count] [easy|medium|hard] [briefing]: Quiz yourself
    on a briefing, alone or with the channel", on a console that is one person's study with
    no channel (Discord's description). It now says what /quiz does there; Discord's /help
    keeps its own."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40.sqlite3"}
    done = run_console("/help\n/quit\n", "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "/quiz [count] [easy|medium|hard] [briefing]: Quiz yourself on a briefing\n" in out
    assert "with the channel" not in out, out


def test_a_person_or_term_not_in_the_briefing_in_use_is_read_where_it_is(
    tmp_path: Path,
) -> None:
    """With two briefings loaded, `/quote xi` read the first one (the briefing in use)
    and said "Nobody called “xi” appears in “A small test briefing”", though the other
    briefing quotes him (`/glossary dual use` alike). The only briefing that has the
    person or term is read now, and the reply says which; a name in no briefing is still
    told so."""
    content = tmp_path / "content"
    content.mkdir()
    for source, name in (
        (ROOT / "content" / "nk-troops-russia.yaml", "nk.yaml"),
        (MINI, "mini.yaml"),
    ):
        (content / name).write_bytes(source.read_bytes())
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk40.sqlite3",
        "BRIEFBOT_CONTENT": str(content),
    }
    done = run_console("/quote xi\n/glossary dual use\n/quote nobody\n/quit\n", "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "From `nk-troops-russia`, the only briefing with “xi”" in out, out
    assert "oil to the fire" in out and "Dual-use technology:" in out, out
    assert "Nobody called “xi”" not in out and "no term like “dual use”" not in out, out
    assert "Nobody called “nobody” appears in “A small test briefing”" in out, out
