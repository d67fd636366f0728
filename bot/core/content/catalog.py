"""What each server sees: the bundled briefings plus its own published ones, nothing more."""

from __future__ import annotations

from bot.core.content.identity import QuestionIds
from bot.core.library import BriefingShelf, Library
from bot.core.models import Briefing

__all__ = ["Catalog", "GuildLibrary", "served_briefing"]

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

    def set_guild(self, guild_id: int, briefings: list[tuple[str, Briefing]]) -> None:
        """Replace a server's published briefings, given as (its own id, served briefing)."""
        self._views.pop(guild_id, None)
        if not briefings:
            self._served.pop(guild_id, None)
            self._slugs.pop(guild_id, None)
            return
        self._served[guild_id] = {b.id: b for _, b in briefings}
        self._slugs[guild_id] = {slug: b.id for slug, b in briefings}

    def served_count(self) -> int:
        """How many server briefings are being served, over all servers."""
        return sum(len(v) for v in self._served.values())
