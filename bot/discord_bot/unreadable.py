"""Gateway events discord.py cannot read.

discord.py reads each gateway event with a parser of its own; one that raises (a field it
expects is missing, a shape it does not know) ends the whole connection, and with it the
process. Here each parser is guarded: an event that cannot be read is one error line naming
it, and is skipped; the connection goes on. An interaction that cannot be read (no user, a
button without its custom id) is refused politely through its token, so the user is told to
try again instead of seeing "This interaction failed"; one in a server without its channel
object gets it from its channel id (`mend_channel`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

import discord

from bot.i18n import N_, pick_language, translate

__all__ = ["UNREADABLE", "guard_parsers", "interaction_problem", "mend_channel", "private_reply"]

log = logging.getLogger("briefbot")

UNREADABLE = N_("I could not read that request. Please try again.")
"""What a user is told when their interaction could not be read."""

Parser = Callable[[Any], None]
Refuse = Callable[[str, str, str], Any]
"""Sends `text` as a private reply to the interaction (`id`, `token`); returns an awaitable."""

_CHANNEL_MESSAGE = 4
_EPHEMERAL = 64
_WITH_CUSTOM_ID = (3, 5)
"""Interaction types (button or menu, form) that always carry a custom id."""


def interaction_problem(data: Mapping[str, Any]) -> str | None:
    """What an INTERACTION_CREATE payload lacks that discord.py or the bot needs, if anything."""
    if not data.get("id") or not data.get("token"):
        return "no id or token"
    who = "member" if data.get("guild_id") else "user"  # what discord.py reads the user from
    if not isinstance(data.get(who), Mapping):
        return f"no {who}"
    inner = data.get("data")
    if data.get("type") in _WITH_CUSTOM_ID and not (
        isinstance(inner, Mapping) and inner.get("custom_id")
    ):
        return "no custom_id"
    return None


def private_reply(http: discord.http.HTTPClient) -> Refuse:
    """Answers an interaction by its id and token alone, privately, pinging nobody."""

    async def reply(interaction_id: str, token: str, text: str) -> None:
        route = discord.http.Route(
            "POST",
            "/interactions/{interaction_id}/{token}/callback",
            interaction_id=interaction_id,
            token=token,
        )
        data = {"content": text, "flags": _EPHEMERAL, "allowed_mentions": {"parse": []}}
        await http.request(route, json={"type": _CHANNEL_MESSAGE, "data": data})

    return reply


def guard_parsers(parsers: MutableMapping[str, Parser], refuse: Refuse) -> None:
    """Guard every parser in discord.py's table in place (`ConnectionState.parsers`)."""
    for event, parse in list(parsers.items()):
        parsers[event] = _guarded(event, parse, refuse)


def mend_channel(data: MutableMapping[str, Any]) -> None:
    """A server's interaction without its `channel` object (optional in Discord's reference)
    gets one from its `channel_id`: discord.py reads the channel, and its id, from that object
    alone, so every command would run as if sent from no channel."""
    if data.get("guild_id") and data.get("channel_id") and not data.get("channel"):
        data["channel"] = {"id": data["channel_id"]}


def _guarded(event: str, parse: Parser, refuse: Refuse) -> Parser:
    def read(data: Any) -> None:
        problem = interaction_problem(data) if event == "INTERACTION_CREATE" else None
        if problem is None and event == "INTERACTION_CREATE":
            mend_channel(data)
        if problem is None:
            try:
                parse(data)
                return
            except Exception as exc:
                problem = f"{type(exc).__name__}: {exc}"
        log.error("gateway event %s could not be read (%s): skipped", event, problem)
        if event == "INTERACTION_CREATE" and data.get("id") and data.get("token"):
            _refuse_later(data, refuse)

    return read


def _refuse_later(data: Mapping[str, Any], refuse: Refuse) -> None:
    text = translate(UNREADABLE, pick_language(str(data.get("locale") or "")))
    task = asyncio.ensure_future(refuse(str(data["id"]), str(data["token"]), text))
    task.add_done_callback(_log_refusal_failure)


def _log_refusal_failure(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.warning("could not tell the user their request was unreadable (%r)", exc)
