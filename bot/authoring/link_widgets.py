"""The page's links and their labels, told by a line's form and its neighbours.

- A share row in lowercase that names two networks or feeds, its words run together when
  the icons went ("rss feedemail usour twitterour facebook page"): a headline is not all
  lowercase.
- Skip links run together ("Skip to main content Skip to site footer").
- A pointer to a gallery or a player ("Click to view (18 Photos)"), a sponsor's credit
  ("Brought to you by ..."), a player's prompt to the reader ("Listen to this episode here,
  and find the link for your podcast player here.").
- A share or chat prompt ("Share This On:", "Add Nordland News on WhatsApp +47 ..."),
  the site's description of its news, cut short ("Read all latest news headlines from ...").
- A line led by an arrow ("➤ Click here to follow ...") is judged without its arrow.
- Labels whose links were lost: two or more short labels with a colon in a row
  ("Subjects:", "Places:", "Photo Gallery:"); a label introduces what follows it, and a
  label cannot introduce another label.
- Another story's headline under a lone "Read also" label: one line, no final stop, no
  sentence inside, not a list item (a list under the label is `page_widgets`' to judge).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["flag_empty_labels", "flag_headline_under_label", "is_link_widget", "without_pointer"]

_NETWORK = re.compile(
    r"rss|e-?mail|twitter|facebook|pint(?:e)?rest|linke?din|instagram|youtube|whatsapp"
    r"|telegram|tiktok"
)
_MAX_ROW_WORDS = 12
_SKIP_LINKS = re.compile(
    r"^(?:skip to (?:the )?(?:main |primary |site )?(?:content|navigation|menu|footer|search)"
    r"\s*){2,}$",
    re.IGNORECASE,
)
_VIEW_POINTER = re.compile(
    r"^(?:click|tap) (?:here )?to (?:view|see|enlarge|open|play|watch)\b[^.!?]{0,60}$",
    re.IGNORECASE,
)
_SPONSOR = re.compile(r"^brought to you by\b.{1,300}$", re.IGNORECASE)
_PLAYER_PROMPT = re.compile(
    r"^listen\b[^.!?\"“”]{0,200}\b(?:your|our|us)\b[^\"“”]{0,200}$", re.IGNORECASE
)
_SHARE_ON = re.compile(
    r"^share (?:this|it)(?: (?:article|story|post|page))? (?:on|via|with)\b[^.!?]{0,40}:?$",
    re.IGNORECASE,
)
_CHAT_PROMPT = re.compile(
    r"^(?:add|follow|join) .{1,80}? on (?:whatsapp|telegram|signal|viber)\b", re.IGNORECASE
)
_US = re.compile(r"\b(?:us|our)\b", re.IGNORECASE)
_NEWS_DESCRIPTION = re.compile(
    r"^(?:read|get|find|stay) (?:all |the )?(?:latest|breaking|today'?s|top) "
    r"(?:news|headlines|updates)\b",
    re.IGNORECASE,
)
# "< Back to Stories", "‹ Back": a back link's arrow before a space (round 47; "«" only where
# no "»" closes it, a French quote's marks).
_POINTER = re.compile(r"^(?:[➤►▶→➜⇒☛👉]+\s*|[<‹←]+\s+|«\s+(?!.*»))")
_LABEL = re.compile(r"^[A-Z][\w’'&-]*(?: [\w’'&-]+){0,2}:$")
_TERMINAL = '.!?"”’…)'
_MAX_HEADLINE = 200
_MIN_HEADLINE_WORDS = 4
_SENTENCE_INSIDE = re.compile(r"[.!?] ")
_MIN_PROSE = 80


def is_link_widget(line: str) -> bool:
    """A share row or prompt, skip links, a gallery or player pointer, a sponsor's credit, the
    site's description of its news."""
    return bool(
        _share_row(line)
        or _SKIP_LINKS.match(line)
        or _VIEW_POINTER.match(line)
        or _SPONSOR.match(line)
        or _PLAYER_PROMPT.match(line)
        or _SHARE_ON.match(line)
        or _chat_prompt(line)
        or _news_description(line)
    )


def _chat_prompt(line: str) -> bool:
    """ "Add Nordland News on WhatsApp +47 ...; send us tips": the site's number or "us"
    (a sentence reporting the advice names neither)."""
    own = any(ch.isdigit() for ch in line) or _US.search(line) is not None
    return bool(_CHAT_PROMPT.match(line)) and own


def _news_description(line: str) -> bool:
    """ "Read all latest news headlines from ..., …": the site's description, cut short or
    unpunctuated; a sentence reporting the imperative ends with its stop."""
    cut = line.endswith(("…", "..."))
    return bool(_NEWS_DESCRIPTION.match(line)) and (cut or line[-1:] not in _TERMINAL)


def _share_row(line: str) -> bool:
    if line != line.lower() or line[-1:] in _TERMINAL or len(line.split()) > _MAX_ROW_WORDS:
        return False
    return len(set(_NETWORK.findall(line))) >= 2


def without_pointer(line: str) -> str:
    """ "➤ Click here to follow ..." -> "Click here to follow ..."."""
    return _POINTER.sub("", line, count=1)


def flag_empty_labels(lines: Sequence[str], flags: list[bool]) -> None:
    """Short labels with a colon standing one over another: each lost what it labeled."""
    for i in range(len(lines) - 1):
        if _LABEL.match(lines[i]) and _LABEL.match(lines[i + 1]):
            flags[i] = flags[i + 1] = True


def _prose(line: str) -> bool:
    """A paragraph of the story: long, ending its sentence."""
    return len(line) > _MIN_PROSE and line.rstrip("\"”’')")[-1:] in ".!?"


def flag_headline_under_label(
    lines: Sequence[str],
    flags: list[bool],
    bullets: Sequence[bool],
    is_label: Callable[[str], bool],
) -> None:
    """ "Read also", then one headline-shaped paragraph, below a paragraph of the story:
    another story's link (on top, "Top News" over the page's own headline is the site's
    section)."""
    story_above = False
    for i in range(len(lines) - 1):
        nxt = lines[i + 1]
        story_above = story_above or (i > 0 and not flags[i - 1] and _prose(lines[i - 1]))
        if not story_above or not is_label(lines[i].strip()) or bullets[i + 1] or not nxt:
            continue
        headline = (
            len(nxt) <= _MAX_HEADLINE
            and nxt[-1] not in _TERMINAL
            and len(nxt.split()) >= _MIN_HEADLINE_WORDS
            and not _SENTENCE_INSIDE.search(nxt)
            and not any(mark in nxt for mark in '"“”')
        )
        if headline:
            flags[i] = flags[i + 1] = True
