"""discord.py's reconnect lines without their tracebacks.

When the link to Discord's gateway fails (the network, a timeout, a 5xx, the gateway closing)
discord.py logs the error with a full traceback, then backs off and tries again. That is a
fault outside the bot, not a bug in it: the operator gets one warning line that names it. Any
other error logged there keeps its traceback.
"""

from __future__ import annotations

import logging

import discord

from bot.discord_bot.discord_down import describe, is_discord_down

__all__ = ["OneLineReconnects", "is_link_fault", "quiet_reconnect_tracebacks"]

_RECONNECTING_LOGGERS = ("discord.client", "discord.shard")
"""discord.py's loggers that log a failed (re)connection with its traceback before retrying."""


def is_link_fault(error: BaseException) -> bool:
    """Whether `error` is the gateway link failing in a way discord.py retries."""
    return is_discord_down(error) or isinstance(
        error, OSError | TimeoutError | discord.ConnectionClosed | discord.GatewayNotFound
    )


class OneLineReconnects(logging.Filter):
    """Turns a gateway link fault logged with its traceback into one warning line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and is_link_fault(error):
            record.msg = f"{record.getMessage()} (the link to Discord failed: {describe(error)})"
            record.args = None
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def quiet_reconnect_tracebacks() -> None:
    """Put `OneLineReconnects` on discord.py's reconnecting loggers (once)."""
    for name in _RECONNECTING_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, OneLineReconnects) for f in logger.filters):
            logger.addFilter(OneLineReconnects())
