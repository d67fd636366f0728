"""A transcript's speaker printed on a line of its own, the words under it with no marks:
"District Attorney Paul Howard: (00:25)" or "Virat Kohli:" over "So we have decided to
issue warrants today." The line names one person the page names (a post may stand before
the name); the paragraph under it, a sentence or more opening with no mark, is their turn."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.authoring.article import Block

__all__ = ["heading_turns"]

# The name's words at the line's end, after up to four words of a post; a colon; then
# nothing or a time stamp ("(00:25)", "01:13:09").
_HEADING = re.compile(
    r"^(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,6}):\s*"
    r"(?:\(?\d{1,2}:\d\d(?::\d\d)?\)?)?\s*$"
)
# The paragraph under it is itself a label's line ("THE MODERATOR:  We'll start ...").
_NEXT_LABEL = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}(?:,\s+[^:]{1,60})?[.:]\s")
_OPENS_MARKED = re.compile(r"^[\"“”„«»‘'’]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*$")
_MIN_WORDS = 5


def _person(label: str, folded: dict[str, set[str]]) -> tuple[str, str] | None:
    """(key, name as printed) of the one person the label's last two words or more name
    ("District Attorney Paul Howard" -> Paul Howard), trying the longest tail first."""
    words = label.split()
    for start in range(len(words) - 1):
        name = " ".join(words[start:])
        meant = folded.get(name.casefold(), set())
        if meant:
            return (next(iter(meant)), name) if len(meant) == 1 else None
    return None


def _named_elsewhere(name: str, blocks: Sequence[Block]) -> bool:
    """Whether a paragraph that is no speaker's line names the person ("Fulton County
    District Attorney Paul Howard held a press conference"): a menu's "Our Clients:" or a
    section's "Victorian Roundup:" is named nowhere else."""
    return any(name in b.text and not _HEADING.match(b.text.strip()) for b in blocks)


def heading_turns(
    blocks: Sequence[Block], forms: dict[str, list[str]]
) -> dict[int, tuple[str, str]]:
    """Block number -> (person key, words) of each paragraph right under a speaker's own
    line."""
    folded: dict[str, set[str]] = {}
    for form, keys in forms.items():
        folded.setdefault(form.casefold(), set()).update(keys)
    turns: dict[int, tuple[str, str]] = {}
    for above, block in pairwise(blocks):
        match = _HEADING.match(above.text.strip())
        if match is None or block.kind != "paragraph" or block.section != above.section:
            continue
        person = _person(match.group("label"), folded)
        text = block.text.strip()
        if person is None or not _named_elsewhere(person[1], blocks):
            continue
        if _OPENS_MARKED.match(text) or _HEADING.match(text) or _NEXT_LABEL.match(text):
            continue
        if len(text.split()) >= _MIN_WORDS and _SENTENCE_END.search(text):
            turns[block.number] = (person[0], text)
    return turns
