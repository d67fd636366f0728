"""Start the Discord bot; a bad token or no network is one clear line, never a traceback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import aiohttp
import discord

from bot.app import build_services
from bot.config import Settings
from bot.discord_bot.client import BriefBot

__all__ = ["run_discord"]

log = logging.getLogger("briefbot")


async def _run(settings: Settings) -> None:
    token = settings.discord_token
    assert token is not None
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base.rstrip("/")
    services = await build_services(settings)
    try:
        async with BriefBot(services) as bot:
            loop = asyncio.get_running_loop()
            with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
                loop.add_signal_handler(signal.SIGTERM, lambda: asyncio.ensure_future(bot.close()))
            await bot.start(token.reveal())
    finally:
        await services.close()


def run_discord(settings: Settings) -> int:
    """Run until stopped; returns the exit status."""
    try:
        asyncio.run(_run(settings))
    except discord.LoginFailure:
        log.error("Discord rejected the token: check DISCORD_TOKEN (Developer Portal > Bot).")
        return 2
    except discord.PrivilegedIntentsRequired:
        log.error("Enable the Message Content intent or unset MESSAGE_CONTENT_INTENT.")
        return 2
    except (aiohttp.ClientConnectionError, OSError) as exc:
        log.error("Cannot reach Discord (%s): check the network connection.", type(exc).__name__)
        return 3
    except KeyboardInterrupt:
        return 0
    return 0
