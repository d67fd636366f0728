"""A transcript's or quotes sheet's turn printed without quotation marks: a paragraph that
opens with who speaks, a colon and their words ("Steve Downie, Canada: I never even
envisioned this.", "BRIAN CONKLIN:  Probably about halfway through.", "Al-Gharib: They
were positive."). The words are the speaker's own, as surely as if they were marked; the
turn is theirs only when the label stands for exactly one person the page names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.article import Block
from bot.authoring.side_colon import plain_name, side_when_free

__all__ = ["LINE_HOW", "line_turns", "sheet_names"]

LINE_HOW = "the speaker line it opens with"

# The label: "Mr. Taro Kono, Minister for Foreign Affairs", "Kyle Chipchura, Canada",
# "BRIAN CONKLIN", "Al-Gharib"; then a colon and words that open with no quotation mark.
_LABEL = re.compile(
    r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\w'’-]*(?: [A-Z][\w'’.-]*){0,3})"
    r"(?:,\s+(?P<side>[A-Z][^:“”\"‘’.;]{0,60}))?:\s+(?P<words>[^\s“”\"‘’'].*)",
    re.S,
)
_HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Dr)\.? ")
_MIN_WORDS = 5  # "Key points: ...", "Photo: Reuters": a turn says a sentence or more
_SHEET_LINES = 2  # a quotes sheet prints two speakers' lines or more


def _label(text: str) -> tuple[str, str | None, str] | None:
    """(name as printed without honorific, side or None, words) of a speaker line."""
    match = _LABEL.match(text)
    if match is None:
        return None
    words = match.group("words").strip()
    if len(words.split()) < _MIN_WORDS:
        return None
    side = match.group("side")
    if side is not None and not side_when_free(side):
        return None  # a dateline: "Colombo, Feb 21: Justifying the remark, ..."
    name = _HONORIFIC.sub("", match.group("name"), count=1)
    return name, side, words


def _titled(name: str) -> str:
    """A label in capitals written as a name ("BRIAN CONKLIN" -> "Brian Conklin")."""
    if not name.isupper():
        return name
    return " ".join(w.capitalize() for w in name.split())


def sheet_names(blocks: Sequence[Block]) -> dict[int, tuple[str, str | None]]:
    """Block number -> (the person's name, their side or None) of each line of a quotes
    sheet: two lines or more that open "Given Surname, Side:" or "GIVEN SURNAME:" with
    unmarked words, each naming a person (no body's, role's or place's word: "THE
    MODERATOR:" is no one)."""
    found: dict[int, tuple[str, str | None]] = {}
    for block in blocks:
        label = _label(block.text)
        if label is None:
            continue
        name, side, _ = label
        if side is None and not name.isupper():
            continue  # "Chris Froome: ..." alone may be a subheading's summary
        titled = _titled(name)
        if 2 <= len(titled.split()) <= 3 and plain_name(titled):
            found[block.number] = (titled, side.strip() if side else None)
    return found if len(found) >= _SHEET_LINES else {}


def line_turns(
    blocks: Sequence[Block], forms: dict[str, list[str]], places: frozenset[str] = frozenset()
) -> dict[int, tuple[str, str]]:
    """Block number -> (person key, words) of each speaker line whose label is one known
    person's name or short form (compared without case: "AL-GHARIB", "al-Gharib"); a
    label two people share, or nobody the page names ("WIN:", "Q:"), gives no turn; nor
    does a lone label in capitals, a dateline's place ("UPPER KOHISTAN: A man ...")
    unless the page prints two such speakers' lines."""
    sheet = sheet_names(blocks)
    places = frozenset(p.casefold() for p in places)
    folded: dict[str, set[str]] = {}
    for form, keys in forms.items():
        folded.setdefault(form.casefold(), set()).update(keys)
    turns: dict[int, tuple[str, str]] = {}
    for block in blocks:
        label = _label(block.text)
        if label is None:
            continue
        name, _, words = label
        if (name.isupper() and block.number not in sheet) or name.casefold() in places:
            continue
        meant = folded.get(name.casefold(), set())
        if len(meant) == 1:
            turns[block.number] = (next(iter(meant)), words)
    return turns
