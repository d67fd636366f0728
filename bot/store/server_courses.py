"""Server courses in SQL: the repository behind the core's course service."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from bot.core.server_courses import CourseStep, ServerCourse
from bot.store.records import all_columns, record
from bot.store.sql import Row, SqlDatabase

__all__ = ["SqlServerCourses"]

_TABLE = "server_courses"
_COURSES = f"SELECT {all_columns(_TABLE)} FROM server_courses"


def _course(row: Row) -> ServerCourse:
    m = record(_TABLE, row)
    steps = tuple(CourseStep(str(b), str(t)) for b, t in json.loads(m["steps"]))
    return ServerCourse(
        guild_id=m["guild_id"],
        id=m["slug"],
        title=m["title"],
        description=m["description"],
        steps=steps,
        updated_at=m["updated_at"],
    )


def _steps(steps: Sequence[CourseStep]) -> str:
    return json.dumps([[s.briefing_id, s.title] for s in steps], ensure_ascii=False)


class SqlServerCourses:
    """`CourseRepository` on the store's database (SQLite or PostgreSQL)."""

    def __init__(self, sql: SqlDatabase) -> None:
        self._sql = sql

    async def courses(self, guild_id: int) -> list[ServerCourse]:
        """A server's courses, oldest first."""
        rows = await self._sql.rows(
            f"{_COURSES} WHERE guild_id = :guild ORDER BY id", {"guild": guild_id}
        )
        return [_course(r) for r in rows]

    async def create(self, course: ServerCourse) -> bool:
        """Keep a new course; False when the server has one with its id already."""
        async with self._sql.transaction(write=True) as tx:  # a write, RETURNING its id
            added = await tx.scalar(
                "INSERT INTO server_courses (guild_id, slug, title, description, steps, updated_at)"
                " VALUES (:guild, :slug, :title, :description, :steps, :at)"
                " ON CONFLICT (guild_id, slug) DO NOTHING RETURNING id",
                {
                    "guild": course.guild_id,
                    "slug": course.id,
                    "title": course.title,
                    "description": course.description,
                    "steps": _steps(course.steps),
                    "at": course.updated_at,
                },
            )
        return added is not None

    async def save_steps(
        self, guild_id: int, course_id: str, steps: Sequence[CourseStep], at: dt.datetime
    ) -> bool:
        """Replace a course's steps; False when the course is gone."""
        changed = await self._sql.execute(
            "UPDATE server_courses SET steps = :steps, updated_at = :at"
            " WHERE guild_id = :guild AND slug = :slug",
            {"steps": _steps(steps), "at": at, "guild": guild_id, "slug": course_id},
        )
        return changed > 0

    async def delete(self, guild_id: int, course_id: str) -> bool:
        """Delete a course; False when it was gone already."""
        deleted = await self._sql.execute(
            "DELETE FROM server_courses WHERE guild_id = :guild AND slug = :slug",
            {"guild": guild_id, "slug": course_id},
        )
        return deleted > 0
