"""An in-memory server-briefing repository: a real, small implementation of the port that
the core tests run the content service against (`tests/store` proves the SQL one alike)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.core.content.ports import PublishedVersion
from bot.core.content.records import BriefingRecord, VersionRecord
from bot.core.content.removed import RemovedBriefing

__all__ = ["InMemoryServerBriefings"]

NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


class InMemoryServerBriefings:
    """Server briefings kept in dicts; `changes` plays the database's change log."""

    def __init__(self) -> None:
        self.records: dict[int, BriefingRecord] = {}
        self.kept: dict[int, list[VersionRecord]] = {}
        self.changes: list[int] = []  # guild of each change, in order
        self.sessions: dict[tuple[str, str], int] = {}
        self.gone: dict[tuple[int, str], RemovedBriefing] = {}

    async def briefings(self, guild_id: int) -> list[BriefingRecord]:
        return sorted((r for r in self.records.values() if r.guild_id == guild_id), key=_slug)

    async def briefing(self, guild_id: int, slug: str) -> BriefingRecord | None:
        return next(
            (r for r in self.records.values() if r.guild_id == guild_id and r.slug == slug), None
        )

    async def briefing_by_id(self, guild_id: int, record_id: int) -> BriefingRecord | None:
        record = self.records.get(record_id)
        return record if record is not None and record.guild_id == guild_id else None

    async def versions(self, record_id: int) -> list[VersionRecord]:
        return list(self.kept.get(record_id, []))

    async def add_version(
        self, guild_id: int, slug: str, title: str, version: VersionRecord, max_versions: int
    ) -> BriefingRecord:
        record = await self.briefing(guild_id, slug)
        if record is None:
            record = BriefingRecord(len(self.records) + 1, guild_id, slug, title, 0, None, NOW)
            self.kept[record.record_id] = []
        kept = self.kept[record.record_id]
        kept.append(version)
        while len(kept) > max_versions:
            drop = next(v for v in kept if v.version != record.published_version)
            kept.remove(drop)
        record = dataclasses.replace(
            record, title=title, latest_version=version.version, updated_at=version.created_at
        )
        self.records[record.record_id] = record
        return record

    async def replace_latest(self, record_id: int, title: str, version: VersionRecord) -> None:
        self.kept[record_id][-1] = version
        self.records[record_id] = dataclasses.replace(self.records[record_id], title=title)

    async def set_published(self, record_id: int, version: int | None) -> None:
        record = self.records[record_id]
        self.records[record_id] = dataclasses.replace(record, published_version=version)
        if version is not None:
            kept = self.kept[record_id]
            kept[:] = [
                dataclasses.replace(v, published_at=NOW) if v.version == version else v
                for v in kept
            ]
        self.changes.append(record.guild_id)

    async def remove(self, record_id: int, kept: RemovedBriefing | None = None) -> None:
        record = self.records.pop(record_id)
        del self.kept[record_id]
        if kept is not None:
            self.gone[(kept.guild_id, kept.briefing_id)] = kept
        self.changes.append(record.guild_id)

    async def removed(self, guild_id: int, briefing_id: str) -> RemovedBriefing | None:
        return self.gone.get((guild_id, briefing_id))

    async def removed_in(self, guild_id: int) -> list[RemovedBriefing]:
        kept = [k for (guild, _), k in self.gone.items() if guild == guild_id]
        return sorted(kept, key=lambda k: k.removed_at, reverse=True)

    async def note_session(
        self, session_id: str, briefing_id: str, version: int, at: dt.datetime
    ) -> None:
        self.sessions.setdefault((session_id, briefing_id), version)

    async def session_version(self, session_id: str, briefing_id: str) -> int | None:
        return self.sessions.get((session_id, briefing_id))

    async def change_stamp(self) -> int:
        return len(self.changes)

    async def published_since(self, stamp: int) -> tuple[int, list[int], list[PublishedVersion]]:
        guilds = sorted(set(self.changes[stamp:]))
        rows = [
            (r, next(v for v in self.kept[r.record_id] if v.version == r.published_version))
            for r in self.records.values()
            if r.guild_id in guilds and r.published_version is not None
        ]
        return len(self.changes), guilds, rows


def _slug(record: BriefingRecord) -> str:
    return record.slug
