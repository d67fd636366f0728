"""Split long content into pages that each fit Discord's embed limits, losing no text.

The body is cut at the end of a paragraph where it can, else at a line break, the end of a
sentence or a space, and only a single word longer than a page is cut mid-word (never between
a letter and its accent, nor inside an emoji sequence). A cut is only taken if it fills at least
half the page; otherwise the latest cut of any kind is used. Whitespace at a cut is dropped.

Fields follow the body, in order; a field that does not fit on a page starts the next one, and
a value longer than a field allows is split into several fields, the later ones named
"name (cont.)". The title and footer are labels repeated on every page: when there are several
pages each title ends in " (2/3)", and a title or footer too long for Discord is shortened with
"…". Content that already fits is returned as one unchanged page.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from bot.core.limits import (
    EMBED_DESCRIPTION,
    EMBED_FIELDS,
    EMBED_FOOTER,
    EMBED_TITLE,
    EMBED_TOTAL,
    FIELD_NAME,
    FIELD_VALUE,
    page_problems,
)
from bot.core.replies import Field, Page, Reply

__all__ = ["CONTINUED", "fit_reply", "paginate", "split_text"]

CONTINUED = " (cont.)"
"""Appended to the name of a field that carries on a value split over several fields."""

# Where a chunk may end, best first. For each pattern, `group(1)` ends where the chunk ends.
_CUTS = (
    re.compile(r"(\S)[^\S\n]*\n\s*\n"),  # end of a paragraph
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


def _fit_fields(fields: Sequence[Field]) -> list[Field]:
    """The fields, each within the name and value limits; long values split over several."""
    fitted: list[Field] = []
    for f in fields:
        name = _shorten(f.name, FIELD_NAME)
        if len(f.value) <= FIELD_VALUE:
            fitted.append(f if name == f.name else Field(name, f.value, f.inline))
            continue
        later = _shorten(f.name, FIELD_NAME - len(CONTINUED)) + CONTINUED
        for number, part in enumerate(split_text(f.value, FIELD_VALUE) or [""]):
            fitted.append(Field(later if number else name, part, f.inline))
    return fitted


def _layout(body: str, fields: Sequence[Field], fixed: int) -> list[tuple[str, list[Field]]]:
    """Body chunks then fields, packed into pages whose title and footer take `fixed` chars."""
    chunks = split_text(body, min(EMBED_DESCRIPTION, EMBED_TOTAL - fixed))
    pages: list[tuple[str, list[Field]]] = [(chunk, []) for chunk in chunks] or [("", [])]
    used = fixed + len(pages[-1][0])
    for f in fields:
        size = len(f.name) + len(f.value)
        if len(pages[-1][1]) < EMBED_FIELDS and used + size <= EMBED_TOTAL:
            pages[-1][1].append(f)
            used += size
        else:
            pages.append(("", [f]))
            used = fixed + size
    return pages


def _numbered(title: str, number: int, count: int) -> str:
    return f"{title} ({number}/{count})" if title else f"({number}/{count})"


def paginate(
    title: str, body: str, *, fields: Sequence[Field] = (), footer: str = ""
) -> tuple[Page, ...]:
    """Pages carrying `body` then `fields`, each page within Discord's embed limits."""
    whole = Page(title=title, body=body, fields=tuple(fields), footer=footer)
    if not page_problems(whole):
        return (whole,)
    footer = _shorten(footer, EMBED_FOOTER)
    pieces = _fit_fields(fields)
    reserve = 0  # room kept in the title for " (12/13)"
    while True:
        head = _shorten(title, EMBED_TITLE - reserve)
        layout = _layout(body, pieces, len(head) + reserve + len(footer))
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


def fit_reply(reply: Reply) -> Reply:
    """`reply` with every page that breaks a limit split into pages that fit."""
    pages = tuple(
        page
        for original in reply.pages
        for page in paginate(
            original.title, original.body, fields=original.fields, footer=original.footer
        )
    )
    return reply if pages == reply.pages else dataclasses.replace(reply, pages=pages)
