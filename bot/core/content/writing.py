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
from bot.core.errors import InvalidInput
from bot.core.lookup import one_named
from bot.core.mentions import without_mentions
from bot.core.models import Briefing
from bot.core.wording import shorten
from bot.i18n import _

__all__ = [
    "FORM_FIELDS",
    "Placeholder",
    "Written",
    "placeholders_to_write",
    "rewrite_text",
    "text_digest",
    "text_named",
    "texts_to_rewrite",
    "write_placeholders",
]

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
    if len(path) == 4 and path[0] == "sections" and path[2] == "points":
        section = data["sections"][path[1]]
        point = _("{section}, point {n}").format(section=section["title"], n=int(path[3]) + 1)
        return shorten(point, 45), True
    if len(path) == 3 and path[0] == "facts":
        start = shorten(str(data["facts"][path[1]]["text"]), 30)
        return shorten(_("Fact: “{start}”").format(start=start), 45), True
    if len(path) == 3 and path[0] == "timeline":
        when = str(data["timeline"][path[1]]["when"])
        return shorten(_("Timeline: {when}").format(when=when), 45), True
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


def _own_words(text: str) -> str:
    """A moderator's text as stored: without mentions, as a drafted title is, line by line so
    a summary keeps its paragraphs."""
    return "\n".join(without_mentions(line) for line in text.split("\n")).strip()


def write_placeholders(briefing: Briefing, typed: dict[str, str]) -> Written:
    """The briefing's YAML with each placeholder whose key was typed replaced by the
    moderator's text (`_own_words`); empty boxes leave theirs to write, and a key no longer
    a placeholder (written meanwhile by another moderator) changes nothing."""
    data = briefing_data(briefing)
    still = {p.key: p for p in placeholders_to_write(briefing)}
    written = taken = 0
    for key, text in typed.items():
        text = _own_words(text)
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


def text_digest(text: str) -> str:
    """A short fingerprint of a text as a form showed it, to see whether it changed since."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _value(data: dict[str, Any], path: Path) -> Any:
    holder: Any = data
    for step in path:
        holder = holder[step]
    return holder


def texts_to_rewrite(briefing: Briefing) -> list[Placeholder]:
    """The texts a moderator writes, placeholders or not, so a text written wrong is written
    again: the title, the two summaries, each quote's context, and the section points, facts
    and timeline entries the draft took from the article's own sentences, to put in one's own
    words; `hint` holds the text now."""
    data = briefing_data(briefing)
    paths: list[Path] = [("title",), ("summary", "short"), ("summary", "long")]
    paths += [
        ("figures", f, "quotes", q, "context")
        for f, figure in enumerate(data["figures"])
        for q in range(len(figure["quotes"]))
    ]
    paths += [
        ("sections", at, "points", n)
        for at, section in enumerate(data["sections"])
        for n in range(len(section["points"]))
    ]
    paths += [("facts", at, "text") for at in range(len(data["facts"]))]
    paths += [("timeline", at, "what") for at in range(len(data["timeline"]))]
    found = []
    for path in paths:
        label, long = _label(path, data)
        found.append(Placeholder(_key(path), path, label, str(_value(data, path)), long))
    return found


def rewrite_text(briefing: Briefing, key: str, text: str, was: str) -> Written:
    """The briefing's YAML with the text at `key` written anew, unless it changed since the
    form showed it (`was`, its `text_digest`): then another moderator's words are kept."""
    data = briefing_data(briefing)
    place = next((p for p in texts_to_rewrite(briefing) if p.key == key), None)
    text = _own_words(text)
    if place is None or text_digest(str(_value(data, place.path))) != was:
        return Written(dump_briefing(data), 0, 1)
    if not text:
        return Written(dump_briefing(data), 0, 0)
    holder = _value(data, place.path[:-1])
    holder[place.path[-1]] = text if place.long else " ".join(text.split())
    return Written(dump_briefing(data), 1, 0)


def text_named(briefing: Briefing, typed: str) -> Placeholder:
    """The text `typed` names: its key (the autocomplete's value), or its label or the start
    of it ("summary, one")."""
    texts = texts_to_rewrite(briefing)
    found = next((t for t in texts if t.key == typed.strip()), None)
    if found is None:
        key = one_named(typed, [(t.key, t.label) for t in texts])
        found = next((t for t in texts if t.key == key), None)
    if found is None:
        raise InvalidInput(
            _(
                "No text of this briefing is called “{typed}”: pick one from the list the "
                "what option offers (Title, Summary, one paragraph, About…)."
            ).format(typed=shorten(typed, 60))
        )
    return found
