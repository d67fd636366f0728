"""A server's own courses: ids from titles, the limits, and steps added at once all kept."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.core.courses import Course
from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.server_courses import (
    MAX_COURSES,
    MAX_STEPS,
    CourseService,
    CourseStep,
    ServerCourse,
    course_slug,
)

ROOT = Path(__file__).resolve().parents[2]
CLUB = 7


class MemoryCourses:
    """`CourseRepository` in memory, each call yielding once to the event loop, as a
    database's does."""

    def __init__(self) -> None:
        self.rows: dict[tuple[int, str], ServerCourse] = {}

    async def courses(self, guild_id: int) -> list[ServerCourse]:
        await asyncio.sleep(0)
        return [c for (g, _), c in self.rows.items() if g == guild_id]

    async def create(self, course: ServerCourse) -> bool:
        await asyncio.sleep(0)
        return self.rows.setdefault((course.guild_id, course.id), course) is course

    async def save_steps(
        self, guild_id: int, course_id: str, steps: Sequence[CourseStep], at: dt.datetime
    ) -> bool:
        await asyncio.sleep(0)
        found = self.rows.get((guild_id, course_id))
        if found is not None:
            self.rows[(guild_id, course_id)] = replace(found, steps=tuple(steps))
        return found is not None

    async def delete(self, guild_id: int, course_id: str) -> bool:
        await asyncio.sleep(0)
        return self.rows.pop((guild_id, course_id), None) is not None


def briefing(number: int) -> Briefing:
    raw = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_bytes()
    loaded = load_briefing_bytes(raw, "mini.yaml").briefing
    assert loaded is not None
    return loaded.model_copy(update={"id": f"b{number}", "title": f"Briefing {number}"})


def service(bundled: dict[str, Course] | None = None) -> CourseService:
    return CourseService(MemoryCourses(), lambda: bundled or {}, FakeClock())


def test_a_course_id_is_made_from_its_title_in_any_script() -> None:
    assert course_slug("Spring term 2026!") == "spring-term-2026"
    assert course_slug("Été à Paris") == "ete-a-paris"
    greek, russian = course_slug("Ειδήσεις"), course_slug("Новости")
    assert greek.startswith("course-") and russian.startswith("course-") and greek != russian


async def test_a_bundled_courses_id_is_refused_naming_it() -> None:
    bundled = Course(id="current-events", title="Current events", briefings=["nk"])
    with pytest.raises(InvalidInput, match="`current-events` is the id of a course that comes"):
        await service({"current-events": bundled}).create(CLUB, "Current events")


async def test_at_most_so_many_courses_and_steps_each_refused_saying_what_to_do() -> None:
    courses = service()
    for n in range(MAX_COURSES):
        await courses.create(CLUB, f"Term {n}")
    with pytest.raises(InvalidInput, match=f"has {MAX_COURSES} courses, the most"):
        await courses.create(CLUB, "One more")
    for n in range(MAX_STEPS):
        await courses.add(CLUB, "term-0", briefing(n))
    with pytest.raises(InvalidInput, match=f"has {MAX_STEPS} steps, the most a course takes"):
        await courses.add(CLUB, "term-0", briefing(MAX_STEPS))


async def test_steps_two_moderators_add_at_once_are_both_kept() -> None:
    courses = service()
    await courses.create(CLUB, "Term")
    await asyncio.gather(*(courses.add(CLUB, "term", briefing(n)) for n in range(5)))
    (course,) = await courses.of_server(CLUB)
    assert sorted(s.briefing_id for s in course.steps) == [f"b{n}" for n in range(5)]
