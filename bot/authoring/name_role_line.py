"""A line that is only a name, a comma and a lowercase role ("Ox Nche, prop", "Damian de
Allende, centre"): how a press-conference page heads each speaker's answers. Such a line is
a speaker heading over the quotes under it, not a section title."""

from __future__ import annotations

import re

__all__ = ["name_role_line"]

_NAME_ROLE_LINE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: (?:[a-z]{1,3} )?[A-Z][\w'’.-]+){1,3}), "
    r"(?P<role>[a-z][a-z -]{1,30})"
)


def name_role_line(text: str) -> tuple[str, str] | None:
    """(name, role) of a line that is a name, a comma and a lowercase role; else None."""
    match = _NAME_ROLE_LINE.fullmatch(text.strip())
    return (match.group("name"), match.group("role").strip()) if match else None
