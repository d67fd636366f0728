"""What the Discord double knows and has seen: entities, messages, commands, interactions."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

DISCORD_EPOCH_MS = 1_420_070_400_000
T = TypeVar("T")

HANG_GUARD = 30.0
"""Seconds a test waits for what it expects from the bot (a reply, a message, a request) before
it fails. A hang guard, not a deadline: a wait that is met returns at once, and a slow or busy
machine (a draft, a chart) must not fail a test; deadlines the user sees are asserted through
the double's answer window (`late_interactions`), never through this wait."""


class Perm(enum.IntFlag):
    """The permission bits the double's seed guild uses."""

    CREATE_INSTANT_INVITE = 1 << 0
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CHANGE_NICKNAME = 1 << 26
    USE_APPLICATION_COMMANDS = 1 << 31
    SEND_MESSAGES_IN_THREADS = 1 << 38


PUBLIC_THREAD = 11
"""Discord's channel type of a public thread."""

ALL_PERMISSIONS = (1 << 53) - 1
EVERYONE_PERMISSIONS = (
    Perm.CREATE_INSTANT_INVITE
    | Perm.ADD_REACTIONS
    | Perm.VIEW_CHANNEL
    | Perm.SEND_MESSAGES
    | Perm.EMBED_LINKS
    | Perm.ATTACH_FILES
    | Perm.READ_MESSAGE_HISTORY
    | Perm.USE_EXTERNAL_EMOJIS
    | Perm.CHANGE_NICKNAME
    | Perm.USE_APPLICATION_COMMANDS
    | Perm.SEND_MESSAGES_IN_THREADS
)
MODERATOR_PERMISSIONS = Perm.MANAGE_GUILD | Perm.MANAGE_MESSAGES
BOT_PERMISSIONS = EVERYONE_PERMISSIONS | Perm.MANAGE_MESSAGES


class InteractionType(enum.IntEnum):
    """Discord's interaction types (what a user did)."""

    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class CallbackType(enum.IntEnum):
    """Discord's interaction callback types (how the bot answered)."""

    PONG = 1
    MESSAGE = 4
    DEFERRED_MESSAGE = 5
    DEFERRED_UPDATE = 6
    UPDATE_MESSAGE = 7
    AUTOCOMPLETE_RESULT = 8
    MODAL = 9
    PREMIUM_REQUIRED = 10
    LAUNCH_ACTIVITY = 12


class MessageFlag(enum.IntFlag):
    """Message flags the double reads or sets."""

    SUPPRESS_EMBEDS = 1 << 2
    EPHEMERAL = 1 << 6
    LOADING = 1 << 7
    SUPPRESS_NOTIFICATIONS = 1 << 12
    IS_COMPONENTS_V2 = 1 << 15


class Snowflakes:
    """Unique, increasing Discord ids whose timestamp part is the current time."""

    def __init__(self) -> None:
        self._last = 0
        self._earlier = 0

    def next(self) -> int:
        """A fresh snowflake."""
        candidate = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last = max(candidate, self._last + 1)
        return self._last

    def earlier(self, seconds: float) -> int:
        """A unique snowflake whose timestamp is `seconds` ago (an event created then); its
        increment counts down from the top, where `next` (counting up) never gets."""
        self._earlier += 1
        created_ms = int((time.time() - seconds) * 1000) - DISCORD_EPOCH_MS
        return created_ms << 22 | (0x3FFFFF - self._earlier)


def iso_now() -> str:
    """The current time as Discord writes timestamps."""
    return datetime.now(UTC).isoformat()


@dataclass(eq=False)
class User:
    """A Discord user (or the bot's own user)."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    locale: str = "en-US"
    """The language of this user's Discord, sent with each of their interactions."""
    dms_closed: bool = False
    """The user accepts no direct messages from the bot: a DM answers 403, code 50007."""

    @property
    def mention(self) -> str:
        """The text that mentions this user in a message."""
        return f"<@{self.id}>"


@dataclass(eq=False)
class Role:
    """A guild role."""

    id: int
    name: str
    permissions: int
    position: int = 0
    managed: bool = False

    @property
    def mention(self) -> str:
        """The text that mentions this role in a message."""
        return f"<@&{self.id}>"


@dataclass(eq=False)
class Member:
    """A user's membership of the guild."""

    user: User
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)


@dataclass(eq=False)
class Overwrite:
    """A channel permission overwrite for a role (``type`` 0) or a member (``type`` 1)."""

    id: int
    type: int
    allow: int = 0
    deny: int = 0


@dataclass(eq=False)
class Channel:
    """A guild text channel, a thread in one (type 11, ``parent_id`` set; permissions are its
    parent's), or a DM channel when ``guild_id`` is None."""

    id: int
    name: str
    type: int = 0
    guild_id: int | None = None
    position: int = 0
    topic: str | None = None
    recipient: User | None = None
    overwrites: list[Overwrite] = field(default_factory=list)
    parent_id: int | None = None

    @property
    def mention(self) -> str:
        """The text that mentions this channel in a message."""
        return f"<#{self.id}>"


@dataclass(eq=False)
class Guild:
    """The guild the bot sits in."""

    id: int
    name: str
    owner_id: int
    roles: list[Role] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    members: dict[int, Member] = field(default_factory=dict)

    @property
    def everyone(self) -> Role:
        """The @everyone role (its id is the guild's id)."""
        return next(r for r in self.roles if r.id == self.id)

    def role(self, name: str) -> Role:
        """The role with this name."""
        for role in self.roles:
            if role.name == name:
                return role
        raise KeyError(f"no role named {name!r}")

    def permissions_of(self, user_id: int) -> int:
        """The guild-level permissions a member has (no channel overwrites)."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        value = int(self.everyone.permissions)
        if member is not None:
            for role in self.roles:
                if role.id in member.role_ids:
                    value |= int(role.permissions)
        if value & Perm.ADMINISTRATOR:
            return ALL_PERMISSIONS
        return value

    def permissions_in(self, user_id: int, channel: Channel) -> int:
        """A member's permissions in a channel, overwrites applied as Discord does: @everyone,
        then the member's roles together, then the member; no View Channel means nothing, and
        no Send Messages takes away what depends on sending. A thread has its parent's, with
        sending governed by Send Messages in Threads."""
        if channel.parent_id is not None:
            parent = next(c for c in self.channels if c.id == channel.parent_id)
            value = self.permissions_in(user_id, parent)
            if not value & Perm.SEND_MESSAGES_IN_THREADS:
                value &= ~(Perm.EMBED_LINKS | Perm.ATTACH_FILES | Perm.MENTION_EVERYONE)
            return value
        value = self.permissions_of(user_id)
        if value & Perm.ADMINISTRATOR:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        role_ids = set(member.role_ids) if member else set()
        by_target = {(o.type, o.id): o for o in channel.overwrites}
        everyone = by_target.get((0, self.id))
        if everyone is not None:
            value = (value & ~everyone.deny) | everyone.allow
        allow = deny = 0
        for overwrite in channel.overwrites:
            if overwrite.type == 0 and overwrite.id in role_ids and overwrite.id != self.id:
                allow |= overwrite.allow
                deny |= overwrite.deny
        value = (value & ~deny) | allow
        own = by_target.get((1, user_id))
        if own is not None:
            value = (value & ~own.deny) | own.allow
        if not value & Perm.VIEW_CHANNEL:
            return 0
        if not value & Perm.SEND_MESSAGES:
            value &= ~(Perm.EMBED_LINKS | Perm.ATTACH_FILES | Perm.MENTION_EVERYONE)
        return value


@dataclass
class UploadedFile:
    """A file the bot attached to a request."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Request:
    """One HTTP request the bot made, as the double received it."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[UploadedFile]
    status: int = 0
    response: Any = None

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


def walk_components(components: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every component in a (possibly nested) component tree, parents first."""
    for component in components:
        yield component
        yield from walk_components(component.get("components") or [])
        for key in ("component", "accessory"):
            child = component.get(key)
            if isinstance(child, dict):
                yield from walk_components([child])


@dataclass(eq=False)
class Message:
    """A message in the double. ``data`` is the message object as Discord's API returns it;
    the record stays live: edits update it in place and keep the earlier versions."""

    data: dict[str, Any]
    ephemeral: bool = False
    deleted: bool = False
    allowed_mentions: dict[str, Any] | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    interaction_id: int | None = None
    version: int = 0

    def __repr__(self) -> str:
        marks = "".join(
            f" {name}"
            for name, on in (("ephemeral", self.ephemeral), ("deleted", self.deleted))
            if on
        )
        return f"<Message {self.id} in {self.channel_id}{marks}: {self.text[:60]!r}>"

    @property
    def id(self) -> int:
        """The message id."""
        return int(self.data["id"])

    @property
    def channel_id(self) -> int:
        """The id of the channel the message is in."""
        return int(self.data["channel_id"])

    @property
    def author_id(self) -> int:
        """The id of the author."""
        return int(self.data["author"]["id"])

    @property
    def content(self) -> str:
        """The plain text content."""
        return str(self.data.get("content") or "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        """The embeds, as sent."""
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[dict[str, Any]]:
        """The top-level components, as sent."""
        return list(self.data.get("components") or [])

    @property
    def flags(self) -> int:
        """The message flags."""
        return int(self.data.get("flags") or 0)

    @property
    def loading(self) -> bool:
        """True while this is a deferred "is thinking..." message."""
        return bool(self.flags & MessageFlag.LOADING)

    @property
    def attachments(self) -> list[dict[str, Any]]:
        """The attachment objects."""
        return list(self.data.get("attachments") or [])

    @property
    def text(self) -> str:
        """Everything a reader sees as text: content, embeds and text components, one per line."""
        return "\n".join(_message_texts(self.data))

    def all_components(self) -> list[dict[str, Any]]:
        """Every component, nested ones included."""
        return list(walk_components(self.components))

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """Every button (type 2) on the message."""
        return [c for c in self.all_components() if c.get("type") == 2]

    def component(
        self, custom_id: str | None = None, *, label: str | None = None
    ) -> dict[str, Any]:
        """The component with this custom_id (or the button with this label)."""
        for component in self.all_components():
            if custom_id is not None and component.get("custom_id") == custom_id:
                return component
            if label is not None and component.get("label") == label and "custom_id" in component:
                return component
        wanted = f"custom_id {custom_id!r}" if custom_id is not None else f"label {label!r}"
        present = [c.get("custom_id") or c.get("label") for c in self.all_components()]
        raise LookupError(f"message {self.id} has no component with {wanted}; it has {present}")


def _message_texts(data: dict[str, Any]) -> Iterator[str]:
    if data.get("content"):
        yield str(data["content"])
    for embed in data.get("embeds") or []:
        for key in ("title", "description"):
            if embed.get(key):
                yield str(embed[key])
        for part in ("author", "footer"):
            piece = embed.get(part) or {}
            text = piece.get("name") or piece.get("text")
            if text:
                yield str(text)
        for fld in embed.get("fields") or []:
            yield f"{fld.get('name', '')}: {fld.get('value', '')}"
    for component in walk_components(list(data.get("components") or [])):
        if component.get("type") == 10 and component.get("content"):
            yield str(component["content"])


@dataclass
class Callback:
    """The bot's answer to an interaction (POST .../callback)."""

    type: int
    data: dict[str, Any]
    elapsed: float
    message: Message | None = None
    error: str | None = None

    def __repr__(self) -> str:
        name = CallbackType(self.type).name if self.type in CallbackType._value2member_map_ else ""
        refused = f" refused: {self.error}" if self.error else ""
        return (
            f"<Callback {self.type} {name} after {self.elapsed:.3f}s{refused}: {self.text[:60]!r}>"
        )

    @property
    def content(self) -> str:
        """Message content, when the callback carries a message."""
        if self.message is not None:
            return self.message.content
        return str(self.data.get("content") or "")

    @property
    def text(self) -> str:
        """Content, embeds and text components of the message this callback showed."""
        if self.message is not None:
            return self.message.text
        return "\n".join(_message_texts(self.data))

    @property
    def embeds(self) -> list[dict[str, Any]]:
        """Embeds of the callback's message."""
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[dict[str, Any]]:
        """Components of the callback's message or modal."""
        return list(self.data.get("components") or [])

    @property
    def flags(self) -> int:
        """The flags the bot asked for."""
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        """True if only the invoking user sees the response."""
        return bool(self.flags & MessageFlag.EPHEMERAL)

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete choices (type 8)."""
        return list(self.data.get("choices") or [])

    @property
    def custom_id(self) -> str | None:
        """The modal's custom_id (type 9)."""
        return self.data.get("custom_id")

    @property
    def title(self) -> str | None:
        """The modal's title (type 9)."""
        return self.data.get("title")


@dataclass(eq=False)
class InteractionRecord:
    """An interaction the double dispatched and everything the bot did with it."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]
    user_id: int
    channel_id: int
    dispatched_at: float
    state: DoubleState
    name: str = ""
    callback: Callback | None = None
    rejected: list[Callback] = field(default_factory=list)
    original: Message | None = None
    source_message: Message | None = None
    followups: list[Message] = field(default_factory=list)
    _source_version: int = 0

    def __repr__(self) -> str:
        kind = InteractionType(self.type).name.lower()
        return f"<Interaction {kind} {self.name!r} id={self.id}>"

    @property
    def acknowledged_after(self) -> float | None:
        """Seconds between dispatch and the accepted callback (None: not answered)."""
        return None if self.callback is None else self.callback.elapsed

    async def response(self, timeout: float | None = None) -> Callback:
        """Wait for the bot's callback to this interaction and return it."""
        return await self.state.wait_until(
            lambda: self.callback,
            timeout,
            lambda: f"the bot did not answer {self!r}{self.state.diagnostics(self)}",
        )

    async def message(self, timeout: float | None = None) -> Message:
        """Wait until the user sees the message this interaction produced and return it:
        the reply (type 4), the filled-in deferred reply (5), or the edited message (6, 7)."""
        callback = await self.response(timeout)
        return await self.state.wait_until(
            lambda: self._shown(callback),
            timeout,
            lambda: f"{self!r} never showed a message{self.state.diagnostics(self)}",
        )

    async def told(self, timeout: float | None = None) -> Callback | Message:
        """Wait for what the user was told in answer and return it: the reply itself, or,
        when the bot deferred first (a slow commit, a loaded machine), what followed: the
        filled-in reply, the edited message, or a follow-up (a refusal after a deferral)."""
        callback = await self.response(timeout)
        if callback.type not in (CallbackType.DEFERRED_MESSAGE, CallbackType.DEFERRED_UPDATE):
            return callback
        return await self.state.wait_until(
            lambda: self._shown(callback) or (self.followups[0] if self.followups else None),
            timeout,
            lambda: f"{self!r} was deferred and nothing followed{self.state.diagnostics(self)}",
        )

    def _shown(self, callback: Callback) -> Message | None:
        """The message this interaction's `callback` made visible, once it is (None: not yet)."""
        if callback.type in (CallbackType.MESSAGE, CallbackType.UPDATE_MESSAGE):
            return callback.message
        if callback.type == CallbackType.DEFERRED_MESSAGE:
            original = self.original
            return original if original is not None and not original.loading else None
        if callback.type == CallbackType.DEFERRED_UPDATE:
            source = self.source_message
            if source is not None and source.version > self._source_version:
                return source
            return None
        raise AssertionError(f"{self!r} was answered with callback type {callback.type}")

    async def followup(self, index: int = 0, timeout: float | None = None) -> Message:
        """Wait for the bot's follow-up number ``index`` (0 = first) and return it."""
        return await self.state.wait_until(
            lambda: self.followups[index] if len(self.followups) > index else None,
            timeout,
            lambda: (
                f"{self!r} got {len(self.followups)} follow-ups, wanted {index + 1}"
                f"{self.state.diagnostics(self)}"
            ),
        )


@dataclass(eq=False)
class OpenModal:
    """A modal the bot showed to a user and which is waiting for a submit."""

    custom_id: str
    title: str
    components: list[dict[str, Any]]
    opened_by: InteractionRecord


GATEWAY_CONNECT = "CONNECT /gateway"
"""What an `InjectedFault` matches to refuse a gateway connection (`refuse_gateway_next`)."""


@dataclass
class InjectedFault:
    """The next `times` requests whose `METHOD path` contains `match` answer `status` (after
    the first `after` of them, served as usual).

    With `retry_after`, the answer is Discord's 429 body and headers (wait that many seconds);
    with `status` 0 the request is served as usual, and its answer held back `delay` seconds
    (Discord slow to answer); with `reset` the connection drops instead of an answer; with
    `hang` no answer ever comes."""

    match: str
    status: int
    times: int
    hits: list[str] = field(default_factory=list)
    retry_after: float | None = None
    delay: float = 0.0
    after: int = 0
    """Matching requests served as usual before the fault starts (the 2nd page of a post)."""
    reset: bool = False
    """The connection is dropped without an answer (a network error: connection reset)."""
    served: bool = False
    """With `reset`: the request took effect before the connection dropped (its answer lost)."""
    hang: bool = False
    """The connection is accepted and never answered; the request never takes effect."""
    cloudflare: bool = False
    """With `retry_after`: Cloudflare's 429 (an HTML page, no `Via` header: the address
    banned for a while after too many invalid requests), which discord.py does not wait out."""

    def take(self, method: str, path: str) -> bool:
        """True (and one use fewer) when this fault answers that request."""
        if self.times > 0 and self.match in f"{method} {path}":
            if self.after > 0:
                self.after -= 1
                return False
            self.times -= 1
            self.hits.append(f"{method} {path}")
            return True
        return False


class DoubleState:
    """Everything the double holds. Mutated by the server, read by tests."""

    NONCE_WINDOW = 120.0
    """Seconds an enforced nonce is remembered ("a few minutes", Discord says)."""

    def nonce_seen(self, channel_id: int, body: dict[str, Any]) -> Message | None:
        """The message already posted in the channel with this body's enforced nonce lately
        (Discord returns it instead of posting again), if any. Deleted since, it is still
        returned (then answered 404 Unknown Message): Discord does not post it again."""
        if not body.get("enforce_nonce") or body.get("nonce") is None:
            return None
        seen = self.nonces.get((channel_id, str(body["nonce"])))
        if seen is None or time.monotonic() - seen[1] > self.NONCE_WINDOW:
            return None
        return seen[0]

    def expire_nonces(self) -> None:
        """Discord's memory of enforced nonces running out (minutes later): a nonce used
        before posts a new message again."""
        self.nonces.clear()

    def note_nonce(self, channel_id: int, body: dict[str, Any], message: Message) -> None:
        """Remember a message posted with an enforced nonce."""
        if body.get("enforce_nonce") and body.get("nonce") is not None:
            self.nonces[(channel_id, str(body["nonce"]))] = (message, time.monotonic())

    def shard_of(self, guild_id: int) -> int:
        """The shard Discord routes a guild to: `(guild_id >> 22) % shard_count`."""
        return (guild_id >> 22) % self.shard_count

    def __init__(self, *, default_timeout: float = HANG_GUARD, second_guild: bool = False) -> None:
        self.ids = Snowflakes()
        self.default_timeout = default_timeout
        self.shard_count = 1
        self.requests: list[Request] = []
        self.unhandled: list[Request] = []
        self.errors: list[str] = []
        self.messages: dict[int, Message] = {}
        self.nonces: dict[tuple[int, str], tuple[Message, float]] = {}
        """Messages posted with `enforce_nonce`, by channel and nonce, and when."""
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.interactions: dict[int, InteractionRecord] = {}
        self.open_modals: list[OpenModal] = []
        self.identifies: list[dict[str, Any]] = []
        self.gateway_received: list[dict[str, Any]] = []
        self.replayed: list[str | None] = []
        """Events replayed after a RESUME (sent into a half-open connection), in order."""
        self.presences: list[dict[str, Any]] = []
        self.reactions: list[tuple[int, int, str]] = []
        self.blocked_hosts: list[str] = []
        self.faults: list[InjectedFault] = []
        self.late_by: list[float] = []
        """Seconds each next interaction was created before it is delivered (`deliver_late`)."""
        self.users: dict[int, User] = {}
        self.dm_channels: dict[int, Channel] = {}
        self.attachment_bytes: dict[int, bytes] = {}
        self.attachment_downloads: list[int] = []
        """The id of every attachment fetched from the double, in order."""
        self.base_url = "http://127.0.0.1"
        self._counter = itertools.count(1)
        self._changed = asyncio.Event()
        self.bot_user = self._user("briefbot", bot=True)
        self.application_id = self.bot_user.id
        self.owner = self._user("owner", global_name="Server Owner")
        self.moderator = self._user("mod", global_name="Moderator Mia")
        self.student = self._user("student", global_name="Student Sam")
        self.guilds: list[Guild] = []
        """Every guild the bot is in: the seed guild first, then the second one, if asked."""
        self.guild = self.new_guild("Briefbot Test Server", self.owner)
        self.general = self.add_channel("general")
        self.news = self.add_channel("news")
        for user, roles in (
            (self.owner, []),
            (self.moderator, ["Moderator"]),
            (self.student, []),
            (self.bot_user, ["briefbot"]),
        ):
            self.add_member(user, roles)
        self.second: SecondGuild | None = SecondGuild.seed(self) if second_guild else None
        """The second guild (`second_guild=True`): its own owner, moderator, student and
        #lounge; the seed guild's `student` is a member of both."""

    # -- entities -------------------------------------------------------------------------

    def _user(self, username: str, *, global_name: str | None = None, bot: bool = False) -> User:
        user = User(self.ids.next(), username, global_name, bot)
        self.users[user.id] = user
        return user

    def new_user(self, username: str, *, global_name: str | None = None, bot: bool = False) -> User:
        """Create a user that is not (yet) in the guild."""
        return self._user(username, global_name=global_name, bot=bot)

    def new_guild(self, name: str, owner: User) -> Guild:
        """A new guild owned by `owner` with roles @everyone, Moderator and the bot's."""
        guild_id = self.ids.next()
        guild = Guild(id=guild_id, name=name, owner_id=owner.id)
        guild.roles = [
            Role(id=guild_id, name="@everyone", permissions=int(EVERYONE_PERMISSIONS)),
            Role(self.ids.next(), "Moderator", int(MODERATOR_PERMISSIONS), position=2),
            Role(self.ids.next(), "briefbot", int(BOT_PERMISSIONS), position=1, managed=True),
        ]
        self.guilds.append(guild)
        return guild

    def guild_by_id(self, guild_id: int | str | None) -> Guild | None:
        """The guild with this id (None: no such guild, or no id)."""
        if guild_id is None:
            return None
        return next((g for g in self.guilds if g.id == int(guild_id)), None)

    def guild_of(self, channel: Channel) -> Guild | None:
        """The guild a channel is in (None: a DM)."""
        return self.guild_by_id(channel.guild_id)

    def add_member(
        self, user: User, roles: list[str] | tuple[str, ...] = (), *, guild: Guild | None = None
    ) -> Member:
        """Put a user in the guild (the seed guild unless given) with the named roles."""
        where = guild or self.guild
        member = Member(user, [where.role(name).id for name in roles])
        where.members[user.id] = member
        return member

    def add_channel(
        self,
        name: str,
        *,
        topic: str | None = None,
        overwrites: list[Overwrite] | None = None,
        guild: Guild | None = None,
    ) -> Channel:
        """Add a text channel to the guild (the seed guild unless given), with permission
        overwrites, if given."""
        where = guild or self.guild
        channel = Channel(
            self.ids.next(),
            name,
            0,
            where.id,
            len(where.channels),
            topic=topic,
            overwrites=list(overwrites or []),
        )
        where.channels.append(channel)
        return channel

    def add_thread(self, name: str, parent: Channel) -> Channel:
        """Add a public thread (type 11) in a text channel, in that channel's guild."""
        where = self.guild_of(parent) or self.guild
        thread = Channel(self.ids.next(), name, PUBLIC_THREAD, where.id, 0, parent_id=parent.id)
        where.channels.append(thread)
        return thread

    def channel(self, channel_id: int) -> Channel | None:
        """A guild or DM channel by id."""
        for guild in self.guilds:
            for channel in guild.channels:
                if channel.id == channel_id:
                    return channel
        for channel in self.dm_channels.values():
            if channel.id == channel_id:
                return channel
        return None

    def dm_channel(self, user: User) -> Channel:
        """The DM channel between the bot and a user (created on first use)."""
        if user.id not in self.dm_channels:
            self.dm_channels[user.id] = Channel(self.ids.next(), "", 1, None, recipient=user)
        return self.dm_channels[user.id]

    # -- commands -------------------------------------------------------------------------

    @property
    def commands(self) -> list[dict[str, Any]]:
        """Every registered application command, global first then per guild."""
        guild_lists = (cmds for _, cmds in sorted(self.guild_commands.items()))
        return [*self.global_commands, *itertools.chain.from_iterable(guild_lists)]

    def find_command(self, name: str, guild_id: int | None, type_: int = 1) -> dict[str, Any]:
        """The command a user would run by this name in this guild (guild commands win)."""
        scopes = [self.guild_commands.get(guild_id, [])] if guild_id else []
        for commands in [*scopes, self.global_commands]:
            for command in commands:
                if command["name"] == name and int(command.get("type", 1)) == type_:
                    return command
        known = sorted(c["name"] for c in self.commands)
        raise LookupError(f"no registered command named {name!r}; registered: {known}")

    # -- messages -------------------------------------------------------------------------

    def messages_in(self, channel_id: int, *, ephemeral: bool = False) -> list[Message]:
        """Messages in a channel, oldest first; deleted ones never, ephemeral ones on request."""
        return [
            m
            for m in self.messages.values()
            if m.channel_id == channel_id and not m.deleted and (ephemeral or not m.ephemeral)
        ]

    def next_token(self) -> str:
        """A fresh interaction token."""
        return f"itx-token-{next(self._counter)}"

    # -- waiting ---------------------------------------------------------------------------

    def touch(self) -> None:
        """Wake everything waiting for a change."""
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def wait_until(
        self,
        probe: Callable[[], T | None],
        timeout: float | None = None,
        describe: Callable[[], str] | str = "condition",
    ) -> T:
        """Return ``probe()`` as soon as it is truthy; fail the test after ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.default_timeout if timeout is None else timeout)
        while True:
            result = probe()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                message = describe() if callable(describe) else describe
                raise AssertionError(f"timed out: {message}")
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), min(remaining, 0.05))

    def diagnostics(self, interaction: InteractionRecord | None = None) -> str:
        """Hints for a failure message: refused callbacks, requests the double could not serve."""
        lines = []
        if interaction is not None:
            lines += [f"refused callback: {c.error}" for c in interaction.rejected]
        lines += [f"unhandled request: {r} {r.response}" for r in self.unhandled[-5:]]
        lines += [
            f"failed request: {r} {r.response}"
            for r in self.requests[-10:]
            if r.status >= 400 and r not in self.unhandled
        ]
        lines += [f"the double itself failed: {e}" for e in self.errors]
        if self.blocked_hosts:
            lines.append(f"blocked non-loopback hosts: {self.blocked_hosts}")
        return "".join(f"\n  {line}" for line in lines)


@dataclass(eq=False)
class SecondGuild:
    """The double's second guild (`DiscordDouble(second_guild=True)`), for isolation tests:
    #lounge, its own owner, a moderator and a student who are in it alone, the bot, and the
    seed guild's `student`, who is in both."""

    guild: Guild
    lounge: Channel
    owner: User
    moderator: User
    student: User

    @classmethod
    def seed(cls, state: DoubleState) -> SecondGuild:
        """Create it in `state`."""
        owner = state.new_user("owner2", global_name="Second Owner")
        guild = state.new_guild("Second Test Server", owner)
        lounge = state.add_channel("lounge", guild=guild)
        moderator = state.new_user("mod2", global_name="Moderator Noor")
        student = state.new_user("student2", global_name="Student Quinn")
        for user, roles in (
            (owner, []),
            (moderator, ["Moderator"]),
            (student, []),
            (state.student, []),
            (state.bot_user, ["briefbot"]),
        ):
            state.add_member(user, roles, guild=guild)
        return cls(guild, lounge, owner, moderator, student)
