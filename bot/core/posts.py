"""A briefing as a channel post: a short series of pages, grouped into messages that fit.

The adapter turns each page into an embed and adds the "Quiz me" and "Sources & notes"
buttons to the last message. Every item shown carries its editor's notes (in full once per
post, then as a pointer back).
"""

from __future__ import annotations

import hashlib
from typing import Literal

from bot.core.models import SUMMARY_SHORT_ID, Briefing
from bot.core.paginate import SCREEN, PageLimits, page_length, paginate
from bot.core.replies import Field, Page, emphasis
from bot.core.views import NoteMarks, source_line
from bot.i18n import N_, _

__all__ = ["PART_NAMES", "PostPart", "briefing_post", "group_pages", "group_texts", "post_key"]

PostPart = Literal["summary", "figures", "all"]
PART_NAMES: tuple[PostPart, ...] = ("summary", "figures", "all")
CLOSING = N_("Quiz me: a private quiz only you see · Sources & notes: where this comes from")
CLOSING_WITHOUT_QUIZ = N_("Sources & notes: where this comes from")
"""The closing line of a post of a briefing with no questions: it has no Quiz me button."""


def _summary(briefing: Briefing, marks: NoteMarks, limits: PageLimits) -> list[Page]:
    short = marks.after(briefing.summary.short, SUMMARY_SHORT_ID, sep="\n\n")
    sections = "\n".join(
        marks.after(f"• {emphasis(s.title)}: {s.points[0]}", s.id, sep="\n  ")
        for s in briefing.sections
    )
    body = f"{short}\n\n{sections}"
    pages = list(paginate(briefing.title, body, footer=source_line(briefing), limits=limits))
    if briefing.facts:
        lines = [marks.after(f"• {fact.text}", fact.id, sep="\n  ") for fact in briefing.facts]
        pages += paginate(_("Key facts"), "\n".join(lines), limits=limits)
    return pages


def _figures(briefing: Briefing, marks: NoteMarks, limits: PageLimits) -> list[Page]:
    if not briefing.figures:
        return []
    fields = []
    for figure in briefing.figures:
        value = figure.role
        ids = [figure.id]
        if figure.quotes:
            value += f"\n“{figure.quotes[0].text}”"
            ids.append(figure.quotes[0].id)
        fields.append(Field(figure.name, marks.after(value, *ids)))
    return list(paginate(_("Who is who"), "", fields=fields, limits=limits))


def _more(briefing: Briefing, marks: NoteMarks, limits: PageLimits) -> list[Page]:
    pages: list[Page] = []
    if briefing.timeline:
        lines = "\n".join(
            marks.after(f"• {e.when}: {e.what}", e.id, sep="\n  ") for e in briefing.timeline
        )
        pages += paginate(_("Timeline"), lines, limits=limits)
    if briefing.glossary:
        lines = "\n".join(
            marks.after(f"• {emphasis(e.term)}: {e.meaning}", e.id, sep="\n  ")
            for e in briefing.glossary
        )
        pages += paginate(_("Glossary"), lines, limits=limits)
    return pages


def briefing_post(
    briefing: Briefing, part: PostPart = "summary", limits: PageLimits = SCREEN
) -> list[Page]:
    """The pages of a post: the summary and key facts, who is who, or everything; each page
    within `limits` (a text-only post's are a message's text), numbered once."""
    if part not in PART_NAMES:
        raise ValueError(f"part must be one of {PART_NAMES}, got {part!r}")
    pages: list[Page] = []
    marks = NoteMarks(briefing)
    if part in ("summary", "all"):
        pages += _summary(briefing, marks, limits)
    if part in ("figures", "all"):
        pages += _figures(briefing, marks, limits) or (
            [] if part == "all" else list(paginate(_("Who is who"), _("No people listed.")))
        )
    if part == "all":
        pages += _more(briefing, marks, limits)
    last = pages[-1]
    if not last.footer:
        closing = CLOSING if briefing.questions else CLOSING_WITHOUT_QUIZ
        pages[-1] = Page(last.title, last.body, last.fields, _(closing))
    return pages


def group_pages(pages: list[Page], *, per_message: int, characters: int) -> list[list[Page]]:
    """Pages grouped into messages: at most `per_message` pages and `characters` in each."""
    groups: list[list[Page]] = []
    size = 0
    for page in pages:
        length = page_length(page)
        if not groups or len(groups[-1]) >= per_message or size + length > characters:
            groups.append([])
            size = 0
        groups[-1].append(page)
        size += length
    return groups


PAGE_BREAK = "\n\n"
"""What separates two pages of text sharing a message."""


def group_texts(texts: list[str], *, characters: int) -> list[str]:
    """Pages of text joined into as few messages as hold them in order, `characters` at most
    in each (a text longer than that is a message of its own: pages are fitted first)."""
    messages: list[str] = []
    for text in texts:
        if messages and len(messages[-1]) + len(PAGE_BREAK) + len(text) <= characters:
            messages[-1] += PAGE_BREAK + text
        else:
            messages.append(text)
    return messages


def post_key(briefing_id: str, part: PostPart) -> str:
    """The key a moderator's post of a briefing's part goes under in a channel (with each
    message's number: `Publisher.post` `once=`), which the platform enforces for a few
    minutes: `/post` run again after a failure part-way posts only what did not go out
    (short: a nonce is 25 characters at most)."""
    digest = hashlib.blake2s(f"{briefing_id}:{part}".encode(), digest_size=8).hexdigest()
    return f"p{digest}"
