"""Whether an interaction's reply will be private, known before the reply exists.

A command deferred because its reply is not ready must be deferred as its reply will be
shown: Discord keeps a deferred "thinking" message private or public, whatever the reply
that fills it says. A public "thinking" filled by a private reply would show everyone what
only the student should see, so a command is private unless it is known to answer for all:
a reading command (unless its `private` option says otherwise), the leaderboard, an
assignment's announcement, a channel quiz.
"""

from __future__ import annotations

import discord

__all__ = ["SHOWN_TO_ALL", "replies_privately"]

SHOWN_TO_ALL = frozenset({"leaderboard", "assign"})
"""Commands without a `private` option whose reply everyone in the channel sees."""


def replies_privately(interaction: discord.Interaction) -> bool:
    """Whether `interaction`'s reply will be private: a button or a form under a message
    answers by editing it or with a follow-up of either kind (False: deferred without a
    visible change); a form opened by a command, privately."""
    if interaction.type is not discord.InteractionType.application_command:
        return interaction.message is None
    command = interaction.command
    if not isinstance(command, discord.app_commands.Command):
        return True
    options = interaction.namespace
    if command.qualified_name == "quiz":
        return getattr(options, "mode", "solo") != "channel"
    if command.get_parameter("private") is not None:
        return bool(getattr(options, "private", False))
    return command.qualified_name not in SHOWN_TO_ALL
