"""A link's notes and a name run into a paragraph, told by their form (round 47).

- A screen reader's note left where a link was: "... Lobster Association (opens in a new
  tab), said ...", "(opens in new window)", "(link is external)". Publishing tools print it
  after each outside link; a sentence never says it.
- A pointer to the rest of another story after the paragraph's last sentence, with the time
  the story was posted: "... is taking place. more, >>click to read<< 07:07". An aggregator
  prints its excerpt of another outlet's story so, and the arrows say it is a link.
- A name run on after the last sentence's stop with no space: "... across the hill
  districts.Kedar Shiwakoti". The writer's or the photographer's name printed under a
  standfirst; a sentence's next word is set after a space. A name the line already holds
  before its stop ("Jane Roe Jane Roe presenting ... camera.Jane Roe") is a caption's
  credit printed beside its subject, a caption whole: left to the caption checks.
"""

from __future__ import annotations

import re

__all__ = ["strip_link_notes"]

_TAB_NOTE = re.compile(
    r"\s?\((?:opens|open|opening) in (?:a )?new (?:tab|window)\)|\s?\(link is external\)",
    re.IGNORECASE,
)
_READ_ON = re.compile(
    r"(?<=[.!?\"”’])\s+(?:more,?\s*)?>{1,3}\s?(?:click to read|read more|continue reading)\s?<{1,3}"
    r"(?:\s\d{1,2}:\d\d)?$",
    re.IGNORECASE,
)
# "districts.Kedar Shiwakoti": two or three capitalised words right after a stop that ends a
# lowercase word ("Mrs.", "Dr." are a title's stops: not read).
_GLUED_NAME = re.compile(r"(?<=[a-z]{2}[.!?])(?<!Mrs\.)[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$")
_MIN_KEPT = 40  # the paragraph left must still be one


def strip_link_notes(line: str) -> str:
    """ "... Association (opens in a new tab), said ..." -> "... Association, said ...";
    "... taking place. more, >>click to read<< 07:07" -> "... taking place."; "... hill
    districts.Kedar Shiwakoti" -> "... hill districts."."""
    line = _TAB_NOTE.sub("", line)
    match = _READ_ON.search(line)
    if match is not None and match.start() >= _MIN_KEPT:
        line = line[: match.start()].rstrip()
    match = _GLUED_NAME.search(line)
    if (
        match is not None
        and match.start() >= _MIN_KEPT
        and match.group() not in line[: match.start()]
    ):
        line = line[: match.start()]
    return line
