"""The test driver: start the fake Discord, run a bot against it, act as its users."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Protocol, TypeVar

import discord.gateway
import discord.http
import yarl

from . import messages, payloads
from .server import DiscordServer
from .state import (
    GATEWAY_CONNECT,
    HANG_GUARD,
    Channel,
    DoubleState,
    Guild,
    InjectedFault,
    InteractionRecord,
    InteractionType,
    Message,
    OpenModal,
    Overwrite,
    Role,
    SecondGuild,
    User,
    walk_components,
)

T = TypeVar("T")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class BotClient(Protocol):
    """What the double needs of a discord.py client (Client, Bot, AutoShardedBot)."""

    async def login(self, token: str) -> None: ...
    async def connect(self, *, reconnect: bool = True) -> None: ...
    async def close(self) -> None: ...


class DiscordDouble:
    """A fake Discord on 127.0.0.1 for the real discord.py client.

    ``async with DiscordDouble() as double:`` starts it and points discord.py at it; leaving
    the block closes any bot started with :meth:`start`, stops the server and restores
    discord.py's URLs. The seed guild has #general and #news, roles @everyone and Moderator
    (Manage Guild, Manage Messages), and members ``owner``, ``moderator``, ``student`` and
    the bot. ``second_guild=True`` adds a second guild (`second`: #lounge, its own owner,
    moderator and student; the seed guild's ``student`` is in both)."""

    token = "briefbot-test-token"

    def __init__(
        self,
        *,
        ack_window: float = 3.0,
        timeout: float = HANG_GUARD,
        shard_count: int = 1,
        second_guild: bool = False,
    ) -> None:
        self.state = DoubleState(default_timeout=timeout, second_guild=second_guild)
        self.state.shard_count = shard_count
        self.server = DiscordServer(self.state, token=self.token, ack_window=ack_window)
        self.timeout = timeout
        self._bots: list[tuple[BotClient, asyncio.Task[None]]] = []
        self._saved: tuple[str, yarl.URL] | None = None
        self._real_getaddrinfo: Callable[..., Any] | None = None

    # -- seed entities ----------------------------------------------------------------------

    @property
    def guild(self) -> Guild:
        """The seed guild."""
        return self.state.guild

    @property
    def general(self) -> Channel:
        """#general."""
        return self.state.general

    @property
    def news(self) -> Channel:
        """#news."""
        return self.state.news

    @property
    def student(self) -> User:
        """A member with no roles."""
        return self.state.student

    @property
    def moderator(self) -> User:
        """A member with the Moderator role (Manage Guild, Manage Messages)."""
        return self.state.moderator

    @property
    def owner(self) -> User:
        """The guild owner (every permission)."""
        return self.state.owner

    @property
    def bot_user(self) -> User:
        """The bot's own user; its id is also the application id."""
        return self.state.bot_user

    @property
    def second(self) -> SecondGuild:
        """The second guild and its people (only with ``second_guild=True``)."""
        if self.state.second is None:
            raise AssertionError("this double has one guild: pass second_guild=True")
        return self.state.second

    @property
    def moderator_role(self) -> Role:
        """The Moderator role."""
        return self.state.guild.role("Moderator")

    @property
    def everyone_role(self) -> Role:
        """The @everyone role."""
        return self.state.guild.everyone

    # -- lifecycle ----------------------------------------------------------------------------

    async def __aenter__(self) -> DiscordDouble:
        try:
            await self.server.start()
        except BaseException:
            await self.server.stop()
            raise
        self._saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = self.server.api_url
        # A plain Client (and a resumed or invalidated session) connects to DEFAULT_GATEWAY
        # without asking /gateway/bot; keep that on loopback too.
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.server.gateway_url)
        self._guard_network()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            with contextlib.suppress(AssertionError):  # let answers in flight arrive first
                await self.state.wait_until(lambda: self.server.in_flight == 0, 1.0)
            for bot, task in reversed(self._bots):
                await self._stop_bot(bot, task)
            self._bots.clear()
            await self.server.stop()
        finally:
            if self._saved is not None:
                discord.http.Route.BASE = self._saved[0]
                discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved[1]
            if self._real_getaddrinfo is not None:
                socket.getaddrinfo = self._real_getaddrinfo
        if self.state.errors and exc is None:
            raise AssertionError(f"the discord double itself failed: {self.state.errors}")

    def _guard_network(self) -> None:
        """Refuse name lookups of any host but loopback while the double runs."""
        real = socket.getaddrinfo
        blocked = self.state.blocked_hosts

        def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
            name = host.decode() if isinstance(host, bytes) else str(host)
            if name not in LOOPBACK:
                blocked.append(name)
                raise OSError(f"discord double: refusing to contact {name!r}, only 127.0.0.1")
            return real(host, *args, **kwargs)

        self._real_getaddrinfo = real
        socket.getaddrinfo = guarded

    async def start(self, bot: T, *, ready: bool = True) -> T:
        """Log ``bot`` in (its ``setup_hook`` runs, so a sync there is recorded), connect it
        to the gateway and, unless ``ready`` is False, wait until it has the guild."""
        client: BotClient = bot  # type: ignore[assignment]
        try:
            await client.login(self.token)
        except BaseException:
            await client.close()
            raise
        task = asyncio.create_task(client.connect(reconnect=False), name="discord-double-bot")
        self._bots.append((client, task))
        if ready:
            await self.wait_ready()
        return bot

    async def stop(self, bot: Any) -> None:
        """Close a bot started with :meth:`start` (leaving the block does it too)."""
        for entry in list(self._bots):
            if entry[0] is bot:
                self._bots.remove(entry)
                await self._stop_bot(*entry)

    @staticmethod
    async def _stop_bot(bot: BotClient, task: asyncio.Task[None]) -> None:
        await bot.close()
        done, _ = await asyncio.wait({task}, timeout=5)
        if not done:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        elif not task.cancelled() and task.exception() is not None:
            raise AssertionError("the bot's connection failed") from task.exception()

    async def wait_ready(self, timeout: float | None = None) -> None:
        """Wait until a bot has identified, received READY and GUILD_CREATE, and parsed them.

        discord.py fires ``on_ready`` itself only ``guild_ready_timeout`` (default 2 s) later;
        the bot can already take interactions and messages when this returns."""

        def connected() -> bool:
            for _, task in self._bots:
                if task.done() and not task.cancelled() and task.exception() is not None:
                    raise AssertionError("the bot stopped while connecting") from task.exception()
            return bool(self.server.sessions)

        await self.state.wait_until(
            connected,
            timeout,
            lambda: f"no bot identified on the gateway{self.state.diagnostics()}",
        )
        await self.server.sync(timeout)

    # -- gateway ------------------------------------------------------------------------------

    def deliver_to(self, index: int | None) -> None:
        """Send the following events (interactions included) only to the ``index``-th
        connected session, in order of connection: one of several bot processes sharing a
        database. ``None`` sends to every session again."""
        self.server.only_to = None if index is None else self.server.sessions[index]

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a gateway DISPATCH event to the bot; returns how many sessions received it
        (intents decide: a guild MESSAGE_CREATE needs GUILD_MESSAGES)."""
        return await self.server.dispatch(event, data)

    async def sync(self, timeout: float | None = None) -> None:
        """Wait until the bot has parsed every event sent so far (its caches are up to date;
        event handlers run as tasks and may still be going)."""
        await self.server.sync(timeout)

    async def request_reconnect(self, timeout: float | None = None) -> None:
        """Ask every connected bot to reconnect (op 7); returns once it has resumed."""
        old = self.server.sessions
        for session in old:
            await session.send(7)
        await self.state.wait_until(
            lambda: self.server.sessions and not set(old) & set(self.server.sessions),
            timeout,
            lambda: f"the bot did not resume its session{self.state.diagnostics()}",
        )
        await self.server.sync(timeout)

    def fail_next(
        self, match: str, *, times: int = 1, status: int = 500, after: int = 0
    ) -> InjectedFault:
        """Answer the next `times` requests matching `match` ("POST /interactions") with
        `status` (500; 403 for a refused post), once `after` of them were served as usual."""
        fault = InjectedFault(match, status, times, after=after)
        self.state.faults.append(fault)
        return fault

    def rate_limit_next(
        self,
        match: str,
        *,
        retry_after: float,
        times: int = 1,
        after: int = 0,
        cloudflare: bool = False,
    ) -> InjectedFault:
        """Answer the next `times` requests matching `match` with Discord's 429 (a route's
        bucket exhausted: `retry_after` seconds in the body and the headers), once `after`
        of them were served as usual. `cloudflare`: Cloudflare's 429 instead (an HTML page
        without Discord's `Via` header), which discord.py raises at once."""
        fault = InjectedFault(
            match, 429, times, retry_after=retry_after, after=after, cloudflare=cloudflare
        )
        self.state.faults.append(fault)
        return fault

    def reset_next(
        self, match: str, *, times: int = 1, served: bool = False, after: int = 0
    ) -> InjectedFault:
        """Drop the connection of the next `times` requests matching `match` without an
        answer (the bot sees "connection reset"); `served`: each took effect first. Once
        `after` of them were served as usual."""
        fault = InjectedFault(match, 0, times, reset=True, served=served, after=after)
        self.state.faults.append(fault)
        return fault

    def refuse_gateway_next(self, *, times: int = 1) -> InjectedFault:
        """Drop the next `times` gateway connections as they open, before the websocket is
        accepted (Discord's gateway unreachable for a moment: the bot backs off and retries)."""
        fault = InjectedFault(GATEWAY_CONNECT, 0, times, reset=True)
        self.state.faults.append(fault)
        return fault

    def hang_next(self, match: str, *, times: int = 1, after: int = 0) -> InjectedFault:
        """Accept the next `times` requests matching `match` and never answer them (Discord
        hanging: the request takes no effect; only the bot giving up ends it), once `after`
        of them were served as usual."""
        fault = InjectedFault(match, 0, times, hang=True, after=after)
        self.state.faults.append(fault)
        return fault

    def slow_next(
        self, match: str, *, seconds: float, times: int = 1, after: int = 0
    ) -> InjectedFault:
        """Serve the next `times` requests matching `match` as usual, but hold each answer
        back `seconds` (Discord slow to answer: the request took effect on arrival), once
        `after` of them were answered at once."""
        fault = InjectedFault(match, 0, times, delay=seconds, after=after)
        self.state.faults.append(fault)
        return fault

    async def close_gateway(self, code: int | None, *, resumable: bool = True) -> None:
        """Hang up on every connected bot: a close frame with `code` (1000, 4000, 4009...),
        or, with None, the TCP connection dropped without one. Not `resumable`: the sessions
        are forgotten, so the bot must identify anew (READY and GUILD_CREATE again)."""
        for session in self.server.sessions:
            await session.hang_up(code, resumable=resumable)

    def half_open(self) -> None:
        """Every connected bot's connection goes half-open: it stays open, but heartbeats get
        no ACK and events no longer arrive (kept, and replayed once the bot resumes)."""
        for session in self.server.sessions:
            session.go_half_open()

    def deliver_late(self, seconds: float, *, times: int = 1) -> None:
        """The next `times` interactions reach the bot `seconds` after the user acted (a slow
        gateway, or the bot's process paused): their ids say they were created then, and
        Discord's 3 s to answer count from then, as `acknowledged_after` does."""
        self.state.late_by.extend([seconds] * times)

    def expire_nonces(self) -> None:
        """Minutes pass for Discord's memory of enforced nonces: a nonce used before posts a
        new message again (`DoubleState.NONCE_WINDOW` otherwise)."""
        self.state.expire_nonces()

    async def delete(self, message: Message) -> None:
        """A moderator deletes a message in its channel (MESSAGE_DELETE)."""
        message.deleted = True
        await self.server.announce("MESSAGE_DELETE", message)

    async def add_channel(
        self, name: str, *, overwrites: list[Overwrite] | None = None, guild: Guild | None = None
    ) -> Channel:
        """Create a text channel (CHANNEL_CREATE) in the seed guild unless `guild` is given,
        with permission overwrites such as ``Overwrite(double.bot_user.id, 1,
        deny=Perm.EMBED_LINKS)``, and return it."""
        channel = self.state.add_channel(name, overwrites=overwrites, guild=guild)
        await self.dispatch("CHANNEL_CREATE", payloads.channel(channel))
        await self.sync()
        return channel

    async def add_thread(self, name: str, parent: Channel) -> Channel:
        """Create a public thread in a text channel (THREAD_CREATE), and return it."""
        thread = self.state.add_thread(name, parent)
        await self.dispatch("THREAD_CREATE", {**payloads.channel(thread), "newly_created": True})
        await self.sync()
        return thread

    async def set_role_permissions(self, name: str, permissions: int) -> None:
        """A server admin sets a role's permissions (GUILD_ROLE_UPDATE), such as the bot's
        role ("briefbot") to exactly what an invite granted."""
        role = self.state.guild.role(name)
        role.permissions = permissions
        data = {"guild_id": str(self.guild.id), "role": payloads.role(role)}
        await self.dispatch("GUILD_ROLE_UPDATE", data)
        await self.sync()

    async def add_role(self, name: str, *, permissions: int = 0) -> Role:
        """Create a role (GUILD_ROLE_CREATE) below the bot's, and return it."""
        role = Role(self.state.ids.next(), name, permissions, position=1)
        self.state.guild.roles.append(role)
        data = {"guild_id": str(self.guild.id), "role": payloads.role(role)}
        await self.dispatch("GUILD_ROLE_CREATE", data)
        await self.sync()
        return role

    async def add_member(
        self,
        username: str,
        *,
        roles: tuple[str, ...] = (),
        locale: str = "en-US",
        guild: Guild | None = None,
    ) -> User:
        """Create a user, put them in the guild (the seed guild unless `guild` is given;
        GUILD_MEMBER_ADD) and return them; their interactions carry `locale` (their
        Discord's language; `user.locale` may change)."""
        user = self.state.new_user(username)
        user.locale = locale
        where = guild or self.guild
        member = self.state.add_member(user, roles, guild=where)
        data = {**payloads.member(member), "guild_id": str(where.id)}
        await self.dispatch("GUILD_MEMBER_ADD", data)
        return user

    async def remove_member(self, user: User, *, guild: Guild | None = None) -> None:
        """A member leaves the guild (the seed guild unless given; GUILD_MEMBER_REMOVE);
        their messages stay, as in Discord."""
        where = guild or self.guild
        del where.members[user.id]
        data = {"guild_id": str(where.id), "user": payloads.user(user)}
        await self.dispatch("GUILD_MEMBER_REMOVE", data)
        await self.sync()

    # -- acting as users ------------------------------------------------------------------------

    async def say(
        self, content: str, *, user: User | None = None, channel: Channel | None = None
    ) -> Message:
        """A user posts a message (MESSAGE_CREATE); returns it."""
        author = user or self.student
        where = channel or self.general
        message = messages.create_message(
            self.state, where.id, {"content": content}, [], author=author
        )
        await self.dispatch("MESSAGE_CREATE", message.data)
        return message

    async def slash(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: User | None = None,
        channel: Channel | None = None,
        as_an_old_client: bool = False,
    ) -> InteractionRecord:
        """A user runs a slash command. ``name`` may include subcommands ("settings timer");
        ``options`` are checked against the registered command as Discord's client would:
        unknown or missing options, wrong types and values outside choices/ranges raise, and
        a command not offered in ``channel`` (a server-only one in a DM) raises NotOffered.
        ``as_an_old_client`` sends it there anyway, as a client with a stale command list
        might, to test what the bot does then."""
        where = channel or self.general
        command, path = self._command(name, where, check_offered=not as_an_old_client)
        guild = self.state.guild_of(where)
        data = payloads.command_data(self.state, command, path, options or {}, guild=guild)
        return await self._interact(InteractionType.APPLICATION_COMMAND, data, user, where, name)

    async def autocomplete(
        self,
        name: str,
        options: Mapping[str, Any],
        *,
        focused: str,
        user: User | None = None,
        channel: Channel | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """A user types into option ``focused``; returns the choices the bot offered (fails
        after ``timeout`` seconds without them, the hang guard by default)."""
        where = channel or self.general
        command, path = self._command(name, where)
        guild = self.state.guild_of(where)
        data = payloads.command_data(
            self.state, command, path, options, focused=focused, guild=guild
        )
        itx = await self._interact(InteractionType.AUTOCOMPLETE, data, user, where, name)
        return (await itx.response(timeout)).choices

    async def click(
        self,
        message: Message | int,
        custom_id: str | None = None,
        *,
        label: str | None = None,
        user: User | None = None,
        values: list[str] | None = None,
    ) -> InteractionRecord:
        """A user clicks a button (by ``custom_id`` or ``label``) or picks ``values`` in a
        select menu on ``message``. Disabled components and other users' ephemeral messages
        cannot be clicked, as in Discord."""
        source = message if isinstance(message, Message) else self.state.messages[message]
        if custom_id is None and label is None:
            raise ValueError("click needs a custom_id or a label")
        component = source.component(custom_id, label=label)
        if component.get("disabled"):
            raise AssertionError(f"component {component.get('custom_id')!r} is disabled")
        if component.get("type") == 2 and component.get("style") in (5, 6):
            raise AssertionError("link and premium buttons do not send interactions")
        clicker = user or self._owner_of(source) or self.student
        if source.ephemeral and clicker.id != self._owner_of(source, clicker).id:
            raise AssertionError(f"{clicker.username} cannot see this ephemeral message")
        if component.get("type") == 3:
            allowed = [o["value"] for o in component.get("options") or []]
            low, high = component.get("min_values", 1), component.get("max_values", 1)
            bad = [v for v in values or [] if v not in allowed]
            if bad or not low <= len(values or []) <= high:
                raise ValueError(
                    f"select {component['custom_id']!r} takes {low}-{high} of {allowed}"
                )
        data = payloads.component_data(source, component, values)
        where = self.state.channel(source.channel_id)
        assert where is not None
        return await self._interact(
            InteractionType.MESSAGE_COMPONENT, data, clicker, where, component["custom_id"], source
        )

    async def select(
        self, message: Message | int, custom_id: str, values: list[str], *, user: User | None = None
    ) -> InteractionRecord:
        """A user picks ``values`` in the select menu ``custom_id``."""
        return await self.click(message, custom_id, user=user, values=values)

    async def submit_modal(
        self, custom_id: str, values: Mapping[str, Any], *, user: User | None = None
    ) -> InteractionRecord:
        """The user who was shown modal ``custom_id`` fills in ``values`` (field custom_id ->
        text) and submits it. Fields left out keep their default; required ones must be given."""
        modal = self._open_modal(custom_id, user)
        opener = modal.opened_by
        data = payloads.modal_submit_data(custom_id, modal.components, values)
        self.state.open_modals.remove(modal)
        where = self.state.channel(opener.channel_id)
        assert where is not None
        submitter = self.state.users[opener.user_id]
        return await self._interact(
            InteractionType.MODAL_SUBMIT, data, submitter, where, custom_id, opener.source_message
        )

    # -- reading what the bot did ---------------------------------------------------------------

    def messages_in(self, channel: Channel | int, *, ephemeral: bool = False) -> list[Message]:
        """Messages in a channel, oldest first (ephemeral ones only if asked)."""
        channel_id = channel if isinstance(channel, int) else channel.id
        return self.state.messages_in(channel_id, ephemeral=ephemeral)

    def bot_messages_in(self, channel: Channel | int) -> list[Message]:
        """Messages the bot posted in a channel, oldest first."""
        return [m for m in self.messages_in(channel) if m.author_id == self.bot_user.id]

    def dm_channel(self, user: User) -> Channel:
        """The DM channel between the bot and ``user`` (pass it as ``channel=``)."""
        return self.state.dm_channel(user)

    def dms_to(self, user: User) -> list[Message]:
        """Messages in the bot's DM channel with ``user``."""
        channel = self.state.dm_channels.get(user.id)
        return [] if channel is None else self.state.messages_in(channel.id)

    @staticmethod
    def followups(itx: InteractionRecord) -> list[Message]:
        """The follow-up messages the bot sent for an interaction."""
        return list(itx.followups)

    def command(self, name: str) -> dict[str, Any]:
        """The registered command named ``name`` (guild commands first)."""
        return self.state.find_command(name, self.guild.id)

    def requests(self, method: str | None = None, path_contains: str = "") -> list[Any]:
        """Recorded requests, optionally filtered by method and a piece of the path."""
        return [
            r
            for r in self.state.requests
            if (method is None or r.method == method) and path_contains in r.path
        ]

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float | None = None) -> T:
        """Wait until ``predicate()`` is truthy and return its value (fails the test on timeout)."""
        name = getattr(predicate, "__name__", "predicate")
        return await self.state.wait_until(
            predicate, timeout, lambda: f"{name} stayed false{self.state.diagnostics()}"
        )

    async def wait_for_message(
        self,
        channel: Channel | int | None = None,
        predicate: Callable[[Message], bool] | None = None,
        *,
        after: Message | None = None,
        timeout: float | None = None,
    ) -> Message:
        """Wait for a bot message (in ``channel`` if given) newer than ``after`` matching
        ``predicate``; returns the first one."""
        channel_id = channel if isinstance(channel, int) or channel is None else channel.id
        floor = after.id if after is not None else 0

        def probe() -> Message | None:
            for message in self.state.messages.values():
                if (
                    message.author_id == self.bot_user.id
                    and message.id > floor
                    and not message.deleted
                    and (channel_id is None or message.channel_id == channel_id)
                    and (predicate is None or predicate(message))
                ):
                    return message
            return None

        return await self.state.wait_until(
            probe, timeout, lambda: f"no matching bot message{self.state.diagnostics()}"
        )

    def late_interactions(self) -> list[InteractionRecord]:
        """Interactions the bot tried to answer after Discord's window had closed."""
        return [
            i
            for i in self.state.interactions.values()
            if any(c.error and "answered after" in c.error for c in i.rejected)
        ]

    # -- internals --------------------------------------------------------------------------------

    def _command(
        self, name: str, channel: Channel, *, check_offered: bool = True
    ) -> tuple[dict[str, Any], list[str]]:
        top, *path = name.strip().lstrip("/").split()
        command = self.state.find_command(top, channel.guild_id)
        if check_offered:
            payloads.check_offered(command, channel)
        return command, path

    def _owner_of(self, message: Message, default: User | None = None) -> User | None:
        if message.interaction_id is None:
            return default
        origin = self.state.interactions.get(message.interaction_id)
        return self.state.users.get(origin.user_id) if origin else default

    def _open_modal(self, custom_id: str, user: User | None) -> OpenModal:
        for modal in reversed(self.state.open_modals):
            if modal.custom_id == custom_id and (
                user is None or modal.opened_by.user_id == user.id
            ):
                return modal
        shown = [m.custom_id for m in self.state.open_modals]
        raise AssertionError(f"no open modal {custom_id!r} for that user; open modals: {shown}")

    async def _interact(
        self,
        kind: InteractionType,
        data: dict[str, Any],
        user: User | None,
        channel: Channel,
        name: str,
        source: Message | None = None,
    ) -> InteractionRecord:
        invoker = user or self.student
        late = self.state.late_by.pop(0) if self.state.late_by else 0.0
        interaction_id = self.state.ids.earlier(late) if late else self.state.ids.next()
        token = self.state.next_token()
        payload = payloads.interaction(
            self.state,
            interaction_id=interaction_id,
            token=token,
            type_=kind,
            data=data,
            invoker=invoker,
            channel_id=channel.id,
            source=source,
        )
        record = InteractionRecord(
            id=interaction_id,
            token=token,
            type=int(kind),
            payload=payload,
            user_id=invoker.id,
            channel_id=channel.id,
            dispatched_at=time.monotonic() - late,  # Discord's 3 s count from the user's act
            state=self.state,
            name=name,
            source_message=source,
        )
        self.state.interactions[interaction_id] = record
        if not await self.dispatch("INTERACTION_CREATE", payload):
            raise AssertionError("no bot is connected to receive the interaction")
        return record


def component_ids(message: Message) -> list[str]:
    """Every custom_id on a message, in order (handy in assertions)."""
    return [c["custom_id"] for c in walk_components(message.components) if "custom_id" in c]
