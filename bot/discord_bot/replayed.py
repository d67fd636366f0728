"""Interactions Discord delivers twice.

Discord may deliver one interaction again: its gateway replays events after a RESUME, and a
second gateway session on the same shard (a second process) gets the same events. Handling a
click twice would try a second reply, which Discord refuses ("Interaction has already been
acknowledged"). A process handles each interaction id once; a replay is one log line and
nothing more (the first delivery answers the user). When another process answered first,
Discord's refusal is one log line too, never a traceback and never a "something went wrong".
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

import discord

from bot.discord_bot.click_age import clicked_at

__all__ = ["ALREADY_ANSWERED", "Deliveries", "is_already_answered", "log_already_answered"]

log = logging.getLogger("briefbot")

ALREADY_ANSWERED = 40060
"""Discord's error code for a second answer to one interaction."""
REMEMBERED = 15 * 60.0
"""Seconds an interaction can still be replied to (its token's life): older ids are dropped."""
MOST_REMEMBERED = 100_000
"""A bound on the ids kept, whatever the clock says."""


class Deliveries:
    """The ids of the interactions this process has taken up lately (the last 15 minutes)."""

    def __init__(self, keep: int = MOST_REMEMBERED) -> None:
        self._seen: OrderedDict[int, float] = OrderedDict()
        """Each id taken up, with when it was created (seconds since the epoch)."""
        self._keep = keep

    def first(self, interaction: discord.Interaction[Any], what: str) -> bool:
        """True the first time `interaction` arrives; a replay is one warning line, False."""
        if interaction.id in self._seen:
            log.warning(
                "%s by user %s: interaction %s delivered again (a gateway replay); "
                "ignored, its first delivery answers it",
                what,
                interaction.user.id,
                interaction.id,
            )
            return False
        created = clicked_at(interaction)
        self._forget_before(created - REMEMBERED)
        self._seen[interaction.id] = created
        return True

    def _forget_before(self, oldest: float) -> None:
        while self._seen and (
            len(self._seen) >= self._keep or next(iter(self._seen.values())) < oldest
        ):
            self._seen.popitem(last=False)


def is_already_answered(error: BaseException) -> bool:
    """Whether `error` is Discord refusing a second answer to one interaction."""
    return isinstance(error, discord.HTTPException) and error.code == ALREADY_ANSWERED


def log_already_answered(interaction: discord.Interaction[Any], what: str) -> None:
    """One warning line: something else (another process) answered `what` first."""
    log.warning(
        "%s by user %s: interaction %s was already answered (by another process on this "
        "shard?); this reply was dropped",
        what,
        interaction.user.id,
        interaction.id,
    )
