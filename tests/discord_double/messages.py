"""Creating and editing messages in the double's state, the way Discord stores them."""

from __future__ import annotations

import copy
from typing import Any

from . import limits, payloads
from .state import (
    DoubleState,
    InteractionRecord,
    Message,
    MessageFlag,
    UploadedFile,
    User,
    iso_now,
)


def create_message(
    state: DoubleState,
    channel_id: int,
    body: dict[str, Any],
    files: list[UploadedFile],
    *,
    author: User,
    ephemeral: bool = False,
    interaction: InteractionRecord | None = None,
    message_type: int = 0,
) -> Message:
    """Store a new message (from the bot, or from a user when a test speaks)."""
    metadata = None
    if interaction is not None:
        invoker = state.users[interaction.user_id]
        metadata = payloads.interaction_metadata(
            interaction.id, interaction.type, invoker, interaction.name
        )
    data = payloads.message(
        state,
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
    _attach(state, message, body, files)
    state.messages[message.id] = message
    return message


def edit_problems(
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
    state: DoubleState, message: Message, body: dict[str, Any], files: list[UploadedFile]
) -> list[limits.Problem]:
    """Apply an edit in place, keeping the old version; returns what Discord would reject
    (and then changes nothing). The ephemeral flag never changes; LOADING is cleared."""
    data, problems = edit_problems(message, body, files)
    if problems:
        return problems
    message.history.append(copy.deepcopy(message.data))
    data["edited_timestamp"] = iso_now()
    message.data = data
    if "allowed_mentions" in body:
        message.allowed_mentions = body["allowed_mentions"]
    _attach(state, message, body, files)
    message.version += 1
    return []


def _attach(
    state: DoubleState, message: Message, body: dict[str, Any], files: list[UploadedFile]
) -> None:
    """Keep the attachments the body lists (all, if it lists none) and add the uploads."""
    described = {str(a.get("id")): a for a in body.get("attachments") or []}
    kept = [
        a for a in message.attachments if "attachments" not in body or str(a["id"]) in described
    ]
    for upload in files:
        index = upload.field.removeprefix("files[").removesuffix("]")
        meta = described.get(index, {})
        filename = meta.get("filename") or upload.filename
        data = payloads.attachment(state, filename, upload.data, upload.content_type)
        if meta.get("description"):
            data["description"] = meta["description"]
        kept.append(data)
        message.files[filename] = upload.data
    message.data["attachments"] = kept
