"""A transcript turn that runs over more than one paragraph: after a speaker line ("BRIAN
CONKLIN:  Super important. ...", "Mr David Neo: The Government invests in a few areas:"),
the paragraphs that follow with no label of their own ("I knew I could go back and play
defense.", "First, we give direct support to our athletes.") are the same person still
speaking, up to the next speaker's or question's line, a heading or a paragraph about the
speaker ("Kono said ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.article import Block

__all__ = ["turn_runs"]

# The next turn or question: "Q.  How important ...", "Question: Didn't you ...", "A: ...",
# "KWAMAIN MITCHELL:  They're ...", "Kyle Chipchura, Canada: ...".
_NEXT_LABEL = re.compile(
    r"^(?:(?:Q|A|QUESTION|ANSWER|Question|Answer)[.:]"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}(?:,\s+[^:]{1,60})?:)\s"
)
_OPENS_MARKED = re.compile(r"^[\"“”„«»‘'’]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*$")
_MIN_WORDS = 5


def _still_speaking(block: Block, section: int, own_forms: Sequence[str]) -> bool:
    """Whether `block` reads as more of the turn's words: a sentence or more in the same
    section, with no label, opening with no mark, never naming the speaker."""
    text = block.text.strip()
    if block.kind != "paragraph" or block.section != section:
        return False
    if _NEXT_LABEL.match(text) or _OPENS_MARKED.match(text):
        return False
    if len(text.split()) < _MIN_WORDS or not _SENTENCE_END.search(text):
        return False  # a heading ("Review Of Major Games Award Programme")
    folded = text.casefold()
    return not any(re.search(rf"\b{re.escape(f.casefold())}\b", folded) for f in own_forms)


def turn_runs(
    blocks: Sequence[Block],
    turns: dict[int, tuple[str, str]],
    forms: dict[str, list[str]],
) -> dict[int, tuple[str, str]]:
    """Block number -> (person key, words) of each paragraph that carries on a turn of
    `turns` (block number -> (person key, words)), as the same person's words."""
    own: dict[str, list[str]] = {}
    for form, keys in forms.items():
        for key in keys:
            own.setdefault(key, []).append(form)
    runs: dict[int, tuple[str, str]] = {}
    current: tuple[str, int] | None = None  # (speaker key, section) of the open turn
    for block in blocks:
        if block.number in turns:
            current = (turns[block.number][0], block.section)
            continue
        if current is None:
            continue
        key, section = current
        if _still_speaking(block, section, own.get(key, [])):
            runs[block.number] = (key, block.text.strip())
        else:
            current = None
    return runs
