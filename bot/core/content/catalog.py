"""What each server sees: the bundled briefings plus its own published ones, nothing more.

The catalog answers every lookup (`find`, `get`, `ids`, `search`, iteration...) for the server
in scope: an adapter enters the scope of the server an event comes from (`enter_guild`) before
it calls any service, so services and views that look briefings up need no server argument,
and anything outside a server's scope (a direct message, the console without `--guild`) sees
the bundled briefings only. `for_guild` names a server explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bot.core.content.identity import QuestionIds
from bot.core.courses import Course
from bot.core.errors import NotFound
from bot.core.library import BriefingShelf, FileReport, Library
from bot.core.models import Briefing
from bot.i18n import _

__all__ = [
    "Catalog",
    "GuildLibrary",
    "current_guild",
    "enter_guild",
    "guild_scope",
    "served_briefing",
]

_GUILD: ContextVar[int | None] = ContextVar("briefbot_guild", default=None)


def enter_guild(guild_id: int | None) -> None:
    """Scope the rest of the current task (one interaction, one event) to this server."""
    _GUILD.set(guild_id)


def current_guild() -> int | None:
    """The server in scope, None outside any."""
    return _GUILD.get()


@contextmanager
def guild_scope(guild_id: int | None) -> Iterator[None]:
    """Scope a block to a server (a scheduled post of that server, say)."""
    token = _GUILD.set(guild_id)
    try:
        yield
    finally:
        _GUILD.reset(token)


GuildLibrary = BriefingShelf
"""One server's briefings: the lookups of the bundled library, over its own view."""


def served_briefing(briefing: Briefing, key: str, question_ids: QuestionIds) -> Briefing:
    """The briefing as students get it: under its served key, each question under its
    served id (editor's notes follow the questions they point at)."""
    renamed = {written: served for written, (served, _) in question_ids.items()}
    questions = [q.model_copy(update={"id": renamed.get(q.id, q.id)}) for q in briefing.questions]
    notes = [
        n.model_copy(update={"applies_to": [renamed.get(i, i) for i in n.applies_to]})
        for n in briefing.notes
    ]
    return briefing.model_copy(update={"id": key, "questions": questions, "notes": notes})


class Catalog:
    """Per-server views over the bundled library; rebuilt when either side changes."""

    def __init__(self, bundled: Library) -> None:
        self.bundled = bundled
        self._served: dict[int, dict[str, Briefing]] = {}
        self._slugs: dict[int, dict[str, str]] = {}
        self._versions: dict[str, int] = {}
        self._views: dict[int, tuple[int, BriefingShelf]] = {}

    def for_guild(self, guild_id: int | None) -> BriefingShelf:
        """What a server sees; direct messages (None) see the bundled briefings only."""
        if guild_id is None or guild_id not in self._served:
            return self.bundled
        cached = self._views.get(guild_id)
        if cached is not None and cached[0] == self.bundled.generation:
            return cached[1]
        bundled = {b.id: b for b in self.bundled}
        served = self._served[guild_id]
        aliases = {s: k for s, k in self._slugs[guild_id].items() if s not in bundled}
        view = BriefingShelf(bundled | served, dict(self.bundled.courses), aliases)
        self._views[guild_id] = (self.bundled.generation, view)
        return view

    def set_guild(self, guild_id: int, briefings: list[tuple[str, Briefing, int]]) -> None:
        """Replace a server's published briefings: (its own id, served briefing, version)."""
        self._views.pop(guild_id, None)
        for key in self._served.pop(guild_id, {}):
            self._versions.pop(key, None)
        self._slugs.pop(guild_id, None)
        if not briefings:
            return
        self._served[guild_id] = {b.id: b for _, b, _ in briefings}
        self._slugs[guild_id] = {slug: b.id for slug, b, _ in briefings}
        self._versions.update({b.id: version for _, b, version in briefings})

    def served_in(self, briefing_ids: Iterable[str]) -> dict[str, tuple[int, Briefing]]:
        """The server each of these server briefings is served in now, with the briefing;
        bundled, unpublished and removed ones are left out."""
        found: dict[str, tuple[int, Briefing]] = {}
        wanted = set(briefing_ids)
        for guild_id, served in self._served.items():
            found |= {key: (guild_id, served[key]) for key in wanted & served.keys()}
        return found

    def version_of(self, briefing_id: str) -> int | None:
        """The published version a server briefing is served at; None for bundled ones."""
        return self._versions.get(briefing_id)

    # --- the server in scope's view, as a library ---------------------------------------

    def view(self) -> BriefingShelf:
        """What the server in scope sees."""
        return self.for_guild(_GUILD.get())

    def __iter__(self) -> Iterator[Briefing]:
        return iter(self.view())

    def __len__(self) -> int:
        return len(self.view())

    @property
    def courses(self) -> dict[str, Course]:
        """The bundled courses (every server sees them)."""
        return self.bundled.courses

    def ids(self) -> list[str]:
        """Every briefing id the server in scope sees."""
        return self.view().ids()

    def get(self, briefing_id: str) -> Briefing:
        """A briefing by exact id, if the server in scope sees it; NotFound otherwise."""
        return self.view().get(briefing_id)

    def find(self, query: str | None) -> Briefing:
        """A briefing by id, its own id in the server, title or a forgiving match. Named
        outside any server (a direct message) and not found, NotFound also says that servers'
        own briefings are found in their server, once any server has one (nothing of any
        server's briefings is named)."""
        try:
            return self.view().find(query)
        except NotFound as exc:
            if _GUILD.get() is not None or not self._served or not (query or "").strip():
                raise
            here = _(
                "Outside a server (here, in direct messages) only the briefings every server "
                "shares are found: a server's own briefings are read and quizzed in that "
                "server."
            )
            raise NotFound(f"{exc} {here}") from None

    def filter(self, keyword: str) -> list[Briefing]:
        """Briefings mentioning every word of `keyword`."""
        return self.view().filter(keyword)

    def search(self, query: str, limit: int = 25) -> list[Briefing]:
        """Briefings matching a query, best first (for autocomplete)."""
        return self.view().search(query, limit)

    def removed_title(self, briefing_id: str) -> str | None:
        """The title of a bundled briefing whose file was removed (`Library.removed_briefing`)."""
        return self.bundled.removed_title(briefing_id)

    def reload(self) -> list[FileReport]:
        """Reload the bundled content folder (server briefings come from the database)."""
        return self.bundled.reload()

    def served_count(self) -> int:
        """How many server briefings are being served, over all servers."""
        return sum(len(v) for v in self._served.values())
