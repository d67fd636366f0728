"""Discord with no network: discord.py's HTTP layer answered in-process, for benchmarks only.

`StubDiscord` replaces `discord.http.HTTPClient.request` (the REST API) and
`AsyncWebhookAdapter.request` (interaction callbacks and follow-ups, which discord.py sends
through its webhook adapter rather than `HTTPClient`) while it is active. Every body is still
serialised to JSON as the real layer would; answers are what Discord would send back. The
payloads a bot receives (`INTERACTION_CREATE`) come from the Discord double's own builders,
so they have the shape Discord gives them.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

import discord  # noqa: TID251 - benchmarks drive discord.py directly
import discord.http  # noqa: TID251
from discord import utils  # noqa: TID251
from discord.webhook import async_ as webhook_async  # noqa: TID251

from tests.discord_double import payloads
from tests.discord_double.state import DoubleState, InteractionType, User, iso_now

__all__ = ["StubDiscord"]

TOKEN = "benchmark-token"


class StubDiscord:
    """One fake Discord for one bot: answers its requests and counts its interaction replies."""

    def __init__(self) -> None:
        self.state = DoubleState()
        self.replies: dict[int, dict[str, Any]] = {}
        self.requests = 0
        self._waiting: tuple[int, asyncio.Future[None]] | None = None
        self._message_ids = itertools.count(10**17)
        self._saved: tuple[Any, Any] | None = None

    # -- patching -----------------------------------------------------------------------------

    def __enter__(self) -> StubDiscord:
        stub = self
        self._saved = (discord.http.HTTPClient.request, webhook_async.AsyncWebhookAdapter.request)

        async def http_request(
            client: discord.http.HTTPClient, route: discord.http.Route, **kwargs: Any
        ) -> Any:
            return stub._rest(route, kwargs)

        async def webhook_request(
            adapter: webhook_async.AsyncWebhookAdapter,
            route: discord.http.Route,
            session: Any = None,
            **kwargs: Any,
        ) -> Any:
            return stub._webhook(route, kwargs)

        discord.http.HTTPClient.request = http_request  # type: ignore[method-assign]
        webhook_async.AsyncWebhookAdapter.request = webhook_request  # type: ignore[method-assign]
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._saved is not None:
            discord.http.HTTPClient.request, webhook_async.AsyncWebhookAdapter.request = (  # type: ignore[method-assign]
                self._saved
            )

    # -- answers --------------------------------------------------------------------------------

    def _rest(self, route: discord.http.Route, kwargs: Mapping[str, Any]) -> Any:
        self.requests += 1
        if "json" in kwargs:
            utils._to_json(kwargs["json"])
        path, method = route.path, route.method
        if path == "/users/@me":
            return {**payloads.user(self.state.bot_user), "verified": True, "flags": 0}
        if path == "/oauth2/applications/@me":
            return payloads.application(self.state)
        if method == "PUT" and path.endswith("/commands"):
            commands = [
                {
                    **c,
                    "id": str(self.state.ids.next()),
                    "application_id": str(self.state.application_id),
                }
                for c in kwargs.get("json") or []
            ]
            self.state.global_commands = commands
            return commands
        if method == "POST" and path.endswith("/messages"):
            return self.message(dict(kwargs.get("json") or {}), route.channel_id or 0)
        return {}

    def _webhook(self, route: discord.http.Route, kwargs: Mapping[str, Any]) -> Any:
        self.requests += 1
        body = kwargs.get("payload")
        if body is not None:
            utils._to_json(body)
        elif kwargs.get("multipart"):
            body = utils._from_json(kwargs["multipart"][0]["value"])
        body = dict(body or {})
        if not route.path.endswith("/callback"):
            return self.message(body, 0)
        interaction_id = int(route.webhook_id or 0)
        self.replies[interaction_id] = body
        data = dict(body.get("data") or {})
        reply = {"interaction": {"id": str(interaction_id), "type": body.get("type")}}
        if body.get("type") in (4, 7):
            message = self.message(data, 0)
            reply["interaction"]["response_message_id"] = message["id"]
            reply["resource"] = {"type": body["type"], "message": message}
        if self._waiting is not None and len(self.replies) >= self._waiting[0]:
            future = self._waiting[1]
            if not future.done():
                future.set_result(None)
        return reply

    def message(self, body: Mapping[str, Any], channel_id: int) -> dict[str, Any]:
        """A message object as Discord returns it for a sent `body`."""
        return {
            "id": str(next(self._message_ids)),
            "channel_id": str(channel_id or self.state.general.id),
            "author": payloads.user(self.state.bot_user),
            "content": body.get("content") or "",
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": list(body.get("embeds") or []),
            "components": list(body.get("components") or []),
            "pinned": False,
            "type": 0,
            "flags": int(body.get("flags") or 0),
        }

    # -- driving a bot --------------------------------------------------------------------------

    async def login(self, bot: discord.Client) -> None:
        """Log `bot` in (its setup hook runs) and give it the seed guild, as READY would."""
        await bot.login(TOKEN)
        guild = payloads.guild_create(self.state.guild, intents=0)
        bot._connection._add_guild_from_data(guild)  # type: ignore[arg-type]

    def users(self, count: int) -> list[User]:
        """`count` members of the seed guild (a command's cooldown is per user)."""
        made = []
        for i in range(count):
            user = self.state.new_user(f"user{i}")
            self.state.add_member(user)
            made.append(user)
        return made

    def slash(self, user: User, name: str, options: Mapping[str, Any]) -> dict[str, Any]:
        """The INTERACTION_CREATE payload of `user` running `/name options`."""
        command = self.state.find_command(name, None)
        data = payloads.command_data(self.state, command, [], options)
        return self._interaction(InteractionType.APPLICATION_COMMAND, data, user, None)

    def click(self, user: User, message: dict[str, Any], custom_id: str) -> dict[str, Any]:
        """The INTERACTION_CREATE payload of `user` clicking button `custom_id` on `message`."""
        data = {"custom_id": custom_id, "component_type": 2}
        return self._interaction(InteractionType.MESSAGE_COMPONENT, data, user, message)

    def _interaction(
        self,
        kind: InteractionType,
        data: dict[str, Any],
        user: User,
        message: dict[str, Any] | None,
    ) -> dict[str, Any]:
        payload = payloads.interaction(
            self.state,
            interaction_id=self.state.ids.next(),
            token=self.state.next_token(),
            type_=kind,
            data=data,
            invoker=user,
            channel_id=self.state.general.id,
        )
        if message is not None:
            payload["message"] = message
        return payload

    async def feed(
        self, bot: discord.Client, batch: list[dict[str, Any]], timeout: float = 120.0
    ) -> None:
        """Hand every payload to the bot's gateway parser and wait until each was answered.

        Each payload gets its id (a snowflake, whose time is when Discord created the
        interaction) as it is handed over: a batch is built before it is timed, and a bot
        that reads a click's age from its id (`bot.discord_bot.click_age`) would otherwise
        take the time spent building the batch for the user's wait, and defer."""
        self.replies.clear()
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting = (len(batch), future)
        parse: Callable[[dict[str, Any]], None] = bot._connection.parse_interaction_create  # type: ignore[assignment]
        for payload in batch:
            payload["id"] = str(self.state.ids.next())
            parse(payload)
        try:
            await asyncio.wait_for(future, timeout)
        finally:
            self._waiting = None
