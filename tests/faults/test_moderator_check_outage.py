"""A moderator command while the database is down: the moderator check reads the server's
settings, and its failure is answered like any outage, a polite "try again" within Discord's
3 s, and the same command works once the database is back (was: discord.py let an error
raised inside a check escape the command tree, so the moderator got no reply at all and the
log a "Task exception was never retrieved"; found by the chaos run on PostgreSQL)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble


@pytest.mark.timeout(30)
async def test_a_moderator_command_in_an_outage_gets_try_again_then_works(
    discord_double: DiscordDouble,
    bot,
    services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    async def refused(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionRefusedError(111, "Connect call failed")

    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    caplog.set_level(logging.WARNING)
    with monkeypatch.context() as outage:
        outage.setattr(services.store.settings, "get_settings", refused)
        asked = await discord_double.slash("briefing upload", upload, user=discord_double.moderator)
        told = await asked.told(timeout=10)
    assert asked.acknowledged_after is not None and asked.acknowledged_after < 3.0
    assert "try again" in told.text and told.ephemeral
    assert not any(r.exc_info for r in caplog.records), "one line, no traceback"

    again = await discord_double.slash("briefing upload", upload, user=discord_double.moderator)
    assert "try again" not in (await again.told(timeout=10)).text
