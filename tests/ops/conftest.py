"""Fixtures for the operations tests: the fake Discord and briefbot connected to it."""

from tests.bot_fixtures import bot, clock, content, services, settings
from tests.discord_double.fixtures import discord_double

__all__ = ["bot", "clock", "content", "discord_double", "services", "settings"]
