"""What a student trips over in the console: interrupts, editing, wrapping, odd input, files."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.console.test_console_process import (
    ROOT,
    console_base_env,
    run_console,
    true_false_content,
)

SHORT_ONLY = """\
  - id: q-who
    kind: short
    prompt: Who said ships can dock again?
    answer: Ada Quill
    explanation: The harbour master, Ada Quill, announced it.
    refs: [ada-dock]
"""


def short_only_content(tmp_path: Path) -> Path:
    """The mini briefing with one short-answer question."""
    folder = true_false_content(tmp_path)
    text = (folder / "mini.yaml").read_text()
    text = text[: text.index("questions:")] + "questions:\n" + SHORT_ONLY
    (folder / "mini.yaml").write_text(text)
    return folder


def console_env(tmp_path: Path, content: Path | None = None) -> dict[str, str]:
    env = console_base_env()
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/db.sqlite"
    env["BRIEFBOT_CONTENT"] = str(content or ROOT / "content")
    return env


def test_retry_after_stopping_without_answers_does_not_praise(tmp_path):
    done = run_console("/quiz 3\n/stop\n/retry\n", "console", env=console_env(tmp_path))
    assert "no question of that quiz was answered" in done.stdout
    assert "every question" not in done.stdout


def test_briefings_says_how_to_open_one_in_the_console():
    done = run_console("/briefings\n", "console")
    assert "/use <id>" in done.stdout
    assert "/brief <id>" not in done.stdout


def test_a_new_quiz_during_a_quiz_says_so_and_keeps_the_running_one(tmp_path):
    done = run_console("/quiz 3\n/quiz 2\n/stop\n", "console", env=console_env(tmp_path))
    assert "You are in a quiz (question 1 of 3)" in done.stdout
    assert "You stopped the quiz before answering anything" in done.stdout.replace("\n", " ")


def test_a_letter_for_a_short_answer_asks_for_the_answer_itself(tmp_path):
    env = console_env(tmp_path, short_only_content(tmp_path))
    done = run_console("/quiz 1\nA\nAda Quill\n", "console", env=env)
    assert "type the answer itself" in done.stdout
    assert "You scored 1/1" in done.stdout, "the letter did not count as a wrong answer"


def test_mydata_writes_a_file_and_says_where(tmp_path):
    env = console_env(tmp_path, true_false_content(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="/quiz 1\ntrue\n/mydata\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    (written,) = tmp_path.glob("briefbot-mydata-*.json")
    assert str(written) in done.stdout.replace("\n", "")
    assert '"records"' in written.read_text()
    assert '"records"' not in done.stdout, "the JSON is not dumped on the terminal"


def test_long_lines_wrap_at_word_boundaries(tmp_path):
    env = {**console_env(tmp_path), "COLUMNS": "50"}
    done = run_console("/brief long\n/figures\n", "console", env=env)
    lines = done.stdout.splitlines()
    assert len(lines) > 20
    too_long = [line for line in lines if len(line) > 50]
    assert all(" " not in line.strip() for line in too_long), "only a long link stays whole"
    words = " ".join(done.stdout.split())
    assert "troops" in words and "Kim Jong" not in done.stdout.replace("\n", "|").replace(
        "Kim|Jong", "?"
    )


def test_ctrl_c_with_piped_input_leaves_at_once_with_a_word(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "console"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=console_env(tmp_path),
    )
    assert process.stdout is not None
    assert "briefbot console" in process.stdout.readline()
    process.send_signal(signal.SIGINT)
    with process:  # closes the pipes at the end
        try:
            process.wait(timeout=10)  # stdin stays open (communicate would close it)
        finally:
            process.kill()
        out, err = process.stdout.read(), process.stderr.read()
    assert process.returncode == 0
    assert "Interrupted (Ctrl-C). Bye." in out
    assert "Traceback" not in err


class Terminal:
    """The console on a pseudo-terminal, as a student at a real terminal would run it."""

    def __init__(self, tmp_path: Path) -> None:
        env = {**console_env(tmp_path), "TERM": "xterm", "COLUMNS": "100", "LINES": "40"}
        env["PROMPT_TOOLKIT_NO_CPR"] = "1"
        self.fd, child = pty.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "console"],
            stdin=child,
            stdout=child,
            stderr=child,
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        os.close(child)
        self.seen = ""

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def wait_for(self, text: str, count: int = 1, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while self.seen.count(text) < count:
            left = deadline - time.monotonic()
            assert left > 0, f"never saw {text!r} x{count}; saw {self.seen[-800:]!r}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536).decode(errors="replace")
                except OSError:
                    break

    def close(self) -> int:
        try:
            return self.process.wait(timeout=10)
        finally:
            self.process.kill()
            os.close(self.fd)


def test_at_a_terminal_arrows_recall_history_and_ctrl_c_cancels_the_line(tmp_path):
    term = Terminal(tmp_path)
    try:
        prompt = "\x1b[?2004h"  # prompt_toolkit draws a prompt
        term.wait_for(prompt, 1)
        term.type("/help\r")
        term.wait_for("/forgetme", 1)
        term.wait_for(prompt, 2)
        term.type("\x1b[A\r")  # up arrow: the last line again
        term.wait_for("/forgetme", 2)
        term.wait_for(prompt, 3)
        assert "Not a command" not in term.seen
        term.type("/hlp\x1b[D\x1b[De\r")  # left arrow twice, insert: "/help"
        term.wait_for("/forgetme", 3)
        term.wait_for(prompt, 4)
        term.type("/quiz 2")
        term.type("\x03")  # Ctrl-C on a typed line: cancelled, still running
        term.wait_for("line cancelled")
        term.wait_for(prompt, 5)
        assert "Quiz:" not in term.seen
        term.type("\x03")  # on an empty line: leave with a word
        term.wait_for("Bye")
        assert term.close() == 0
    finally:
        if term.process.poll() is None:
            term.process.kill()
