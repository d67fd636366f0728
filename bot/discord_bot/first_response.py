"""One first response per interaction: a deferral and a reply never cross on their way.

Discord takes one first response per interaction; a second is refused ("already
acknowledged"), and discord.py only knows one was sent once Discord has answered it. A reply
sent while a deferral is on its way (or the other way round) would be refused and the user
left with "thinking" for good. So, for each interaction taken up (`track`), every response
goes through `Responding`, which waits for a deferral in flight, and a deferral
(`defer_once`) is not sent while a response is on its way or once there was one.
"""

from __future__ import annotations

import asyncio
import logging
from types import TracebackType

import discord

__all__ = [
    "Answering",
    "Responding",
    "answering",
    "defer_once",
    "expect_reply",
    "shows_thinking_to_all",
    "start_deferral",
    "track",
    "untrack",
]

log = logging.getLogger(__name__)


class Answering:
    """Where one interaction's answer stands."""

    __slots__ = (
        "deferrable",
        "deferring",
        "owned",
        "private",
        "public_thinking",
        "replied",
        "sending",
    )

    def __init__(self) -> None:
        self.deferring: asyncio.Future[None] | None = None
        """The deferral on its way to Discord (or sent), if any."""
        self.sending = 0
        """Responses on their way to Discord now."""
        self.replied = False
        """Whether a response other than a deferral went out (the user was told something)."""
        self.owned = False
        """Whether the handler deferred by itself: its work may take long (a download, posts)."""
        self.private: bool | None = None
        """Whether the handler said its reply will be a private new message (None: not said)."""
        self.public_thinking = False
        """Whether a command was deferred with a "thinking" everyone in the channel sees."""
        self.deferrable = False
        """Whether its first response may be a deferral before its timer (never a form)."""


_answering: dict[int, Answering] = {}


def track(interaction: discord.Interaction, state: Answering | None = None) -> Answering:
    """Start keeping where `interaction`'s answer stands (until `untrack`); `state`: where
    it stood when its handler ended (a note that follows it, sent as its handler would)."""
    kept = _answering[interaction.id] = state or Answering()
    return kept


def untrack(interaction: discord.Interaction) -> None:
    """Forget `interaction` (its handling ended)."""
    _answering.pop(interaction.id, None)


def answering(interaction: discord.Interaction) -> Answering | None:
    """Where `interaction`'s answer stands, if it is tracked."""
    return _answering.get(interaction.id)


def shows_thinking_to_all(interaction: discord.Interaction) -> bool:
    """Whether `interaction` shows everyone a "thinking" that nothing has filled yet: a
    follow-up would fill it, for everyone to see, whatever privacy it asks for."""
    state = _answering.get(interaction.id)
    return state is not None and state.public_thinking and not state.replied


def expect_reply(interaction: discord.Interaction, *, private: bool) -> None:
    """Say how `interaction`'s reply will be shown (a private new message, or not), for a
    deferral before it is ready (`bot.discord_bot.answer_in_time`)."""
    state = _answering.get(interaction.id)
    if state is not None:
        state.private = private


class Responding:
    """`async with Responding(interaction):` around sending a response (a reply, an edit, a
    follow-up, a modal): waits for a deferral on its way, then keeps deferrals back."""

    __slots__ = ("state",)

    def __init__(self, interaction: discord.Interaction) -> None:
        self.state = _answering.get(interaction.id)

    async def __aenter__(self) -> None:
        state = self.state
        if state is None:
            return
        if state.deferring is not None and not state.deferring.done():
            await asyncio.shield(state.deferring)
        state.sending += 1

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        state = self.state
        if state is None:
            return
        state.sending -= 1
        if kind is None:
            state.replied = True


async def defer_once(
    interaction: discord.Interaction, *, private: bool = False, owned: bool = True
) -> None:
    """Defer `interaction` unless it has a response (or one is on its way): privately with
    "thinking" when `private`, else without a visible change (a command shows a public
    "thinking"). Waits until Discord has the deferral, so the reply can follow it.

    `owned`: the handler defers before long work of its own (a download, posts, a chart),
    so `bot.discord_bot.answer_in_time` leaves it its time.
    """
    state = _answering.get(interaction.id)
    if state is None:
        if not interaction.response.is_done():
            await _defer(interaction, private)
        return
    state.owned = state.owned or owned
    deferral = start_deferral(interaction, state, private)
    if deferral is not None:
        await asyncio.shield(deferral)


def start_deferral(
    interaction: discord.Interaction, state: Answering, private: bool
) -> asyncio.Future[None] | None:
    """The deferral of a tracked interaction, started now unless it has a response or one is
    on its way (None then); the one already started, if any."""
    if state.deferring is None:
        if state.sending or interaction.response.is_done():
            return None
        state.deferring = asyncio.ensure_future(_defer(interaction, private))
        state.public_thinking = (
            not private and interaction.type is discord.InteractionType.application_command
        )
        state.deferring.add_done_callback(_seen)
    return state.deferring


def _seen(deferral: asyncio.Future[None]) -> None:
    """Mark a failed deferral's error as seen: whoever waits for it meets it (when nobody
    does, the handler meets the same refusal with its reply)."""
    if not deferral.cancelled() and deferral.exception() is not None:
        log.debug("a deferral failed: %r", deferral.exception())


async def _defer(interaction: discord.Interaction, private: bool) -> None:
    if private:
        await interaction.response.defer(ephemeral=True, thinking=True)
    else:
        await interaction.response.defer()
