"""Autocomplete for briefing, section and person options."""

from __future__ import annotations

from discord import app_commands

from bot.core.errors import BriefbotError
from bot.core.library import Shelf
from bot.discord_bot.interaction import Interaction

__all__ = ["briefing_choices", "person_choices", "section_choices"]

Choice = app_commands.Choice[str]


def _library(interaction: Interaction) -> Shelf:
    return interaction.client.services.library  # type: ignore[attr-defined]


async def briefing_choices(interaction: Interaction, current: str) -> list[Choice]:
    """Briefings whose id, title or tags match what was typed."""
    found = _library(interaction).search(current[:100], limit=25)
    return [app_commands.Choice(name=b.title[:100], value=b.id) for b in found]


def _briefing_of(interaction: Interaction):
    query = getattr(interaction.namespace, "briefing", None)
    try:
        return _library(interaction).find(query)
    except BriefbotError:
        return None


async def section_choices(interaction: Interaction, current: str) -> list[Choice]:
    """Sections of the chosen (or only) briefing."""
    briefing = _briefing_of(interaction)
    if briefing is None:
        return []
    typed = current.casefold()
    return [
        app_commands.Choice(name=s.title[:100], value=s.id)
        for s in briefing.sections
        if typed in s.title.casefold() or typed in s.id
    ][:25]


async def person_choices(interaction: Interaction, current: str) -> list[Choice]:
    """People in the chosen (or only) briefing, matching names and aliases."""
    briefing = _briefing_of(interaction)
    if briefing is None:
        return []
    typed = current.casefold()
    return [
        app_commands.Choice(name=f"{f.name} ({f.role})"[:100], value=f.name)
        for f in briefing.figures
        if not typed or any(typed in n.casefold() for n in (f.name, *f.aliases))
    ][:25]
