"""How long the bot waits for Discord to start answering a request: bounded, not 300 s.

discord.py's HTTP session keeps aiohttp's defaults: a request Discord accepted and never
answered (a hung reply, a post, a download) waited 300 s, holding its task and a pooled
connection, while the student saw nothing. With a read timeout, such a request fails as the
network failing does (`bot.discord_bot.discord_down`): one warning line, the user asked to
try again, and what was committed first stays committed. Only the wait for data is bounded:
a long upload or download that keeps moving is not cut, and the gateway's websocket keeps
its own timeouts.
"""

from __future__ import annotations

import aiohttp
import discord

__all__ = ["REPLY_TIMEOUT", "bound_waits"]

REPLY_TIMEOUT = 10.0
"""Seconds without a byte from Discord after which a request is given up (Discord answers in
well under a second; an interaction's first reply is useless after 3)."""


def bound_waits(http: discord.http.HTTPClient, seconds: float | None = None) -> None:
    """Give up `http`'s requests after `seconds` (`REPLY_TIMEOUT`) without an answer; call it
    once logged in, when discord.py has made its session."""
    session: aiohttp.ClientSession = http._HTTPClient__session  # type: ignore[attr-defined]
    wait = REPLY_TIMEOUT if seconds is None else seconds
    kept = session.timeout
    session._timeout = aiohttp.ClientTimeout(  # discord.py lets no caller pass one
        total=kept.total,
        connect=kept.connect,
        sock_connect=kept.sock_connect,
        sock_read=wait,
        ceil_threshold=kept.ceil_threshold,
    )
