"""The fake Discord: REST API under /api/v10 and the gateway websocket, on 127.0.0.1."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import re
import socket
import time
import uuid
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import WSMsgType, web

from . import limits, payloads
from .state import (
    Callback,
    CallbackType,
    DoubleState,
    InteractionRecord,
    InteractionType,
    Message,
    MessageFlag,
    OpenModal,
    Request,
    UploadedFile,
    User,
    iso_now,
)

log = logging.getLogger("discord_double")

API = "/api/v10"
HEARTBEAT_INTERVAL_MS = 41_250
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
# Which interaction types may be answered with which callback types.
ALLOWED_CALLBACKS = {
    InteractionType.APPLICATION_COMMAND: {4, 5, 9},
    InteractionType.MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    InteractionType.AUTOCOMPLETE: {8},
    InteractionType.MODAL_SUBMIT: {4, 5, 6, 7},
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


RECORD = web.RequestKey("record", Request)


def json_response(data: Any, status: int = 200) -> web.Response:
    """JSON with the bare ``application/json`` type discord.py looks for (no charset)."""
    body = json.dumps(data).encode()
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json"})


def error(status: int, code: int, message: str, **extra: Any) -> web.Response:
    """A JSON error the way Discord words them."""
    return json_response({"code": code, "message": message, **extra}, status=status)


def problems_response(problems: list[limits.Problem]) -> web.Response:
    """A 400 listing what Discord would have rejected."""
    return json_response(limits.error_body(problems), status=400)


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
            text = json.dumps(payload)
            try:
                if self._zlib is not None:
                    packed = self._zlib.compress(text.encode())
                    await self.ws.send_bytes(packed + self._zlib.flush(zlib.Z_SYNC_FLUSH))
                else:
                    await self.ws.send_str(text)
            except ConnectionResetError:
                log.info("gateway closed before %s could be sent", t or op)

    async def run(self) -> None:
        """Say HELLO, then answer the bot until it hangs up."""
        await self.send(10, {"heartbeat_interval": HEARTBEAT_INTERVAL_MS})
        async for msg in self.ws:
            if msg.type != WSMsgType.TEXT:
                continue
            packet = json.loads(msg.data)
            self.server.state.gateway_received.append(packet)
            await self._handle(packet.get("op"), packet.get("d"))
            self.server.state.touch()

    async def _handle(self, op: int | None, d: Any) -> None:
        state = self.server.state
        if op == 1:
            self.heartbeats.append(d)
            await self.send(11)
        elif op == 2:
            await self._identify(d)
        elif op == 3:
            state.presences.append(d)
        elif op == 6:
            await self._resume(d)
        elif op == 8:
            members = [payloads.member(m) for m in state.guild.members.values()]
            chunk = {"guild_id": str(state.guild.id), "members": members, "chunk_index": 0}
            chunk.update(chunk_count=1, not_found=[], nonce=d.get("nonce"))
            await self.send(0, chunk, "GUILD_MEMBERS_CHUNK")
        else:
            log.info("gateway op %s ignored: %s", op, d)

    async def _identify(self, d: dict[str, Any]) -> None:
        state = self.server.state
        if d.get("token") != self.server.token:
            await self.ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identify = d
        state.identifies.append(d)
        self.session_id = uuid.uuid4().hex
        shard = list(d.get("shard") or [0, 1])
        ready = payloads.ready(
            state, session_id=self.session_id, resume_url=self.server.gateway_url, shard=shard
        )
        await self.send(0, ready, "READY")
        await self.send(0, payloads.guild_create(state.guild, intents=self.intents), "GUILD_CREATE")
        self.identified = True

    async def _resume(self, d: dict[str, Any]) -> None:
        previous = next(
            (s for s in self.server.all_sessions if s.session_id == d.get("session_id")), None
        )
        if previous is None or d.get("token") != self.server.token:
            await self.send(9, True)  # resumable=True: the bot reconnects and identifies again
            return
        self.identify, self.session_id, self.seq = previous.identify, previous.session_id, d["seq"]
        self.identified = True
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


class DiscordServer:
    """aiohttp application serving Discord's REST API and gateway from one loopback port."""

    def __init__(self, state: DoubleState, *, token: str, ack_window: float = 3.0) -> None:
        self.state = state
        self.token = token
        self.ack_window = ack_window
        self.all_sessions: list[GatewaySession] = []
        self.port = 0
        self.in_flight = 0
        self._runner: web.AppRunner | None = None
        self._socket: socket.socket | None = None

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:<port>"""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """What discord.py's Route.BASE must be set to."""
        return self.base_url + API

    @property
    def gateway_url(self) -> str:
        """The websocket URL handed out by GET /gateway/bot."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def sessions(self) -> list[GatewaySession]:
        """Connected, identified gateway sessions."""
        return [s for s in self.all_sessions if s.identified and not s.ws.closed]

    async def start(self) -> None:
        """Listen on a free loopback port."""
        app = web.Application(middlewares=[self._middleware])
        self._routes(app)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.state.base_url = self.base_url
        await web.SockSite(self._runner, self._socket).start()

    async def stop(self) -> None:
        """Hang up on every websocket and stop listening."""
        for session in self.all_sessions:
            if not session.ws.closed:
                await session.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    # -- gateway ------------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a DISPATCH event to every connected session; returns how many got it."""
        delivered = 0
        for session in self.sessions:
            visible = session.wants(event, data)
            if visible is not None:
                await session.send(0, visible, event)
                delivered += 1
        return delivered

    async def sync(self, timeout: float | None = None) -> None:
        """Return once every session has processed everything sent to it so far.

        Asks for a heartbeat (op 1); discord.py answers with the last sequence number it has
        parsed, and it parses gateway messages in order."""
        for session in self.sessions:
            target, seen = session.seq, len(session.heartbeats)
            await session.send(1)
            await self.state.wait_until(
                lambda s=session, t=target, n=seen: any(
                    b is not None and b >= t for b in s.heartbeats[n:]
                ),
                timeout,
                "the bot did not answer a heartbeat request",
            )

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(compress=False, max_msg_size=0)
        await ws.prepare(request)
        session = GatewaySession(self, ws, dict(request.query))
        self.all_sessions.append(session)
        self.state.touch()
        try:
            await session.run()
        finally:
            self.state.touch()
        return ws

    # -- plumbing -----------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path == "/gateway" or request.path.startswith("/attachments/"):
            return await handler(request)
        body, files = await self._parse_body(request)
        path = request.path.removeprefix(API)
        record = Request(request.method, path, dict(request.query), body, files)
        request[RECORD] = record
        self.state.requests.append(record)
        response: web.StreamResponse
        self.in_flight += 1
        try:
            if not self._authorized(request, path):
                response = error(401, 0, "401: Unauthorized")
            else:
                response = await handler(request)
        except (web.HTTPNotFound, web.HTTPMethodNotAllowed):
            log.warning("discord double has no route for %s %s", request.method, path)
            self.state.unhandled.append(record)
            response = error(404, 0, f"404: Not Found (the double has no {request.method} {path})")
        finally:
            self.in_flight -= 1
        record.status = response.status
        if isinstance(response, web.Response) and response.content_type == "application/json":
            record.response = json.loads(response.body or b"null")  # type: ignore[arg-type]
        self.state.touch()
        return response

    def _authorized(self, request: web.Request, path: str) -> bool:
        if path.startswith(("/webhooks/", "/interactions/")) or path == "/gateway":
            return True
        return request.headers.get("Authorization") == f"Bot {self.token}"

    @staticmethod
    async def _parse_body(request: web.Request) -> tuple[Any, list[UploadedFile]]:
        if not request.body_exists:
            return None, []
        if request.content_type == "multipart/form-data":
            body: Any = None
            files: list[UploadedFile] = []
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, web.BodyPartReader):
                    continue
                if part.name == "payload_json":
                    body = json.loads(await part.text())
                else:
                    content_type = part.headers.get("Content-Type", "")
                    data = bytes(await part.read())
                    files.append(
                        UploadedFile(part.name or "", part.filename or "", content_type, data)
                    )
            return body, files
        text = await request.text()
        return (json.loads(text) if text else None), []

    def _routes(self, app: web.Application) -> None:
        r = app.router
        r.add_get("/gateway", self._gateway)
        r.add_get("/attachments/{attachment_id}/{filename}", self._attachment)
        cmds, gcmds = (
            "/applications/{app_id}/commands",
            "/applications/{app_id}/guilds/{guild_id}/commands",
        )
        msgs, hook = "/channels/{channel_id}/messages", "/webhooks/{app_id}/{token}"
        api: list[tuple[str, str, Handler]] = [
            ("GET", "/gateway", self._get_gateway),
            ("GET", "/gateway/bot", self._get_gateway_bot),
            ("GET", "/users/@me", self._get_me),
            ("GET", "/users/{user_id}", self._get_user),
            ("POST", "/users/@me/channels", self._create_dm),
            ("GET", "/oauth2/applications/@me", self._get_application),
            ("GET", "/applications/@me", self._get_application),
            ("GET", "/guilds/{guild_id}", self._get_guild),
            ("GET", "/guilds/{guild_id}/channels", self._get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self._get_guild_roles),
            ("GET", "/guilds/{guild_id}/members", self._get_guild_members),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self._get_guild_member),
            ("GET", "/channels/{channel_id}", self._get_channel),
            ("POST", "/channels/{channel_id}/typing", self._no_content),
            ("GET", msgs, self._list_messages),
            ("POST", msgs, self._post_message),
            ("GET", msgs + "/{message_id}", self._get_message),
            ("PATCH", msgs + "/{message_id}", self._patch_message),
            ("DELETE", msgs + "/{message_id}", self._delete_message),
            ("PUT", msgs + "/{message_id}/reactions/{emoji}/@me", self._react),
            ("DELETE", msgs + "/{message_id}/reactions/{emoji}/@me", self._unreact),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self._callback),
            ("POST", hook, self._followup),
            ("GET", hook + "/messages/{message_id}", self._get_webhook_message),
            ("PATCH", hook + "/messages/{message_id}", self._patch_webhook_message),
            ("DELETE", hook + "/messages/{message_id}", self._delete_webhook_message),
        ]
        for prefix in (cmds, gcmds):
            api += [
                ("GET", prefix, self._list_commands),
                ("PUT", prefix, self._put_commands),
                ("POST", prefix, self._post_command),
                ("GET", prefix + "/{command_id}", self._get_command),
                ("PATCH", prefix + "/{command_id}", self._patch_command),
                ("DELETE", prefix + "/{command_id}", self._delete_command),
            ]
        for method, path, handler in api:
            r.add_route(method, API + path, handler)

    # -- simple resources ---------------------------------------------------------------------

    async def _no_content(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def _attachment(self, request: web.Request) -> web.Response:
        data = self.state.attachment_bytes.get(int(request.match_info["attachment_id"]))
        if data is None:
            return error(404, 0, "404: Not Found")
        return web.Response(body=data)

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _get_me(self, request: web.Request) -> web.Response:
        me = payloads.user(self.state.bot_user)
        return json_response({**me, "verified": True, "mfa_enabled": False, "flags": 0})

    async def _get_user(self, request: web.Request) -> web.Response:
        found = self.state.users.get(_int(request.match_info["user_id"]))
        if found is None:
            return error(404, 10013, "Unknown User")
        return json_response(payloads.user(found))

    async def _create_dm(self, request: web.Request) -> web.Response:
        body = request[RECORD].json or {}
        found = self.state.users.get(_int(body.get("recipient_id")))
        if found is None:
            return error(404, 10013, "Unknown User")
        return json_response(payloads.channel(self.state.dm_channel(found)))

    async def _get_application(self, request: web.Request) -> web.Response:
        return json_response(payloads.application(self.state))

    async def _get_guild(self, request: web.Request) -> web.Response:
        if (bad := self._check_guild(request)) is not None:
            return bad
        data = payloads.guild_create(self.state.guild, intents=0)
        for key in ("members", "channels", "threads", "presences", "voice_states", "large"):
            data.pop(key, None)
        return json_response(data)

    async def _get_guild_channels(self, request: web.Request) -> web.Response:
        if (bad := self._check_guild(request)) is not None:
            return bad
        return json_response([payloads.channel(c) for c in self.state.guild.channels])

    async def _get_guild_roles(self, request: web.Request) -> web.Response:
        if (bad := self._check_guild(request)) is not None:
            return bad
        return json_response([payloads.role(r) for r in self.state.guild.roles])

    async def _get_guild_members(self, request: web.Request) -> web.Response:
        if (bad := self._check_guild(request)) is not None:
            return bad
        return json_response([payloads.member(m) for m in self.state.guild.members.values()])

    async def _get_guild_member(self, request: web.Request) -> web.Response:
        if (bad := self._check_guild(request)) is not None:
            return bad
        found = self.state.guild.members.get(_int(request.match_info["user_id"]))
        if found is None:
            return error(404, 10007, "Unknown Member")
        return json_response(payloads.member(found))

    def _check_guild(self, request: web.Request) -> web.Response | None:
        guild_id = request.match_info.get("guild_id")
        if guild_id is not None and _int(guild_id) != self.state.guild.id:
            return error(404, 10004, "Unknown Guild")
        return None

    async def _get_channel(self, request: web.Request) -> web.Response:
        found = self.state.channel(_int(request.match_info["channel_id"]))
        if found is None:
            return error(404, 10003, "Unknown Channel")
        return json_response(payloads.channel(found))

    # -- application commands -----------------------------------------------------------------

    def _command_scope(self, request: web.Request) -> list[dict[str, Any]] | web.Response:
        if _int(request.match_info["app_id"]) != self.state.application_id:
            return error(404, 10002, "Unknown Application")
        if (bad := self._check_guild(request)) is not None:
            return bad
        guild_id = request.match_info.get("guild_id")
        if guild_id is None:
            return self.state.global_commands
        return self.state.guild_commands.setdefault(int(guild_id), [])

    def _stored_command(
        self, request: web.Request, body: dict[str, Any], previous: dict[str, Any] | None
    ) -> dict[str, Any]:
        guild_id = request.match_info.get("guild_id")
        command = copy.deepcopy(body)
        command.setdefault("type", 1)
        command.setdefault("description", "")
        command.setdefault("options", [])
        command.setdefault("default_member_permissions", None)
        command.setdefault("nsfw", False)
        command.update(
            id=previous["id"] if previous else str(self.state.ids.next()),
            application_id=str(self.state.application_id),
            version=str(self.state.ids.next()),
        )
        if guild_id is not None:
            command["guild_id"] = guild_id
        return command

    async def _list_commands(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        return json_response(scope)

    async def _put_commands(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        body = request[RECORD].json or []
        if problems := limits.command_problems(body):
            return problems_response(problems)
        by_key = {(c["name"], int(c["type"])): c for c in scope}
        stored = [
            self._stored_command(request, c, by_key.get((c["name"], int(c.get("type", 1)))))
            for c in body
        ]
        scope[:] = stored
        return json_response(stored)

    async def _post_command(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        body = request[RECORD].json or {}
        if problems := limits.command_problems([body]):
            return problems_response(problems)
        key = (body["name"], int(body.get("type", 1)))
        previous = next((c for c in scope if (c["name"], int(c["type"])) == key), None)
        command = self._stored_command(request, body, previous)
        if previous is not None:
            scope[scope.index(previous)] = command
        else:
            scope.append(command)
        return json_response(command, status=200 if previous else 201)

    def _find_command(
        self, request: web.Request
    ) -> tuple[list[dict[str, Any]], dict[str, Any]] | web.Response:
        scope = self._command_scope(request)
        if isinstance(scope, web.Response):
            return scope
        for command in scope:
            if command["id"] == request.match_info["command_id"]:
                return scope, command
        return error(404, 10063, "Unknown application command")

    async def _get_command(self, request: web.Request) -> web.Response:
        found = self._find_command(request)
        if isinstance(found, web.Response):
            return found
        return json_response(found[1])

    async def _patch_command(self, request: web.Request) -> web.Response:
        found = self._find_command(request)
        if isinstance(found, web.Response):
            return found
        scope, command = found
        merged = {**command, **(request[RECORD].json or {})}
        updated = self._stored_command(request, merged, command)
        scope[scope.index(command)] = updated
        return json_response(updated)

    async def _delete_command(self, request: web.Request) -> web.Response:
        found = self._find_command(request)
        if isinstance(found, web.Response):
            return found
        scope, command = found
        scope.remove(command)
        return web.Response(status=204)

    # -- messages -----------------------------------------------------------------------------

    def create_message(
        self,
        channel_id: int,
        body: dict[str, Any],
        files: list[UploadedFile],
        *,
        author: User,
        ephemeral: bool = False,
        interaction: InteractionRecord | None = None,
        message_type: int = 0,
    ) -> Message:
        """Store a new message (from the bot, or a user when a test speaks)."""
        metadata = None
        if interaction is not None:
            invoker = self.state.users[interaction.user_id]
            metadata = payloads.interaction_metadata(
                interaction.id, interaction.type, invoker, interaction.name
            )
        data = payloads.message(
            self.state,
            channel_id=channel_id,
            author=author,
            body=body,
            message_type=message_type,
            interaction=metadata,
        )
        message = Message(
            data,
            ephemeral=ephemeral,
            allowed_mentions=body.get("allowed_mentions"),
            interaction_id=interaction.id if interaction is not None else None,
        )
        self._attach(message, body, files)
        self.state.messages[message.id] = message
        return message

    def _attach(self, message: Message, body: dict[str, Any], files: list[UploadedFile]) -> None:
        described = {str(a.get("id")): a for a in body.get("attachments") or []}
        kept = [
            a for a in message.attachments if "attachments" not in body or str(a["id"]) in described
        ]
        for upload in files:
            index = upload.field.removeprefix("files[").removesuffix("]")
            meta = described.get(index, {})
            filename = meta.get("filename") or upload.filename
            data = payloads.attachment(self.state, filename, upload.data, upload.content_type)
            if meta.get("description"):
                data["description"] = meta["description"]
            kept.append(data)
            message.files[filename] = upload.data
        message.data["attachments"] = kept

    @staticmethod
    def _merged(
        message: Message, body: dict[str, Any], files: list[UploadedFile]
    ) -> tuple[dict[str, Any], list[limits.Problem]]:
        """The message data after an edit, and what Discord would reject about it."""
        data = copy.deepcopy(message.data)
        for key, empty in (("content", ""), ("embeds", []), ("components", []), ("poll", None)):
            if key in body:
                data[key] = body[key] if body[key] is not None else empty
        flags = int(data.get("flags") or 0) & ~MessageFlag.LOADING
        if body.get("flags") is not None:
            keep = MessageFlag.EPHEMERAL | MessageFlag.IS_COMPONENTS_V2
            flags = (int(body["flags"]) & ~MessageFlag.EPHEMERAL) | (flags & keep)
        data["flags"] = int(flags)
        if "attachments" in body:
            has_files = bool(files) or bool(body["attachments"])
        else:
            has_files = bool(files) or bool(data.get("attachments"))
        return data, limits.message_problems(data, has_files=has_files)

    def edit_message(
        self, message: Message, body: dict[str, Any], files: list[UploadedFile]
    ) -> list[limits.Problem]:
        """Apply an edit; returns what Discord would reject (and then changes nothing)."""
        data, problems = self._merged(message, body, files)
        if problems:
            return problems
        message.history.append(copy.deepcopy(message.data))
        data["edited_timestamp"] = iso_now()
        message.data = data
        if "allowed_mentions" in body:
            message.allowed_mentions = body["allowed_mentions"]
        self._attach(message, body, files)
        message.version += 1
        return []

    async def _announce(self, event: str, message: Message) -> None:
        if message.ephemeral:
            return
        if event == "MESSAGE_DELETE":
            data = {"id": str(message.id), "channel_id": str(message.channel_id)}
            if "guild_id" in message.data:
                data["guild_id"] = message.data["guild_id"]
            await self.dispatch(event, data)
        else:
            await self.dispatch(event, message.data)

    def _channel_message(self, request: web.Request) -> Message | web.Response:
        channel_id = _int(request.match_info["channel_id"])
        if self.state.channel(channel_id) is None:
            return error(404, 10003, "Unknown Channel")
        found = self.state.messages.get(_int(request.match_info.get("message_id")))
        if found is None or found.deleted or found.ephemeral or found.channel_id != channel_id:
            return error(404, 10008, "Unknown Message")
        return found

    async def _list_messages(self, request: web.Request) -> web.Response:
        channel_id = _int(request.match_info["channel_id"])
        if self.state.channel(channel_id) is None:
            return error(404, 10003, "Unknown Channel")
        limit = int(request.query.get("limit", 50))
        found = self.state.messages_in(channel_id)
        if "before" in request.query:
            found = [m for m in found if m.id < int(request.query["before"])]
        if "after" in request.query:
            found = [m for m in found if m.id > int(request.query["after"])][:limit]
        newest_first = list(reversed(found))[:limit]
        return json_response([m.data for m in newest_first])

    async def _post_message(self, request: web.Request) -> web.Response:
        channel_id = _int(request.match_info["channel_id"])
        if self.state.channel(channel_id) is None:
            return error(404, 10003, "Unknown Channel")
        record: Request = request[RECORD]
        body = record.json or {}
        if problems := limits.message_problems(body, has_files=bool(record.files)):
            return problems_response(problems)
        message = self.create_message(channel_id, body, record.files, author=self.state.bot_user)
        await self._announce("MESSAGE_CREATE", message)
        return json_response(message.data)

    async def _get_message(self, request: web.Request) -> web.Response:
        found = self._channel_message(request)
        if isinstance(found, web.Response):
            return found
        return json_response(found.data)

    async def _patch_message(self, request: web.Request) -> web.Response:
        found = self._channel_message(request)
        if isinstance(found, web.Response):
            return found
        if found.author_id != self.state.bot_user.id:
            return error(403, 50005, "Cannot edit a message authored by another user")
        record: Request = request[RECORD]
        if problems := self.edit_message(found, record.json or {}, record.files):
            return problems_response(problems)
        await self._announce("MESSAGE_UPDATE", found)
        return json_response(found.data)

    async def _delete_message(self, request: web.Request) -> web.Response:
        found = self._channel_message(request)
        if isinstance(found, web.Response):
            return found
        found.deleted = True
        await self._announce("MESSAGE_DELETE", found)
        return web.Response(status=204)

    async def _react(self, request: web.Request) -> web.Response:
        found = self._channel_message(request)
        if isinstance(found, web.Response):
            return found
        self.state.reactions.append((found.id, self.state.bot_user.id, request.match_info["emoji"]))
        return web.Response(status=204)

    async def _unreact(self, request: web.Request) -> web.Response:
        found = self._channel_message(request)
        if isinstance(found, web.Response):
            return found
        entry = (found.id, self.state.bot_user.id, request.match_info["emoji"])
        if entry in self.state.reactions:
            self.state.reactions.remove(entry)
        return web.Response(status=204)

    # -- interactions -------------------------------------------------------------------------

    async def _callback(self, request: web.Request) -> web.Response:
        record: Request = request[RECORD]
        body = record.json or {}
        itx = self.state.interactions.get(_int(request.match_info["interaction_id"]))
        if itx is None or itx.token != request.match_info["token"]:
            return error(404, 10062, "Unknown interaction")
        kind = int(body.get("type") or 0)
        data = dict(body.get("data") or {})
        attempt = Callback(kind, data, time.monotonic() - itx.dispatched_at)

        def refuse(response: web.Response, reason: str) -> web.Response:
            attempt.error = f"{response.status} {reason} (callback type {kind})"
            itx.rejected.append(attempt)
            return response

        if itx.callback is not None:
            message = "Interaction has already been acknowledged."
            return refuse(error(400, 40060, message), message)
        if attempt.elapsed > self.ack_window:
            reason = f"Unknown interaction: answered after {attempt.elapsed:.2f}s"
            return refuse(error(404, 10062, "Unknown interaction"), reason)
        allowed = ALLOWED_CALLBACKS.get(InteractionType(itx.type), set())
        if kind in (6, 7) and itx.source_message is None:
            allowed = allowed - {6, 7}
        if kind not in allowed:
            reason = f"callback type {kind} is not valid for interaction type {itx.type}"
            return refuse(problems_response([("type", reason)]), reason)
        problems: list[limits.Problem] = []
        if kind == CallbackType.MESSAGE:
            problems = limits.message_problems(data, has_files=bool(record.files))
        elif kind == CallbackType.MODAL:
            problems = limits.modal_problems(data)
        elif kind == CallbackType.AUTOCOMPLETE_RESULT:
            problems = limits.choices_problems(data)
        elif kind == CallbackType.UPDATE_MESSAGE and itx.source_message is not None:
            problems = self._merged(itx.source_message, data, record.files)[1]
        if problems:
            return refuse(problems_response(problems), str(problems))
        await self._apply_callback(itx, attempt, record.files)
        itx.callback = attempt
        if request.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        return json_response(self._callback_response(itx, attempt))

    async def _apply_callback(
        self, itx: InteractionRecord, attempt: Callback, files: list[UploadedFile]
    ) -> None:
        kind, data = attempt.type, attempt.data
        message_type = 20 if itx.type == InteractionType.APPLICATION_COMMAND else 0
        if kind == CallbackType.MESSAGE:
            ephemeral = bool(int(data.get("flags") or 0) & MessageFlag.EPHEMERAL)
            attempt.message = itx.original = self.create_message(
                itx.channel_id,
                data,
                files,
                author=self.state.bot_user,
                ephemeral=ephemeral,
                interaction=itx,
                message_type=message_type,
            )
            await self._announce("MESSAGE_CREATE", itx.original)
        elif kind == CallbackType.DEFERRED_MESSAGE:
            ephemeral_flag = int(data.get("flags") or 0) & MessageFlag.EPHEMERAL
            attempt.message = itx.original = self.create_message(
                itx.channel_id,
                {"content": "", "flags": int(MessageFlag.LOADING | ephemeral_flag)},
                [],
                author=self.state.bot_user,
                ephemeral=bool(ephemeral_flag),
                interaction=itx,
                message_type=message_type,
            )
            await self._announce("MESSAGE_CREATE", itx.original)
        elif kind == CallbackType.DEFERRED_UPDATE and itx.source_message is not None:
            itx.original = itx.source_message
            itx._source_version = itx.source_message.version
        elif kind == CallbackType.UPDATE_MESSAGE and itx.source_message is not None:
            self.edit_message(itx.source_message, data, files)
            attempt.message = itx.original = itx.source_message
            await self._announce("MESSAGE_UPDATE", itx.source_message)
        elif kind == CallbackType.MODAL:
            self.state.open_modals.append(
                OpenModal(data["custom_id"], data["title"], list(data["components"]), itx)
            )

    def _callback_response(self, itx: InteractionRecord, attempt: Callback) -> dict[str, Any]:
        inner: dict[str, Any] = {"id": str(itx.id), "type": itx.type}
        result: dict[str, Any] = {"interaction": inner}
        message = attempt.message
        if message is not None:
            inner.update(
                response_message_id=str(message.id),
                response_message_loading=message.loading,
                response_message_ephemeral=message.ephemeral,
            )
            result["resource"] = {"type": attempt.type, "message": message.data}
        return result

    def _webhook_interaction(self, request: web.Request) -> InteractionRecord | web.Response:
        token = request.match_info["token"]
        found = next((i for i in self.state.interactions.values() if i.token == token), None)
        app_ok = _int(request.match_info["app_id"]) == self.state.application_id
        if found is None or not app_ok or found.callback is None:
            return error(404, 10015, "Unknown Webhook")
        return found

    def _webhook_message(
        self, request: web.Request
    ) -> tuple[InteractionRecord, Message] | web.Response:
        itx = self._webhook_interaction(request)
        if isinstance(itx, web.Response):
            return itx
        message_id = request.match_info["message_id"]
        if message_id == "@original":
            found = itx.original
        else:
            owned = [m for m in (itx.original, *itx.followups) if m is not None]
            found = next((m for m in owned if str(m.id) == message_id), None)
        if found is None or found.deleted:
            return error(404, 10008, "Unknown Message")
        return itx, found

    async def _followup(self, request: web.Request) -> web.Response:
        itx = self._webhook_interaction(request)
        if isinstance(itx, web.Response):
            return itx
        record: Request = request[RECORD]
        body = record.json or {}
        if problems := limits.message_problems(body, has_files=bool(record.files)):
            return problems_response(problems)
        original = itx.original
        assert itx.callback is not None
        if (
            itx.callback.type == CallbackType.DEFERRED_MESSAGE
            and original is not None
            and original.loading
            and not itx.followups
        ):
            # Discord fills the "thinking..." message with the first follow-up.
            self.edit_message(original, {**body, "flags": None}, record.files)
            message = original
            await self._announce("MESSAGE_UPDATE", message)
        else:
            ephemeral = bool(int(body.get("flags") or 0) & MessageFlag.EPHEMERAL)
            message = self.create_message(
                itx.channel_id,
                body,
                record.files,
                author=self.state.bot_user,
                ephemeral=ephemeral,
                interaction=itx,
            )
            await self._announce("MESSAGE_CREATE", message)
        itx.followups.append(message)
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(message.data)
        return web.Response(status=204)

    async def _get_webhook_message(self, request: web.Request) -> web.Response:
        found = self._webhook_message(request)
        if isinstance(found, web.Response):
            return found
        return json_response(found[1].data)

    async def _patch_webhook_message(self, request: web.Request) -> web.Response:
        found = self._webhook_message(request)
        if isinstance(found, web.Response):
            return found
        record: Request = request[RECORD]
        message = found[1]
        if problems := self.edit_message(message, record.json or {}, record.files):
            return problems_response(problems)
        await self._announce("MESSAGE_UPDATE", message)
        return json_response(message.data)

    async def _delete_webhook_message(self, request: web.Request) -> web.Response:
        found = self._webhook_message(request)
        if isinstance(found, web.Response):
            return found
        found[1].deleted = True
        await self._announce("MESSAGE_DELETE", found[1])
        return web.Response(status=204)


def _int(value: Any) -> int:
    """A snowflake from a path or body; 0 for anything that is not one."""
    text = str(value)
    return int(text) if re.fullmatch(r"\d{1,20}", text) else 0
