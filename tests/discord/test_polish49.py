"""Polish 49: walk-47's and faults-48's loose ends. The drafted file tells a Discord moderator
what to do with Discord's commands.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import pytest

from bot.authoring.draft import draft_briefing
from bot.core.clock import FakeClock
from tests.discord.test_moderation import run
from tests.discord.test_walk44 import START, article
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def header(yaml_text: str) -> str:
    """The drafted file's opening comment."""
    lines = yaml_text.splitlines()
    return "\n".join(line for line in lines[: lines.index("schema: 1")] if line.startswith("#"))


async def test_the_drafted_files_header_names_the_briefing_commands_in_discord(
    discord_double: DiscordDouble,
) -> None:
    """The file `/briefing draft` attached opened with "DRAFT made by `briefbot draft`", told
    the moderator to move the quotes without a speaker "then delete that figure", and ended
    "Then run `briefbot validate` on this file": a Discord moderator has neither the command
    line nor, unless they open it, the file. It now names the `/briefing` commands that do each
    of these; the draft itself (its people, quotes and questions) is the one the CLI writes."""
    double = discord_double
    drafted = await run(double, "briefing draft", {"article": ("miners.md", article())})
    ((_name, data),) = drafted.files.items()
    said = header(data.decode("utf-8"))
    assert "DRAFT made by `/briefing draft` from miners.md." in said, said
    for command in ("write", "person", "unquote", "show", "upload"):
        assert f"`/briefing {command}`" in said, (command, said)
    assert "briefbot" not in said and "delete that figure" not in said, said

    cli = draft_briefing(article().decode("utf-8"), source_file="miners.md")
    assert "Then run `briefbot validate` on this file." in header(cli), header(cli)
    assert "`/briefing " not in header(cli), header(cli)
    in_file = data.decode("utf-8")
    assert in_file[in_file.index("\nschema: 1") :] == cli[cli.index("\nschema: 1") :]
