"""Server courses in SQLite and PostgreSQL: kept per server, steps in order, one id once."""

from __future__ import annotations

from store_helpers import NOW

from bot.core.server_courses import CourseStep, ServerCourse
from bot.core.store_port import AppStore

CLUB, OTHER = 111, 222


def course(guild_id: int, slug: str, title: str = "Spring term") -> ServerCourse:
    return ServerCourse(guild_id, slug, title, "One a week", (), NOW)


async def test_courses_keep_their_steps_in_order_and_stay_in_their_server(
    store: AppStore,
) -> None:
    repo = store.server_courses
    assert await repo.create(course(CLUB, "spring"))
    assert await repo.create(course(OTHER, "spring", "Theirs"))
    steps = [CourseStep("harbour~3", "Harbour reopens"), CourseStep("mini", "Ünïcode “title”")]
    assert await repo.save_steps(CLUB, "spring", steps, NOW)

    (mine,) = await repo.courses(CLUB)
    assert (mine.id, mine.title, mine.description) == ("spring", "Spring term", "One a week")
    assert mine.steps == tuple(steps)
    (theirs,) = await repo.courses(OTHER)
    assert theirs.title == "Theirs" and theirs.steps == ()


async def test_one_id_once_per_server_and_a_deleted_course_is_gone(store: AppStore) -> None:
    repo = store.server_courses
    assert await repo.create(course(CLUB, "spring"))
    assert not await repo.create(course(CLUB, "spring", "Again"))
    assert await repo.delete(CLUB, "spring")
    assert not await repo.delete(CLUB, "spring")
    assert not await repo.save_steps(CLUB, "spring", [CourseStep("mini", "Mini")], NOW)
    assert await repo.courses(CLUB) == []
