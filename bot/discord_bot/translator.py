"""Slash commands in the student's Discord language: discord.py's `app_commands.Translator`.

When the tree is synced, discord.py asks this translator for every command name, description,
option name and description and choice name, once per Discord locale; what it returns is sent
to Discord as `name_localizations` / `description_localizations`, and each student's Discord
then shows the commands in their language. Names come from the catalogue with a context
(`pgettext("command", ...)`, `pgettext("option", ...)`, `pgettext("choice", ...)`), since a
name is one word whose meaning depends on where it is; descriptions with `_`.
"""

from __future__ import annotations

from functools import cache

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

from bot.core.commands import local_name, option_name
from bot.discord_bot.cogs.moderation import DEFAULT_LANGUAGE_CHOICE
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, pgettext, use_language

__all__ = ["BriefTranslator", "choice_name"]


def _choice_names() -> dict[str, str]:
    """Every fixed choice's name (from `Literal` options) in the current language."""
    return {
        "all": pgettext("choice", "all"),
        "all-time": pgettext("choice", "all-time"),
        "briefing": pgettext("choice", "briefing"),
        "channel": pgettext("choice", "channel"),
        "chart": pgettext("choice", "chart"),
        "csv": pgettext("choice", "csv"),
        "daily": pgettext("choice", "daily"),
        "default_briefing": pgettext("choice", "default_briefing"),
        "easy": pgettext("choice", "easy"),
        "figures": pgettext("choice", "figures"),
        "friday": pgettext("choice", "friday"),
        "hard": pgettext("choice", "hard"),
        "medium": pgettext("choice", "medium"),
        "moderator_role": pgettext("choice", "moderator_role"),
        "monday": pgettext("choice", "monday"),
        "once": pgettext("choice", "once"),
        "page": pgettext("choice", "page"),
        "qotd_channel": pgettext("choice", "qotd_channel"),
        "question": pgettext("choice", "question"),
        "saturday": pgettext("choice", "saturday"),
        DEFAULT_LANGUAGE_CHOICE: pgettext("choice", "Server default (English)"),
        "solo": pgettext("choice", "solo"),
        "summary": pgettext("choice", "summary"),
        "sunday": pgettext("choice", "sunday"),
        "thursday": pgettext("choice", "thursday"),
        "tuesday": pgettext("choice", "tuesday"),
        "wednesday": pgettext("choice", "wednesday"),
        "week": pgettext("choice", "week"),
        "weekly": pgettext("choice", "weekly"),
    }


def choice_name(name: str) -> str:
    """A fixed choice's name in the current language (itself when it has no translation)."""
    return _choice_names().get(name, name)


def _localized(message: str, where: Where) -> str:
    if where in (Where.command_name, Where.group_name):
        return local_name(message)
    if where is Where.parameter_name:
        return option_name(message)
    if where is Where.choice_name:
        return choice_name(message)
    return _(message)


class BriefTranslator(app_commands.Translator):
    """Names and descriptions of the slash commands in every language we ship."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        """The text in `locale`'s language; None (Discord shows the English) when not shipped."""
        return _translated(string.message, locale.value, context.location)


@cache
def _translated(message: str, locale: str, where: Where) -> str | None:
    """`message` in `locale`'s language, or None; remembered, as the catalogues are fixed while
    the process runs and every start (and restart) of the bot asks for the whole tree again."""
    code = locale.split("-", 1)[0].lower()
    if code == DEFAULT_LANGUAGE or code not in LANGUAGES:
        return None
    with use_language(code):
        text = _localized(message, where)
    return text if text != message else None
