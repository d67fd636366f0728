"""Every custom id the bot sends, declared once as a named template with a version prefix.

A template builds ids (`b1:<kind>:<field>:...`) and parses them back, so the two cannot
drift. Ids on messages posted before templates existed (`bb:<kind>:...`, same fields) are
still parsed. An id that names no template, or has the wrong number of fields, is refused
with a polite `BriefbotError` (the router answers it), never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.errors import BriefbotError
from bot.i18n import _

__all__ = [
    "LEGACY",
    "TEMPLATES",
    "VERSION",
    "IdTemplate",
    "MalformedId",
    "parse_id",
]

VERSION = "b1"
"""The prefix of every id built now."""
LEGACY = "bb"
"""The prefix of ids built before templates: same kinds and fields, still routed."""
MAX_LENGTH = 100
"""Discord's limit on a custom id."""


class MalformedId(BriefbotError):
    """A custom id the bot cannot read: answered politely, nothing changes."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "This button comes from a message I can no longer read. "
                "Please run the command again."
            )
        )


@dataclass(frozen=True, slots=True)
class IdTemplate:
    """A kind of custom id and the names of the fields it carries, in order."""

    kind: str
    fields: tuple[str, ...]
    free: int | None = None
    """The index of the one field that may itself hold ":" (free text), if any."""
    added: int | None = None
    """The index of a field that ids sent before it existed lack (parsed as "")."""

    def build(self, *values: object) -> str:
        """The id carrying `values`, one per field; at most 100 characters."""
        if len(values) != len(self.fields):
            raise ValueError(f"{self.kind} takes {self.fields}, got {len(values)} values")
        return self._join(values)

    def prefix(self, *values: object) -> str:
        """The start of the id up to its last field, for buttons that each add their own."""
        if len(values) != len(self.fields) - 1:
            raise ValueError(f"{self.kind} prefix takes {self.fields[:-1]}")
        return self._join(values) + ":"

    def _join(self, values: tuple[object, ...]) -> str:
        text = ":".join([VERSION, self.kind, *map(str, values)])
        if len(text) > MAX_LENGTH:
            raise ValueError(f"custom id too long: {text[:40]}...")
        return text

    def parse(self, custom_id: str) -> list[str]:
        """The field values of an id of this template (new or legacy prefix)."""
        found = parse_id(custom_id)
        if found is None or found[0] != self:
            raise MalformedId()
        return found[1]


SOLO_CLICK = IdTemplate("qs", ("session", "index", "key"))
SOLO_MODAL = IdTemplate("qm", ("session", "index"))
SOLO_NEXT = IdTemplate("qn", ("session", "index"))
SOLO_RETRY = IdTemplate("qr", ("session",))
SOLO_STOP = IdTemplate("qx", ("session",))
SOLO_GUESSED = IdTemplate("qy", ("session", "question"))
"""I guessed, under a right verdict: re-rates that answer for review."""
GROUP_CLICK = IdTemplate("qg", ("session", "index", "key"))
GROUP_MODAL = IdTemplate("qgm", ("session", "index"))
GROUP_CLOSE = IdTemplate("qc", ("session", "index"))
GROUP_STOP = IdTemplate("qgx", ("session",))
"""Stop quiz under a channel quiz's question (the starter or a moderator)."""
FORGET_CONFIRM = IdTemplate("fm", ("user",))
FORGET_KEEP = IdTemplate("fk", ("user",))
"""Keep my data, beside /forgetme's confirm: nothing is deleted."""
QUIZ_ME = IdTemplate("qz", ("briefing",))
SOURCES = IdTemplate("nt", ("briefing",))
PAGE = IdTemplate("pg", ("what", "briefing", "arg", "asker", "page"), free=2, added=3)
"""Prev/Next of a reading reply; `asker` (base 36, "" on older ids) alone turns the pages."""
QOTD_ANSWER = IdTemplate("qd", ("session", "key"))
REVIEW_NOW = IdTemplate("rv", ())
"""Review now under a reminder's direct message."""
MARKED = IdTemplate("x", ("key",))
"""Buttons of a question already answered: shown disabled, never clicked."""
ASSIGNMENT_START = IdTemplate("as", ("assignment",))
CLASS_REPORT_PAGE = IdTemplate("cr", ("kind", "target", "page"))
"""Prev/Next of a class report; `kind` is a (assignment) or b (briefing)."""
REPORT_PROBLEM = IdTemplate("rp", ("session", "question"))
REPORT_MODAL = IdTemplate("rpm", ("session", "question"))
REPORT_QUEUE = IdTemplate("rq", ("action", "report"))
ACCEPT_MODAL = IdTemplate("rqa", ("report",))
BRIEFING_REVIEW = IdTemplate("br", ("briefing", "verb", "index", "question"), added=3)
"""A server briefing's review buttons: Prev/Next, Keep, Drop, Mark checked, Fix key, Publish;
`question` (the id of the question shown, "" on older ids and on Prev, Keep and Publish) is
the one an edit means, wherever it is now."""
BRIEFING_REVIEW_MODAL = IdTemplate("brm", ("briefing", "verb", "index", "question"), added=3)
"""The fixed key or accepted answer typed for one question under review."""
BRIEFING_PASTE = IdTemplate("bd", ())
"""The pasted-article box of /briefing draft."""
BRIEFING_WRITE = IdTemplate("bw", ("briefing",))
"""The form of /briefing write: the draft's placeholders, each box keyed by its place."""
BRIEFING_REWRITE = IdTemplate("bwr", ("briefing", "text", "was"))
"""The form of /briefing write what: one text, keyed by its place, as it was when shown."""
BRIEFING_REMOVE = IdTemplate("bx", ("briefing",))
"""The confirm button of /briefing remove: nothing is deleted before it is pressed."""
ASSIGNMENT_WITHDRAW = IdTemplate("aw", ("assignment",))
"""The confirm button of /unassign for work students began: nothing goes before it."""
COURSE_DELETE = IdTemplate("cx", ("course",))
"""The confirm button of /course delete: nothing is deleted before it is pressed."""

TEMPLATES: dict[str, IdTemplate] = {
    t.kind: t
    for t in (
        SOLO_CLICK,
        SOLO_MODAL,
        SOLO_NEXT,
        SOLO_RETRY,
        SOLO_STOP,
        SOLO_GUESSED,
        GROUP_CLICK,
        GROUP_MODAL,
        GROUP_CLOSE,
        GROUP_STOP,
        FORGET_CONFIRM,
        FORGET_KEEP,
        QUIZ_ME,
        SOURCES,
        PAGE,
        QOTD_ANSWER,
        REVIEW_NOW,
        MARKED,
        ASSIGNMENT_START,
        CLASS_REPORT_PAGE,
        REPORT_PROBLEM,
        REPORT_MODAL,
        REPORT_QUEUE,
        ACCEPT_MODAL,
        BRIEFING_REVIEW,
        BRIEFING_REVIEW_MODAL,
        BRIEFING_PASTE,
        BRIEFING_WRITE,
        BRIEFING_REWRITE,
        BRIEFING_REMOVE,
        ASSIGNMENT_WITHDRAW,
        COURSE_DELETE,
    )
}


def parse_id(custom_id: str) -> tuple[IdTemplate, list[str]] | None:
    """The template and field values of one of our ids; None when the id is not ours.

    Raises `MalformedId` for an id with our prefix that names no template or has the wrong
    number of fields.
    """
    version, _, rest = custom_id.partition(":")
    if version not in (VERSION, LEGACY):
        return None
    kind, *values = rest.split(":")
    template = TEMPLATES.get(kind)
    if template is None:
        raise MalformedId()
    extra = len(values) - len(template.fields)
    if extra == -1 and template.added is not None:
        values.insert(template.added, "")
        extra = 0
    if extra > 0 and template.free is not None:
        at = template.free
        values[at : at + extra + 1] = [":".join(values[at : at + extra + 1])]
    if len(values) != len(template.fields):
        raise MalformedId()
    return template, values
