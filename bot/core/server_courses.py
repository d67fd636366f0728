"""A server's own courses, built by its moderators from Discord (`/course`).

A course is briefings in the order to study them. Bundled courses are files in
`content/courses/` that every server sees; a server's own are kept in the store and seen in
that server only. The rules live here: an id made from the title, no name that pings or is
only mentions, a step is a briefing the server's students get (a draft is refused, saying
how to publish it), never the same briefing twice, and at most `MAX_COURSES` courses of
`MAX_STEPS` steps. Each step keeps the title its briefing had when added, so a step whose
briefing is later removed still reads as that briefing, "(no longer available)".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from bot.core.clock import Clock
from bot.core.content.records import own_id
from bot.core.courses import Course
from bot.core.errors import InvalidInput, NotFound
from bot.core.mentions import without_mentions
from bot.core.models import Briefing
from bot.core.slugs import slugify
from bot.core.wording import shorten
from bot.i18n import _

__all__ = [
    "MAX_COURSES",
    "MAX_STEPS",
    "CourseRepository",
    "CourseService",
    "CourseStep",
    "ServerCourse",
    "course_slug",
    "step_named",
]

T = TypeVar("T")

MAX_COURSES = 25
"""Courses a server keeps (Discord's autocomplete offers 25 at a time)."""
MAX_STEPS = 50
"""Steps in one course (a school year of weekly briefings)."""
TITLE_MAX = 100
DESCRIPTION_MAX = 300


@dataclass(frozen=True, slots=True)
class CourseStep:
    """One step: the briefing it names (as served) and its title when it was added."""

    briefing_id: str
    title: str


@dataclass(frozen=True, slots=True)
class ServerCourse:
    """A server's own course."""

    guild_id: int
    id: str
    title: str
    description: str
    steps: tuple[CourseStep, ...]
    updated_at: dt.datetime


class CourseRepository(Protocol):
    """Where a server's courses are kept (`bot.store` provides it for SQL). Every call is
    scoped to one server."""

    async def courses(self, guild_id: int) -> list[ServerCourse]:
        """A server's courses, oldest first."""
        ...

    async def create(self, course: ServerCourse) -> bool:
        """Keep a new course; False when the server has one with its id already."""
        ...

    async def save_steps(
        self, guild_id: int, course_id: str, steps: Sequence[CourseStep], at: dt.datetime
    ) -> bool:
        """Replace a course's steps; False when the course is gone."""
        ...

    async def delete(self, guild_id: int, course_id: str) -> bool:
        """Delete a course; False when it was gone already."""
        ...


def course_slug(title: str) -> str:
    """The id a course gets from its title (`Autumn term 2026` -> `autumn-term-2026`); a
    title without Latin letters or digits gets `course-` and six hex digits of it."""
    return slugify(title, fallback="") or (
        "course-" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:6]
    )


def _typed_name(text: str, limit: int, too_long: str) -> str:
    """A title or description a moderator typed, on one line, without mentions;
    InvalidInput saying `too_long` (with its `{count}` and `{limit}`) past `limit`."""
    flat = " ".join(without_mentions(text).split())
    if len(flat) > limit:
        raise InvalidInput(too_long.format(count=len(flat), limit=limit))
    return flat


class CourseService:
    """A server's courses: create, add a step, move or remove one, delete; and every course
    a server sees (bundled ones first)."""

    def __init__(
        self,
        repository: CourseRepository,
        bundled: Callable[[], dict[str, Course]],
        clock: Clock,
    ) -> None:
        self.repository = repository
        self.bundled = bundled
        """The bundled courses now (`/reload` may change them)."""
        self.clock = clock
        self._changing: dict[int, asyncio.Lock] = {}

    async def of_server(self, guild_id: int | None) -> list[ServerCourse]:
        """The server's own courses (none outside a server)."""
        if guild_id is None:
            return []
        return await self.repository.courses(guild_id)

    async def create(self, guild_id: int, title: str, description: str = "") -> ServerCourse:
        """A new, empty course named `title`, its id made from it; the same create sent
        again (its reply lost) finds it, while nothing was added to it yet."""
        name = _typed_name(
            title, TITLE_MAX, _("The title is {count} characters long; {limit} at most, please.")
        )
        if not name:
            raise InvalidInput(
                _("Give the course a title in words, like “Autumn term”: mentions are left out.")
            )
        about = _typed_name(
            description,
            DESCRIPTION_MAX,
            _("The description is {count} characters long; {limit} at most, please."),
        )
        slug = course_slug(name)
        if slug in self.bundled():
            raise InvalidInput(
                _(
                    "`{id}` is the id of a course that comes with the bot (every server sees "
                    "it): give yours another title."
                ).format(id=slug)
            )
        course = ServerCourse(guild_id, slug, name, about, (), self.clock.now())
        return await self._one_at_a_time(guild_id, self._create(course))

    async def _create(self, course: ServerCourse) -> ServerCourse:
        existing = await self.repository.courses(course.guild_id)
        same = next((c for c in existing if c.id == course.id), None)
        if same is not None and (same.title, same.description, same.steps) == (
            course.title,
            course.description,
            (),
        ):
            return same  # the same create sent again (its reply lost): it is there
        if same is not None:
            raise InvalidInput(
                _(
                    "This server has a course `{id}` already (“{title}”): add briefings to it "
                    "with /course add, or give the new one another title."
                ).format(id=same.id, title=same.title)
            )
        if len(existing) >= MAX_COURSES:
            raise InvalidInput(
                _(
                    "This server has {count} courses, the most it can keep: delete one with "
                    "/course delete first."
                ).format(count=len(existing))
            )
        if not await self.repository.create(course):  # another moderator, a moment before
            raise InvalidInput(_("This server has a course `{id}` already.").format(id=course.id))
        return course

    async def find(self, guild_id: int, name: str) -> ServerCourse:
        """One of the server's courses by its id or title (or the start of one, when only
        one starts so); NotFound naming where to look otherwise."""
        wanted = " ".join(name.split()).casefold()
        courses = await self.repository.courses(guild_id)
        exact = [c for c in courses if wanted in (c.id, c.title.casefold())]
        starting = [
            c for c in courses if c.id.startswith(wanted) or c.title.casefold().startswith(wanted)
        ]
        found = exact or (starting if wanted and len(starting) == 1 else [])
        if found:
            return found[0]
        if wanted in self.bundled():
            raise NotFound(
                _(
                    "`{id}` is a course that comes with the bot: only whoever runs the bot "
                    "changes it, in content/courses/. /course create makes one of this "
                    "server's own."
                ).format(id=wanted)
            )
        if not courses:
            raise NotFound(
                _("This server has no courses of its own yet: make one with /course create.")
            )
        raise NotFound(
            _("This server has no course “{name}”: its courses are {ids}.").format(
                name=shorten(name, 60), ids=", ".join(f"`{c.id}`" for c in courses)
            )
        )

    async def add(
        self, guild_id: int, name: str, briefing: Briefing, position: int | None = None
    ) -> tuple[ServerCourse, int]:
        """Add `briefing` (one the server's students get) as a step, at `position` (1 is
        first; the end by default): the course and the step's number."""
        step = CourseStep(briefing.id, briefing.title)
        return await self._one_at_a_time(guild_id, self._add(guild_id, name, step, position))

    async def _add(
        self, guild_id: int, name: str, step: CourseStep, position: int | None
    ) -> tuple[ServerCourse, int]:
        course = await self.find(guild_id, name)
        steps = list(course.steps)
        already = next((n for n, s in enumerate(steps, 1) if s.briefing_id == step.briefing_id), 0)
        if already:
            raise InvalidInput(
                _("“{briefing}” is step {step} of “{course}” already.").format(
                    briefing=step.title, step=already, course=course.title
                )
            )
        if len(steps) >= MAX_STEPS:
            raise InvalidInput(
                _(
                    "“{course}” has {count} steps, the most a course takes: remove one with "
                    "/course remove, or start another course."
                ).format(course=course.title, count=len(steps))
            )
        at = len(steps) + 1 if position is None else min(max(position, 1), len(steps) + 1)
        steps.insert(at - 1, step)
        return await self._save(course, steps), at

    async def move(
        self, guild_id: int, name: str, step: str, to: int
    ) -> tuple[ServerCourse, CourseStep, int]:
        """Move the step `step` names (`step_named`) to be step `to` (past the end: last):
        the course, the step moved and where it is now. Sent again, it changes nothing."""

        async def moving() -> tuple[ServerCourse, CourseStep, int]:
            course = await self.find(guild_id, name)
            steps = list(course.steps)
            moved = steps.pop(step_named(course, step))
            at = min(max(to, 1), len(steps) + 1)
            steps.insert(at - 1, moved)
            return await self._save(course, steps), moved, at

        return await self._one_at_a_time(guild_id, moving())

    async def remove_step(
        self, guild_id: int, name: str, step: str
    ) -> tuple[ServerCourse, CourseStep]:
        """Take the step `step` names (`step_named`) out of the course: the course and the
        step removed. Sent again by the briefing's id (as its autocomplete gives it), it
        says the briefing is no longer a step, never taking out the next one."""

        async def removing() -> tuple[ServerCourse, CourseStep]:
            course = await self.find(guild_id, name)
            steps = list(course.steps)
            removed = steps.pop(step_named(course, step))
            return await self._save(course, steps), removed

        return await self._one_at_a_time(guild_id, removing())

    async def delete(self, guild_id: int, course_id: str) -> ServerCourse | None:
        """Delete the course with exactly this id: it, or None when it was gone already
        (a confirm clicked twice)."""

        async def deleting() -> ServerCourse | None:
            courses = await self.repository.courses(guild_id)
            course = next((c for c in courses if c.id == course_id), None)
            if course is None or not await self.repository.delete(guild_id, course_id):
                return None
            return course

        return await self._one_at_a_time(guild_id, deleting())

    async def _save(self, course: ServerCourse, steps: list[CourseStep]) -> ServerCourse:
        now = self.clock.now()
        if not await self.repository.save_steps(course.guild_id, course.id, steps, now):
            raise NotFound(_("That course was deleted meanwhile."))
        return replace(course, steps=tuple(steps), updated_at=now)

    async def _one_at_a_time(self, guild_id: int, change: Awaitable[T]) -> T:
        """Run `change` (read a course, then write it) alone among the server's changes to
        its courses in this process, so two moderators' steps added at once are both kept."""
        lock = self._changing.setdefault(guild_id, asyncio.Lock())
        async with lock:
            return await change


def step_named(course: ServerCourse, typed: str) -> int:
    """The index of the step `typed` names: its briefing's id (what autocomplete gives),
    the briefing's own id or title, the start of one when only one starts so, else its
    number as /courses lists it. InvalidInput naming the steps there are otherwise."""
    if not course.steps:
        raise InvalidInput(
            _("“{course}” has no steps yet: add a briefing with /course add.").format(
                course=course.title
            )
        )
    wanted = " ".join(typed.split())
    folded = wanted.casefold()
    ids = [s.briefing_id for s in course.steps]
    if wanted in ids:
        return ids.index(wanted)
    names = [(own_id(s.briefing_id), s.title.casefold()) for s in course.steps]
    exact = [i for i, pair in enumerate(names) if folded in pair]
    if len(exact) == 1:
        return exact[0]
    if wanted.isdigit():
        number = int(wanted)
        if not 1 <= number <= len(course.steps):
            raise InvalidInput(
                _("“{course}” has steps 1 to {count}: there is no step {step}.").format(
                    course=course.title, count=len(course.steps), step=number
                )
            )
        return number - 1
    starting = [
        i for i, pair in enumerate(names) if folded and any(n.startswith(folded) for n in pair)
    ]
    if len(starting) == 1:
        return starting[0]
    listed = "; ".join(f"{n}. {s.title}" for n, s in enumerate(course.steps, 1))
    raise InvalidInput(  # a served key (`harbour~3`, from autocomplete) by its own id
        _("“{briefing}” is not a step of “{course}”; its steps are: {steps}.").format(
            briefing=shorten(own_id(wanted), 60), course=course.title, steps=listed
        )
    )
