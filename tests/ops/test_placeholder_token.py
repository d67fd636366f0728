"""Set-up walk 46c: a `.env` whose DISCORD_TOKEN is still a template's placeholder."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.token_placeholder import is_placeholder_token
from tests.console.test_console_process import run_console
from tests.ops.processes import dead_api_base


@pytest.mark.parametrize("line", ["DISCORD_TOKEN=your-token-here", "DISCORD_TOKEN=..."])
def test_the_readmes_placeholder_opens_the_console_and_says_so(tmp_path: Path, line: str) -> None:
    """`DISCORD_TOKEN=your-token-here` (README, "Connect to Discord") and `DISCORD_TOKEN=...`
    (the console's own first line), copied into `.env` as they stand, made `make run` log in
    to Discord with them: offline, "Cannot reach Discord (ClientConnectorDNSError): check the
    network connection." and exit 3, as if the network were the trouble. A placeholder is no
    token: the console opens, and its first line says the token is a placeholder and where
    the real one goes (here Discord's address is a loopback port where nothing listens)."""
    env_file = tmp_path / ".env"
    env_file.write_text(line + "\n")
    env = {
        "BRIEFBOT_ENV_FILE": str(env_file),
        "DISCORD_API_BASE": dead_api_base(),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/placeholder.sqlite3",
    }
    done = run_console("/briefings\n/quit\n", "run", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    first = done.stdout.splitlines()[0]
    placeholder = line.split("=", 1)[1]
    assert first.startswith(f"DISCORD_TOKEN is “{placeholder}”, a placeholder, not a token"), first
    assert f"in {env_file} to connect to Discord instead." in first, first
    assert "nk-troops-russia" in done.stdout
    assert "Cannot reach Discord" not in done.stderr, done.stderr


def test_placeholders_of_env_examples_are_told_from_tokens() -> None:
    """The shapes `.env` examples give (a census of ten in public repositories: `...`, two in
    angle brackets, four of the words "your bot token here", in any case or join) are
    placeholders; a token, or any other value, still goes to Discord, which judges it."""
    placeholders = ["...", "<replace this with your discord token>", "your_bot_token_here"]
    placeholders += ["YourTokenHere", "your-token", "YOUR_DISCORD_BOT_TOKEN", " *** "]
    tokens = ["MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123"]
    tokens += ["briefbot-test-token", "MTIz.the-token-itself", "hunter2"]
    assert [v for v in placeholders if not is_placeholder_token(v)] == []
    assert [v for v in tokens if is_placeholder_token(v)] == []
