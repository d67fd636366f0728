"""Split long content into pages that each fit Discord's embed limits, losing no text.

The body is cut at the end of a paragraph where it can, else at a line break before a line
that is not indented (an indented line, such as an item's editor's note, stays with its item),
else at any line break, the end of a sentence or a space, and only a single word longer than a
page is cut mid-word (never between a letter and its accent, nor inside an emoji sequence). A
cut is only taken if it fills at least half the page; otherwise the latest cut of any kind is
used. Whitespace at a cut is dropped.

Fields follow the body, in order; a field that does not fit on a page starts the next one, and
a value longer than a field allows is split into several fields, the later ones named
"name (cont.)". The title and footer are labels repeated on every page: when there are several
pages each title ends in " (2/3)", and a title or footer too long for Discord is shortened with
"…". Content that already fits is returned as one unchanged page.

How much a page may hold is the platform's: an adapter passes its `PageLimits` in (the
Discord adapter's are in `bot.discord_bot.limits`). Core views paginate to `SCREEN`, a
screenful no larger than any adapter here accepts.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.replies import Field, Page, Reply
from bot.i18n import _

__all__ = [
    "CONTINUED",
    "SCREEN",
    "PageLimits",
    "continued",
    "fit_reply",
    "page_length",
    "paginate",
    "split_text",
]


def page_length(page: Page) -> int:
    """How many characters the page counts for against a `total` limit."""
    fields = sum(len(f.name) + len(f.value) for f in page.fields)
    return len(page.title) + len(page.body) + fields + len(page.footer)


@dataclass(frozen=True, slots=True)
class PageLimits:
    """How many characters (code points) a platform lets one page hold, part by part."""

    title: int
    body: int
    field_name: int
    field_value: int
    fields: int
    footer: int
    total: int
    """Title, body, field names and values, and footer together."""

    def fits(self, page: Page) -> bool:
        """Whether `page` breaks none of the limits (`problems` empty), counted only."""
        return (
            len(page.title) <= self.title
            and len(page.body) <= self.body
            and len(page.footer) <= self.footer
            and len(page.fields) <= self.fields
            and all(
                len(f.name) <= self.field_name and len(f.value) <= self.field_value
                for f in page.fields
            )
            and page_length(page) <= self.total
        )

    def problems(self, page: Page) -> list[str]:
        """Every limit `page` breaks, in words; empty when it fits."""
        found = [
            _over("the title", len(page.title), self.title),
            _over("the body", len(page.body), self.body),
            _over("the footer", len(page.footer), self.footer),
        ]
        if len(page.fields) > self.fields:
            found.append(f"the page has {len(page.fields)} fields, over the limit of {self.fields}")
        for number, f in enumerate(page.fields, start=1):
            found.append(_over(f"field {number}'s name", len(f.name), self.field_name))
            found.append(_over(f"field {number}'s value", len(f.value), self.field_value))
        found.append(_over("the page in all", page_length(page), self.total))
        return [problem for problem in found if problem]


def _over(what: str, size: int, limit: int) -> str | None:
    return f"{what} is {size:,} characters, over the limit of {limit:,}" if size > limit else None


SCREEN = PageLimits(
    title=256, body=4096, field_name=256, field_value=1024, fields=25, footer=2048, total=6000
)
"""The screenful core views paginate to: what the strictest adapter here (Discord) accepts."""

CONTINUED = " (cont.)"
"""Appended to the name of a field that carries on a value split over several fields
(in English; `continued` gives it in the reader's language)."""


def continued() -> str:
    """The mark after a field name carried on from the field before, in the reader's language."""
    return " " + _("(cont.)")


# Where a chunk may end, best first. For each pattern, `group(1)` ends where the chunk ends.
_CUTS = (
    re.compile(r"(\S)[^\S\n]*\n\s*\n"),  # end of a paragraph
    re.compile(r"(\S)[^\S\n]*\n(?=\S)"),  # end of an item: the next line is not indented
    re.compile(r"(\S)[^\S\n]*\n"),  # end of a line
    re.compile(r"([.!?…。！？؟][\"'”’»)\]]*)\s"),  # end of a sentence
    re.compile(r"(\S)\s"),  # end of a word
)
_SPACE = re.compile(r"\s*")
_GLUE = frozenset("\u200d\ufe0e\ufe0f\u034f")  # joiners and variation selectors
_BACKTRACK = 32  # how far a hard cut may move back to keep a character sequence whole


def _clings(char: str) -> bool:
    """Whether `char` belongs with the character before it (accent, modifier, joiner, tag)."""
    code = ord(char)
    return (
        char in _GLUE
        or unicodedata.category(char) in ("Mn", "Mc", "Me")
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
    )


def _hard_cut(text: str, start: int, end: int) -> int:
    """A cut at or a little before `end` that does not split a character sequence."""
    cut = end
    floor = max(start + 1, end - _BACKTRACK)
    while cut > floor and (_clings(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    return cut if cut > floor or not _clings(text[cut]) else end


def _best_cut(text: str, start: int, limit: int) -> int | None:
    """Where the chunk starting at `start` (at most `limit` long) should end, if at a boundary."""
    end = start + limit
    latest: int | None = None
    for pattern in _CUTS:
        last = None
        for match in pattern.finditer(text, start, end + 1):
            if match.end(1) > end:
                break
            last = match.end(1)
        if last is None:
            continue
        if last - start >= limit // 2:
            return last
        latest = last if latest is None else max(latest, last)
    return latest


def _skip_space(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def split_text(text: str, limit: int) -> list[str]:
    """`text` cut into stripped chunks of at most `limit` characters, in order.

    Joining the chunks gives back `text` except for whitespace at the cuts and at either end;
    blank text gives no chunks.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    chunks: list[str] = []
    pos = _skip_space(text, 0)
    while True:
        rest = text[pos:].rstrip()
        if len(rest) <= limit:
            if rest:
                chunks.append(rest)
            return chunks
        cut = _best_cut(text, pos, limit)
        if cut is None:
            cut = _hard_cut(text, pos, pos + limit)
        chunks.append(text[pos:cut])
        pos = _skip_space(text, cut)


def _shorten(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its start and an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: _hard_cut(text, 0, limit - 1)].rstrip() + "…"


def _fit_fields(fields: Sequence[Field], limits: PageLimits) -> list[Field]:
    """The fields, each within the name and value limits; long values split over several."""
    fitted: list[Field] = []
    for f in fields:
        name = _shorten(f.name, limits.field_name)
        if len(f.value) <= limits.field_value:
            fitted.append(f if name == f.name else Field(name, f.value, f.inline))
            continue
        mark = continued()
        later = _shorten(f.name, limits.field_name - len(mark)) + mark
        for number, part in enumerate(split_text(f.value, limits.field_value) or [""]):
            fitted.append(Field(later if number else name, part, f.inline))
    return fitted


def _layout(
    body: str, fields: Sequence[Field], fixed: int, limits: PageLimits
) -> list[tuple[str, list[Field]]]:
    """Body chunks then fields, packed into pages whose title and footer take `fixed` chars."""
    chunks = split_text(body, min(limits.body, limits.total - fixed))
    pages: list[tuple[str, list[Field]]] = [(chunk, []) for chunk in chunks] or [("", [])]
    used = fixed + len(pages[-1][0])
    for f in fields:
        size = len(f.name) + len(f.value)
        if len(pages[-1][1]) < limits.fields and used + size <= limits.total:
            pages[-1][1].append(f)
            used += size
        else:
            pages.append(("", [f]))
            used = fixed + size
    return pages


def _numbered(title: str, number: int, count: int) -> str:
    return f"{title} ({number}/{count})" if title else f"({number}/{count})"


def paginate(
    title: str,
    body: str,
    *,
    fields: Sequence[Field] = (),
    footer: str = "",
    limits: PageLimits = SCREEN,
) -> tuple[Page, ...]:
    """Pages carrying `body` then `fields`, each page within `limits`."""
    whole = Page(title=title, body=body, fields=tuple(fields), footer=footer)
    if limits.fits(whole):
        return (whole,)
    footer = _shorten(footer, limits.footer)
    pieces = _fit_fields(fields, limits)
    reserve = 0  # room kept in the title for " (12/13)"
    while True:
        head = _shorten(title, limits.title - reserve)
        layout = _layout(body, pieces, len(head) + reserve + len(footer), limits)
        count = len(layout)
        need = len(_numbered(head, count, count)) - len(head) if count > 1 else 0
        if need <= reserve:
            break
        reserve = need
    return tuple(
        Page(
            title=_numbered(head, number, count) if count > 1 else head,
            body=chunk,
            fields=tuple(page_fields),
            footer=footer,
        )
        for number, (chunk, page_fields) in enumerate(layout, start=1)
    )


def fit_reply(reply: Reply, limits: PageLimits = SCREEN) -> Reply:
    """`reply` with every page that breaks one of `limits` split into pages that fit."""
    if all(limits.fits(page) for page in reply.pages):
        return reply  # most replies: nothing to split, nothing to rebuild
    pages = tuple(
        page
        for original in reply.pages
        for page in paginate(
            original.title,
            original.body,
            fields=original.fields,
            footer=original.footer,
            limits=limits,
        )
    )
    return reply if pages == reply.pages else dataclasses.replace(reply, pages=pages)
