"""What the content service needs from storage (`bot.store` provides it for SQL)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from bot.core.content.records import BriefingRecord, VersionRecord
from bot.core.content.removed import RemovedBriefing
from bot.core.models import Briefing

__all__ = ["PublishedVersion", "QuizVersions", "ServerBriefingRepository"]

PublishedVersion = tuple[BriefingRecord, VersionRecord]


class ServerBriefingRepository(Protocol):
    """Server briefings and their versions. Every call is scoped to one server but
    `published_since`, which feeds every process's cache."""

    async def briefings(self, guild_id: int) -> list[BriefingRecord]:
        """A server's briefings, by id."""
        ...

    async def briefing(self, guild_id: int, slug: str) -> BriefingRecord | None:
        """One briefing of a server by its id in the server."""
        ...

    async def briefing_by_id(self, guild_id: int, record_id: int) -> BriefingRecord | None:
        """One briefing by record number, only if it belongs to this server."""
        ...

    async def versions(self, record_id: int) -> list[VersionRecord]:
        """Every kept version of a briefing, oldest first."""
        ...

    async def add_version(
        self, guild_id: int, slug: str, title: str, version: VersionRecord, max_versions: int
    ) -> BriefingRecord:
        """Store a new version (creating the briefing on first use) and make it the latest;
        keeps at most `max_versions`, dropping the oldest that is not published."""
        ...

    async def replace_latest(self, record_id: int, title: str, version: VersionRecord) -> None:
        """Overwrite the latest version in place (edits to a draft nobody has seen)."""
        ...

    async def set_published(self, record_id: int, version: int | None) -> None:
        """Publish a version (None: unpublish), stamping when it was published, and note the
        change for every process."""
        ...

    async def remove(self, record_id: int, kept: RemovedBriefing | None = None) -> None:
        """Delete a briefing with all its versions, and note the change; `kept` (its words
        students met) is written in the same transaction, replacing any kept under its id."""
        ...

    async def removed(self, guild_id: int, briefing_id: str) -> RemovedBriefing | None:
        """The words kept of a briefing this server removed, by its served id; None else
        (never another server's)."""
        ...

    async def removed_in(self, guild_id: int) -> list[RemovedBriefing]:
        """The words kept of every briefing this server removed, the newest removal first."""
        ...

    async def note_session(
        self, session_id: str, briefing_id: str, version: int, at: dt.datetime
    ) -> None:
        """Remember the version a quiz session was started on (kept after the session)."""
        ...

    async def session_version(self, session_id: str, briefing_id: str) -> int | None:
        """The version noted for a session's briefing, if any."""
        ...

    async def change_stamp(self) -> int:
        """A number that grows with every publish, unpublish and removal, in any process."""
        ...

    async def published_since(self, stamp: int) -> tuple[int, list[int], list[PublishedVersion]]:
        """The current stamp, the servers changed after `stamp` (all when it is 0), and the
        published version of every briefing of those servers."""
        ...


class QuizVersions(Protocol):
    """What quizzes need so a quiz stays on the version of a server briefing it started on
    (`ContentService` provides it)."""

    async def note_session(self, session_id: str, briefing_id: str) -> None:
        """Remember the version a quiz session starts on."""
        ...

    async def briefing_of_session(self, session_id: str, briefing_id: str) -> Briefing:
        """The briefing as the session started on it; NotFound when it is not served."""
        ...
