"""Logs an operator can use: one JSON line per interaction, a rotating file, no token anywhere."""

from __future__ import annotations

import json
import logging
import signal

import pytest
from processes import PROCESS_TEST_TIMEOUT, STARTS_WITHIN, bot_env, finish, make_workdir, start_bot

from bot.ops.logs import configure_logging
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.timeout(PROCESS_TEST_TIMEOUT)


async def test_debug_json_logs_name_each_interaction_and_never_a_token(tmp_path):
    work = make_workdir(tmp_path)
    log_file = tmp_path / "logs" / "briefbot.log"
    async with DiscordDouble() as double:
        env = bot_env(
            work,
            double.server.api_url,
            double.token,
            LOG_LEVEL="DEBUG",
            LOG_FORMAT="json",
            LOG_FILE=str(log_file),
        )
        process = await start_bot(work, env)
        try:
            await double.wait_ready(timeout=STARTS_WITHIN)
            quiz = await double.slash("quiz", {"briefing": "mini", "count": 3})
            question = (await quiz.response(timeout=10)).message
            first = question.buttons[0]
            label = first["label"]
            click = await double.click(question, label=label)
            await click.response(timeout=10)
            tokens = [quiz.payload["token"], click.payload["token"]]
        finally:
            process.send_signal(signal.SIGTERM)
            _code, output = await finish(process)
    written = log_file.read_text(encoding="utf-8")
    for text in (output, written):
        assert double.token not in text, "the bot token is never logged"
        for token in tokens:
            assert token not in text, "no interaction token, even at DEBUG"
        assert "[redacted]" in text, "discord.py's DEBUG lines were there, redacted"
    lines = [json.loads(line) for line in written.splitlines()]
    quiz_lines = [line for line in lines if line.get("command") == "/quiz"]
    assert len(quiz_lines) == 1
    assert quiz_lines[0]["outcome"] == "ok" and quiz_lines[0]["guild"] == double.guild.id
    assert any(line.get("command", "").startswith("button:") for line in lines)


def test_the_log_file_rotates_and_keeps_secrets_out(tmp_path):
    log_file = tmp_path / "briefbot.log"
    root = logging.getLogger()
    level = root.level
    handlers = configure_logging("INFO", file=log_file, secrets=["s3cret-token"], max_bytes=2000)
    try:
        for n in range(300):
            logging.getLogger("briefbot").info("line %d with s3cret-token inside", n)
    finally:
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    files = sorted(tmp_path.glob("briefbot.log*"))
    assert len(files) == 6, "the current file and five rotated ones"
    assert all(f.stat().st_size <= 2000 for f in files)
    assert not any("s3cret-token" in f.read_text() for f in files)
    assert "line 299 with [redacted] inside" in log_file.read_text()
