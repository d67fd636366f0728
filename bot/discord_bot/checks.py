"""Who counts as a moderator, checked every time a moderator command runs.

Moderator commands are registered with `default_member_permissions`, so Discord hides them
from members without Manage Messages (or Manage Server). A server admin can change that in
Server Settings > Integrations, so the bot checks again when a command runs: a moderator is
whoever has Administrator, Manage Server or Manage Messages in the channel, or the moderator
role set with /settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.core.commands import description_of, local_full_name, local_name
from bot.core.errors import BriefbotError
from bot.core.progress import GuildSettings
from bot.discord_bot.interaction import Interaction
from bot.i18n import _

__all__ = [
    "CheckCouldNotRun",
    "NotModerator",
    "ServerLeft",
    "ServerOnly",
    "can_manage_server",
    "is_moderator",
    "moderator_command",
    "moderator_only",
    "refuse_outside_server",
    "refuse_server_left",
    "require_moderator",
]

T = TypeVar("T")
log = logging.getLogger(__name__)


class NotModerator(app_commands.CheckFailure, BriefbotError):
    """A moderator command run by someone who is not one; the message is shown as it is."""


class CheckCouldNotRun(app_commands.AppCommandError):
    """A check whose store read failed (the database down, say). discord.py hands only its
    own errors raised by a check to the command tree's error handler; any other left the
    command without a reply. This one carries the cause as `original`, so the user is told
    what a failure inside the command would tell them (`BriefBot.on_app_command_error`)."""

    def __init__(self, original: Exception) -> None:
        super().__init__(str(original))
        self.original = original


class ServerOnly(app_commands.CheckFailure, BriefbotError):
    """A server-only command that arrived from a direct message; the message is shown as it is."""


def refuse_outside_server(interaction: discord.Interaction[Any]) -> None:
    """Raise ServerOnly for a server-only command (`guild_only`) run in a direct message.
    Discord offers those in servers only, so only a client with a stale command list sends
    one; the user is told where it works instead of meeting an error."""
    command = interaction.command
    if interaction.guild_id is not None or command is None:
        return
    root = getattr(command, "root_parent", None) or command
    if root.guild_only:
        raise ServerOnly(
            _(
                "/{command} works in a server, not in direct messages: "
                "use it in a channel of your server."
            ).format(command=local_name(root.name))
        )


class ServerLeft(app_commands.CheckFailure, BriefbotError):
    """A command from a server the bot is no longer in; the message is shown as it is."""


def refuse_server_left(interaction: discord.Interaction[Any]) -> None:
    """Raise ServerLeft for a command sent from a server the bot is not in (removed from it,
    a Discord client still offering its commands there): the bot can neither post nor check
    roles there, so its user is told why instead of being answered as if it were. A server
    Discord reports unavailable (an outage) is still the bot's and goes on as usual."""
    guild_id = interaction.guild_id
    if guild_id is None or interaction.client.get_guild(guild_id) is not None:
        return
    command = interaction.command.qualified_name if interaction.command else "?"
    log.warning(
        "command /%s by user %s from server %s, which the bot is not in: refused",
        command,
        interaction.user.id,
        guild_id,
    )
    raise ServerLeft(
        _("I am no longer in this server, so I cannot act here. A moderator can invite me again.")
    )


def can_manage_server(interaction: Interaction) -> bool:
    """Administrator or Manage Server (the server owner has both)."""
    perms = interaction.permissions
    return bool(perms.administrator or perms.manage_guild)


def is_moderator(interaction: Interaction, settings: GuildSettings) -> bool:
    """Whether the member who interacted may use moderator commands in this server."""
    member = interaction.user
    if interaction.guild_id is None or not isinstance(member, discord.Member):
        return False
    return _moderates(interaction.permissions, member, settings)


def is_moderator_in(
    member: discord.Member,
    channel: discord.abc.GuildChannel | discord.Thread | None,
    settings: GuildSettings,
) -> bool:
    """Whether `member` may use moderator commands in `channel` (the server as a whole when
    None), as `is_moderator` decides for whoever runs a command there."""
    permissions = channel.permissions_for(member) if channel else member.guild_permissions
    return _moderates(permissions, member, settings)


def _moderates(
    permissions: discord.Permissions, member: discord.Member, settings: GuildSettings
) -> bool:
    if permissions.administrator or permissions.manage_guild or permissions.manage_messages:
        return True
    role_id = settings.moderator_role_id
    return role_id is not None and any(role.id == role_id for role in member.roles)


async def require_moderator(interaction: Interaction) -> GuildSettings:
    """The server's settings if the user is a moderator; NotModerator (polite) otherwise."""
    if interaction.guild_id is None:
        raise NotModerator(_("Moderator commands work in a server, not in direct messages."))
    services: Any = interaction.client.services  # type: ignore[attr-defined]
    try:
        settings: GuildSettings = await services.store.settings.get_settings(interaction.guild_id)
    except Exception as exc:
        raise CheckCouldNotRun(exc) from exc
    if is_moderator(interaction, settings):
        return settings
    command = local_full_name(interaction.command.qualified_name) if interaction.command else "…"
    raise NotModerator(
        _(
            "Only moderators can use /{command}. Moderators have Manage Messages or Manage "
            "Server here, or the moderator role a server admin sets with /settings."
        ).format(command=command)
    )


def moderator_only() -> Callable[[T], T]:
    """A slash-command check: the user must be a moderator (see `require_moderator`)."""

    async def predicate(interaction: Interaction) -> bool:
        await require_moderator(interaction)
        return True

    return app_commands.check(predicate)


def moderator_command(name: str, *, manage_server: bool = False) -> Callable[[Any], Any]:
    """A moderator slash command named `name`, with the registry's description: hidden from
    members without Manage Messages (Manage Server with `manage_server`), server-only, and
    checked again when it runs (`moderator_only`). Put it above `describe`/`autocomplete`."""
    permission = {"manage_guild": True} if manage_server else {"manage_messages": True}

    def decorate(func: Any) -> Any:
        func = moderator_only()(func)
        func = app_commands.guild_only()(func)
        func = app_commands.default_permissions(**permission)(func)
        return app_commands.command(name=name, description=description_of(name))(func)

    return decorate
