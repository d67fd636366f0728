"""The console as a newcomer uses it: a real process, driven through stdin."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from tests.migrated import migrate_sqlite

ROOT = Path(__file__).parent.parent.parent
DB_DIR = Path(tempfile.mkdtemp(prefix="briefbot-console-"))
NOT_INHERITED = ("DISCORD_TOKEN", "COLUMNS", "LINES")
"""Left out of a console's environment: no token, and output to a pipe (pytest-xdist's
workers set COLUMNS=80, which would wrap it); a test that wants a width sets its own."""


SQLITE_URLS = ("sqlite+aiosqlite:///", "sqlite:///")


@cache
def _migrated() -> Path:
    """A store at the current schema, made once per worker."""
    return migrate_sqlite(DB_DIR / "migrated.sqlite3")


def start_migrated(url: str) -> None:
    """A SQLite store `url` names that does not exist yet starts as a copy of one at the
    current schema, as the console's first run leaves it (the first run itself is
    `test_run_without_a_token_opens_the_console_and_says_how_to_connect`'s, with
    `fresh_store=True`, and tests/console/test_project_paths.py's): migrating a new store
    was half of the CPU of a console process."""
    for prefix in SQLITE_URLS:
        if url.startswith(prefix) and "?" not in url:
            path = Path(url.removeprefix(prefix))
            if path.parent.is_dir() and not path.exists():
                shutil.copy(_migrated(), path)
            return


def console_base_env() -> dict[str, str]:
    """This process's environment without NOT_INHERITED: the console as a pipe runs it."""
    return {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}


def run_console(
    script: str,
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
    unset: tuple[str, ...] = (),
    fresh_store: bool = False,
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` fed `script`, in `cwd`, with its own store unless `env` names
    one; `unset`: variables left out of its environment (its `.env` or defaults then say).
    A new SQLite store starts at the current schema (`start_migrated`) unless `fresh_store`."""
    environ = console_base_env()
    environ["DATABASE_URL"] = f"sqlite+aiosqlite:///{DB_DIR}/console.sqlite3"
    environ.update(env or {})
    for name in unset:
        environ.pop(name, None)
    if not fresh_store:
        start_migrated(environ.get("DATABASE_URL", ""))
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=script,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environ,
        timeout=60,
        check=False,
    )


def test_run_without_a_token_opens_the_console_and_says_how_to_connect(tmp_path):
    done = run_console(
        "/briefings\n",
        "run",
        env={"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/db.sqlite"},
        fresh_store=True,
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert "No DISCORD_TOKEN set" in first and ".env" in first
    assert "nk-troops-russia" in done.stdout


def test_a_newcomer_reads_and_finishes_a_quiz():
    script = "\n".join(
        [
            "/brief",
            "/brief china-dilemma",
            "/figures",
            "/quote austin",
            "/quiz 3",
            "1",  # a valid answer to any kind: option 1, true, or a (wrong) typed answer
            "1",
            "1",
            "",
        ]
    )
    done = run_console(script, "console")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Sections:" in out
    assert "Lloyd Austin" in out and "“fair game”" in out and "Editor's note" in out
    assert out.count("Question ") >= 3
    assert "The answer is" in out
    assert "Quiz finished" in out and "You scored" in out
    assert "Traceback" not in out + done.stderr


def test_a_mistyped_command_gets_a_suggestion_not_a_traceback():
    done = run_console("/qiuz\n/quote nobody-at-all\n/brief no-such-section\nhello\n", "console")
    assert done.returncode == 0
    assert "Did you mean /quiz?" in done.stdout
    assert "Nobody called “nobody-at-all”" in done.stdout
    assert "no section like" in done.stdout
    assert "Commands start with /" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_progress_review_and_forgetting_in_the_console(tmp_path):
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/progress.sqlite3"}
    first = run_console("/quiz 4\n1\n1\n1\n1\n/score\n", "console", env=env)
    assert "Right answers:" in first.stdout and "Streak: 1 day" in first.stdout
    again = run_console("/score\n/forgetme\n/forgetme yes\n/score\n", "console", env=env)
    assert "Right answers:" in again.stdout, "progress must survive a restart"
    assert "Type /forgetme yes to confirm" in again.stdout
    assert "Deleted" in again.stdout
    assert again.stdout.rstrip().endswith("No answers yet. Start with /quiz.")


def test_end_of_input_mid_quiz_ends_cleanly():
    done = run_console("/quiz 5\nA\n", "console")
    assert done.returncode == 0
    assert "Traceback" not in done.stderr


def test_validate_reports_counts_for_the_shipped_briefing():
    done = subprocess.run(
        [sys.executable, "-m", "bot", "validate", "content"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    assert "content/nk-troops-russia.yaml: ok" in done.stdout and "questions" in done.stdout
    assert "ok (course current-events): 1 briefing\n" in done.stdout, "one briefing, said once"


def test_validate_lists_every_problem_and_fails(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 1\nid: Bad Id\ntitle: no\n")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "validate", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any(line.startswith(f"{bad}:2:") and "valid id" in line for line in lines)
    assert any(line.startswith(f"{bad}:3:") and 'quotes: "no"' in line for line in lines)
    assert any("`summary` is missing" in line for line in lines)


TRUE_FALSE_ONLY = """\
  - id: q-town
    kind: truefalse
    prompt: The harbour is in Port Elm.
    answer: true
    explanation: The article places it in Port Elm.
    refs: [town]
  - id: q-closed
    kind: truefalse
    prompt: The harbour was closed for 3 days.
    answer: true
    explanation: The storm kept it shut for three days.
    refs: [closed-days]
"""


def true_false_content(tmp_path: Path) -> Path:
    """The mini briefing with two true/false questions whose answer is true."""
    folder = tmp_path / "content"
    folder.mkdir()
    text = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_text()
    text = text[: text.index("questions:")] + "questions:\n" + TRUE_FALSE_ONLY
    (folder / "mini.yaml").write_text(text)
    return folder


def test_review_right_after_missing_says_when_the_questions_come_back(tmp_path):
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/db.sqlite",
        "BRIEFBOT_CONTENT": str(true_false_content(tmp_path)),
    }
    done = run_console("/quiz 2\nfalse\nfalse\n/review\n/score\n", "console", env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "You scored 0/2" in out
    assert "Nothing is due yet: 2 questions come back in " in out
    assert "(at " in out and "Take a /quiz" not in out
    assert "Sorry" not in out
    assert "Due for review: 0 — 2 questions come back in " in out


def test_the_console_shows_the_kirby_correction_where_the_claim_appears():
    done = run_console("/brief\n/quote kirby\n/timeline\n", "console")
    assert done.returncode == 0, done.stderr
    correction = "Both came from John Kirby"
    assert done.stdout.count(correction) >= 3, "each of /brief, /quote kirby, /timeline shows it"


def test_the_console_run_from_another_folder_opens_the_bundled_briefings(tmp_path):
    """`cd /tmp && /path/.venv/bin/python -m bot`: no content path configured, so the
    briefings that come with the bot, not a `content` folder of the working directory."""
    assert "BRIEFBOT_CONTENT" not in console_base_env()
    done = run_console(
        "/briefings\n",
        env={"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/db.sqlite"},
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "nk-troops-russia" in done.stdout, done.stdout[-500:]
