"""/help: what the bot can do."""

from __future__ import annotations

from discord import app_commands
from discord.ext import commands

from bot.core.replies import Reply
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply

__all__ = ["HELP_TEXT", "HelpCog"]

HELP_TEXT = """\
**Read**
/briefings [keyword] — the briefings loaded, with tags and dates
/courses — briefings in the order to study them
/brief [briefing] [section] — the summary, or one section
/figures [briefing] — who is who
/quote [person] [briefing] — what they said, with context and editor's notes
/facts, /timeline, /glossary [term] — key facts, dated events, terms explained
/notes [briefing] — sources and editor's notes

**Quiz**
/quiz [briefing] [count] [difficulty] [mode] — solo (only you see it) or channel (everyone answers)
After each answer you see the right one and why.
/review — the questions due for review, spaced the way Anki spaces cards

**Progress**
/score — your accuracy, streak, mastered questions, what is due
/leaderboard [period] — this server's top learners
/mydata — everything kept about you, as a file
/forgetme — delete everything kept about you

**Moderators** (Manage Messages, Manage Server, or the role set in /settings)
/post briefing channel [part] [preview] — post a briefing with Quiz me and Sources & notes
/schedule, /schedules, /unschedule — post a briefing or a question of the day on a schedule
/reload — load changed briefings; a broken file keeps its last good version
/settings — moderator role, quiz timer, untimed default, default briefing, question channel
/briefing upload, draft, show, publish, … — your server's own briefings, reviewed first"""


class HelpCog(commands.Cog, name="Help"):
    """What the bot can do."""

    @app_commands.command(name="help", description="What briefbot can do")
    async def help(self, interaction: Interaction) -> None:
        """What briefbot can do."""
        await send_reply(interaction, Reply.text("briefbot", HELP_TEXT, private=True))
