"""The gateway websocket: HELLO, IDENTIFY, READY, heartbeats and dispatched events."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
import zlib
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from . import payloads

if TYPE_CHECKING:
    from .server import DiscordServer

log = logging.getLogger("discord_double")

HEARTBEAT_INTERVAL_MS = 41_250
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
INTENT_GUILD_PRESENCES = 1 << 8
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT


class GatewaySession:
    """One websocket connection from the bot (one shard)."""

    def __init__(self, server: DiscordServer, ws: web.WebSocketResponse, query: dict[str, str]):
        self.server = server
        self.ws = ws
        self.query = query
        self.seq = 0
        self.session_id: str | None = None
        self.identify: dict[str, Any] | None = None
        self.identified = False
        self.heartbeats: list[int | None] = []
        self._lock = asyncio.Lock()
        self._zlib = zlib.compressobj() if query.get("compress") == "zlib-stream" else None
        self.transport: asyncio.BaseTransport | None = None
        """The TCP connection under the websocket (set by the server; dropped by hang_up)."""
        self.half_open = False
        """Open but dead (`go_half_open`): nothing the bot sends is answered, no event arrives."""
        self.undelivered: list[tuple[str | None, Any]] = []
        """Events sent into the half-open connection, replayed when the session resumes."""
        self.last_heartbeat = 0.0
        """When the bot last heartbeated (or was said HELLO to), by the loop's clock."""
        self.timed_out = False
        """Whether this connection was closed for heartbeats that stopped
        (`DiscordServer.heartbeat_timeout_s`)."""

    @property
    def shard_id(self) -> int:
        """The shard this connection identified as (0 when unsharded)."""
        return int(((self.identify or {}).get("shard") or [0, 1])[0])

    def owns(self, guild_id: int) -> bool:
        """Whether Discord would send this guild's events to this connection."""
        return self.server.state.shard_of(guild_id) == self.shard_id

    @property
    def intents(self) -> int:
        """The intents the bot identified with."""
        return int((self.identify or {}).get("intents") or 0)

    async def send(self, op: int, d: Any = None, t: str | None = None) -> None:
        """Send one gateway payload (zlib-stream compressed if the bot asked for it)."""
        async with self._lock:
            payload: dict[str, Any] = {"op": op, "d": d, "s": None, "t": t}
            if op == 0:
                self.seq += 1
                payload["s"] = self.seq
            if self.half_open:
                if op == 0:
                    self.undelivered.append((t, d))
                return
            text = json.dumps(payload)
            try:
                if self._zlib is not None:
                    packed = self._zlib.compress(text.encode())
                    await self.ws.send_bytes(packed + self._zlib.flush(zlib.Z_SYNC_FLUSH))
                else:
                    await self.ws.send_str(text)
            except ConnectionResetError:
                log.info("gateway closed before %s could be sent", t or op)

    def forget(self) -> None:
        """Forget this connection's session: a RESUME of it gets op 9 (identify again)."""
        forgotten = self.session_id
        for session in self.server.all_sessions:
            if forgotten is not None and session.session_id == forgotten:
                session.session_id = None

    async def hang_up(self, code: int | None, *, resumable: bool = True) -> None:
        """Close this connection with `code`, or drop it without a close frame (None); not
        `resumable`: the session is forgotten (`forget`)."""
        if not resumable:
            self.forget()
        if code is not None:
            await self.ws.close(code=code, message=b"closed by the test")
        elif self.transport is not None:
            self.transport.abort()

    def go_half_open(self) -> None:
        """Keep the connection open but stop answering: no heartbeat ACK, no event arrives
        (a peer gone without a word). The events are kept and replayed on RESUME."""
        self.half_open = True

    async def run(self) -> None:
        """Say HELLO, then answer the bot until it hangs up."""
        await self.send(10, {"heartbeat_interval": self.server.heartbeat_interval_ms})
        self.last_heartbeat = asyncio.get_running_loop().time()
        watchdog = asyncio.create_task(self._time_out_silence())
        try:
            await self._read()
        finally:
            watchdog.cancel()

    async def _read(self) -> None:
        async for msg in self.ws:
            if msg.type != WSMsgType.TEXT or self.half_open:
                continue
            packet = json.loads(msg.data)
            self.server.state.gateway_received.append(packet)
            await self._handle(packet.get("op"), packet.get("d"))
            self.server.state.touch()

    async def _time_out_silence(self) -> None:
        """As Discord does when `heartbeat_timeout_s` is set: a connection whose heartbeats
        stopped for that long (the bot's process paused, say) is closed with 4009 (Session
        timed out) and its session forgotten, so the bot must identify again."""
        loop = asyncio.get_running_loop()
        while not self.ws.closed:
            await asyncio.sleep(0.05)
            limit = self.server.heartbeat_timeout_s
            if limit is None or loop.time() - self.last_heartbeat < limit:
                continue
            self.timed_out = True
            self.forget()
            # the close frame waits in the socket of a paused process until it reads again
            await self.ws.close(code=4009, message=b"Session timed out")
            return

    async def _handle(self, op: int | None, d: Any) -> None:
        state = self.server.state
        if op == 1:
            self.last_heartbeat = asyncio.get_running_loop().time()
            self.heartbeats.append(d)
            await self.send(11)
        elif op == 2:
            await self._identify(d)
        elif op == 3:
            state.presences.append(d)
        elif op == 6:
            await self._resume(d)
        elif op == 8:
            guild = state.guild_by_id(d.get("guild_id")) or state.guild
            members = [payloads.member(m) for m in guild.members.values()]
            chunk = {"guild_id": str(guild.id), "members": members, "chunk_index": 0}
            chunk.update(chunk_count=1, not_found=[], nonce=d.get("nonce"))
            await self.send(0, chunk, "GUILD_MEMBERS_CHUNK")
        else:
            log.info("gateway op %s ignored: %s", op, d)

    async def _identify(self, d: dict[str, Any]) -> None:
        state = self.server.state
        if d.get("token") != self.server.token:
            await self.ws.close(code=4004, message=b"Authentication failed.")
            return
        if int(d.get("intents") or 0) & PRIVILEGED_INTENTS & ~self.server.privileged_intents:
            await self.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.identify = d
        state.identifies.append(d)
        self.session_id = uuid.uuid4().hex
        shard = list(d.get("shard") or [0, 1])
        owned = [g for g in state.guilds if self.owns(g.id)]
        ready = payloads.ready(
            state,
            session_id=self.session_id,
            resume_url=self.server.gateway_url,
            shard=shard,
            guilds=owned,
        )
        await self.send(0, ready, "READY")
        for guild in owned:
            created = payloads.guild_create(guild, intents=self.intents)
            if self.server.guilds_held:  # Discord slow with the server's data
                self.server.held_guilds.append((self, created))
                continue
            await self.send(0, created, "GUILD_CREATE")
        self.identified = True

    async def _resume(self, d: dict[str, Any]) -> None:
        previous = next(
            (s for s in self.server.all_sessions if s.session_id == d.get("session_id")), None
        )
        if previous is None or d.get("token") != self.server.token:
            await self.send(9, False)  # not resumable: the bot identifies again, as on Discord
            return
        self.identify, self.session_id, self.seq = previous.identify, previous.session_id, d["seq"]
        self.identified = True
        missed, previous.undelivered = previous.undelivered, []
        for event, data in missed:  # as Discord does: what the bot never got, in order
            self.server.state.replayed.append(event)
            await self.send(0, data, event)
        await self.send(0, {}, "RESUMED")

    def wants(self, event: str, data: dict[str, Any]) -> dict[str, Any] | None:
        """The event as this session may see it given its intents (None: not delivered)."""
        if not event.startswith("MESSAGE_") or "channel_id" not in data:
            if event.startswith("GUILD_MEMBER_") and not self.intents & INTENT_GUILD_MEMBERS:
                return None
            return data
        is_dm = "guild_id" not in data
        needed = INTENT_DIRECT_MESSAGES if is_dm else INTENT_GUILD_MESSAGES
        if not self.intents & needed:
            return None
        bot_id = str(self.server.state.bot_user.id)
        author = (data.get("author") or {}).get("id")
        mentioned = any(u.get("id") == bot_id for u in data.get("mentions") or [])
        if self.intents & INTENT_MESSAGE_CONTENT or is_dm or author == bot_id or mentioned:
            return data
        stripped = dict(data)
        for key in ("content", "embeds", "attachments", "components", "poll"):
            if key in stripped:
                stripped[key] = "" if key == "content" else []
        return stripped
