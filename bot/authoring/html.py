"""HTML to Markdown-ish lines (`# heading`, `- item`, paragraphs), with lxml's parser.

libxml2's HTML parser runs in time linear in its input, recovers from any malformed markup
and limits nesting depth, so hostile HTML cannot make the draft hang (the standard library's
HTMLParser is quadratic on some inputs: 160 KB took 12 s). The walk over the tree is
iterative, never recursive.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree
from lxml import html as lxml_html

__all__ = ["html_to_markdown"]

# fmt: off
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr",
    "section", "article", "header", "figure",
})
_SKIP_TAGS = frozenset({
    "script", "style", "nav", "footer", "aside", "form", "noscript", "svg", "head",
    "template", "iframe", "button", "figcaption", "select", "option",
})
# fmt: on
# Page furniture named by its markup: class="image-caption", id="related-stories" ...
_CLUTTER_CLASSES = frozenset(
    {"caption", "credit", "credits", "byline", "related", "share", "sharing", "social"}
    | {"newsletter", "advert", "advertisement", "ad", "ads", "promo", "breadcrumb"}
    | {"breadcrumbs", "comments", "subscribe", "cookie", "cookies", "timestamp"}
)
_CLASS_SPLIT = re.compile(r"[\s_-]+")


_SMALL = 200  # nodes: furniture is small; a page's wrapper may carry a "share" class too


def _marked_clutter(el: etree._Element) -> bool:
    """A small element whose class or id names page furniture ("article-caption", "ad-slot"),
    never one holding paragraphs of the story (looked at in bounded time)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".casefold()
    if not names.strip() or _CLUTTER_CLASSES.isdisjoint(_CLASS_SPLIT.split(names)):
        return False
    inside = list(islice(el.iter(), _SMALL + 1))
    return len(inside) <= _SMALL and sum(1 for node in inside if node.tag == "p") < 2


class _Lines:
    """Collects text runs and flushes them into lines at block boundaries."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines += [self.prefix + text, ""]
        self.current = []
        self.prefix = ""

    def open_block(self, tag: str) -> None:
        self.flush()
        if tag[0] == "h" and tag[1:].isdigit():
            self.prefix = "#" * int(tag[1:]) + " "
        elif tag == "li":
            self.prefix = "- "


def _parse(text: str) -> etree._Element | None:
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml_html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None  # an empty document


def html_to_markdown(text: str) -> tuple[str, str | None]:
    """The page's text as Markdown-ish lines, and its `<title>` (None when it has none)."""
    root = _parse(text)
    if root is None:
        return "", None
    title_el = root.find(".//title")
    title = " ".join((title_el.text_content() if title_el is not None else "").split()) or None
    out = _Lines()
    skipping = 0
    skipped: set[etree._Element] = set()
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP_TAGS or (tag and not skipping and _marked_clutter(el)):
                skipped.add(el)
                skipping += 1
            elif not skipping:
                if tag in _BLOCK_TAGS:
                    out.open_block(tag)
                out.add(el.text)
            continue
        if el in skipped:
            skipping -= 1
        elif not skipping and tag in _BLOCK_TAGS:
            out.flush()
        if not skipping:
            out.add(el.tail)
    out.flush()
    return "\n".join(out.lines), title
