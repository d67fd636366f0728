"""A moderator command while the database is down: the moderator check reads the server's
settings, and its failure is answered like any outage, a polite "try again" within Discord's
3 s, and the same command works once the database is back (was: discord.py let an error
raised inside a check escape the command tree, so the moderator got no reply at all and the
log a "Task exception was never retrieved"; found by the chaos run on PostgreSQL)."""

from __future__ import annotations

import logging
from typing import Any

import asyncpg
import pytest
from sqlalchemy import exc as sa_exc

from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble


def from_sqlalchemy(driver: Exception, kind: type[sa_exc.DBAPIError]) -> sa_exc.DBAPIError:
    """SQLAlchemy's error for asyncpg's `driver` error, raised from it as SQLAlchemy does."""
    try:
        raise driver
    except Exception as raised:
        try:
            raise kind("SELECT 1", None, raised) from raised
        except sa_exc.DBAPIError as error:
            return error


OUTAGES = {
    "refused": lambda: ConnectionRefusedError(111, "Connect call failed"),
    "postgresql-starting-up": lambda: from_sqlalchemy(
        asyncpg.CannotConnectNowError("the database system is starting up"), sa_exc.DBAPIError
    ),
    "postgresql-connection-closed": lambda: from_sqlalchemy(
        asyncpg.InterfaceError("connection is closed"), sa_exc.InterfaceError
    ),
}
"""Errors of a database out of reach: PostgreSQL restarting (its errors while it starts
up, and a pooled connection it closed, were told "Something went wrong on our side" with a
traceback in the log)."""


@pytest.mark.timeout(30)
@pytest.mark.parametrize("outage", list(OUTAGES))
async def test_a_moderator_command_in_an_outage_gets_try_again_then_works(
    discord_double: DiscordDouble,
    bot,
    services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    outage: str,
):
    async def refused(*args: Any, **kwargs: Any) -> Any:
        raise OUTAGES[outage]()

    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    caplog.set_level(logging.WARNING)
    with monkeypatch.context() as down:
        down.setattr(services.store.settings, "get_settings", refused)
        asked = await discord_double.slash("briefing upload", upload, user=discord_double.moderator)
        told = await asked.told(timeout=10)
    assert asked.acknowledged_after is not None and asked.acknowledged_after < 3.0
    assert "try again" in told.text and told.ephemeral
    assert not any(r.exc_info for r in caplog.records), "one line, no traceback"

    again = await discord_double.slash("briefing upload", upload, user=discord_double.moderator)
    assert "try again" not in (await again.told(timeout=10)).text
