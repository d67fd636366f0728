"""A per-user command cooldown that stays cheap however many users there are.

discord.py's `app_commands.checks.cooldown` scans every bucket it holds on every use to drop
expired ones, so with a whole school using a command each use costs time in proportion to the
number of recent users. This check keeps the same rule and raises the same error
(`app_commands.CommandOnCooldown`, answered politely by the bot's error handler), but sweeps
expired buckets at most once per cooldown period.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from discord import app_commands

from bot.discord_bot.click_age import clicked_at
from bot.discord_bot.interaction import Interaction

__all__ = ["UserCooldown", "per_user_cooldown", "refund_cooldown"]

_COUNTED = "briefbot.cooldown"
"""The key under which an interaction keeps the limit that counted it (`Interaction.extras`)."""

T = TypeVar("T")


class UserCooldown:
    """At most `rate` uses per `per` seconds for each user."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._buckets: dict[int, app_commands.Cooldown] = {}
        self._swept = 0.0

    def __len__(self) -> int:
        return len(self._buckets)

    def hit(self, user_id: int, now: float) -> float | None:
        """Count one use at `now` (a timestamp); seconds to wait if over the limit, else None."""
        if now - self._swept > self.per:
            self._swept = now
            expired = [k for k, b in self._buckets.items() if now > b._last + b.per]
            for key in expired:
                del self._buckets[key]
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        return bucket.update_rate_limit(now)

    def refund(self, user_id: int) -> None:
        """Give back one use: the command it counted refused or failed, so nothing started."""
        bucket = self._buckets.get(user_id)
        if bucket is not None:
            bucket._tokens = min(bucket.rate, max(bucket._tokens, 0) + 1)

    def bucket(self, user_id: int) -> app_commands.Cooldown | None:
        """The user's bucket, if they used the command recently."""
        return self._buckets.get(user_id)


def per_user_cooldown(rate: int, per: float) -> Callable[[T], T]:
    """A check decorator: `rate` uses per `per` seconds per user, else CommandOnCooldown."""
    limit = UserCooldown(rate, per)

    async def predicate(interaction: Interaction) -> bool:
        retry_after = limit.hit(interaction.user.id, clicked_at(interaction))
        if retry_after is None:
            interaction.extras[_COUNTED] = limit
            return True
        bucket = limit.bucket(interaction.user.id)
        assert bucket is not None
        raise app_commands.CommandOnCooldown(bucket, retry_after)

    return app_commands.check(predicate)


def refund_cooldown(interaction: Interaction) -> None:
    """A command that refused or failed does not count toward its user's cooldown: a student
    who mistyped a briefing name may try again at once."""
    limit = interaction.extras.pop(_COUNTED, None)
    if isinstance(limit, UserCooldown):
        limit.refund(interaction.user.id)
