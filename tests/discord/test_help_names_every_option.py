"""/help names every option a command takes on Discord, as the README's command tables do
(`/quiz [briefing] [count] [difficulty] [mode] [timer]`, `/score [everywhere]`); `private`,
which every reading command takes, is said once under the table and in /help's own words."""

from __future__ import annotations

import re

from bot.core.commands import COMMANDS, MODERATOR_COMMANDS, Surface

USAGE = {c.name: c.usage_on(Surface.DISCORD) for c in (*COMMANDS, *MODERATOR_COMMANDS)}
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
SAID_ONCE = {"private"}


def _options(commands: list[dict]) -> dict[str, set[str]]:
    """Each synced command by full name (`briefing upload`): the names of its options."""
    found: dict[str, set[str]] = {}
    for command in commands:
        options = command.get("options", [])
        subs = [o for o in options if o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)]
        for sub in subs:
            found[f"{command['name']} {sub['name']}"] = {o["name"] for o in sub.get("options", [])}
        if not subs:
            found[command["name"]] = {o["name"] for o in options}
    return found


async def test_help_shows_every_option_each_command_takes(discord_double, bot):
    synced = _options(discord_double.state.global_commands)
    missing = {
        name: sorted(options - SAID_ONCE - set(re.findall(r"\w+", USAGE[name])))
        for name, options in synced.items()
    }
    assert {name: left for name, left in missing.items() if left} == {}
    reply = await (await discord_double.slash("help", {})).response()
    for line in ("/quiz [briefing] [count] [difficulty] [mode] [timer]", "/score [everywhere]"):
        assert line in reply.message.text  # was: without [timer], /score without an option
