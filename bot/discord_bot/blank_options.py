"""A slash command's text options typed as nothing but spaces, refused before it runs.

Translation only: the options are read from the interaction and `bot.core.typed_options`
says what to type in the blank one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import discord
from discord import app_commands

from bot.core.errors import InvalidInput
from bot.core.typed_options import refuse_blank

__all__ = ["BlankOption", "refuse_blank_options"]

_SUBCOMMAND = (
    discord.AppCommandOptionType.subcommand.value,
    discord.AppCommandOptionType.subcommand_group.value,
)


class BlankOption(app_commands.CheckFailure, InvalidInput):
    """A text option typed blank; raised from the tree's check, so its error handler says it."""


def _typed(options: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """The text values of the options, a subcommand's own included."""
    found: dict[str, str] = {}
    for option in options:
        if option.get("type") in _SUBCOMMAND:
            found.update(_typed(option.get("options") or []))
        elif isinstance(option.get("value"), str):
            found[option["name"]] = option["value"]
    return found


def refuse_blank_options(interaction: discord.Interaction[Any]) -> None:
    """BlankOption for a text option typed as spaces only (was: read as left out, so a
    default the user never chose, or looked up as a name made of spaces)."""
    data: Mapping[str, Any] = interaction.data or {}
    typed = _typed(data.get("options") or [])
    if not typed:
        return
    parameters = getattr(interaction.command, "parameters", ())
    try:
        refuse_blank(typed, {p.name for p in parameters if p.required})
    except InvalidInput as blank:
        raise BlankOption(str(blank)) from blank
