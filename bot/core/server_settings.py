"""The /settings use case: what a moderator may change, checked and saved in one call.

The adapter parses the command into a `SettingsChange` (ids, numbers, and whether the caller
may manage the server) and renders the `SettingsOutcome`; the rules live here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from bot.core.content.records import own_id
from bot.core.errors import InvalidInput, NotAllowed, NotFound
from bot.core.library import Shelf
from bot.core.models import Briefing
from bot.core.progress import GuildSettings
from bot.i18n import LANGUAGES, _

__all__ = [
    "SERVER_DEFAULT",
    "Clearable",
    "SettingsChange",
    "SettingsOutcome",
    "SettingsService",
    "SettingsStore",
    "briefing_or_default",
]

Clearable = Literal["moderator_role", "default_briefing", "qotd_channel"]


class SettingsStore(Protocol):
    """A server's settings (`bot.store` provides it: `SqlSettings`)."""

    async def get_settings(self, guild_id: int) -> GuildSettings:
        """A server's settings, defaults for anything never changed."""
        ...

    async def update_settings(self, guild_id: int, /, **changes: Any) -> GuildSettings:
        """Change some settings, leaving the others; returns the result."""
        ...


def briefing_or_default(library: Shelf, typed: str | None, default: str | None) -> Briefing:
    """The briefing a command names, else the server's default briefing. When the default is
    no longer served (unpublished or removed since it was set), NotFound says so and names it
    by the id the moderator knows, instead of echoing a name nobody typed."""
    if typed or not default:
        return library.find(typed)
    try:
        return library.get(default)
    except NotFound:
        raise NotFound(
            _(
                "This server's default briefing `{id}` is not available now (unpublished or "
                "removed): name a briefing (see /briefings), or a moderator sets another "
                "default with /settings."
            ).format(id=own_id(default))
        ) from None


SERVER_DEFAULT = "default"
"""The /settings language that clears the server's choice (students then see English)."""

QUIZ_TIMER_RANGE = (5, 600)
"""Seconds per question a server may set as its channel-quiz timer."""


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """What a moderator asked to change; None leaves a setting as it is."""

    moderator_role_id: int | None = None
    role_is_everyone: bool = False
    quiz_timer_seconds: int | None = None
    untimed_default: bool | None = None
    text_only_default: bool | None = None
    default_briefing: str | None = None
    qotd_channel_id: int | None = None
    clear: Clearable | None = None
    may_manage_server: bool = False
    language: str | None = None
    """A shipped language code, or `SERVER_DEFAULT` to clear the server's language."""


@dataclass(frozen=True, slots=True)
class SettingsOutcome:
    """The settings after the change, and the names of what changed."""

    current: GuildSettings
    changed: list[str] = field(default_factory=list)
    saved: dict[str, Any] = field(default_factory=dict)


class SettingsService:
    """Reads and changes a server's settings by the rules of /settings."""

    def __init__(self, store: SettingsStore, library: Shelf) -> None:
        self.store = store
        self.library = library

    async def language(self, guild_id: int) -> str | None:
        """The server's language (a `ServerLanguage` for work outside requests)."""
        return (await self.store.get_settings(guild_id)).language

    async def apply(self, guild_id: int, change: SettingsChange) -> SettingsOutcome:
        """Check and save `change` (nothing saved when a rule refuses it)."""
        changes, changed = self._changes(change)
        if not changes:
            return SettingsOutcome(await self.store.get_settings(guild_id))
        current = await self.store.update_settings(guild_id, **changes)
        return SettingsOutcome(current, changed, changes)

    def _changes(self, change: SettingsChange) -> tuple[dict[str, Any], list[str]]:
        given = {
            "moderator_role": change.moderator_role_id,
            "default_briefing": change.default_briefing,
            "qotd_channel": change.qotd_channel_id,
        }
        if change.clear and given[change.clear] is not None:
            raise InvalidInput(
                _("Set {setting} or clear it, not both at once.").format(setting=change.clear)
            )
        changes: dict[str, Any] = {}
        changed: list[str] = []
        if change.moderator_role_id is not None or change.clear == "moderator_role":
            if not change.may_manage_server:
                raise NotAllowed(
                    _("Only members with Manage Server can choose the moderator role.")
                )
            if change.role_is_everyone:
                raise InvalidInput(_("@everyone cannot be the moderator role: pick a role."))
            changes["moderator_role_id"] = change.moderator_role_id
            changed.append(_("moderator role"))
        if change.quiz_timer_seconds is not None:
            low, high = QUIZ_TIMER_RANGE
            if not low <= change.quiz_timer_seconds <= high:
                raise InvalidInput(
                    _(
                        "The quiz timer is {low} to {high} seconds per question; "
                        "{given} is out of that range. For no timer, set "
                        "untimed_default: True."
                    ).format(low=low, high=high, given=change.quiz_timer_seconds)
                )
            changes["quiz_timer_seconds"] = change.quiz_timer_seconds
            changed.append(_("quiz timer"))
        if change.untimed_default is not None:
            changes["untimed_default"] = change.untimed_default
            changed.append(_("untimed by default"))
        if change.text_only_default is not None:
            changes["text_only_default"] = change.text_only_default
            changed.append(_("text only by default"))
        if change.default_briefing is not None or change.clear == "default_briefing":
            wanted = change.default_briefing
            changes["default_briefing"] = self.library.find(wanted).id if wanted else None
            changed.append(_("default briefing"))
        if change.qotd_channel_id is not None or change.clear == "qotd_channel":
            changes["qotd_channel_id"] = change.qotd_channel_id
            changed.append(_("question of the day channel"))
        if change.language is not None:
            changes["language"] = self._language(change.language)
            changed.append(_("language"))
        return changes, changed

    @staticmethod
    def _language(wanted: str) -> str | None:
        """The code to save for a /settings language (None: the default, English)."""
        if wanted == SERVER_DEFAULT:
            return None
        if wanted not in LANGUAGES:
            raise InvalidInput(
                _("The language must be one of {codes}, not “{wanted}”.").format(
                    codes=", ".join(sorted(LANGUAGES)), wanted=wanted
                )
            )
        return wanted
