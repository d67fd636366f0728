"""What one server must never see of another: each guild's secrets (briefing titles, its own
members' names, its channels, its ids) looked for in everything the bot showed in the others."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .state import Channel, DoubleState, Guild, Message, User


def person_marks(user: User) -> list[str]:
    """How a user can show in a message: the name Discord shows (their display name, or
    their user name without one) and their mention."""
    return [user.global_name or user.username, user.mention]


def channel_marks(channel: Channel) -> list[str]:
    """How a channel can show in a message: `#name` and its mention."""
    return [f"#{channel.name}", channel.mention]


@dataclass(frozen=True)
class Leak:
    """A guild's secret found in what the bot showed in another guild."""

    secret: str
    owner: Guild
    """The guild the secret belongs to."""
    seen_in: Guild
    where: str
    """What showed it: a message (with its id) or an autocomplete answer."""

    def __str__(self) -> str:
        return f"{self.owner.name}'s {self.secret!r} shown in {self.seen_in.name} ({self.where})"


def _shown(message: Message) -> Iterable[str]:
    """Every version of a message as the user saw it, attachments' bytes included."""
    for version in [*message.history, message.data]:
        yield json.dumps(version, ensure_ascii=False)
    for data in message.files.values():
        yield data.decode("utf-8", "replace")


def cross_server_leaks(state: DoubleState, secrets: Mapping[int, Iterable[str]]) -> list[Leak]:
    """Each of a guild's `secrets` (by guild id) found in a bot message (every version, its
    files too, ephemeral replies included) or an autocomplete choice shown in another guild.
    Messages in direct messages belong to no guild: the caller decides about those."""
    wanted = {gid: [s for s in marks if s] for gid, marks in secrets.items()}
    found: list[Leak] = []

    def look(texts: Iterable[str], seen_in: Guild, where: str) -> None:
        joined = "\n".join(texts).casefold()
        for gid, marks in wanted.items():
            owner = state.guild_by_id(gid)
            if owner is None or owner is seen_in:
                continue
            found.extend(Leak(s, owner, seen_in, where) for s in marks if s.casefold() in joined)

    for message in list(state.messages.values()):
        channel = state.channel(message.channel_id)
        guild = None if channel is None else state.guild_of(channel)
        if message.author_id == state.bot_user.id and channel is not None and guild is not None:
            look(_shown(message), guild, f"message {message.id} in #{channel.name}")
    for itx in list(state.interactions.values()):
        channel = state.channel(itx.channel_id)
        guild = None if channel is None else state.guild_of(channel)
        if guild is not None and itx.callback is not None and itx.callback.choices:
            look([json.dumps(itx.callback.choices, ensure_ascii=False)], guild, f"{itx!r}")
    return found


def dm_leaks(state: DoubleState, user: User, secrets: Iterable[str]) -> list[str]:
    """Which of `secrets` a user's direct messages from the bot hold (every version)."""
    channel = state.dm_channels.get(user.id)
    if channel is None:
        return []
    texts = "\n".join(
        text
        for message in state.messages_in(channel.id)
        if message.author_id == state.bot_user.id
        for text in _shown(message)
    ).casefold()
    return [s for s in secrets if s and s.casefold() in texts]


def secrets_of(
    guild: Guild, titles: Iterable[str], people: Iterable[User], *, extra: Iterable[str] = ()
) -> list[str]:
    """A guild's secrets: its briefings' `titles`, its own `people` (members of no other
    guild), its text channels, its name and id, and `extra` (scores only it has)."""
    marks = [*titles, guild.name, str(guild.id), *extra]
    for user in people:
        marks += person_marks(user)
    for channel in guild.channels:
        marks += channel_marks(channel)
    return marks


def only_member_of(state: DoubleState, guild: Guild) -> list[User]:
    """The human members of `guild` who are in no other guild of the double."""
    return [
        m.user
        for m in guild.members.values()
        if not m.user.bot
        and not any(m.user.id in g.members for g in state.guilds if g is not guild)
    ]


def choices_text(choices: list[dict[str, Any]]) -> str:
    """An autocomplete answer as one text (for messages in assertions)."""
    return ", ".join(str(c.get("name")) for c in choices)
