"""A story's list at the page's foot, under the sentence that announces it.

"The 18 ministers the opposition accused of staying away were:", then one "Name, Office"
a line; "The latest data for the longest waits shows:", then one "Board: 1,168" a line;
"Also during the meeting, council:", then one "Approved ...;" a line (a meeting's
decisions). The lines are short and have no stop, the form of the links the page prints
under a story, but the sentence ending in a colon says they are the story's: the people,
the figures or the decisions it names. A page's own lead-in speaks to the reader ("You may
also like:", "Watch the full press conference below:", "Find related news in:") or is a
label of a few words ("Related stories:"), and its lines are headlines, not names with an
office, labels with a figure or clauses of a meeting's decisions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import words

__all__ = ["story_list"]

_MIN_LEAD_WORDS = 5
_MIN_ITEMS = 3
_MAX_ITEM_WORDS = 12
_TO_THE_READER = words("you your yours we our us i my")
_PAGE_VERBS = words(
    "watch read see find stay click follow sign subscribe listen check get join share"
    " download visit here more related"
)
_WORD = re.compile(r"[\w’']+")
# "Jason Roe, Minister of Energy", "Jo Lee, Associate Minister of Red Tape"
_NAME_AND_OFFICE = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}, [A-Z][\w’']")
# "Cwm Taf: 1,168", "Powys: 0"
_LABEL_AND_FIGURE = re.compile(r"^[A-Z][^:.!?]{0,50}: [$£€]?\d[\d,.]*%?$")
# "Approved the final plat of Hunter’s Hill, Phase 4;": a decision, its verb in the past,
# closed by a semicolon (the last one may close with a stop, and then stays anyway).
_DECISION = re.compile(r"^[A-Z][a-z]{2,}ed [^;]{3,400};(?: and)?$")


def _lead_in(line: str) -> bool:
    """A sentence of the story's that ends in a colon: "... were:", "... shows:"."""
    if not line.endswith(":") or not line[:1].isupper():
        return False
    found = [w.casefold() for w in _WORD.findall(line)]
    return (
        len(found) >= _MIN_LEAD_WORDS
        and found[0] not in _PAGE_VERBS
        and not any(w in _TO_THE_READER for w in found)
    )


def _item(line: str) -> bool:
    short = len(line.split()) <= _MAX_ITEM_WORDS and line[-1:] not in ".!?"
    listed = _NAME_AND_OFFICE.match(line) or _LABEL_AND_FIGURE.match(line)
    return bool(short and listed) or bool(_DECISION.match(line))


def story_list(lines: Sequence[str], flags: Sequence[bool]) -> set[int]:
    """The indices of the last story's list on the page and its lead-in: at least three
    items of one form under the lead-in (lines flagged on their own, an advertisement's
    label, may stand between them); empty when there is none."""
    for start in range(len(lines) - 1, -1, -1):
        if flags[start] or not _lead_in(lines[start]):
            continue
        items: list[int] = []
        for j in range(start + 1, len(lines)):
            if _item(lines[j]) and not flags[j]:
                items.append(j)
            elif lines[j] and not flags[j]:
                break
        if len(items) >= _MIN_ITEMS and _one_form([lines[j] for j in items]):
            return {start, *items}
    return set()


def _one_form(items: Sequence[str]) -> bool:
    """Every item a name with an office, every item a label with a figure, or every item a
    decision."""
    return any(all(form.match(x) for x in items) for form in _FORMS)


_FORMS = (_NAME_AND_OFFICE, _LABEL_AND_FIGURE, _DECISION)
