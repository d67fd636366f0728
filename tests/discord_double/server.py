"""The fake Discord: REST API under /api/v10 and the gateway websocket, on 127.0.0.1."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import socket
from collections.abc import Awaitable, Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from aiohttp import web

from . import limits, messages, payloads
from .callbacks import InteractionRoutes
from .gateway import HEARTBEAT_INTERVAL_MS, PRIVILEGED_INTENTS, GatewaySession
from .responses import (
    RECORD,
    cloudflare_banned,
    error,
    json_response,
    problems_response,
    rate_limited,
    snowflake,
)
from .state import (
    GATEWAY_CONNECT,
    DoubleState,
    Guild,
    InjectedFault,
    Message,
    Perm,
    Request,
    UploadedFile,
)

log = logging.getLogger("discord_double")

API = "/api/v10"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class DiscordServer:
    """aiohttp application serving Discord's REST API and gateway from one loopback port."""

    def __init__(self, state: DoubleState, *, token: str, ack_window: float = 3.0) -> None:
        self.state = state
        self.token = token
        self.ack_window = ack_window
        self.privileged_intents = PRIVILEGED_INTENTS
        """The privileged intents turned on in the Developer Portal; identifying with another
        one closes the gateway with 4014, as Discord does."""
        self.heartbeat_interval_ms = HEARTBEAT_INTERVAL_MS
        """The interval HELLO asks heartbeats at (Discord's 41.25 s; shorter to test a dead
        connection noticed)."""
        self.heartbeat_timeout_s: float | None = None
        """When set, a connection without a heartbeat for that many seconds is closed with
        4009 (Session timed out) and its session forgotten, as Discord ends a session whose
        heartbeats stopped (a paused process); None: never (the default)."""
        self.guilds_held = False
        """When set, an IDENTIFY gets its READY (every guild unavailable) but no GUILD_CREATE
        until `release_guilds` (Discord slow to send a server's data after a new session)."""
        self.held_guilds: list[tuple[GatewaySession, dict[str, Any]]] = []
        self.all_sessions: list[GatewaySession] = []
        self.only_to: GatewaySession | None = None
        """When set, events go to this session alone (one of several bot processes)."""
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
            # A transport the cleanup closed (a peer killed mid-request, a handler cut at the
            # shutdown timeout) closes its socket on a later turn of the loop; give it those
            # turns, or a loop that ends now leaves the socket to the garbage collector, whose
            # ResourceWarning then fails whichever test is running.
            for _ in range(3):
                await asyncio.sleep(0)
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    # -- gateway ------------------------------------------------------------------------------

    async def release_guilds(self) -> None:
        """Send the GUILD_CREATEs held back (`guilds_held`) and stop holding them."""
        self.guilds_held = False
        held, self.held_guilds = self.held_guilds, []
        for session, data in held:
            await session.send(0, data, "GUILD_CREATE")

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a DISPATCH event to every connected session; returns how many got it."""
        delivered = 0
        guild_id = data.get("guild_id") if isinstance(data, dict) else None
        shard = self.state.shard_of(int(guild_id)) if guild_id else 0  # DMs go to shard 0
        for session in self.sessions:
            if session.shard_id != shard:
                continue
            if self.only_to is not None and session is not self.only_to:
                continue
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
        method, path = GATEWAY_CONNECT.split()
        if any(f.take(method, path) for f in self.state.faults) and request.transport:
            request.transport.abort()  # refuse_gateway_next: dropped before the upgrade
            return web.Response(status=502)
        ws = web.WebSocketResponse(compress=False, max_msg_size=0)
        await ws.prepare(request)
        session = GatewaySession(self, ws, dict(request.query))
        session.transport = request.transport
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
        path = request.path.removeprefix(API)
        record = Request(request.method, path, dict(request.query), None, [])
        request[RECORD] = record
        self.state.requests.append(record)
        response: web.StreamResponse
        self.in_flight += 1
        try:
            record.json, record.files = await self._parse_body(request)
            if not self._authorized(request, path):
                response = error(401, 0, "401: Unauthorized")
            elif fault := next(
                (f for f in self.state.faults if f.take(request.method, path)), None
            ):
                response = await self._faulty(fault, request, handler)
            else:
                response = await handler(request)
        except (web.HTTPNotFound, web.HTTPMethodNotAllowed):
            log.warning("discord double has no route for %s %s", request.method, path)
            self.state.unhandled.append(record)
            response = error(404, 0, f"404: Not Found (the double has no {request.method} {path})")
        except Exception as exc:
            # A bug in the double: answer 503 (discord.py raises at once; it retries 500s).
            log.exception("discord double failed on %s %s", request.method, path)
            self.state.errors.append(f"{request.method} {path}: {exc!r}")
            response = error(503, 0, f"discord double crashed: {exc!r}")
        finally:
            self.in_flight -= 1
        record.status = response.status
        if isinstance(response, web.Response) and response.content_type == "application/json":
            record.response = json.loads(response.body or b"null")  # type: ignore[arg-type]
        self.state.touch()
        return response

    @staticmethod
    async def _faulty(
        fault: InjectedFault, request: web.Request, handler: Handler
    ) -> web.StreamResponse:
        """The answer an injected fault gives: an error, a 429, the real one late, or none
        (the connection dropped, or held open for good)."""
        if fault.hang:
            await asyncio.Event().wait()  # until the client gives up or the double stops
        if fault.reset:
            if fault.served:
                await handler(request)
            if request.transport is not None:
                request.transport.abort()
            return error(502, 0, "the connection was dropped by the test")
        if fault.retry_after is not None and fault.cloudflare:
            return cloudflare_banned(fault.retry_after)
        if fault.retry_after is not None:
            return rate_limited(fault.retry_after)
        if fault.status:
            return error(fault.status, 0, f"{fault.status}: injected by the test")
        response = await handler(request)
        await asyncio.sleep(fault.delay)
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
            return _multipart(request.headers["Content-Type"], await request.read())
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
        itx = InteractionRoutes(self)
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
            ("POST", "/interactions/{interaction_id}/{token}/callback", itx.callback),
            ("POST", hook, itx.followup),
            ("GET", hook + "/messages/{message_id}", itx.get_message),
            ("PATCH", hook + "/messages/{message_id}", itx.patch_message),
            ("DELETE", hook + "/messages/{message_id}", itx.delete_message),
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
        attachment_id = int(request.match_info["attachment_id"])
        self.state.attachment_downloads.append(attachment_id)
        slow = next((f for f in self.state.faults if f.delay and f.take("GET", request.path)), None)
        if slow is not None:  # Discord's file server slow to hand the file over (slow_next)
            await asyncio.sleep(slow.delay)
        data = self.state.attachment_bytes.get(attachment_id)
        if data is None:
            return error(404, 0, "404: Not Found")
        return web.Response(body=data)

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        shards = self.state.shard_count
        return json_response(
            {"url": self.gateway_url, "shards": shards, "session_start_limit": limit}
        )

    async def _get_me(self, request: web.Request) -> web.Response:
        me = payloads.user(self.state.bot_user)
        return json_response({**me, "verified": True, "mfa_enabled": False, "flags": 0})

    async def _get_user(self, request: web.Request) -> web.Response:
        found = self.state.users.get(snowflake(request.match_info["user_id"]))
        if found is None:
            return error(404, 10013, "Unknown User")
        return json_response(payloads.user(found))

    async def _create_dm(self, request: web.Request) -> web.Response:
        body = request[RECORD].json or {}
        found = self.state.users.get(snowflake(body.get("recipient_id")))
        if found is None:
            return error(404, 10013, "Unknown User")
        return json_response(payloads.channel(self.state.dm_channel(found)))

    async def _get_application(self, request: web.Request) -> web.Response:
        return json_response(payloads.application(self.state))

    async def _get_guild(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        data = payloads.guild_create(guild, intents=0)
        for key in ("members", "channels", "threads", "presences", "voice_states", "large"):
            data.pop(key, None)
        return json_response(data)

    async def _get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        return json_response([payloads.channel(c) for c in guild.channels])

    async def _get_guild_roles(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        return json_response([payloads.role(r) for r in guild.roles])

    async def _get_guild_members(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        return json_response([payloads.member(m) for m in guild.members.values()])

    async def _get_guild_member(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        found = guild.members.get(snowflake(request.match_info["user_id"]))
        if found is None:
            return error(404, 10007, "Unknown Member")
        return json_response(payloads.member(found))

    def _guild(self, request: web.Request) -> Guild | web.Response:
        """The guild the path names, or 404 Unknown Guild (one the bot is not in)."""
        found = self.state.guild_by_id(snowflake(request.match_info["guild_id"]))
        return error(404, 10004, "Unknown Guild") if found is None else found

    def _check_guild(self, request: web.Request) -> web.Response | None:
        if request.match_info.get("guild_id") is None:
            return None
        found = self._guild(request)
        return found if isinstance(found, web.Response) else None

    async def _get_channel(self, request: web.Request) -> web.Response:
        found = self.state.channel(snowflake(request.match_info["channel_id"]))
        if found is None:
            return error(404, 10003, "Unknown Channel")
        return json_response(payloads.channel(found))

    # -- application commands -----------------------------------------------------------------

    def _command_scope(self, request: web.Request) -> list[dict[str, Any]] | web.Response:
        if snowflake(request.match_info["app_id"]) != self.state.application_id:
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

    async def announce(self, event: str, message: Message) -> None:
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
        channel_id = snowflake(request.match_info["channel_id"])
        if self.state.channel(channel_id) is None:
            return error(404, 10003, "Unknown Channel")
        found = self.state.messages.get(snowflake(request.match_info.get("message_id")))
        if found is None or found.deleted or found.ephemeral or found.channel_id != channel_id:
            return error(404, 10008, "Unknown Message")
        return found

    async def _list_messages(self, request: web.Request) -> web.Response:
        channel_id = snowflake(request.match_info["channel_id"])
        if self.state.channel(channel_id) is None:
            return error(404, 10003, "Unknown Channel")
        limit = int(request.query.get("limit", 50))
        channel = self.state.channel(channel_id)
        guild = self.state.guild_of(channel) if channel is not None else None
        if guild is not None and not (
            guild.permissions_in(self.state.bot_user.id, channel) & Perm.READ_MESSAGE_HISTORY
        ):
            return json_response([])  # as Discord: no message shown without Read Message History
        found = self.state.messages_in(channel_id)
        if "before" in request.query:
            found = [m for m in found if m.id < int(request.query["before"])]
        if "after" in request.query:
            found = [m for m in found if m.id > int(request.query["after"])][:limit]
        newest_first = list(reversed(found))[:limit]
        return json_response([m.data for m in newest_first])

    async def _post_message(self, request: web.Request) -> web.Response:
        channel_id = snowflake(request.match_info["channel_id"])
        channel = self.state.channel(channel_id)
        if channel is None:
            return error(404, 10003, "Unknown Channel")
        if channel.recipient is not None and channel.recipient.dms_closed:
            return error(403, 50007, "Cannot send messages to this user")
        guild = self.state.guild_of(channel)
        if guild is not None:
            perms = guild.permissions_in(self.state.bot_user.id, channel)
            if not perms & Perm.VIEW_CHANNEL:
                return error(403, 50001, "Missing Access")
            sending = Perm.SEND_MESSAGES_IN_THREADS if channel.parent_id else Perm.SEND_MESSAGES
            if not perms & sending:
                return error(403, 50013, "Missing Permissions")
        record: Request = request[RECORD]
        body = record.json or {}
        if problems := limits.message_problems(body, has_files=bool(record.files)):
            return problems_response(problems)
        if (same := self.state.nonce_seen(channel_id, body)) is not None:
            if same.deleted:  # enforce_nonce: a deleted message is not posted again
                return error(404, 10008, "Unknown Message")
            return json_response(same.data)  # enforce_nonce: the message Discord already has
        message = messages.create_message(
            self.state, channel_id, body, record.files, author=self.state.bot_user
        )
        self.state.note_nonce(channel_id, body, message)
        await self.announce("MESSAGE_CREATE", message)
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
        if problems := messages.edit_message(self.state, found, record.json or {}, record.files):
            return problems_response(problems)
        await self.announce("MESSAGE_UPDATE", found)
        return json_response(found.data)

    async def _delete_message(self, request: web.Request) -> web.Response:
        found = self._channel_message(request)
        if isinstance(found, web.Response):
            return found
        found.deleted = True
        await self.announce("MESSAGE_DELETE", found)
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


def _multipart(content_type: str, body: bytes) -> tuple[Any, list[UploadedFile]]:
    """A multipart/form-data body read whole, then parsed: its `payload_json` part and its
    files. (aiohttp's streaming reader warns, depending on how the bytes arrive in chunks,
    about a deprecated call of its own; a whole body parses the same way every time.)"""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    payload: Any = None
    files: list[UploadedFile] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition") or ""
        data = part.get_payload(decode=True) or b""
        if name == "payload_json":
            payload = json.loads(data)
        else:
            files.append(
                UploadedFile(str(name), part.get_filename() or "", part.get_content_type(), data)
            )
    return payload, files
