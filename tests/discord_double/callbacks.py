"""Interaction callbacks and webhook follow-ups: how a bot answers what a user did."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits, messages
from .responses import RECORD, error, json_response, problems_response, snowflake
from .state import (
    Callback,
    CallbackType,
    InteractionRecord,
    InteractionType,
    Message,
    MessageFlag,
    OpenModal,
    Request,
    UploadedFile,
)

if TYPE_CHECKING:
    from .server import DiscordServer

# Which interaction types may be answered with which callback types.
ALLOWED_CALLBACKS = {
    InteractionType.APPLICATION_COMMAND: {4, 5, 9},
    InteractionType.MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    InteractionType.AUTOCOMPLETE: {8},
    InteractionType.MODAL_SUBMIT: {4, 5, 6, 7},
}


class InteractionRoutes:
    """POST /interactions/{id}/{token}/callback and /webhooks/{app}/{token}[/messages/{id}]."""

    def __init__(self, server: DiscordServer) -> None:
        self.server = server
        self.state = server.state

    async def callback(self, request: web.Request) -> web.Response:
        """Accept the bot's one answer to an interaction, or refuse it as Discord would."""
        record: Request = request[RECORD]
        body = record.json or {}
        itx = self.state.interactions.get(snowflake(request.match_info["interaction_id"]))
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
        if attempt.elapsed > self.server.ack_window:
            reason = f"Unknown interaction: answered after {attempt.elapsed:.2f}s"
            return refuse(error(404, 10062, "Unknown interaction"), reason)
        allowed = ALLOWED_CALLBACKS.get(InteractionType(itx.type), set())
        gone = itx.source_message is None or itx.source_message.deleted
        if kind in (6, 7) and itx.type == InteractionType.MESSAGE_COMPONENT and gone:
            reason = "Unknown Message: the clicked message was deleted"
            return refuse(error(404, 10008, "Unknown Message"), reason)
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
            problems = messages.edit_problems(itx.source_message, data, record.files)[1]
        if problems:
            return refuse(problems_response(problems), str(problems))
        itx.callback = attempt
        await self._apply_callback(itx, attempt, record.files)
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
            attempt.message = itx.original = messages.create_message(
                self.state,
                itx.channel_id,
                data,
                files,
                author=self.state.bot_user,
                ephemeral=ephemeral,
                interaction=itx,
                message_type=message_type,
            )
            await self.server.announce("MESSAGE_CREATE", itx.original)
        elif kind == CallbackType.DEFERRED_MESSAGE:
            ephemeral_flag = int(data.get("flags") or 0) & MessageFlag.EPHEMERAL
            attempt.message = itx.original = messages.create_message(
                self.state,
                itx.channel_id,
                {"content": "", "flags": int(MessageFlag.LOADING | ephemeral_flag)},
                [],
                author=self.state.bot_user,
                ephemeral=bool(ephemeral_flag),
                interaction=itx,
                message_type=message_type,
            )
            await self.server.announce("MESSAGE_CREATE", itx.original)
        elif kind == CallbackType.DEFERRED_UPDATE and itx.source_message is not None:
            itx.original = itx.source_message
            itx._source_version = itx.source_message.version
        elif kind == CallbackType.UPDATE_MESSAGE and itx.source_message is not None:
            messages.edit_message(self.state, itx.source_message, data, files)
            attempt.message = itx.original = itx.source_message
            await self.server.announce("MESSAGE_UPDATE", itx.source_message)
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
        app_ok = snowflake(request.match_info["app_id"]) == self.state.application_id
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

    async def followup(self, request: web.Request) -> web.Response:
        """A follow-up message; the first one after a deferred reply fills the "thinking" one."""
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
            and not original.deleted
            and not itx.followups
        ):
            # Discord fills the "thinking..." message with the first follow-up (once it is
            # deleted, a follow-up is a message of its own, with its own privacy).
            messages.edit_message(self.state, original, {**body, "flags": None}, record.files)
            message = original
            await self.server.announce("MESSAGE_UPDATE", message)
        else:
            ephemeral = bool(int(body.get("flags") or 0) & MessageFlag.EPHEMERAL)
            message = messages.create_message(
                self.state,
                itx.channel_id,
                body,
                record.files,
                author=self.state.bot_user,
                ephemeral=ephemeral,
                interaction=itx,
            )
            await self.server.announce("MESSAGE_CREATE", message)
        itx.followups.append(message)
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(message.data)
        return web.Response(status=204)

    async def get_message(self, request: web.Request) -> web.Response:
        """GET @original or a follow-up."""
        found = self._webhook_message(request)
        if isinstance(found, web.Response):
            return found
        return json_response(found[1].data)

    async def patch_message(self, request: web.Request) -> web.Response:
        """Edit @original (for a component: the message it sits on) or a follow-up."""
        found = self._webhook_message(request)
        if isinstance(found, web.Response):
            return found
        record: Request = request[RECORD]
        message = found[1]
        if problems := messages.edit_message(self.state, message, record.json or {}, record.files):
            return problems_response(problems)
        await self.server.announce("MESSAGE_UPDATE", message)
        return json_response(message.data)

    async def delete_message(self, request: web.Request) -> web.Response:
        """Delete @original or a follow-up."""
        found = self._webhook_message(request)
        if isinstance(found, web.Response):
            return found
        found[1].deleted = True
        await self.server.announce("MESSAGE_DELETE", found[1])
        return web.Response(status=204)
