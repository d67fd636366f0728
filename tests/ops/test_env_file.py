"""The README's `.env` (step 2 of "Connect to Discord"): read at start, the process
environment winning over it, the token kept out of every repr."""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import load_settings

README = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")


def _readme_env_file() -> str:
    blocks = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    block = next(block for block in blocks if "DISCORD_TOKEN=your-token-here" in block)
    return "\n".join(line.strip() for line in block.splitlines()) + "\n"


def test_the_readme_env_file_gives_the_token_and_its_commented_line_sets_nothing(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(_readme_env_file(), encoding="utf-8")
    settings = load_settings(env_file=env_file, environ={})
    assert settings.discord_token is not None
    assert settings.discord_token.reveal() == "your-token-here"
    assert "your-token-here" not in repr(settings)
    assert settings.dev_guild_id is None, "the optional line is a comment until uncommented"

    # uncommented as it stands, its explanation stays a comment (was: read as part of the id)
    uncommented = _readme_env_file().replace("# optional: DEV_GUILD_ID", "DEV_GUILD_ID")
    env_file.write_text(uncommented, encoding="utf-8")
    assert load_settings(env_file=env_file, environ={}).dev_guild_id == 123456789012345678


def test_the_environment_wins_over_the_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=from-the-file\nLOG_FORMAT=json\n", encoding="utf-8")
    settings = load_settings(env_file=env_file, environ={"DISCORD_TOKEN": "from-the-shell"})
    assert settings.discord_token is not None
    assert settings.discord_token.reveal() == "from-the-shell"
    assert settings.log_format == "json"
