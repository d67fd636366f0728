"""pytest fixture for the Discord double; import it into a conftest.py:

from tests.discord_double.fixtures import discord_double  # noqa: F401
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from .double import DiscordDouble


@pytest.fixture
async def discord_double() -> AsyncIterator[DiscordDouble]:
    """A running fake Discord with discord.py pointed at it; closed after the test.

    Start a bot with ``await discord_double.start(bot)``; it is closed for you."""
    async with DiscordDouble() as double:
        yield double
