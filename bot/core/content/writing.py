"""The draft's placeholders ("TODO: ...") written from Discord, a few at a time, so a moderator
finishes a drafted briefing without downloading, editing or uploading its YAML file.

Each placeholder is named in words ("Summary, one paragraph", "About Chakwera's “When you
go…”") and keyed by a short hash of where it is, so a form filled while another moderator
wrote the same placeholder keeps theirs instead of writing over it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from bot.core.content.edits import briefing_data, dump_briefing
from bot.core.content.placeholders import PLACEHOLDER_MARK
from bot.core.models import Briefing
from bot.core.wording import shorten
from bot.i18n import _

__all__ = ["FORM_FIELDS", "Placeholder", "Written", "placeholders_to_write", "write_placeholders"]

FORM_FIELDS = 5
"""Placeholders one form asks for (Discord's limit on a form's boxes)."""

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One drafted text still to write: where it is, and how the form names it."""

    key: str
    """A short hash of its place in the briefing: a form field's id."""
    path: Path
    label: str
    """What to write, in words (at most 45 characters, a form box's label)."""
    hint: str
    """The placeholder's own instruction, shown greyed in the empty box."""
    long: bool
    """A text of paragraphs (the summaries, contexts), not a line (a title)."""


@dataclass(frozen=True, slots=True)
class Written:
    """What a filled form changed."""

    yaml_text: str
    written: int
    taken: int
    """Boxes filled for a placeholder someone else wrote meanwhile: theirs is kept."""


def _key(path: Path) -> str:
    return hashlib.sha1(repr(path).encode("utf-8")).hexdigest()[:10]


def _hint(text: str) -> str:
    """The placeholder's instruction, from its TODO on: what the draft asks for."""
    return shorten(text[text.index(PLACEHOLDER_MARK) + len(PLACEHOLDER_MARK) :].strip(), 100)


def _label(path: Path, data: dict[str, Any]) -> tuple[str, bool]:
    """The placeholder named in words, and whether it is a long text."""
    if path == ("title",):
        return _("Title"), False
    if path == ("source", "title"):
        return _("The article's own headline"), False
    if path == ("summary", "short"):
        return _("Summary, one paragraph"), True
    if path == ("summary", "long"):
        return _("Summary, a few paragraphs"), True
    if len(path) == 5 and path[0] == "figures" and path[2] == "quotes":
        figure = data["figures"][path[1]]
        quote = figure["quotes"][path[3]]
        start = shorten(str(quote["text"]), 18)
        if figure["id"] == "unattributed":
            return shorten(_("About “{quote}”").format(quote=start), 45), True
        speaker = str(figure["name"]).split()[-1]
        about = _("About {speaker}'s “{quote}”").format(speaker=speaker, quote=start)
        return shorten(about, 45), True
    return shorten(".".join(map(str, path)), 45), True


def placeholders_to_write(briefing: Briefing) -> list[Placeholder]:
    """Every drafted placeholder still in the briefing, in file order."""
    data = briefing_data(briefing)
    found: list[Placeholder] = []

    def walk(value: object, path: Path) -> None:
        if isinstance(value, str):
            if PLACEHOLDER_MARK in value:
                label, long = _label(path, data)
                found.append(Placeholder(_key(path), path, label, _hint(value), long))
        elif isinstance(value, dict):
            for name, item in value.items():
                walk(item, (*path, name))
        elif isinstance(value, list):
            for at, item in enumerate(value):
                walk(item, (*path, at))

    walk(data, ())
    return found


def write_placeholders(briefing: Briefing, typed: dict[str, str]) -> Written:
    """The briefing's YAML with each placeholder whose key was typed replaced by the
    moderator's text; empty boxes leave theirs to write, and a key no longer a placeholder
    (written meanwhile by another moderator) changes nothing."""
    data = briefing_data(briefing)
    still = {p.key: p for p in placeholders_to_write(briefing)}
    written = taken = 0
    for key, text in typed.items():
        text = text.strip()
        if not text:
            continue
        place = still.get(key)
        if place is None:
            taken += 1
            continue
        holder: Any = data
        for step in place.path[:-1]:
            holder = holder[step]
        holder[place.path[-1]] = text if place.long else " ".join(text.split())
        written += 1
    return Written(dump_briefing(data), written, taken)
