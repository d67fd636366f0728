"""Read an article (plain text, Markdown or simple HTML) into a title and numbered blocks.

Every paragraph and every bullet item gets a number, counted from the first paragraph after
the title and skipping headings, so a reviewer can find "paragraph 7" in the article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from bot.authoring.caps_role_heading import caps_role_heading
from bot.authoring.clutter import clutter_flags, strip_glued_credit
from bot.authoring.doubled_marks import single_double_marks
from bot.authoring.furniture import headline_cell, label_cells_over
from bot.authoring.hidden_addresses import without_email_placeholder
from bot.authoring.html import html_to_markdown
from bot.authoring.kickers import kicker_over_headline
from bot.authoring.name_lines import turn_names
from bot.authoring.name_role_line import name_role_line
from bot.authoring.page_labels import is_name_label, is_site_name
from bot.authoring.text import normalise, truncate
from bot.authoring.title_crumbs import headline_after_crumbs

__all__ = ["UNTITLED", "Article", "Block", "Section", "read_article", "readable_text"]

UNTITLED = "Untitled article"
"""The title of an article whose text has no headline the drafter can read."""

BlockKind = Literal["paragraph", "bullet"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph or bullet item of the article body."""

    number: int
    kind: BlockKind
    text: str
    section: int
    # A lone name line right above a paragraph that opens with a quote, dropped as a label
    # ("Britney Gordon"): a transcript's speaker over the turn (see `name_lines`).
    name_above: str | None = None


@dataclass(slots=True)
class Section:
    """A heading (or the untitled opening) and the blocks under it."""

    title: str | None
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """An article split into a title, an optional byline and date, and numbered blocks."""

    title: str
    byline: str | None = None
    published: dt.date | None = None
    sections: list[Section] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # dropped clutter, for full names

    @property
    def blocks(self) -> list[Block]:
        """Every paragraph and bullet item, in order."""
        return [b for s in self.sections for b in s.blocks]


_LOOKS_HTML = re.compile(r"<(?:!doctype|html|body|p|h[1-6]|article|div)\b", re.IGNORECASE)


# --- Markdown and plain text ------------------------------------------------------------

_ATX = re.compile(r"^(#{1,6})\s+(.*)$")
_SETEXT = re.compile(r"^(=+|-+)$")
_BULLET = re.compile(r"^(?:[-*+•·▪◦‣–—]|\d{1,3}[.)])\s+(.*)$")
_RULE = re.compile(r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)([^*`\n]{1,300}?)(?<=\S)\1")
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,500}>")
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,6}$", re.I)
_FRONT_KEY = re.compile(r"^(title|date|published|author|byline):\s*(.*)$", re.IGNORECASE)
_TERMINAL = '.!?,;:"”’)…'
_JUNK = re.compile(
    r"^(?:leave a comment|share(?: this)?|advertisement|related(?: articles| stories)?|"
    r"read more|comments?|sign up.*|subscribe.*|follow us.*)$",
    re.IGNORECASE,
)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted)[:\s]+)?(?:\w+day,?\s+)?"
    rf"(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<mdy>(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}})|"
    rf"(?P<dmy>\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}))\.?$",
    re.IGNORECASE,
)


# "Storms forecast for the coast as ...": a headline the page cut off with a spaced ellipsis.
_CUT_HEADLINE = re.compile(r"\w (?:\.{3}|…)$")
# "CBC? Not for me! - Macleans.ca", "Flood warning | Example News", "... – Jamaica Star
# Online": the site's name.
_MAX_TITLE_WORDS = 20
_MAX_NAME_LABELS = 4  # "General", "Committees", "Teams", "Matches": a menu over the story
_SENTENCE_ENDS = ".,;:!?\"”’')…"
_SITE_SUFFIX = re.compile(
    r"\s[-|–—]\s(?:[\w-]+\.(?:com|ca|co\.uk|org|net|news|com\.au|ie|in)|"
    r"(?:[A-Z][\w&'’.-]* ){0,3}(?:News|Times|Post|Herald|Tribune|Journal|Gazette|Online|Star|"
    r"Observer|Gleaner|Standard|Express|Mail|Inquirer|Courier|Chronicle|Telegraph|Guardian|"
    r"Independent|Bulletin|Mirror|Record))$"
)


def _inline(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _TAG.sub("", text)
    return " ".join(text.split())


def _parse_date(line: str) -> dt.date | None:
    match = _DATE_LINE.match(line.strip())
    if match is None:
        return None
    raw = next(v for v in match.groupdict().values() if v)
    raw = raw.replace(",", "")
    for fmt in ("%Y-%m-%d", "%B %d %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def _looks_like_heading(line: str) -> bool:
    """A plain-text heading: one short line, no closing punctuation, mostly capitalised."""
    words = line.split()
    if not words or len(words) > 12 or len(line) > 100 or line[-1] in _TERMINAL:
        return False
    if name_role_line(line) is not None or caps_role_heading(line) is not None:
        return False  # "Ox Nche, prop": a speaker heading over the quotes, kept as a paragraph
    if not line[0].isupper() or line[0] in "\"“‘'":
        return False
    big = [w for w in words if len(w) > 3]
    capital = sum(1 for w in big if w[0].isupper())
    return len(words) <= 5 or not big or capital / len(big) >= 0.6


@dataclass(slots=True)
class _Raw:
    kind: Literal["heading", "paragraph", "bullet"]
    text: str
    level: int = 0
    single_line: bool = True
    name_above: str | None = None


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if len(lines) < 2 or lines[0].strip() != "---":
        return {}, lines
    for i in range(1, min(len(lines), 60)):
        if lines[i].strip() in ("---", "..."):
            meta: dict[str, str] = {}
            for line in lines[1:i]:
                m = _FRONT_KEY.match(line.strip())
                if m:
                    meta[m.group(1).casefold()] = m.group(2).strip().strip("\"'")
            return meta, lines[i + 1 :]
    return {}, lines


def _hard_wrapped(lines: list[str]) -> bool:
    """Paragraphs wrapped over several lines: blank lines between them, short lines inside.

    Copied web pages put one paragraph on each (long) line, sometimes with no blank line
    between them, sometimes with: either way each line is a paragraph of its own.
    """
    filled = [line for line in lines if line]
    if len(filled) == len(lines) or not filled:
        return False
    long_lines = sum(1 for line in filled if len(line) > 100)
    return long_lines <= len(filled) // 10


def _raw_blocks(lines: list[str]) -> list[_Raw]:
    """Group lines into headings, bullet items and paragraphs."""
    blank_separated = _hard_wrapped(lines)
    out: list[_Raw] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            text = _inline(" ".join(para))
            if text:
                out.append(_Raw("paragraph", text, single_line=len(para) == 1))
            para.clear()

    for line in lines:
        stripped = line.strip()
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
        if not stripped:
            flush()
            continue
        if _SETEXT.match(stripped) and len(para) == 1:
            title = _inline(para[0])
            para.clear()
            if title:
                out.append(_Raw("heading", title, 1 if stripped[0] == "=" else 2))
            continue
        if _RULE.match(stripped):
            flush()
            continue
        atx = _ATX.match(stripped)
        if atx:
            flush()
            title = _inline(atx.group(2).rstrip("# "))
            if title:
                out.append(_Raw("heading", title, len(atx.group(1))))
            continue
        bullet = _BULLET.match(stripped)
        if bullet:
            flush()
            text = _inline(bullet.group(1))
            if text:
                out.append(_Raw("bullet", text))
            continue
        if caps_role_heading(stripped) is not None:
            flush()  # "HEAD COACH Tom Penders" over its first topic line: a line of its own
            para.append(stripped)
            flush()
            continue
        para.append(stripped)
        if not blank_separated:
            flush()
    flush()
    return out


def _without_clutter(
    raws: list[_Raw],
) -> tuple[list[_Raw], str | None, dt.date | None, list[str]]:
    """Drop captions, credits, bylines, timestamps and page chrome (see `clutter`).

    Returns the paragraphs kept, the byline and date found near the top (if any), and the
    lines dropped (captions name people in full: "press secretary Sean Spicer").
    """
    for raw in raws:
        raw.text = strip_glued_credit(raw.text)
    flags = clutter_flags(
        [r.text for r in raws],
        [r.kind == "paragraph" for r in raws],
        [r.kind == "bullet" for r in raws],
    )
    _keep_speaker_headings(raws, flags)
    for i, name in turn_names([r.text for r in raws], flags).items():
        raws[i].name_above = name
    top_clutter = [r.text for r, f in zip(raws[:12], flags[:12], strict=True) if f]
    byline = next((t[3:].strip() for t in top_clutter if _BYLINE.match(t)), None)
    date = next((d for t in top_clutter if (d := _parse_date(t)) is not None), None)
    kept = [raw for raw, flag in zip(raws, flags, strict=True) if not flag and raw.text]
    for raw in kept:
        raw.text = without_email_placeholder(raw.text)  # a hidden address's placeholder
    dropped = [r.text[:300] for r, f in zip(raws, flags, strict=True) if f and r.text][:50]
    return kept, byline, date, dropped


def _keep_speaker_headings(raws: list[_Raw], flags: list[bool]) -> None:
    """A quotes sheet's speaker heading ("HEAD COACH Tom Penders") is the figure over the
    answers below it, never page chrome; so is the short topic line right under it
    ("Opening statement:"), which carries the heading on to the first answer."""
    for i, raw in enumerate(raws):
        if raw.kind != "paragraph" or caps_role_heading(raw.text) is None:
            continue
        flags[i] = False
        below = raws[i + 1].text if i + 1 < len(raws) else ""
        if below.endswith(":") and len(below.split()) <= 8 and not _QUOTE_MARK.search(below):
            flags[i + 1] = False


_QUOTE_MARK = re.compile(r"[“”\"«»]")


def _title_line(raw: _Raw, kind: str) -> bool:
    """A heading, or a paragraph that may be the headline: short, and open (no sentence's
    stop) or cut off; a longer line is the story's first sentence."""
    if raw.kind != kind:
        return False
    line = raw.text
    open_line = line[-1:] not in ".,;:" or _CUT_HEADLINE.search(line) is not None
    return kind == "heading" or (
        len(line) <= 200 and len(line.split()) <= _MAX_TITLE_WORDS and open_line
    )


def _top_title(raws: list[_Raw], kind: str, dropped: list[str]) -> str:
    """The headline, taken off the top of `raws` when the first line is one of `kind`. An
    unmarked line of a name only ("Inside PNG", "Education") or the site's own name ("Local
    News for Nordland", "Government of Nordland") is the site's or a section's label,
    dropped (into `dropped`, with the page's other labels); under it only a line that ends
    with no stop or mark at all is the headline, not the story's first sentence, unless the
    page prints that line twice."""
    for n in range(_MAX_NAME_LABELS):
        doubled = kind == "paragraph" and bool(raws) and _printed_twice(raws[0], dropped)
        if not raws or not (_title_line(raws[0], kind) or doubled):
            return ""
        if n and raws[0].text[-1:] in _SENTENCE_ENDS and not doubled:
            return ""
        below = raws[1].text if len(raws) > 1 else ""
        label = is_name_label(raws[0].text) or is_site_name(raws[0].text)
        label = label or label_cells_over(raws[0].text, below)
        label = label or kicker_over_headline(raws[0].text, below)
        if kind == "heading" or not label:
            return raws.pop(0).text
        dropped.append(raws.pop(0).text)
    return ""


def _printed_twice(raw: _Raw, dropped: list[str]) -> bool:
    """A short line on top that the page prints again (the copy dropped as clutter): the
    headline shown twice, even when it ends with a stop."""
    short = len(raw.text) <= _MAX_DOUBLED_TITLE and len(raw.text.split()) <= _MAX_TITLE_WORDS
    return raw.kind == "paragraph" and short and raw.text in dropped


_MAX_DOUBLED_TITLE = 120


_HEADLINE_WORD = re.compile(r"[\w'’]+")
_MIN_RETOLD_WORDS = 6
_MAX_RETOLD_CHANGES = 2


def _same_headline(line: str, title: str) -> bool:
    """The headline again under the title, as printed or told once more with a word or two
    changed ("..., Coach Still Not Satisfied" over "..., But Coach Still Not Satisfied"):
    the page's second headline, not the story (which opens with a sentence's stop)."""
    if line.casefold() == title.casefold():
        return True
    words = _HEADLINE_WORD.findall(line.casefold())
    told = _HEADLINE_WORD.findall(title.casefold())
    if min(len(words), len(told)) < _MIN_RETOLD_WORDS or line[-1:] in _SENTENCE_ENDS:
        return False
    changes = len(set(words) ^ set(told))
    return changes <= _MAX_RETOLD_CHANGES and len(words) - len(told) in (-2, -1, 0, 1, 2)


def readable_text(text: str) -> str:
    """The words a reader sees: a page's text without its markup, scripts and head (as
    `read_article` reads it), other text as it is."""
    text = normalise(text)
    return html_to_markdown(text)[0] if _LOOKS_HTML.search(text[:5000]) else text


def read_article(text: str, headline: str | None = None) -> Article:
    """Split an article into its title and numbered paragraphs under their headings.

    `headline` is one a person typed apart from the text (the paste box's Headline): it is
    the title, whatever the text's top lines are, and a copy of it there is skipped."""
    text = normalise(text)
    html_title: str | None = None
    if _LOOKS_HTML.search(text[:5000]):
        text, html_title = html_to_markdown(text)
        text = normalise(text)
    text = single_double_marks(text)  # ``last resort'', ‘‘very unfair’’
    meta, lines = _front_matter(text.split("\n"))
    raws, byline, date_line, dropped = _without_clutter(_raw_blocks(lines))

    typed = " ".join((headline or "").split())
    if typed and raws and _same_headline(raws[0].text, typed):
        raws.pop(0)
    title = typed or meta.get("title") or _top_title(raws, "heading", dropped)
    title = title or html_title or _top_title(raws, "paragraph", dropped)
    title = headline_cell(_SITE_SUFFIX.sub("", headline_after_crumbs(title))) or typed
    article = Article(title=truncate(title, 240) if title else UNTITLED)
    article.captions = dropped
    article.byline = meta.get("author") or meta.get("byline") or byline
    if meta.get("date") or meta.get("published"):
        article.published = _parse_date(meta.get("date") or meta.get("published") or "")
    article.published = article.published or date_line

    # Drop a repeated title, and pick a byline and a date line from the top.
    skip = 0
    while skip < min(len(raws), 3) and title and _same_headline(raws[skip].text, title):
        skip += 1
    for _ in range(3):
        if skip >= len(raws) or raws[skip].kind != "paragraph" or len(raws[skip].text) > 120:
            break
        first = raws[skip].text
        if _BYLINE.match(first) and article.byline is None:
            article.byline = truncate(first[3:].strip(), 240)
        elif (date := _parse_date(first)) is not None and article.published is None:
            article.published = date
        else:
            break
        skip += 1
    raws = raws[skip:]

    # Plain-text headings: a short capitalised line followed by more text; only when the
    # article marks no heading of its own.
    if not any(raw.kind == "heading" for raw in raws):
        candidates = [
            raw.kind == "paragraph" and raw.single_line and _looks_like_heading(raw.text)
            for raw in raws
        ]
        for i, raw in enumerate(raws):
            # A heading has text under it: not the last line, not followed by another one.
            if candidates[i] and i + 1 < len(raws) and not candidates[i + 1]:
                raw.kind = "heading"

    grouped: list[tuple[str | None, list[_Raw]]] = [(None, [])]
    for raw in raws:
        if raw.kind == "heading":
            grouped.append((truncate(raw.text, 240), []))
        elif not _JUNK.match(raw.text):
            grouped[-1][1].append(raw)
    number = 0
    for heading, members in grouped:
        if not members:
            continue
        section = Section(heading)
        for raw in members:
            number += 1
            kind: BlockKind = "bullet" if raw.kind == "bullet" else "paragraph"
            section.blocks.append(
                Block(number, kind, raw.text, len(article.sections), raw.name_above)
            )
        article.sections.append(section)
    return article
