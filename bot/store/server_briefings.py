"""Server briefings in SQL: the repository behind the core's content service.

Publishing, unpublishing and removing each add a row to `content_changes` in the same
transaction, so every process sharing the database learns of it by polling the newest id
(`change_stamp`, one indexed read) and reloading only the servers that changed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Row

from bot.core.content.identity import QuestionIds
from bot.core.content.ports import PublishedVersion
from bot.core.content.records import BriefingRecord, VersionRecord
from bot.store.database import Database, DatabaseConnection
from bot.store.engine import WRITE
from bot.store.schema import (
    content_changes,
    quiz_versions,
    server_briefing_versions,
    server_briefings,
)

__all__ = ["SqlServerBriefings"]

_records = server_briefings
_versions = server_briefing_versions


def _record(row: Row[tuple[object, ...]]) -> BriefingRecord:
    m = row._mapping
    return BriefingRecord(
        record_id=m["id"],
        guild_id=m["guild_id"],
        slug=m["slug"],
        title=m["title"],
        latest_version=m["latest_version"],
        published_version=m["published_version"],
        updated_at=m["updated_at"],
    )


def _version(row: Row[tuple[object, ...]]) -> VersionRecord:
    m = row._mapping
    ids: QuestionIds = {k: (v[0], v[1]) for k, v in json.loads(m["question_ids"]).items()}
    return VersionRecord(
        version=m["version"],
        yaml_text=m["yaml_text"],
        origin=m["origin"],
        created_at=m["created_at"],
        question_ids=ids,
        published_at=m["published_at"],
    )


class SqlServerBriefings:
    """`ServerBriefingRepository` on the store's engine (SQLite or PostgreSQL)."""

    def __init__(self, engine: Database, clock: Callable[[], dt.datetime]) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._clock = clock

    async def briefings(self, guild_id: int) -> list[BriefingRecord]:
        """A server's briefings, by id."""
        query = select(_records).where(_records.c.guild_id == guild_id).order_by(_records.c.slug)
        async with self._engine.connect() as conn:
            return [_record(r) for r in await conn.execute(query)]

    async def briefing(self, guild_id: int, slug: str) -> BriefingRecord | None:
        """One briefing of a server by its id in the server."""
        query = select(_records).where(_records.c.guild_id == guild_id, _records.c.slug == slug)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _record(row)

    async def briefing_by_id(self, guild_id: int, record_id: int) -> BriefingRecord | None:
        """One briefing by record number, only if it belongs to this server."""
        query = select(_records).where(_records.c.guild_id == guild_id, _records.c.id == record_id)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _record(row)

    async def versions(self, record_id: int) -> list[VersionRecord]:
        """Every kept version of a briefing, oldest first."""
        query = (
            select(_versions)
            .where(_versions.c.briefing_id == record_id)
            .order_by(_versions.c.version)
        )
        async with self._engine.connect() as conn:
            return [_version(r) for r in await conn.execute(query)]

    async def add_version(
        self, guild_id: int, slug: str, title: str, version: VersionRecord, max_versions: int
    ) -> BriefingRecord:
        """Store a new version (creating the briefing on first use) and make it the latest."""
        async with self._write.begin() as conn:
            row = (
                await conn.execute(
                    select(_records.c.id).where(
                        _records.c.guild_id == guild_id, _records.c.slug == slug
                    )
                )
            ).first()
            if row is None:
                record_id = (
                    await conn.execute(
                        insert(_records)
                        .values(
                            guild_id=guild_id,
                            slug=slug,
                            title=title,
                            latest_version=version.version,
                            updated_at=version.created_at,
                        )
                        .returning(_records.c.id)
                    )
                ).scalar_one()
            else:
                record_id = row[0]
                await conn.execute(
                    update(_records)
                    .where(_records.c.id == record_id)
                    .values(
                        title=title, latest_version=version.version, updated_at=version.created_at
                    )
                )
            await conn.execute(insert(_versions).values(briefing_id=record_id, **_values(version)))
            await self._prune(conn, record_id, max_versions)
            found = (await conn.execute(select(_records).where(_records.c.id == record_id))).one()
        return _record(found)

    async def _prune(self, conn: DatabaseConnection, record_id: int, keep: int) -> None:
        published = select(_records.c.published_version).where(_records.c.id == record_id)
        numbers = (
            await conn.execute(
                select(_versions.c.version)
                .where(_versions.c.briefing_id == record_id)
                .where(_versions.c.version != func.coalesce(published.scalar_subquery(), 0))
                .order_by(_versions.c.version)
            )
        ).scalars()
        total = await conn.scalar(select(func.count()).where(_versions.c.briefing_id == record_id))
        extra = max(0, int(total or 0) - keep)
        drop = list(numbers)[:extra]
        if drop:
            await conn.execute(
                delete(_versions).where(
                    _versions.c.briefing_id == record_id, _versions.c.version.in_(drop)
                )
            )

    async def replace_latest(self, record_id: int, title: str, version: VersionRecord) -> None:
        """Overwrite the latest version in place."""
        values = _values(version)
        values.pop("version")
        async with self._write.begin() as conn:
            await conn.execute(
                update(_versions)
                .where(_versions.c.briefing_id == record_id, _versions.c.version == version.version)
                .values(**values)
            )
            await conn.execute(
                update(_records)
                .where(_records.c.id == record_id)
                .values(title=title, updated_at=version.created_at)
            )

    async def set_published(self, record_id: int, version: int | None) -> None:
        """Publish a version (None: unpublish) and log the change for every process."""
        now = self._clock()
        async with self._write.begin() as conn:
            guild_id = await conn.scalar(
                update(_records)
                .where(_records.c.id == record_id)
                .values(published_version=version, updated_at=now)
                .returning(_records.c.guild_id)
            )
            if guild_id is None:
                return
            if version is not None:
                await conn.execute(
                    update(_versions)
                    .where(_versions.c.briefing_id == record_id, _versions.c.version == version)
                    .values(published_at=now)
                )
            await conn.execute(insert(content_changes).values(guild_id=guild_id, changed_at=now))

    async def remove(self, record_id: int) -> None:
        """Delete a briefing and its versions, and log the change."""
        async with self._write.begin() as conn:
            await conn.execute(delete(_versions).where(_versions.c.briefing_id == record_id))
            guild_id = await conn.scalar(
                delete(_records).where(_records.c.id == record_id).returning(_records.c.guild_id)
            )
            if guild_id is not None:
                await conn.execute(
                    insert(content_changes).values(guild_id=guild_id, changed_at=self._clock())
                )

    async def note_session(
        self, session_id: str, briefing_id: str, version: int, at: dt.datetime
    ) -> None:
        """Remember the version a quiz session was started on (the first note wins)."""
        exists = select(quiz_versions.c.version).where(
            quiz_versions.c.session_id == session_id, quiz_versions.c.briefing_id == briefing_id
        )
        async with self._write.begin() as conn:
            if (await conn.execute(exists)).first() is None:
                await conn.execute(
                    insert(quiz_versions).values(
                        session_id=session_id,
                        briefing_id=briefing_id,
                        version=version,
                        started_at=at,
                    )
                )

    async def session_version(self, session_id: str, briefing_id: str) -> int | None:
        """The version noted for a session's briefing, if any."""
        query = select(quiz_versions.c.version).where(
            quiz_versions.c.session_id == session_id, quiz_versions.c.briefing_id == briefing_id
        )
        async with self._engine.connect() as conn:
            found = await conn.scalar(query)
        return None if found is None else int(found)

    async def change_stamp(self) -> int:
        """The newest change's number (0 before any)."""
        async with self._engine.connect() as conn:
            return await _stamp(conn)

    async def published_since(self, stamp: int) -> tuple[int, list[int], list[PublishedVersion]]:
        """The current stamp, the servers changed after `stamp`, and their published versions."""
        async with self._engine.connect() as conn:
            now = await _stamp(conn)
            if now == stamp:
                return now, [], []
            guilds = list(
                (
                    await conn.execute(
                        select(content_changes.c.guild_id)
                        .where(content_changes.c.id > stamp, content_changes.c.id <= now)
                        .distinct()
                    )
                ).scalars()
            )
            rows = await conn.execute(
                select(_records, _versions)
                .join(
                    _versions,
                    (_versions.c.briefing_id == _records.c.id)
                    & (_versions.c.version == _records.c.published_version),
                )
                .where(_records.c.guild_id.in_(guilds))
                .order_by(_records.c.id)
            )
            published = [(_record(r), _version(r)) for r in rows]
        return now, sorted(guilds), published


async def _stamp(conn: DatabaseConnection) -> int:
    newest = await conn.scalar(select(func.coalesce(func.max(content_changes.c.id), 0)))
    return int(newest or 0)


def _values(version: VersionRecord) -> dict[str, object]:
    return {
        "version": version.version,
        "yaml_text": version.yaml_text,
        "origin": version.origin,
        "question_ids": json.dumps({k: list(v) for k, v in version.question_ids.items()}),
        "created_at": version.created_at,
        "published_at": version.published_at,
    }
