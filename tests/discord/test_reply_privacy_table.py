"""`replies_privately` is right for every slash command the bot registers.

The answer-in-time watch defers a late command before its reply exists, privately or
publicly as `bot.discord_bot.reply_privacy` says; Discord keeps that choice whatever the
reply then says. So, for each command in the bot's command tree (a new command is covered
without editing this test), with each value of its `private` option or /quiz's mode, the
command is run normally through the Discord double and its first response's ephemeral flag
must be what `replies_privately` says for that very interaction. A command that answers with
a form (modal) counts as private: when late, it can only say privately that the form can no
longer be opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands

from bot.discord_bot.client import BriefBot
from bot.discord_bot.reply_privacy import replies_privately
from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble
from tests.discord_double.state import CallbackType

Options = dict[str, Any]

UPLOADED = HARBOUR.replace(
    "    aliases: [Ostrow]\n",
    "    aliases: [Ostrow]\n"
    "    quotes:\n"
    "      - id: ben-calm\n"
    "        text: calm\n"
    "        context: The mayor on the sea.\n",
)
"""The server's own briefing, with a quote no question tests (for /briefing unquote)."""

IN_A_WEEK = (dt.date.today() + dt.timedelta(days=7)).isoformat()

MINIMAL: dict[str, Callable[[DiscordDouble], Options]] = {
    "post": lambda double: {"briefing": "mini", "channel": double.news},
    "schedule": lambda double: {"what": "briefing", "time": "10:00", "briefing": "mini"},
    "unschedule": lambda double: {"number": 1},
    "briefing upload": lambda double: {"file": ("harbour.yaml", UPLOADED.encode())},
    "briefing show": lambda double: {"briefing": "harbour"},
    "briefing write": lambda double: {"briefing": "harbour"},
    "briefing unquote": lambda double: {"briefing": "harbour", "quote": "ben-calm"},
    "briefing person": lambda double: {"briefing": "harbour", "name": "Ada", "role": "pilot"},
    "briefing question": lambda double: {
        "briefing": "harbour",
        "about": "closed-days",
        "prompt": "How many days was the harbour closed?",
        "answer": "3",
    },
    "briefing note": lambda double: {
        "briefing": "harbour",
        "claim": "closed-days",
        "text": "Two days, not three.",
        "source": "Port Elm Gazette",
    },
    "briefing publish": lambda double: {"briefing": "harbour"},
    "briefing unpublish": lambda double: {"briefing": "harbour"},
    "briefing remove": lambda double: {"briefing": "harbour"},
    "briefing history": lambda double: {"briefing": "harbour"},
    "briefing rollback": lambda double: {"briefing": "harbour"},
    "assign": lambda double: {"briefing": "mini", "due_date": IN_A_WEEK, "due_time": "18:00"},
    "unassign": lambda double: {"number": 1},
    "course create": lambda double: {"title": "Term"},
    "course add": lambda double: {"course": "term", "briefing": "mini"},
    "course move": lambda double: {"course": "term", "step": "mini", "to": 1},
    "course remove": lambda double: {"course": "term", "step": "mini"},
    "course delete": lambda double: {"course": "term"},
}
"""The options a command cannot run without; every other command runs with none but its
`briefing` (a bundled one, `mini`: two are loaded, so a reading command must be told which)."""

NEEDS: dict[str, tuple[str, ...]] = {
    "unschedule": ("schedule",),
    "unassign": ("assign",),
    **{
        f"briefing {sub}": ("briefing upload",)
        for sub in (
            "show",
            "write",
            "person",
            "unquote",
            "note",
            "question",
            "publish",
            "unpublish",
            "remove",
            "history",
            "rollback",
        )
    },
    "course add": ("course create",),
    "course move": ("course create", "course add"),
    "course remove": ("course create", "course add"),
    "course delete": ("course create",),
}
"""Commands run first (as a moderator) so that a command has something to act on."""

MODERATOR_GROUPS = frozenset({"briefing", "course"})
"""Command groups for moderators whose commands carry no default permissions of their own."""

CANNOT_RUN: dict[str, str] = {}
"""Commands the double cannot run, with why (none today): listed, never silently skipped."""


def variants(command: app_commands.Command[Any, ..., Any]) -> list[Options]:
    """The option values that change where `command`'s reply is shown."""
    if command.qualified_name == "quiz":
        return [{}, {"mode": "solo"}, {"mode": "channel"}]
    if command.get_parameter("private") is not None:
        return [{}, {"private": False}, {"private": True}]
    return [{}]


def minimal(command: app_commands.Command[Any, ..., Any], double: DiscordDouble) -> Options:
    """The fewest options with which `command` does its job."""
    if command.qualified_name in MINIMAL:
        return MINIMAL[command.qualified_name](double)
    return {"briefing": "mini"} if command.get_parameter("briefing") is not None else {}


def for_moderators(command: app_commands.Command[Any, ..., Any]) -> bool:
    """Whether `command` is run by the double's moderator (else by a student)."""
    root = command.root_parent or command
    return command.default_permissions is not None or root.name in MODERATOR_GROUPS


async def first_response_private(
    double: DiscordDouble,
    taken: dict[int, discord.Interaction],
    command: app_commands.Command[Any, ..., Any],
    options: Options,
) -> tuple[bool, bool]:
    """Run `command` with `options`: whether its first response was private, and whether
    `replies_privately` says it would be. A student command is run by a new student each
    time, so that no cooldown (/quiz allows 2 per 10 s) answers in its place."""
    if for_moderators(command):
        user = double.moderator
    else:
        user = await double.add_member(f"student{len(taken)}")
    itx = await double.slash(command.qualified_name, options, user=user)
    callback = await itx.response(timeout=15)
    assert callback.type in (
        CallbackType.MESSAGE,
        CallbackType.DEFERRED_MESSAGE,
        CallbackType.MODAL,
    ), f"/{command.qualified_name} {options}: answered with {callback!r}"
    shown_privately = callback.type == CallbackType.MODAL or callback.ephemeral
    told = await itx.told(timeout=15)
    assert not told.text.startswith("Sorry"), f"/{command.qualified_name} {options}: {told!r}"
    return shown_privately, replies_privately(taken[itx.id])


async def run_needed(double: DiscordDouble, name: str) -> None:
    """Run, as a moderator, the commands `name` needs first (`NEEDS`)."""
    for needed in NEEDS.get(name, ()):
        itx = await double.slash(needed, MINIMAL[needed](double), user=double.moderator)
        await itx.told(timeout=15)


async def test_every_command_is_deferred_as_its_reply_is_shown(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    taken: dict[int, discord.Interaction] = {}

    async def take(interaction: discord.Interaction) -> None:
        taken[interaction.id] = interaction

    bot.add_listener(take, "on_interaction")
    commands = [c for c in bot.tree.walk_commands() if isinstance(c, app_commands.Command)]
    assert len(commands) > 30, "the whole tree is walked"
    table: list[str] = []
    wrong: list[str] = []
    for command in commands:
        name = command.qualified_name
        if name in CANNOT_RUN:
            table.append(f"/{name}: not run ({CANNOT_RUN[name]})")
            continue
        for variant in variants(command):
            await run_needed(discord_double, name)
            options = {**minimal(command, discord_double), **variant}
            shown, said = await first_response_private(discord_double, taken, command, options)
            row = f"/{name} {variant or ''}: shown {'privately' if shown else 'to all'}"
            table.append(row)
            if shown != said:
                wrong.append(f"{row}, but deferred {'privately' if said else 'to all'}")
    print("\n".join(table))
    assert wrong == [], "\n".join(wrong)
