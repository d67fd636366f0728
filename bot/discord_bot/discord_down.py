"""Discord failing a reply: a 5xx (an outage, past discord.py's own retries), a 429 still
there after discord.py waited out five of them (or one without Discord's `Via` header, a
Cloudflare refusal discord.py does not wait out), or the network between us (the connection
reset or dropped, a timeout while sending).

It is not a bug of ours: one warning line for the operator, never a traceback, and the user
is asked to try again (the reply that failed said nothing was done that was not committed
first, so the retry shows where things stand). Telling the user may fail the same way; that
is part of the same fault, not a second line.
"""

from __future__ import annotations

import logging
from types import TracebackType

import aiohttp
import discord

from bot.core.replies import Reply
from bot.discord_bot import http_timeout
from bot.discord_bot.expired import is_expired
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.replayed import is_already_answered
from bot.discord_bot.respond import send_reply
from bot.i18n import N_, _

__all__ = [
    "DISCORD_DOWN",
    "is_discord_down",
    "is_rate_limited",
    "log_discord_down",
    "tell_discord_down",
]

log = logging.getLogger("briefbot")

DISCORD_DOWN = N_("Discord did not take my answer just now. Please try again in a moment.")
"""What a user is told when Discord failed the reply (a 5xx, a 429 past its waits) or the
network failed it."""


def is_discord_down(error: BaseException) -> bool:
    """Whether `error` is Discord failing a request with a 5xx or a 429 discord.py gave up
    waiting out, or the network failing it."""
    return (
        isinstance(error, discord.DiscordServerError)
        or is_rate_limited(error)
        or is_network_error(error)
    )


def is_rate_limited(error: BaseException) -> bool:
    """Whether `error` is Discord's 429 that discord.py raised after its own retries (or
    would not wait out)."""
    return isinstance(error, discord.RateLimited) or (
        isinstance(error, discord.HTTPException) and error.status == TOO_MANY_REQUESTS
    )


TOO_MANY_REQUESTS = 429


def is_network_error(error: BaseException) -> bool:
    """Whether `error` is the connection to Discord failing: aiohttp's own errors, a timeout
    or reset raised inside aiohttp (its total timeout is a bare `TimeoutError`), or a request
    on the session a stop has just closed (a reply still being sent as the bot stops)."""
    if isinstance(error, aiohttp.ClientError):
        return True
    if isinstance(error, RuntimeError) and str(error) == "Session is closed":
        return _inside_aiohttp(error.__traceback__)  # a stop closed the link mid-reply
    return isinstance(error, TimeoutError | ConnectionError) and _inside_aiohttp(
        error.__traceback__
    )


def _inside_aiohttp(tb: TracebackType | None) -> bool:
    while tb is not None:
        if str(tb.tb_frame.f_globals.get("__name__", "")).startswith("aiohttp."):
            return True
        tb = tb.tb_next
    return False


def is_html_page(error: discord.HTTPException) -> bool:
    """Whether Discord's answer was an HTML page, Cloudflare's (in front of Discord) rather
    than Discord's JSON: a 429 refusal, a 502 or 503 while Discord is down."""
    return error.text.lstrip().startswith("<")


def describe(error: BaseException) -> str:
    """The fault in a few words: Discord's status line, Discord silent past the bounded
    wait (`bot.discord_bot.http_timeout`), or the network error's kind."""
    if isinstance(error, discord.HTTPException):
        if is_html_page(error):  # the page is for a browser: its status says it all
            return f"{error.status} {error.response.reason} from Cloudflare"
        return str(error)
    if isinstance(error, discord.RateLimited):
        return f"rate limited for {error.retry_after:.1f} s"
    if isinstance(error, aiohttp.SocketTimeoutError):
        return f"no answer from Discord within {http_timeout.REPLY_TIMEOUT:g} s"
    return f"network error, {type(error).__name__}: {error}".rstrip(": ")


def log_discord_down(interaction: discord.Interaction, what: str, error: BaseException) -> None:
    """One warning line: Discord (or the network to it) failed the reply to `what`; or the
    bot's own stop closed the link under a reply on its way (nobody can be told then)."""
    log.warning(
        "%s by user %s: Discord failed the reply (%s); %s",
        what,
        interaction.user.id,
        describe(error),
        "the bot is stopping, so the user cannot be told; a retry after the restart shows "
        "what was done"
        if interaction.client.is_closed()
        else "the user is asked to try again",
    )


async def tell_discord_down(interaction: Interaction) -> None:
    """Ask the user to try again; if Discord fails this reply too (or took the first one
    after all), the line already logged for the fault says it all."""
    try:
        await send_reply(interaction, Reply.problem(_(DISCORD_DOWN)))
    except Exception as again:
        if not (is_discord_down(again) or is_expired(again) or is_already_answered(again)):
            raise
        log.debug("could not tell user %s to try again: %s", interaction.user.id, again)
