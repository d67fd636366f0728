"""A student's reading preferences: text-only (no embeds) and untimed (no time pressure).

A student's own choice (`Chosen`, kept in the store) wins; what they never chose follows their
server (`GuildSettings.text_only_default`), else off. The adapter reads the preferences once
per request (`PreferencesService.effective`) and enters them (`use_preferences`) around its
handling, like the language: renderers and services then ask `current_preferences()`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

from aiodataloader import DataLoader

from bot.core.commands import option_name
from bot.core.errors import InvalidInput
from bot.core.replies import Reply, emphasis
from bot.i18n import _

__all__ = [
    "Chosen",
    "Preferences",
    "PreferencesService",
    "PreferencesStore",
    "current_preferences",
    "enter_preferences",
    "parse_switch",
    "use_preferences",
]


@dataclass(frozen=True, slots=True)
class Preferences:
    """How one student reads and answers, as it applies to this request."""

    text_only: bool = False
    """Plain text instead of embeds, answers on the buttons (screen readers)."""
    untimed: bool = False
    """No timer, no speed bonus, no countdowns, no speed in review ratings."""


@dataclass(frozen=True, slots=True)
class Chosen:
    """What a student chose; None where they never chose (the server's default applies)."""

    text_only: bool | None = None
    untimed: bool | None = None


ReaderKey = tuple[int, int | None]
"""A student (user id) and the server they read in (None: a direct message, the console)."""


class PreferencesStore(Protocol):
    """Where students' choices are kept (`bot.store.Store` provides it)."""

    async def get_preferences(self, user_id: int) -> Chosen:
        """A student's choices (all None when they never chose)."""
        ...

    async def set_preferences(
        self, user_id: int, *, text_only: bool | None, untimed: bool | None
    ) -> Chosen:
        """Change the choices given (None keeps one as it is); returns the result."""
        ...

    async def untimed_among(self, user_ids: Collection[int]) -> set[int]:
        """Which of these students chose untimed."""
        ...

    async def preferences_of(
        self, user_ids: Collection[int], guild_ids: Collection[int] = ()
    ) -> tuple[dict[int, Chosen], dict[int, bool]]:
        """The choices of the students among `user_ids` who ever chose, and the text-only
        default of each server among `guild_ids` that has settings (one read)."""
        ...


_preferences: ContextVar[Preferences | None] = ContextVar("briefbot_preferences", default=None)


def current_preferences() -> Preferences:
    """The preferences of the student whose request is being handled (none: all off)."""
    return _preferences.get() or Preferences()


def enter_preferences(preferences: Preferences) -> None:
    """Handle the rest of this task (one request) with `preferences`."""
    _preferences.set(preferences)


@contextmanager
def use_preferences(preferences: Preferences) -> Iterator[Preferences]:
    """Handle a request with `preferences` inside the block."""
    token = _preferences.set(preferences)
    try:
        yield preferences
    finally:
        _preferences.reset(token)


def _effective(chosen: Chosen, text_only_default: bool) -> Preferences:
    """The student's choices, the server's default where they never chose."""
    text_only = text_only_default if chosen.text_only is None else chosen.text_only
    return Preferences(text_only=text_only, untimed=bool(chosen.untimed))


def _on_off(value: bool) -> str:
    return _("on") if value else _("off")


_Loader = DataLoader[ReaderKey, Preferences]


class PreferencesService:
    """Reads and changes students' preferences.

    Every request reads its student's preferences, so reads made at the same moment (a class
    answering at once) are gathered into one read (aiodataloader), and nothing is cached
    between them: a choice made in another process counts at the next request.
    """

    def __init__(self, store: PreferencesStore) -> None:
        self.store = store
        self._loader: (
            tuple[asyncio.AbstractEventLoop, DataLoader[ReaderKey, Preferences]] | None
        ) = None

    def _batched(self) -> _Loader:
        """The loader of this event loop (a loader belongs to the loop it was made in)."""
        loop = asyncio.get_running_loop()
        if self._loader is None or self._loader[0] is not loop:
            self._loader = (loop, DataLoader(self._load, cache=False, loop=loop))
        return self._loader[1]

    async def _load(self, readers: list[ReaderKey]) -> list[Preferences]:
        users = {user_id for user_id, _guild in readers}
        guilds = {guild_id for _user, guild_id in readers if guild_id is not None}
        chosen, defaults = await self.store.preferences_of(users, guilds)
        return [
            _effective(chosen.get(user_id, Chosen()), defaults.get(guild_id or 0, False))
            for user_id, guild_id in readers
        ]

    async def effective(self, user_id: int, guild_id: int | None) -> Preferences:
        """The student's choices, the server's default where they never chose."""
        return await self.effective_soon(user_id, guild_id)

    def effective_soon(self, user_id: int, guild_id: int | None) -> asyncio.Future[Preferences]:
        """`effective` as a future (no task): gathered with the reads of this moment, and
        read to the end even when its caller stops waiting."""
        return self._batched().load((user_id, guild_id))

    async def untimed_among(self, user_ids: Collection[int]) -> set[int]:
        """Which of these students play without time pressure."""
        return await self.store.untimed_among(user_ids) if user_ids else set()

    async def choose(
        self,
        user_id: int,
        guild_id: int | None,
        *,
        text_only: bool | None = None,
        untimed: bool | None = None,
    ) -> tuple[Preferences, Reply]:
        """Save what the student chose (nothing given: show the current preferences)."""
        if text_only is not None or untimed is not None:
            await self.store.set_preferences(user_id, text_only=text_only, untimed=untimed)
        current = await self.effective(user_id, guild_id)
        return current, self.reply(current, changed=text_only is not None or untimed is not None)

    @staticmethod
    def reply(current: Preferences, *, changed: bool) -> Reply:
        """The preferences in words."""
        title = _("Preferences saved") if changed else _("Your preferences")
        body = "\n".join(
            (
                _("Text only (no embeds, answers on the buttons): {state}").format(
                    state=emphasis(_on_off(current.text_only))
                ),
                _("Untimed (no timer, no speed bonus, no countdowns): {state}").format(
                    state=emphasis(_on_off(current.untimed))
                ),
            )
        )
        return Reply.text(title, body, private=True)


def parse_switch(text: str) -> bool:
    """`on`/`off` (or yes/no, true/false) as typed on the console; InvalidInput otherwise."""
    folded = text.strip().lower()
    if folded in {"on", "yes", "true", "1", "oui", "vrai"}:
        return True
    if folded in {"off", "no", "false", "0", "non", "faux"}:
        return False
    raise InvalidInput(_("Say on or off, not “{text}”.").format(text=text))


SWITCHED = ("text_only", "untimed")
"""The preferences a student turns on or off by name."""


def read_switches(words: Sequence[str]) -> dict[str, bool]:
    """`text_only on untimed off` as typed on the console: each preference named (in English
    or the current language) with on or off after it. InvalidInput names what was not
    understood: a word that is no preference, a preference with no on or off after it, an
    on or off with no preference before it (`untimed on on`)."""
    names = {name: name for name in SWITCHED} | {option_name(name): name for name in SWITCHED}
    choices: dict[str, bool] = {}
    typed = iter(words)
    for word in typed:
        name = names.get(word.casefold().replace("-", "_"))
        if name is None and _is_switch(word):
            raise InvalidInput(
                _(
                    "“{word}” follows no preference: type a preference, then on or off, "
                    "e.g. /preferences untimed on."
                ).format(word=word)
            )
        if name is None:
            raise InvalidInput(
                _(
                    "There is no preference “{name}”: the preferences are text_only and untimed."
                ).format(name=word)
            )
        value = next(typed, None)
        if value is None:
            raise InvalidInput(
                _("Say on or off after {name}, e.g. /preferences {name} on.").format(name=word)
            )
        choices[name] = parse_switch(value)
    return choices


def _is_switch(word: str) -> bool:
    try:
        parse_switch(word)
    except InvalidInput:
        return False
    return True
