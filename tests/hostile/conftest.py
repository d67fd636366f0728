"""Fixtures for the hostile suite: the bot on the Discord double, and a referee that checks,
after each test, what must hold whatever users did."""

from __future__ import annotations

import logging

import pytest

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.bot_fixtures import clock, content, services, settings
from tests.discord_double import DiscordDouble
from tests.discord_double.fixtures import discord_double

__all__ = ["bot", "clock", "content", "discord_double", "referee", "services", "settings"]

MESSAGE_CALLBACKS = {4, 5}  # callback types that create a message


def message_bodies(double: DiscordDouble) -> list[tuple[str, dict]]:
    """Every body the bot sent that creates a message, with where it went."""
    found = []
    for request in double.requests():
        body = request.json if isinstance(request.json, dict) else {}
        if request.method == "POST" and request.path.endswith("/callback"):
            if body.get("type") in MESSAGE_CALLBACKS:
                found.append((str(request), dict(body.get("data") or {})))
        elif request.method == "POST" and (
            "/webhooks/" in request.path or request.path.endswith("/messages")
        ):
            found.append((str(request), body))
    return found


@pytest.fixture
async def referee(discord_double: DiscordDouble, caplog: pytest.LogCaptureFixture):
    """After the test: no handler logged an error, every interaction got an answer within
    Discord's window, and nothing the bot sent could ping anyone."""
    caplog.set_level(logging.WARNING)
    yield discord_double
    await discord_double.sync()
    interactions = discord_double.state.interactions.values
    await discord_double.wait_for(
        lambda: all(i.callback or i.rejected for i in interactions()) or None, timeout=10
    )
    records = [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]
    errors = [r for r in records if r.levelno >= logging.ERROR]
    assert not errors, [f"{r.name}: {r.getMessage()}" for r in errors]
    unanswered = [i for i in discord_double.state.interactions.values() if i.callback is None]
    assert not unanswered, unanswered
    assert discord_double.late_interactions() == []
    for where, body in message_bodies(discord_double):
        if "content" in body or "embeds" in body:  # a deferred "thinking..." shows nothing yet
            assert body.get("allowed_mentions") == {"parse": []}, f"{where} may ping: {body}"
    for request in discord_double.requests():
        body = request.json if isinstance(request.json, dict) else {}
        data = body.get("data") if isinstance(body.get("data"), dict) else body
        mentions = data.get("allowed_mentions")
        assert mentions in (None, {"parse": []}), f"{request} allows pings: {mentions}"


@pytest.fixture
async def bot(discord_double: DiscordDouble, services: Services, referee) -> BriefBot:
    return await discord_double.start(BriefBot(services))
