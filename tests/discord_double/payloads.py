"""Discord API objects as JSON: users, guilds, messages and the interactions a user triggers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .state import (
    Channel,
    DoubleState,
    Guild,
    InteractionType,
    Member,
    Message,
    Role,
    User,
    iso_now,
    walk_components,
)

# Application command option types.
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = range(3, 12)
GATEWAY_INTENT_GUILD_MEMBERS = 1 << 1


def user(u: User) -> dict[str, Any]:
    """A user object."""
    return {
        "id": str(u.id),
        "username": u.username,
        "discriminator": "0",
        "global_name": u.global_name,
        "avatar": None,
        "bot": u.bot,
        "system": False,
        "public_flags": 0,
    }


def member(m: Member, *, with_user: bool = True, permissions: int | None = None) -> dict[str, Any]:
    """A guild member object (with the user inside unless ``with_user`` is False)."""
    data: dict[str, Any] = {
        "roles": [str(r) for r in m.role_ids],
        "nick": m.nick,
        "avatar": None,
        "joined_at": m.joined_at,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }
    if with_user:
        data["user"] = user(m.user)
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def role(r: Role) -> dict[str, Any]:
    """A role object."""
    return {
        "id": str(r.id),
        "name": r.name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": r.position,
        "permissions": str(r.permissions),
        "managed": r.managed,
        "mentionable": True,
        "flags": 0,
    }


def channel(c: Channel) -> dict[str, Any]:
    """A channel object (guild text channel or DM)."""
    if c.guild_id is None:
        recipients = [user(c.recipient)] if c.recipient else []
        return {"id": str(c.id), "type": 1, "last_message_id": None, "recipients": recipients}
    if c.parent_id is not None:
        return {
            "id": str(c.id),
            "type": c.type,
            "guild_id": str(c.guild_id),
            "parent_id": str(c.parent_id),
            "owner_id": str(c.guild_id),
            "name": c.name,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": iso_now(),
                "locked": False,
            },
        }
    return {
        "id": str(c.id),
        "type": c.type,
        "guild_id": str(c.guild_id),
        "name": c.name,
        "position": c.position,
        "permission_overwrites": [
            {"id": str(o.id), "type": o.type, "allow": str(o.allow), "deny": str(o.deny)}
            for o in c.overwrites
        ],
        "topic": c.topic,
        "nsfw": False,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "parent_id": None,
        "flags": 0,
    }


def guild_create(g: Guild, *, intents: int) -> dict[str, Any]:
    """The GUILD_CREATE payload: the whole guild, members only with the GUILD_MEMBERS intent."""
    members = list(g.members.values())
    if not intents & GATEWAY_INTENT_GUILD_MEMBERS:
        members = [m for m in members if m.user.bot]
    return {
        "id": str(g.id),
        "name": g.name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": str(g.owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "system_channel_id": str(g.channels[0].id) if g.channels else None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "application_id": None,
        "max_members": 500000,
        "features": [],
        "roles": [role(r) for r in g.roles],
        "emojis": [],
        "stickers": [],
        "joined_at": iso_now(),
        "large": False,
        "unavailable": False,
        "member_count": len(g.members),
        "members": [member(m) for m in members],
        "channels": [channel(c) for c in g.channels if c.parent_id is None],
        "threads": [channel(c) for c in g.channels if c.parent_id is not None],
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def ready(
    state: DoubleState,
    *,
    session_id: str,
    resume_url: str,
    shard: list[int],
    guilds: list[Guild],
) -> dict[str, Any]:
    """The READY payload: the bot user, the application and this shard's `guilds`."""
    return {
        "v": 10,
        "user": {**user(state.bot_user), "verified": True, "mfa_enabled": False, "flags": 0},
        "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
        "session_id": session_id,
        "session_type": "normal",
        "resume_gateway_url": resume_url,
        "shard": shard,
        "application": {"id": str(state.application_id), "flags": 0},
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "guild_join_requests": [],
        "geo_ordered_rtc_regions": [],
        "user_settings": {},
    }


def application(state: DoubleState) -> dict[str, Any]:
    """The application object (GET /oauth2/applications/@me)."""
    return {
        "id": str(state.application_id),
        "name": state.bot_user.username,
        "icon": None,
        "description": "briefbot under test",
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": user(state.owner),
        "team": None,
        "verify_key": "0" * 64,
        "flags": 0,
        "bot": user(state.bot_user),
        "interactions_endpoint_url": None,
        "redirect_uris": [],
        "tags": [],
    }


def message(
    state: DoubleState,
    *,
    channel_id: int,
    author: User,
    body: Mapping[str, Any],
    message_type: int = 0,
    interaction: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A message object built from the body of a create request (or a user's message)."""
    ch = state.channel(channel_id)
    guild = state.guild_of(ch) if ch is not None else None
    content = str(body.get("content") or "")
    mentions = [user(u) for u in state.users.values() if u.mention in content]
    data: dict[str, Any] = {
        "id": str(state.ids.next()),
        "channel_id": str(channel_id),
        "author": user(author),
        "content": content,
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": bool(body.get("tts", False)),
        "mention_everyone": "@everyone" in content,
        "mentions": mentions,
        "mention_roles": [str(r.id) for r in (guild or state.guild).roles if r.mention in content],
        "attachments": [],
        "embeds": list(body.get("embeds") or []),
        "components": list(body.get("components") or []),
        "pinned": False,
        "type": message_type,
        "flags": int(body.get("flags") or 0),
    }
    if guild is not None:
        data["guild_id"] = str(guild.id)
        m = guild.members.get(author.id)
        if m is not None:
            data["member"] = member(m, with_user=False)
    for key in ("nonce", "poll", "message_reference"):
        if body.get(key) is not None:
            data[key] = body[key]
    if interaction is not None:
        data["webhook_id"] = str(state.application_id)
        data["application_id"] = str(state.application_id)
        data["interaction_metadata"] = interaction
    return data


def attachment(
    state: DoubleState, filename: str, content: bytes, content_type: str = ""
) -> dict[str, Any]:
    """An attachment object; the double serves its bytes at ``url``."""
    attachment_id = state.ids.next()
    state.attachment_bytes[attachment_id] = content
    url = f"{state.base_url}/attachments/{attachment_id}/{filename}"
    data: dict[str, Any] = {
        "id": str(attachment_id),
        "filename": filename,
        "size": len(content),
        "url": url,
        "proxy_url": url,
    }
    if content_type:
        data["content_type"] = content_type
    return data


# -- interactions ------------------------------------------------------------------------


def interaction(
    state: DoubleState,
    *,
    interaction_id: int,
    token: str,
    type_: InteractionType,
    data: dict[str, Any],
    invoker: User,
    channel_id: int,
    source: Message | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload as Discord sends it to a bot over the gateway."""
    ch = state.channel(channel_id)
    if ch is None:
        raise LookupError(f"no channel with id {channel_id}")
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(state.application_id),
        "type": int(type_),
        "data": data,
        "channel_id": str(channel_id),
        "channel": channel(ch),
        "token": token,
        "version": 1,
        "locale": invoker.locale,
        "entitlements": [],
        "attachment_size_limit": 10 * 1024 * 1024,
    }
    guild = state.guild_of(ch)
    if guild is not None:
        m = guild.members.get(invoker.id)
        if m is None:
            raise LookupError(f"{invoker.username} is not a member of {guild.name}")
        payload.update(
            guild_id=str(guild.id),
            guild={"id": str(guild.id), "locale": "en-US", "features": []},
            guild_locale="en-US",
            member=member(m, permissions=guild.permissions_in(invoker.id, ch)),
            app_permissions=str(guild.permissions_in(state.bot_user.id, ch)),
            authorizing_integration_owners={"0": str(guild.id)},
            context=0,
        )
    else:
        payload.update(
            user=user(invoker),
            app_permissions=str(state.guild.everyone.permissions),
            authorizing_integration_owners={"1": str(invoker.id)},
            context=1,
        )
    if source is not None:
        payload["message"] = source.data
    return payload


def interaction_metadata(
    record_id: int, type_: int, invoker: User, name: str | None = None
) -> dict[str, Any]:
    """The ``interaction_metadata`` Discord puts on a message an interaction created."""
    data: dict[str, Any] = {"id": str(record_id), "type": type_, "user": user(invoker)}
    if name:
        data["name"] = name
    return data


class OptionError(ValueError):
    """A test asked for options Discord's client would never send."""


class NotOffered(LookupError):
    """A test ran a command where Discord's client does not offer it (a server-only command
    in a DM): Discord refuses it before the bot sees anything."""


CONTEXT_OF_CHANNEL_TYPE = {1: 1, 3: 2}
"""Discord's interaction context for a channel type: a DM with the bot is BOT_DM (1), a group
DM PRIVATE_CHANNEL (2); every server channel is GUILD (0)."""


def check_offered(command: dict[str, Any], channel: Channel) -> None:
    """Raise NotOffered unless Discord offers ``command`` in ``channel``: its ``contexts`` list
    the channel's context, or, without ``contexts``, ``dm_permission`` is not false in DMs."""
    context = CONTEXT_OF_CHANNEL_TYPE.get(channel.type, 0)
    contexts = command.get("contexts")
    if contexts is None:
        offered = context == 0 or command.get("dm_permission", True) is not False
    else:
        offered = context in contexts
    if not offered:
        raise NotOffered(
            f"/{command['name']} is not offered here: its contexts are {contexts} "
            f"(dm_permission {command.get('dm_permission')}), this channel's is {context}"
        )


def command_data(
    state: DoubleState,
    command: dict[str, Any],
    path: list[str],
    values: Mapping[str, Any],
    *,
    focused: str | None = None,
    guild: Guild | None = None,
) -> dict[str, Any]:
    """The ``data`` of an application command interaction: command id, name, options, resolved.

    ``path`` names the subcommand group and/or subcommand; ``focused`` marks an autocomplete
    request, where values are partial input and required options may be missing; users and
    channels given resolve in ``guild`` (the seed guild unless given)."""
    resolved: dict[str, dict[str, Any]] = {}
    schema = list(command.get("options") or [])
    nest: list[dict[str, Any]] = []
    where = f"/{command['name']}"
    container = nest
    for part in path:
        sub = _schema_option(schema, part, where)
        if sub["type"] not in (SUB_COMMAND, SUB_COMMAND_GROUP):
            raise OptionError(f"{where} {part} is not a subcommand")
        entry: dict[str, Any] = {"name": part, "type": sub["type"], "options": []}
        container.append(entry)
        container = entry["options"]
        schema = list(sub.get("options") or [])
        where += f" {part}"
    if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in schema):
        names = [o["name"] for o in schema]
        raise OptionError(f"{where} needs a subcommand, one of {names}")
    for name, value in values.items():
        opt = _schema_option(schema, name, where)
        option: dict[str, Any] = {"name": name, "type": opt["type"]}
        if name == focused:
            option["value"] = str(value)
            option["focused"] = True
        else:
            option["value"] = _option_value(state, opt, value, resolved, where, guild)
        container.append(option)
    if focused is None:
        missing = [o["name"] for o in schema if o.get("required") and o["name"] not in values]
        if missing:
            raise OptionError(f"{where} requires {missing}")
    elif focused not in values:
        raise OptionError(f"focused option {focused!r} needs a value (the text typed so far)")
    data: dict[str, Any] = {
        "id": str(command["id"]),
        "name": command["name"],
        "type": int(command.get("type", 1)),
        "options": nest,
    }
    if command.get("guild_id"):
        data["guild_id"] = str(command["guild_id"])
    if resolved:
        data["resolved"] = resolved
    return data


def _schema_option(schema: list[dict[str, Any]], name: str, where: str) -> dict[str, Any]:
    for opt in schema:
        if opt["name"] == name:
            return opt
    raise OptionError(f"{where} has no option {name!r}; it has {[o['name'] for o in schema]}")


def _option_value(
    state: DoubleState,
    opt: dict[str, Any],
    value: Any,
    resolved: dict[str, dict[str, Any]],
    where: str,
    guild: Guild | None,
) -> Any:
    kind = opt["type"]
    label = f"{where} {opt['name']}"
    if kind == STRING:
        if not isinstance(value, str):
            raise OptionError(f"{label} takes text, got {value!r}")
        _check_range(label, len(value), opt.get("min_length"), opt.get("max_length"), "length")
    elif kind == INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise OptionError(f"{label} takes a whole number, got {value!r}")
        _check_range(label, value, opt.get("min_value"), opt.get("max_value"), "value")
    elif kind == NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise OptionError(f"{label} takes a number, got {value!r}")
        _check_range(label, value, opt.get("min_value"), opt.get("max_value"), "value")
    elif kind == BOOLEAN:
        if not isinstance(value, bool):
            raise OptionError(f"{label} takes True or False, got {value!r}")
    elif kind in (USER, CHANNEL, ROLE, MENTIONABLE):
        return _resolve_entity(state, opt, value, resolved, label, guild or state.guild)
    elif kind == ATTACHMENT:
        filename, content = value
        data = attachment(state, filename, content)
        resolved.setdefault("attachments", {})[data["id"]] = data
        return str(data["id"])
    choices = opt.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        raise OptionError(f"{label} must be one of {[c['value'] for c in choices]}, got {value!r}")
    return value


def _check_range(label: str, value: float, low: Any, high: Any, what: str) -> None:
    if low is not None and value < low:
        raise OptionError(f"{label}: {what} {value} is below the minimum {low}")
    if high is not None and value > high:
        raise OptionError(f"{label}: {what} {value} is above the maximum {high}")


def _resolve_entity(
    state: DoubleState,
    opt: dict[str, Any],
    value: Any,
    resolved: dict[str, dict[str, Any]],
    label: str,
    guild: Guild,
) -> str:
    kind = opt["type"]
    opt_channel_types = list(opt.get("channel_types") or [])
    if isinstance(value, User) and kind in (USER, MENTIONABLE):
        resolved.setdefault("users", {})[str(value.id)] = user(value)
        m = guild.members.get(value.id)
        if m is not None:
            perms = guild.permissions_of(value.id)
            resolved.setdefault("members", {})[str(value.id)] = member(
                m, with_user=False, permissions=perms
            )
        return str(value.id)
    if isinstance(value, Role) and kind in (ROLE, MENTIONABLE):
        resolved.setdefault("roles", {})[str(value.id)] = role(value)
        return str(value.id)
    if isinstance(value, Channel) and kind == CHANNEL:
        if opt_channel_types and value.type not in opt_channel_types:
            raise OptionError(f"{label} takes channel types {opt_channel_types}, not {value.type}")
        if value.guild_id != guild.id:
            raise OptionError(f"{label}: #{value.name} is not a channel of {guild.name}")
        resolved.setdefault("channels", {})[str(value.id)] = {
            "id": str(value.id),
            "name": value.name,
            "type": value.type,
            "permissions": str(guild.permissions_in(state.bot_user.id, value)),
            "parent_id": None if value.parent_id is None else str(value.parent_id),
            "guild_id": str(guild.id),
            "position": value.position,
            "topic": value.topic,
            "nsfw": False,
            "flags": 0,
        }
        if value.parent_id is not None:  # a thread's own fields (its owner, its metadata)
            resolved["channels"][str(value.id)] = {
                **channel(value),
                **resolved["channels"][str(value.id)],
            }
        return str(value.id)
    raise OptionError(f"{label} cannot take {value!r}")


def component_data(
    source: Message, component: dict[str, Any], values: list[str] | None
) -> dict[str, Any]:
    """The ``data`` of a message component interaction (a click or a selection)."""
    data: dict[str, Any] = {
        "custom_id": component["custom_id"],
        "component_type": component["type"],
    }
    if component["type"] != 2:
        data["values"] = list(values or [])
    return data


def modal_submit_data(
    custom_id: str, modal_components: list[dict[str, Any]], values: Mapping[str, Any]
) -> dict[str, Any]:
    """The ``data`` of a modal submit: the modal's own layout, filled in with ``values``."""
    known = {
        c["custom_id"] for c in walk_components(modal_components) if c.get("custom_id") is not None
    }
    unknown = sorted(set(values) - known)
    if unknown:
        raise OptionError(f"modal {custom_id!r} has no field {unknown}; it has {sorted(known)}")
    return {"custom_id": custom_id, "components": [_filled(c, values) for c in modal_components]}


def _filled(component: dict[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    kind = component.get("type")
    if kind == 1:
        return {"type": 1, "components": [_filled(c, values) for c in component["components"]]}
    if kind == 18:
        return {"type": 18, "component": _filled(component["component"], values)}
    custom_id = component.get("custom_id")
    if kind == 4:
        value = values.get(custom_id, component.get("value") or "")
        if component.get("required", True) and not value:
            raise OptionError(f"modal field {custom_id!r} is required")
        low, high = component.get("min_length"), component.get("max_length")
        if value:
            _check_range(f"modal field {custom_id!r}", len(value), low, high, "length")
        return {"type": 4, "custom_id": custom_id, "value": value}
    if custom_id is not None:
        return {"type": kind, "custom_id": custom_id, "values": list(values.get(custom_id, []))}
    return {"type": kind}
