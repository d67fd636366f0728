"""A fake Discord (REST API and gateway) on 127.0.0.1 for testing the real discord.py client."""

from .double import DiscordDouble, component_ids
from .payloads import NotOffered, OptionError
from .state import (
    Callback,
    CallbackType,
    Channel,
    InteractionRecord,
    InteractionType,
    Message,
    MessageFlag,
    Overwrite,
    Perm,
    Request,
    Role,
    User,
)

__all__ = [
    "Callback",
    "CallbackType",
    "Channel",
    "DiscordDouble",
    "InteractionRecord",
    "InteractionType",
    "Message",
    "MessageFlag",
    "NotOffered",
    "OptionError",
    "Overwrite",
    "Perm",
    "Request",
    "Role",
    "User",
    "component_ids",
]
