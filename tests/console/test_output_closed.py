"""Output piped into a reader that stops early (`briefbot validate content/ | head`, the console
into `head`): the command ends quietly, never with a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.cli import OUTPUT_CLOSED
from tests.console.test_console_process import ROOT, console_base_env


@pytest.mark.parametrize(
    ("args", "script"),
    [
        (("console",), "/help\n/brief long\n/facts\n/timeline\n/notes\n/quit\n"),
        (("validate", "content", "content", "content", "content"), ""),
    ],
    ids=["console", "validate"],
)
def test_a_reader_that_stops_early_ends_the_command_without_a_traceback(tmp_path, args, script):
    env = console_base_env() | {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/c.sqlite3"}
    with subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        text=True,
    ) as process:
        assert process.stdin and process.stdout and process.stderr
        process.stdin.write(script)
        process.stdin.close()
        assert process.stdout.readline()  # the reader takes one line, as `head -1` does
        process.stdout.close()
        code = process.wait(timeout=60)
        errors = process.stderr.read()
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert code in (0, OUTPUT_CLOSED)  # 0 when everything was written before the reader left
