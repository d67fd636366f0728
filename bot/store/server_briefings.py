"""Server briefings in SQL: the repository behind the core's content service.

Publishing, unpublishing and removing each add a row to `content_changes` in the same
transaction, so every process sharing the database learns of it by polling the newest id
(`change_stamp`, one indexed read) and reloading only the servers that changed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from bot.core.content.identity import QuestionIds
from bot.core.content.ports import PublishedVersion
from bot.core.content.records import BriefingRecord, VersionRecord
from bot.core.content.removed import KeptQuestion, RemovedBriefing
from bot.store.records import all_columns, column_count, record
from bot.store.sql import Row, SqlDatabase, SqlRunner

__all__ = ["SqlServerBriefings"]

_RECORDS = "server_briefings"
_VERSIONS = "server_briefing_versions"
_BRIEFINGS = f"SELECT {all_columns(_RECORDS)} FROM server_briefings"
_ADD_VERSION = (
    "INSERT INTO server_briefing_versions (briefing_id, version, yaml_text, origin,"
    " question_ids, created_at, published_at) VALUES (:record, :version, :yaml_text, :origin,"
    " :question_ids, :created_at, :published_at)"
)
_PUBLISHED = (
    f"SELECT {all_columns(_RECORDS, 'r')}, {all_columns(_VERSIONS, 'v')}"
    " FROM server_briefings r JOIN server_briefing_versions v"
    " ON v.briefing_id = r.id AND v.version = r.published_version"
    " WHERE r.guild_id IN (:guilds) ORDER BY r.id"
)
_LOG_CHANGE = "INSERT INTO content_changes (guild_id, changed_at) VALUES (:guild, :at)"
_REMOVED = "removed_briefings"
_KEEP_REMOVED = (
    "INSERT INTO removed_briefings (guild_id, briefing_id, title, questions, removed_at)"
    " VALUES (:guild, :briefing, :title, :questions, :at) ON CONFLICT (guild_id, briefing_id)"
    " DO UPDATE SET title = excluded.title, questions = excluded.questions,"
    " removed_at = excluded.removed_at"
)


def _record(row: Row) -> BriefingRecord:
    m = record(_RECORDS, row)
    return BriefingRecord(
        record_id=m["id"],
        guild_id=m["guild_id"],
        slug=m["slug"],
        title=m["title"],
        latest_version=m["latest_version"],
        published_version=m["published_version"],
        updated_at=m["updated_at"],
    )


def _removed(row: Row) -> RemovedBriefing:
    m = record(_REMOVED, row)
    questions = tuple(KeptQuestion(*q) for q in json.loads(m["questions"]))
    return RemovedBriefing(m["guild_id"], m["briefing_id"], m["title"], questions, m["removed_at"])


def _removed_values(kept: RemovedBriefing) -> dict[str, object]:
    questions = [[q.question_id, q.prompt, q.kind, q.answer] for q in kept.questions]
    return {
        "guild": kept.guild_id,
        "briefing": kept.briefing_id,
        "title": kept.title,
        "questions": json.dumps(questions, ensure_ascii=False),
        "at": kept.removed_at,
    }


def _version(row: Row) -> VersionRecord:
    m = record(_VERSIONS, row)
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
    """`ServerBriefingRepository` on the store's database (SQLite or PostgreSQL)."""

    def __init__(self, sql: SqlDatabase, clock: Callable[[], dt.datetime]) -> None:
        self._sql = sql
        self._clock = clock

    async def briefings(self, guild_id: int) -> list[BriefingRecord]:
        """A server's briefings, by id."""
        rows = await self._sql.rows(
            f"{_BRIEFINGS} WHERE guild_id = :guild ORDER BY slug", {"guild": guild_id}
        )
        return [_record(r) for r in rows]

    async def briefing(self, guild_id: int, slug: str) -> BriefingRecord | None:
        """One briefing of a server by its id in the server."""
        row = await self._sql.one(
            f"{_BRIEFINGS} WHERE guild_id = :guild AND slug = :slug",
            {"guild": guild_id, "slug": slug},
        )
        return None if row is None else _record(row)

    async def briefing_by_id(self, guild_id: int, record_id: int) -> BriefingRecord | None:
        """One briefing by record number, only if it belongs to this server."""
        row = await self._sql.one(
            f"{_BRIEFINGS} WHERE guild_id = :guild AND id = :id",
            {"guild": guild_id, "id": record_id},
        )
        return None if row is None else _record(row)

    async def versions(self, record_id: int) -> list[VersionRecord]:
        """Every kept version of a briefing, oldest first."""
        rows = await self._sql.rows(
            f"SELECT {all_columns(_VERSIONS)} FROM server_briefing_versions"
            " WHERE briefing_id = :record ORDER BY version",
            {"record": record_id},
        )
        return [_version(r) for r in rows]

    async def add_version(
        self, guild_id: int, slug: str, title: str, version: VersionRecord, max_versions: int
    ) -> BriefingRecord:
        """Store a new version (creating the briefing on first use) and make it the latest."""
        latest = {"title": title, "latest": version.version, "at": version.created_at}
        async with self._sql.transaction(write=True) as tx:
            record_id = await tx.scalar(
                "SELECT id FROM server_briefings WHERE guild_id = :guild AND slug = :slug",
                {"guild": guild_id, "slug": slug},
            )
            if record_id is None:
                record_id = await tx.scalar(
                    "INSERT INTO server_briefings (guild_id, slug, title, latest_version,"
                    " updated_at) VALUES (:guild, :slug, :title, :latest, :at) RETURNING id",
                    {"guild": guild_id, "slug": slug, **latest},
                )
            else:
                await tx.execute(
                    "UPDATE server_briefings SET title = :title, latest_version = :latest,"
                    " updated_at = :at WHERE id = :record",
                    {"record": record_id, **latest},
                )
            await tx.execute(_ADD_VERSION, {"record": record_id, **_values(version)})
            await self._prune(tx, record_id, max_versions)
            found = await tx.one(f"{_BRIEFINGS} WHERE id = :record", {"record": record_id})
        assert found is not None
        return _record(found)

    @staticmethod
    async def _prune(tx: SqlRunner, record_id: int, keep: int) -> None:
        numbers = await tx.rows(
            "SELECT version FROM server_briefing_versions WHERE briefing_id = :record"
            " AND version != COALESCE((SELECT published_version FROM server_briefings"
            " WHERE id = :record), 0) ORDER BY version",
            {"record": record_id},
        )
        total = await tx.scalar(
            "SELECT count(*) FROM server_briefing_versions WHERE briefing_id = :record",
            {"record": record_id},
        )
        extra = max(0, int(total or 0) - keep)
        drop = [number for (number,) in numbers][:extra]
        if drop:
            await tx.execute(
                "DELETE FROM server_briefing_versions WHERE briefing_id = :record"
                " AND version IN (:drop)",
                {"record": record_id, "drop": drop},
            )

    async def replace_latest(self, record_id: int, title: str, version: VersionRecord) -> None:
        """Overwrite the latest version in place."""
        async with self._sql.transaction(write=True) as tx:
            await tx.execute(
                "UPDATE server_briefing_versions SET yaml_text = :yaml_text, origin = :origin,"
                " question_ids = :question_ids, created_at = :created_at,"
                " published_at = :published_at WHERE briefing_id = :record AND version = :version",
                {"record": record_id, **_values(version)},
            )
            await tx.execute(
                "UPDATE server_briefings SET title = :title, updated_at = :at WHERE id = :record",
                {"record": record_id, "title": title, "at": version.created_at},
            )

    async def set_published(self, record_id: int, version: int | None) -> None:
        """Publish a version (None: unpublish) and log the change for every process."""
        now = self._clock()
        async with self._sql.transaction(write=True) as tx:
            guild_id = await tx.scalar(
                "UPDATE server_briefings SET published_version = :version, updated_at = :now"
                " WHERE id = :record RETURNING guild_id",
                {"version": version, "now": now, "record": record_id},
            )
            if guild_id is None:
                return
            if version is not None:
                await tx.execute(
                    "UPDATE server_briefing_versions SET published_at = :now"
                    " WHERE briefing_id = :record AND version = :version",
                    {"now": now, "record": record_id, "version": version},
                )
            await tx.execute(_LOG_CHANGE, {"guild": guild_id, "at": now})

    async def remove(self, record_id: int, kept: RemovedBriefing | None = None) -> None:
        """Delete a briefing and its versions, and log the change; keep `kept`, its words
        students met, in the same transaction (replacing words kept under its id before: a
        removed briefing's record number can be given again)."""
        async with self._sql.transaction(write=True) as tx:
            if kept is not None:
                await tx.execute(_KEEP_REMOVED, _removed_values(kept))
            await tx.execute(
                "DELETE FROM server_briefing_versions WHERE briefing_id = :record",
                {"record": record_id},
            )
            guild_id = await tx.scalar(
                "DELETE FROM server_briefings WHERE id = :record RETURNING guild_id",
                {"record": record_id},
            )
            if guild_id is not None:
                await tx.execute(_LOG_CHANGE, {"guild": guild_id, "at": self._clock()})

    async def removed(self, guild_id: int, briefing_id: str) -> RemovedBriefing | None:
        """The words kept of a briefing this server removed, by its served id."""
        row = await self._sql.one(
            f"SELECT {all_columns(_REMOVED)} FROM removed_briefings"
            " WHERE guild_id = :guild AND briefing_id = :briefing",
            {"guild": guild_id, "briefing": briefing_id},
        )
        return None if row is None else _removed(row)

    async def removed_in(self, guild_id: int) -> list[RemovedBriefing]:
        """The words kept of every briefing this server removed, the newest removal first."""
        rows = await self._sql.rows(
            f"SELECT {all_columns(_REMOVED)} FROM removed_briefings WHERE guild_id = :guild"
            " ORDER BY removed_at DESC, briefing_id",
            {"guild": guild_id},
        )
        return [_removed(r) for r in rows]

    async def note_session(
        self, session_id: str, briefing_id: str, version: int, at: dt.datetime
    ) -> None:
        """Remember the version a quiz session was started on (the first note wins)."""
        key = {"session": session_id, "briefing": briefing_id}
        async with self._sql.transaction(write=True) as tx:
            if await tx.one(_SESSION_VERSION, key) is None:
                await tx.execute(
                    "INSERT INTO quiz_versions (session_id, briefing_id, version, started_at)"
                    " VALUES (:session, :briefing, :version, :at)",
                    {**key, "version": version, "at": at},
                )

    async def session_version(self, session_id: str, briefing_id: str) -> int | None:
        """The version noted for a session's briefing, if any."""
        found = await self._sql.scalar(
            _SESSION_VERSION, {"session": session_id, "briefing": briefing_id}
        )
        return None if found is None else int(found)

    async def change_stamp(self) -> int:
        """The newest change's number (0 before any)."""
        return await _stamp(self._sql)

    async def published_since(self, stamp: int) -> tuple[int, list[int], list[PublishedVersion]]:
        """The current stamp, the servers changed after `stamp`, and their published versions."""
        async with self._sql.transaction() as tx:
            now = await _stamp(tx)
            if now == stamp:
                return now, [], []
            guilds = [
                guild
                for (guild,) in await tx.rows(
                    "SELECT DISTINCT guild_id FROM content_changes"
                    " WHERE id > :stamp AND id <= :now",
                    {"stamp": stamp, "now": now},
                )
            ]
            rows = await tx.rows(_PUBLISHED, {"guilds": guilds}) if guilds else []
        split = column_count(_RECORDS)
        published = [(_record(r[:split]), _version(r[split:])) for r in rows]
        return now, sorted(guilds), published


_SESSION_VERSION = (
    "SELECT version FROM quiz_versions WHERE session_id = :session AND briefing_id = :briefing"
)


async def _stamp(sql: SqlRunner) -> int:
    newest = await sql.scalar("SELECT COALESCE(MAX(id), 0) FROM content_changes")
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
