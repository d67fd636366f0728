"""Walk 43b in the console: a newcomer's first session from `make run`, the odd things a student
types and what they are told."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.console.test_console_process import run_console

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk43b.sqlite3"}


def test_asking_for_another_language_says_how_to_choose_it(tmp_path: Path) -> None:
    """`/language fr`, `/langue`, `/français` read "There is no /language command", with no
    word of `--lang`: a newcomer could not find how to switch. They now say how the console's
    language is chosen (at its start), for `make run` too, and what Discord does."""
    done = run_console("/language fr\n/langue\n/Français\n/langugae\n/quit\n", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "There is no /language" not in out and "There is no /langue" not in out, out
    assert out.count("This console speaks English.") == 3, out
    assert "`briefbot console --lang fr`" in out and "BRIEFBOT_LANG=fr" in out, out
    assert "`make run`" in out and "your own Discord language" in out, out
    assert "There is no /langugae command." in out, out  # a typo of it is no such word
    french = run_console("/language\n/quitter\n", "console", "--lang", "fr", env=_env(tmp_path))
    assert "`briefbot console --lang en`" in french.stdout, french.stdout


def test_brief_sections_lists_the_sections(tmp_path: Path) -> None:
    """/brief ends "Sections: The deployment (deployment), ...", and a student types
    `/brief sections` for that list: it opened "Open questions" instead ("sections" is 77% like
    "looking-ahead Open questions"). The word for sections now lists them; a section's own
    name (`questions`, `china`) still opens that section."""
    done = run_console("/brief sections\n/brief Section\n/brief questions\n", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    listing = "uneasy: sections\n"
    assert out.count(listing) == 2, out
    first = out.split(listing)[1]
    assert first.startswith("──"), first
    assert "• The deployment (deployment)\n" in first, first
    assert "• Open questions (looking-ahead)\n" in first, first
    assert "Nobody yet knows whether Beijing knew" in out.rsplit(listing, 1)[1], out


def test_an_editors_note_stays_on_the_page_of_its_fact(tmp_path: Path) -> None:
    """/facts is three pages, and page 2 opened on "⚠ Editor's note: The article gives no year
    for the soldiers' October arrival", the note of the last fact of page 1, cut off from it.
    A page now breaks before an item, and the note reads under its fact."""
    done = run_console("/facts\n/timeline\n/glossary\n", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    pages = out.split("(2/")[1:] + out.split("(3/")[1:]
    assert pages, out
    for page in pages:
        first_line = page.split("\n")[2]  # after the title's rest and its rule
        assert first_line.startswith("• "), page[:300]
    arrival = "• The soldiers arrived between early and mid-October.\n"
    assert arrival + "  ⚠ Editor's note: The article gives no year" in out, out


def test_make_run_shows_the_bot_first_as_the_readme_does(tmp_path: Path) -> None:
    """The README's console starts `$ make run` then "No DISCORD_TOKEN set: opening the
    console...", but make echoed its recipe first, `.venv/bin/briefbot run`, on every run: the
    first line a newcomer saw was a command line they had not typed. The bot speaks first now
    (a stand-in bot here, in an installed set-up, so nothing is installed)."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("")
    program = tmp_path / ".venv" / "bin" / "briefbot"
    program.parent.mkdir(parents=True)
    program.write_text('#!/bin/sh\necho "the bot, given: $*"\n')
    program.chmod(0o755)
    (tmp_path / ".venv" / ".installed").touch()
    os.utime(tmp_path / "pyproject.toml", (0, 0))  # older than the install: nothing to redo
    # As a newcomer types it in a shell: not as a sub-make of `make test` (which would print
    # "Entering directory" lines of its own).
    shell = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    done = subprocess.run(
        ["make", "run"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=shell,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["the bot, given: run"], done.stdout


def test_score_lists_sections_in_the_briefings_order(tmp_path: Path) -> None:
    """/score listed a briefing's sections by their ids ("Beijing's awkward position", id
    china-dilemma, above "The deployment"), an order no student reads anywhere. They now
    follow the briefing, as /brief lists them."""
    every_question = "".join(f"/quiz 25 {level}\n" + "1\n" * 25 for level in ("easy", "medium"))
    done = run_console(
        every_question + "/quiz 25 hard\n" + "1\n" * 25 + "/score\n", env=_env(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    score = done.stdout.rsplit("Your progress\n", 1)[1]
    shown = [line.split(":")[0].strip() for line in score.splitlines() if line.startswith("  ")]
    read = ["The deployment", "Beijing's awkward position", "Worries about technology transfer"]
    read += ["An expert's view", "How Washington and Beijing responded", "Open questions"]
    assert shown[0].startswith("Overall"), score
    assert shown[1:] == read, score


def test_a_long_editors_note_in_figures_reads_on_under_its_person(tmp_path: Path) -> None:
    """/figures showed "Lloyd Austin (cont.)" in the middle of his editor's note, a header for
    Discord's 1,024-character field limit that a terminal does not have: it read as a second
    Lloyd Austin. The note now reads on under his name."""
    done = run_console("/figures\n", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "(cont.)" not in out, out
    assert out.count("\nLloyd Austin\n") == 1, out
    note = out.split("\nLloyd Austin\n", 1)[1].split("\nJohn Kirby\n", 1)[0]
    assert "  ⚠ Editor's note: The article credits" in note, note
    assert "\n  (Sources: The Statesman, 2024-10-24" in note, note


def test_a_mention_at_a_choice_question_is_shown_the_keys(tmp_path: Path) -> None:
    """`@everyone` typed at a choice question read "A mention is not an answer: type the
    answer itself, in words", though the question is answered by a letter. It now names the
    keys, and at a true/false question asks for true or false."""
    each = "@everyone\n1\n" * 25
    done = run_console(f"/quiz 25 easy\n{each}/quiz 25 medium\n{each}", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "A mention is not an answer: pick one of A, B, C, D (or 1-4)." in out, out
    assert "A mention is not an answer: answer true or false." in out, out


def test_quote_finds_a_person_named_in_another_script(tmp_path: Path) -> None:
    """A typed answer `习近平` is right for Xi Jinping, but `/quote 习近平` read "Nobody called
    “习近平” appears": the same name, read two ways. /quote now reads it as answers do; a name
    of nobody in the briefing (`Путин`) is still nobody."""
    done = run_console("/quote 习近平\n/quote Кирби\n/quote Путин\n", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "uneasy: Xi Jinping\n" in out and "uneasy: John Kirby\n" in out, out
    assert "Nobody called “习近平”" not in out and "Nobody called “Кирби”" not in out, out
    assert "Nobody called “Путин” appears" in out, out
