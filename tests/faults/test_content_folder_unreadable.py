"""The content folder made unreadable under the running bot (an operator's `chmod`, a volume
remounted with other permissions, a deploy that changed its owner), then `/reload`.

Was: a folder that could not be listed was read as an empty one (Python's glob says nothing
of the refusal): every briefing was reported "removed" and withdrawn, so `/quiz` found none;
with no access at all (not even to look into it), the reload failed on the `trivia` folder's
check, "Something went wrong" and a traceback. Now nothing changes: every briefing keeps
serving, the reload names the folder and the fix, and once the folder is readable again the
next `/reload` finds every file unchanged.

The bot runs as a process without the power to ignore file permissions
(`WITHOUT_FILE_OVERRIDE` when the tests run as root), so unreadable means unreadable."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from tests.discord_double import DiscordDouble
from tests.ops.processes import (
    PROCESS_TEST_TIMEOUT,
    STARTS_WITHIN,
    WITHOUT_FILE_OVERRIDE,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)

PREFIX = WITHOUT_FILE_OVERRIDE if os.geteuid() == 0 else ()


async def reload(double: DiscordDouble) -> str:
    itx = await double.slash("reload", {}, user=double.moderator)
    return (await itx.message(timeout=15)).text


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
@pytest.mark.parametrize("mode", [0o311, 0o000], ids=["not listable", "no access"])
async def test_a_reload_of_an_unreadable_content_folder_keeps_every_briefing(
    tmp_path: Path, mode: int
):
    work = make_workdir(tmp_path / "work")
    content = work / "content"
    shutil.copy(content / "mini.yaml", content / "extra.yaml")
    extra = (content / "extra.yaml").read_text().replace("id: mini\n", "id: extra\n", 1)
    (content / "extra.yaml").write_text(extra)
    async with DiscordDouble() as double:
        process = await start_bot(
            work, bot_env(work, double.server.api_url, double.token), prefix=PREFIX
        )
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            content.chmod(mode)
            try:
                report = await reload(double)
                quiz = await (await double.slash("quiz", {"briefing": "extra"})).message(10)
            finally:
                content.chmod(0o755)
            assert "content:" in report and "cannot read the folder" in report, report
            assert "permissions" in report, "the fix is named"
            assert "removed" not in report, report
            assert "Question 1/" in quiz.text, f"the briefings keep serving: {quiz.text}"

            again = await reload(double)
            assert "mini.yaml: unchanged" in again and "extra.yaml: unchanged" in again, again
        finally:
            content.chmod(0o755)
            process.send_signal(signal.SIGTERM)
            code, output = await finish(process)
    assert code == 0 and "Traceback" not in output, output[-3000:]


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)
@pytest.mark.parametrize("mode", [0o311, 0o000], ids=["not listable", "no access"])
async def test_a_console_started_on_an_unreadable_content_folder_says_what_to_fix(
    tmp_path: Path, mode: int
):
    """Started with its content folder unreadable, the console said "content:1:1: cannot read
    the folder (Permission denied); check its permissions; every briefing stays as it was
    until then" (and the log "nothing reloaded"), then "Briefings loaded: none.": nothing was
    loaded to stay. It now says no bundled briefing is served, which folder (the log line,
    for the operator, its full path and the user), and to let that user read it and restart."""
    work = make_workdir(tmp_path / "work")
    content = work / "content"
    content.chmod(mode)
    try:
        process = await start_bot(
            work, bot_env(work, "http://127.0.0.1:9", "x"), "console", prefix=PREFIX
        )
        code, output = await finish(process)
    finally:
        content.chmod(0o755)
    assert code == 0 and "Traceback" not in output, output
    assert "stays as it was" not in output and "nothing reloaded" not in output, output
    assert "cannot read the folder (Permission denied), so no bundled briefing is served" in (
        output
    ), output
    assert "let the user the bot runs as list and read the folder and its files" in output
    assert f"content folder {content} cannot be read by the user the bot runs as" in output
    assert "Briefings loaded: none." in output, output
