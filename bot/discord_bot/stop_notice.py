"""At a stop: a polite "try again" for each interaction still being handled at the limit.

A click whose commit waits on a locked database was deferred (the student sees "thinking");
if the stop cannot wait for its verdict, its handler is stopped (commits are shielded, so one
that lands after all shows on the retry) and the student is told privately to try again, so
the click never stays "thinking" for good. A handler whose reply is already on its way is
left to send it instead. Nothing was acknowledged, so nothing is lost. Each note is in the
student's own Discord language (no database read while stopping), follows a deferral still
on its way to Discord, and all go out within a bounded time, before the link to Discord
closes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any, cast

import discord

from bot.core.replies import Reply
from bot.discord_bot.first_response import answering, track, untrack
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.i18n import N_, _, pick_language, use_language

__all__ = ["STOPPING", "ask_to_retry", "tell_unfinished"]

log = logging.getLogger(__name__)

STOPPING = N_("I am restarting and could not finish this in time. Please try again in a minute.")
"""What a student whose click could not be finished before a stop is told."""


async def tell_unfinished(
    handling: Mapping[asyncio.Task[Any], discord.Interaction[Any]], seconds: float
) -> int:
    """Stop each handler in `handling` that has no reply on its way and tell its user to try
    again; wait for the replies on their way; all within `seconds`. How many were told."""
    if not handling:
        return 0
    try:
        async with asyncio.timeout(seconds):
            told = await asyncio.gather(*(_stop_and_tell(t, i) for t, i in handling.items()))
    except TimeoutError:
        log.warning("stopping: Discord took over %.1f s to take the 'try again' notes", seconds)
        return 0
    return sum(told)


async def _stop_and_tell(task: asyncio.Task[Any], interaction: discord.Interaction[Any]) -> bool:
    state = answering(interaction)
    if state is not None and (state.sending or state.replied):
        await asyncio.wait([task])  # its reply is on its way: the user gets that
        return False
    task.cancel()
    await asyncio.wait([task])  # its `finally` blocks run first
    if state is not None:
        track(interaction, state)  # as it stood: a public "thinking" is not filled
    try:
        return await ask_to_retry(interaction, STOPPING)
    finally:
        if state is not None:
            untrack(interaction)


_WAITING = (
    None,
    discord.InteractionResponseType.deferred_channel_message,
    discord.InteractionResponseType.deferred_message_update,
)
"""Response types of an interaction whose user is still waiting (none yet, or "thinking")."""


async def ask_to_retry(interaction: discord.Interaction[Any], message: str) -> bool:
    """Tell the user of an interaction still waiting (no answer yet, or "thinking") privately
    the untranslated `message`, in their own Discord language (no database read); whether
    they were told. An answered one is left alone: its handler is only finishing up."""
    if interaction.response.type not in _WAITING:
        return False
    locale = interaction.locale.value if interaction.locale else None
    with use_language(pick_language(locale)):
        try:
            await send_reply(cast(Interaction, interaction), Reply.problem(_(message)))
        except discord.HTTPException as exc:  # expired, or Discord down: nothing more to do
            log.warning("could not ask user %s to try again (%s)", interaction.user.id, exc)
            return False
    return True
