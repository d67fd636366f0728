"""The page's labels run into a line of text, told by their fixed words.

- A related-reading label run into the story's first sentence ("Related Stories The
  council has ..."): the widget's heading lost its line break; no sentence opens with
  "Related Stories" and a capital.
- A copyright notice in brackets run onto the story's last sentence ("... on Sunday.
  <Copyright © Daily Nordland, no reproduction>", the Korean sites' "<저작권자 ⓒ ... 무단전재 및
  재배포 금지>"): the site's footer, after the story's last stop.
- A "Read More" button after another story's headline on a listing page ("Council Opens
  New Library Read More"): a link to the story, not a heading of this one.
"""

from __future__ import annotations

import re

__all__ = ["is_read_more_link", "strip_glued_labels"]

_RELATED_LEAD = re.compile(
    r"^(?:Related (?:Stories|Articles|Posts|News)|RELATED (?:STORIES|ARTICLES|POSTS|NEWS))"
    r":?\s+(?=[A-Z“\"])"
)
_SENTENCE_END = '.!?"”’'
_MIN_SENTENCE = 60  # what follows the label must be a whole sentence of the story
_COPYRIGHT_TAIL = re.compile(
    r"(?<=[.!?\"”’])\s*[<\[(【〈《][^<>\[\]()【】〈〉《》]{0,60}[©ⓒ]"
    r"[^<>\[\]()【】〈〉《》]{0,80}[>\])】〉》]$"
)
_MIN_KEPT = 40
_READ_MORE_LINK = re.compile(
    r"^[^\"“”]{10,200}?[^\s.!?:;,\"“”]\s+(?:Read [Mm]ore|READ MORE)\s?(?:»|›|→|\.{3}|…)?$"
)


def strip_glued_labels(line: str) -> str:
    """ "Related Stories The council has ..." -> "The council has ..."; "... on Sunday.
    <Copyright © Daily Nordland>" -> "... on Sunday."."""
    lead = _RELATED_LEAD.match(line)
    if lead:
        rest = line[lead.end() :]
        if len(rest) >= _MIN_SENTENCE and rest.rstrip()[-1:] in _SENTENCE_END:
            line = rest
    tail = _COPYRIGHT_TAIL.search(line)
    if tail and tail.start() >= _MIN_KEPT:
        line = line[: tail.start()]
    return line


def is_read_more_link(line: str) -> bool:
    """ "Council Opens New Library Read More": a listed story's headline with its button."""
    return _READ_MORE_LINK.match(line) is not None
