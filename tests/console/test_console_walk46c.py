"""Walk 46c in the console: a newcomer's first hour from a fresh clone, and a student's week."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.app import Services, build_services
from bot.config import Settings
from bot.console.console import Console
from bot.core.clock import FakeClock
from tests.bot_fixtures import content, services, settings
from tests.console.test_console_process import ROOT, console_base_env, run_console
from tests.console.test_console_ux import console_env

__all__ = ["content", "services", "settings"]

RULE = "───"


def test_text_only_drops_the_rules_and_the_row_of_options(tmp_path: Path) -> None:
    """`/preferences text_only on` answered "Text only (...): on" and the console went on as
    before: a screen reader still read a rule of "─" under every title, and under each
    verdict the options again, the right one marked by "✔" alone. A console student who
    chose text only now gets titles without rules, from the reply that confirms it, and, as on
    Discord, a verdict without the options (its words say the right answer); turned off, both
    come back."""
    env = console_env(tmp_path)
    typed = "/brief\n/preferences text_only on\n/brief\n/quiz 1 easy\n1\n"
    typed += "/preferences text_only off\n/brief\n"
    done = run_console(typed, "console", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    before, chose = out.split("Preferences saved\n", 1)
    during, after = chose.split("Preferences saved\n", 1)
    assert RULE in before, before
    assert RULE not in during, during
    assert "Question 1/1 · easy\n" in during and "The answer is" in during, during
    assert " ✔" not in during and "[A) " not in during, during
    assert RULE in after, after


START = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def _key(console: Console) -> str:
    """A valid answer to the question shown: its right option's letter, true/false, or
    the short answer's own text."""
    assert console.session is not None
    asked = console.session.current()
    if asked.question.kind == "choice":
        return "ABCDE"[asked.keys.index(asked.right_key)]
    if asked.question.kind == "short":
        return str(asked.question.answer)
    return str(asked.right_key)


async def test_a_quiz_left_at_a_terminal_goes_on_when_the_student_comes_back(
    services: Services, settings: Settings, clock: FakeClock
) -> None:
    """A student who typed /quit (or Ctrl-D, or Ctrl-C) at question 2 of 3 came back to a
    console that said nothing of it: the quiz was gone unsaid, though on Discord a quiz goes
    on after a restart. Leaving now says the quiz is kept, and the next console opened at a
    terminal shows it at question 2; the answer there counts from when it is shown again,
    not from the answer given two hours before (a slow answer would be rated Hard), and the
    score's time taken leaves out the two hours away. A second console opened while the first
    is still in its quiz does not take it: only a quiz left is taken up."""
    first = Console(
        services.library, services.study, io.StringIO(), preferences=services.preferences
    )
    await first.handle("/quiz 3 easy nk")
    await first.handle(_key(first))
    out = io.StringIO()
    meanwhile = Console(services.library, services.study, out, preferences=services.preferences)
    await meanwhile.go_on_with_left_quiz()  # a second console while the first is in its quiz
    assert out.getvalue() == "" and meanwhile.session is None
    assert await first.leave() == (
        "Your quiz is kept: question 2 of 3 comes back when you open the console again "
        "(within a day)."
    )
    clock.current += dt.timedelta(hours=2)
    again = await build_services(settings, clock=clock)  # the console opened again
    try:
        out = io.StringIO()
        second = Console(again.library, again.study, out, preferences=again.preferences)
        await second.go_on_with_left_quiz()
        shown = " ".join(out.getvalue().split())
        assert "You left this quiz at question 2 of 3: it goes on here." in shown, shown
        assert "Question 2/3 · easy" in shown, shown
        clock.current += dt.timedelta(seconds=5)
        await second.handle(_key(second))
        assert second.session is not None and second.session.index == 2
        answered = second.session.results[-1]
        assert answered.correct and answered.seconds == 5, answered
        clock.current += dt.timedelta(seconds=5)
        await second.handle(_key(second))
        assert second.session is None
        ended = " ".join(out.getvalue().split())
        assert "You scored 3/3 (100%) in 10 s." in ended, ended  # not in 2 h 0 min
    finally:
        await again.close()


async def test_a_finished_or_stopped_quiz_does_not_come_back(
    services: Services, settings: Settings, clock: FakeClock
) -> None:
    """Only a quiz left mid-way goes on: one stopped with /stop, or finished, never returns."""
    first = Console(
        services.library, services.study, io.StringIO(), preferences=services.preferences
    )
    await first.handle("/quiz 1 easy nk")
    await first.handle(_key(first))
    await first.handle("/quiz 2 easy nk")
    await first.handle("/stop")
    assert await first.leave() is None
    out = io.StringIO()
    second = Console(services.library, services.study, out, preferences=services.preferences)
    await second.go_on_with_left_quiz()
    assert out.getvalue() == "" and second.session is None


def _at_terminal(lines: list[str], database: Path) -> str:
    """The console at a terminal (a pseudo-terminal: prompt_toolkit reads it), each line typed
    once the prompt is back; what the screen showed. The deadlines only guard against a hang."""
    master, slave = pty.openpty()
    env = console_base_env()
    env.update(DATABASE_URL=f"sqlite+aiosqlite:///{database}", TERM="dumb", COLUMNS="200")
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"  # no cursor-position query for nobody to answer
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "console"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=ROOT,
    )
    os.close(slave)
    shown = b""

    def read_until(prompts: int) -> None:
        nonlocal shown
        deadline = time.monotonic() + 60
        while shown.count(b"> ") < prompts and time.monotonic() < deadline:
            if select.select([master], [], [], 0.5)[0]:
                try:
                    shown += os.read(master, 65536)
                except OSError:  # the console has left
                    return

    try:
        read_until(1)
        for line in lines:
            os.write(master, line.encode() + b"\r")
            read_until(shown.count(b"> ") + 1)
        process.wait(timeout=60)
        read_until(10**6)  # what it said on leaving
    finally:
        process.kill()
        os.close(master)
    return shown.decode(errors="replace").replace("\r\n", "\n")


def test_quit_mid_quiz_at_a_terminal_and_come_back(tmp_path: Path) -> None:
    """As a student does it: /quit at question 2 of 3, then `briefbot console` again. The
    quiz was gone unsaid; now leaving says it is kept and the next console goes on with it.
    A script (piped input) meanwhile starts afresh: its /quiz is a quiz of its own."""
    database = tmp_path / "terminal.sqlite3"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{database}"}
    run_console("/score\n", env=env)  # the store made, as any first run makes it
    left = _at_terminal(["/quiz 3 easy", "1", "/quit"], database)
    assert "Question 2/3 · easy" in left, left
    kept = "Your quiz is kept: question 2 of 3 comes back when you open the console again"
    assert kept in left, left
    scripted = run_console("/quiz 1 easy\n1\n", env=env)
    assert "1 question. Type /stop to end early." in scripted.stdout, scripted.stdout
    assert "You left this quiz" not in scripted.stdout, scripted.stdout
    back = _at_terminal(["/quit"], database)
    assert "You left this quiz at question 2 of 3: it goes on here." in back, back
    assert back.count("Question 2/3 · easy") == 1 and "Question 1/" not in back, back


def test_the_first_line_wraps_at_the_terminals_width(tmp_path: Path) -> None:
    """`make run` on an 80-column terminal: every line of the console was wrapped at a word,
    but its first, "No DISCORD_TOKEN set: ... Put DISCORD_TOKEN=... in <the .env's path> to
    connect to Discord instead.", ran on for 120 columns and the terminal cut the path in
    two ("/tmp/walk46c" and "-clone/.env"). It now wraps as the rest do, the path whole."""
    env = {"COLUMNS": "80", "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/wrap.sqlite3"}
    done = run_console("/quit\n", "run", env=env)
    assert done.returncode == 0, done.stderr
    first = done.stdout.split("briefbot console.", 1)[0].splitlines()
    path = str(ROOT / ".env")
    assert len(first) >= 2 and first[0].startswith("No DISCORD_TOKEN set"), first
    assert [line for line in first if len(line) > 80 and line != path] == [], first
    assert path in " ".join(first), first


def test_retry_after_coming_back_points_to_review(tmp_path: Path) -> None:
    """A student finished a quiz with misses, closed the console, opened it the next day and
    typed /retry: "Nothing to retry yet: finish a quiz first.", though they had. It now says
    /retry is for a quiz finished in this console and that what they answered before comes
    back with /review; a newcomer with nothing answered still reads "finish a quiz first"."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/retry.sqlite3"}
    newcomer = run_console("/retry\n", env=env).stdout
    assert "Nothing to retry yet: finish a quiz first." in newcomer, newcomer
    finished = run_console("/quiz 2 easy\n1\n1\n", env=env).stdout
    assert "Quiz finished" in finished, finished
    back = run_console("/retry\n", env=env).stdout
    assert "finish a quiz first" not in back, back
    assert "Nothing to retry since this console opened" in back, back
    assert "What you answered before comes back with /review." in back, back


def test_i_dont_know_in_french_is_shown_the_keys(tmp_path: Path) -> None:
    """In the French console, `jsp` or `aucune idée` at a choice question read "Ce n'est pas
    l'un des choix proposés" ("That is not one of the choices"), as if a guess had been made,
    where `idk` in English is shown the keys alone. They now read as `idk` does."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/jsp.sqlite3"}
    each = "jsp\naucune idée\nje sais pas\n1\n" * 25
    done = run_console(f"/quiz 25 moyenne\n{each}", "console", "--lang", "fr", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "Choisissez parmi A, B, C, D (ou 1-4)." in out, out
    assert "Ce n’est pas l’un des choix proposés" not in out, out


def test_help_on_an_80_column_terminal_hangs_each_commands_rest(tmp_path: Path) -> None:
    """/help at 80 columns wrapped "/preferences [text_only on|off] [untimed on|off]: Text only
    for screen readers," and put "or no time pressure" at the start of the next line, where
    every command starts: it read as an entry of its own (1 command's line wraps so in English,
    3 in French). A command's wrapped rest is now indented under it."""
    env = {"COLUMNS": "80", "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/help.sqlite3"}
    for args, command in ((("console",), "/preferences"), (("console", "--lang", "fr"), "/aide")):
        done = run_console("/help\n/aide\n", *args, env=env)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        wrapped = [i for i, line in enumerate(lines) if line.startswith("/") and len(line) > 60]
        assert any(lines[i + 1].startswith("  ") for i in wrapped), done.stdout
        starts = [line.split(" ")[0].rstrip(":") for line in lines if line[:1].isalpha()]
        assert "or" not in starts and "ou" not in starts, done.stdout
        assert any(line.startswith(command) for line in lines), done.stdout


def test_mydata_names_what_its_file_holds(tmp_path: Path) -> None:
    """/mydata said "Everything kept about you (answers, review schedule) is in ...", while
    the file holds the quiz and the preferences too, as /forgetme's question names them."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/mydata.sqlite3"}
    done = run_console("/preferences untimed on\n/quiz 2\n1\n/mydata\n", env=env, cwd=tmp_path)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    said = "Everything kept about you is in "
    assert said in out, out
    where, what = out.split(said, 1)[1].split(": ", 1)
    assert what.startswith("your answers, review schedule, quizzes and preferences"), out
    path = Path(where)
    records = json.loads(path.read_text())["records"]
    assert any("untimed" in record for record in records), records
    assert any(record.get("kind") == "solo" for record in records), records


def test_why_shows_the_last_answers_reason_again(tmp_path: Path) -> None:
    """A student who wanted the reason for an answer again typed /why and read "There is no
    /why command". It now shows the latest verdict again with its explanation (during a
    quiz, saying which question still waits), and before any answer says how to get one."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/why.sqlite3"}
    done = run_console("/why\n/quiz 2 easy\n1\n/why\n1\n/why\n", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "There is no /why command" not in out, out
    assert "Nothing to explain yet: answer a question (/quiz), then /why shows why." in out, out
    verdicts = [part for part in out.split("\n") if part.startswith(("✅", "❌"))]
    assert len(verdicts) == 4 and verdicts[0] == verdicts[1] and verdicts[2] == verdicts[3], out
    assert "Question 2 is still waiting for your answer." in out, out
    assert out.count("Question 2 is still waiting") == 1, out
