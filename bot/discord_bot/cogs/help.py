"""/help: what the bot can do."""

from __future__ import annotations

from discord import app_commands
from discord.ext import commands

from bot.core.commands import Surface, description_of, help_text
from bot.core.replies import Reply
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.i18n import N_, _

__all__ = ["HelpCog", "help_text_for_discord"]

MODERATOR_HELP = N_("""\
**Moderators** (Manage Messages, Manage Server, or the role set in /settings)
/post briefing channel [part] [preview] — post a briefing with Quiz me and Sources & notes
/schedule, /schedules, /unschedule — post a briefing or a question of the day on a schedule
/reload — load changed briefings; a broken file keeps its last good version
/settings — moderator role, quiz timer, untimed default, default briefing, question channel,
  language
/briefing upload, draft, show, publish, … — your server's own briefings, reviewed first
/assign, /unassign — set a briefing's questions for a role, due at a time in your zone
/report [assignment] [briefing] [export] — who finished, scores, per question figures; CSV, chart
/reported — questions students reported: accept an answer, hide the question, or dismiss""")

QUIZ_HELP = N_(
    "A solo quiz only you see; a channel quiz everyone answers. "
    "After each answer you see the right one and why. Under each answer, "
    '"Report a problem" tells the moderators a question is wrong or unclear.'
)


def help_text_for_discord() -> str:
    """/help on Discord in the current language: the registry's student commands, then the
    moderators' commands."""
    commands = help_text(Surface.DISCORD)
    return "\n\n".join((commands, _(QUIZ_HELP), _(MODERATOR_HELP)))


class HelpCog(commands.Cog, name="Help"):
    """What the bot can do."""

    @app_commands.command(name="help", description=description_of("help"))
    async def help(self, interaction: Interaction) -> None:
        """What briefbot can do."""
        await send_reply(interaction, Reply.text("briefbot", help_text_for_discord(), private=True))
