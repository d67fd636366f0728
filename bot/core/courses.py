"""Courses: an ordered list of briefings for a club's term, one YAML file each.

# content/courses/autumn-2026.yaml
id: autumn-2026
title: Autumn term 2026
briefings: [nk-troops-russia, harbour-reopens]
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.core.errors import Problem
from bot.core.models import ShortText, Slug
from bot.core.yamlread import Limits, read_yaml
from bot.i18n import _

__all__ = ["Course", "load_course_bytes"]


class Course(BaseModel):
    """A named, ordered list of briefing ids."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    title: ShortText
    description: str = ""
    briefings: list[Slug] = Field(min_length=1)


def load_course_bytes(
    raw: bytes, known: set[str], limits: Limits | None = None
) -> Course | list[Problem]:
    """A course, or its problems (each with a line): bad shape, unknown briefing ids."""
    located = read_yaml(raw, limits)
    if isinstance(located, Problem):
        return [located]
    try:
        course = Course.model_validate(located.data)
    except ValidationError as exc:
        return [
            Problem(
                *located.position(tuple(e["loc"])),
                str(e["msg"]),
                _("a course takes `id`, `title`, `briefings` (a list of ids)"),
            )
            for e in exc.errors()
        ]
    missing = [
        Problem(
            *located.position(("briefings", i)),
            _("no briefing has the id `{id}`").format(id=b),
            _("use an id from /briefings"),
        )
        for i, b in enumerate(course.briefings)
        if b not in known
    ]
    return missing or course
