"""The bot's log outputs failing under the running process: its stderr a pipe nobody reads
(a stuck service manager: every write used to block the whole bot), a broken pipe (the reader
gone), a log file on a full disk (a traceback on stderr for every line). Logging never stalls
or crashes the bot: it answers in time, and each failing output is one line on the others.
A log file that cannot be opened at start (read-only, in a folder it may not write) is one
line and exit 2 (was: a traceback)."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.ops.exitcodes import ExitCode
from bot.ops.log_writer import QUEUED_LINES, StderrOutput, background_writers
from tests.discord_double import DiscordDouble
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    WITHOUT_FILE_OVERRIDE,
    bot_env,
    dead_api_base,
    finish,
    make_workdir,
    start_bot,
)

COMMANDS = 6


async def run_bot(work: Path, env: dict[str, str], output: int) -> asyncio.subprocess.Process:
    """`python -m bot run` with stdout and stderr both going to the file descriptor `output`."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=work, env=env, stdin=asyncio.subprocess.DEVNULL, stdout=output, stderr=output,
    )  # fmt: skip


async def answers_in_time(double: DiscordDouble, count: int = COMMANDS) -> int:
    """How many of `count` commands the bot answered within Discord's 3 s."""
    answered = 0
    for _ in range(count):
        itx = await double.slash("score")
        await itx.response()
        answered += itx.callback is not None and itx.rejected == []
    return answered


async def stop(process: asyncio.subprocess.Process) -> int:
    process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), 15)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_stderr_pipe_nobody_reads_never_stalls_the_bot(tmp_path: Path):
    work = make_workdir(tmp_path)
    read_end, write_end = os.pipe()  # never read: full after 64 KiB of DEBUG lines
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token, LOG_LEVEL="DEBUG")
        process = await run_bot(work, env, write_end)
        os.close(write_end)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            assert await answers_in_time(double) == COMMANDS
        finally:
            code = await stop(process)
            os.close(read_end)
    assert code == 0


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
async def test_a_broken_stderr_and_a_full_log_disk_are_one_line_each(tmp_path: Path):
    work = make_workdir(tmp_path)
    log_file = tmp_path / "briefbot.log"
    read_end, write_end = os.pipe()
    os.close(read_end)  # the service manager's end is gone: every write is a broken pipe
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token, LOG_FILE=str(log_file))
        process = await run_bot(work, env, write_end)
        os.close(write_end)
        await double.wait_ready(timeout=STARTS_WITHIN)
        assert await answers_in_time(double) == COMMANDS
        code = await stop(process)
    written = log_file.read_text(encoding="utf-8")
    assert written.count("the log output stderr cannot be written (BrokenPipeError") == 1
    assert written.count("/score") >= COMMANDS, "the log file goes on"
    assert code == 0

    full = tmp_path / "full.out"
    with full.open("wb") as output:  # a log file on a full disk: Linux's /dev/full
        async with DiscordDouble() as double:
            env = bot_env(work, double.server.api_url, double.token, LOG_FILE="/dev/full")
            process = await run_bot(work, env, output.fileno())
            await double.wait_ready(timeout=STARTS_WITHIN)
            assert await answers_in_time(double) == COMMANDS
            code = await stop(process)
    stderr = full.read_text(encoding="utf-8")
    assert stderr.count("the log output /dev/full cannot be written") == 1, stderr[-2000:]
    assert "Traceback" not in stderr and "Logging error" not in stderr, stderr[-2000:]
    assert code == 0


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
@pytest.mark.parametrize("spoil", ["read-only file", "read-only folder"])
async def test_a_log_file_that_cannot_be_opened_at_start_is_one_line_and_exit_2(
    tmp_path: Path, spoil: str
):
    work = make_workdir(tmp_path / "work")
    logs = tmp_path / "logs"
    logs.mkdir()
    log_file = logs / "briefbot.log" if spoil == "read-only file" else logs / "new" / "b.log"
    if spoil == "read-only file":
        log_file.touch()
        log_file.chmod(0o444)
    else:
        logs.chmod(0o555)
    env = bot_env(work, dead_api_base(), "fake-token-1", LOG_FILE=str(log_file))
    prefix = WITHOUT_FILE_OVERRIDE if os.geteuid() == 0 else ()
    try:
        code, output = await finish(await start_bot(work, env, prefix=prefix))
    finally:
        logs.chmod(0o755)
    lines = [line for line in output.splitlines() if line.strip()]
    assert "Traceback" not in output, output[-2000:]
    assert code == ExitCode.CONFIGURATION, output
    assert len(lines) == 1 and str(log_file) in lines[0] and "LOG_FILE" in lines[0], output
    assert "Permission denied" in lines[0] and "Cannot reach Discord" not in output


class Flaky:
    """A stream that fails (as a full disk does) while `failing` is set, or blocks while
    `held` is clear (a pipe nobody drains)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tried = 0
        self.failing = False
        self.held = threading.Event()
        self.held.set()

    def write(self, text: str) -> None:
        self.held.wait(10)
        self.tried += 1
        if self.failing:
            raise OSError(28, "No space left on device")
        self.lines.append(text)

    def flush(self) -> None:
        """Nothing buffered."""


def writers_to(*streams: Flaky, capacity: int = QUEUED_LINES) -> list[logging.Handler]:
    outputs = [StderrOutput(s) for s in streams]  # type: ignore[arg-type]
    made = background_writers(outputs)
    for writer in made:
        writer._queue.maxsize = capacity  # a small queue, to fill it quickly
    return list(made)


def log_to(writers: list[logging.Handler], count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        record = logging.makeLogRecord({"msg": "line %d", "args": (n,), "levelno": 20})
        for writer in writers:
            writer.handle(record)


def tried_by(stream: Flaky, count: int, within: float = 30.0) -> None:
    """Wait until `count` lines were tried on `stream` (a hang guard of `within` seconds)."""
    deadline = time.monotonic() + within
    while stream.tried < count:
        assert time.monotonic() < deadline, f"{stream.tried} of {count} lines tried"
        time.sleep(0.01)


def close(writers: list[logging.Handler]) -> None:
    for writer in writers:
        writer.close()


def test_a_failing_output_is_one_line_on_the_other_and_one_when_it_works_again():
    disk, other = Flaky(), Flaky()
    writers = writers_to(disk, other)
    disk.failing = True
    log_to(writers, 50)
    tried_by(disk, 50)  # every line met the full disk (the writer's thread, at its own pace)
    disk.failing = False
    log_to(writers, 1, start=50)
    close(writers)
    told = [line for line in other.lines if "cannot be written" in line]
    assert len(told) == 1 and "No space left on device" in told[0]
    assert sum("works again (50 line(s) lost)" in line for line in disk.lines) == 1
    assert sum("works again (" in line for line in other.lines) == 1
    assert "line 50" in "".join(disk.lines), "the output goes on once it works"


def test_a_stuck_output_never_blocks_the_logger_and_counts_what_it_dropped():
    stuck = Flaky()
    stuck.held.clear()
    writers = writers_to(stuck, capacity=20)
    began = time.monotonic()
    log_to(writers, 500)
    # A call that waited on the stuck output would wait its 10 s: 5 s is no speed check.
    assert time.monotonic() - began < 5.0, "logging went on while the output was stuck"
    stuck.held.set()
    close(writers)
    dropped = sum(int(line.split()[0]) for line in stuck.lines if "dropped" in line)
    written = sum(line.startswith("line ") for line in stuck.lines)
    assert dropped >= 400, "the lines a stuck output could not take are counted"
    assert dropped + written == 500, "every line is either written or counted as dropped"
