"""Whether a labeled clutter string shows in a draft *as clutter*, not as the story's words.

The scorer (`bot.authoring.evaluate`) counts a labeled clutter string as leaked only where
it stands in the draft's visible places (the title, sections' titles and points, figures'
names and roles, questions' prompts, choices and answers) as clutter:

- it matches whole words (a label's text inside a longer word, "fa" in "rainfall", is no
  match; words glued without a space, "site.btaPoland", are two words);
- the match is a run *not inside a story sentence*: at an item's start or end, across two
  items, or cut off from the words around it by a break (`:`, `|`, a dash, a bullet, a full
  stop...); "By |" inside "followed by the outages" or "NEWS" inside "a news conference" is
  the story's own words;
- or it lies inside another of the page's clutter labels that counts (a byline inside a
  leaked caption);
- a figure's name counts unless a point names that person inside a sentence (then the figure
  is the story's person, whom a caption happened to name too).

A label of punctuation alone ("![]()") is looked for as printed. The rule was chosen from a
reading of every leak over the labeled sets (docs/drafting-rounds.md, fifty-fourth round, the
clutter count); `python -m benchmarks.clutter_leaks` lists each label whose words show in a
draft, where it lands and whether it counts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.authoring.draft import UNATTRIBUTED_ID

__all__ = ["Item", "leaked_labels", "visible_items", "where_shown"]

# A word: digits grouped by separators ("30,000", "1.5") are one word; otherwise a run of
# word characters, split where a lower-case letter runs into a capital ("btaPoland").
_WORD = re.compile(r"\d+(?:[.,]\d+)+|\w+")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Punctuation that ends a run of words: between a label and the words beside it, the label
# is not part of their sentence ("PUTRAJAYA (Jan 2): Dr ...", "... his ways. —A parent").
_BREAK = re.compile(r"[:|–—•»«!?;.\n]|\s-\s|^-|-$")


@dataclass(frozen=True, slots=True)
class Item:
    """One visible piece of a draft: where it is (title, section, point, name, role,
    prompt, choice, answer) and its text."""

    kind: str
    text: str


def visible_items(data: dict[str, Any]) -> list[Item]:
    """The draft's pieces where page clutter must not land: the title, sections' titles and
    points, figures' names and roles, and the questions."""
    items = [Item("title", str(data.get("title", "")))]
    for section in data.get("sections", []):
        items.append(Item("section", str(section.get("title", ""))))
        items += [Item("point", str(p)) for p in section.get("points", [])]
    for figure in data.get("figures", []):
        if figure["id"] != UNATTRIBUTED_ID:
            items.append(Item("name", str(figure.get("name", ""))))
            items.append(Item("role", str(figure.get("role", ""))))
    for question in data.get("questions", []):
        items.append(Item("prompt", str(question.get("prompt", ""))))
        items += [Item("choice", str(c)) for c in question.get("choices", [])]
        items.append(Item("answer", str(question.get("answer", ""))))
    return items


def _words(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) over NFKC text."""
    out = []
    for match in _WORD.finditer(text):
        start = match.start()
        for part in _GLUED.split(match.group()):
            if part.strip("_"):
                out.append(
                    (unicodedata.normalize("NFKC", part).casefold(), start, start + len(part))
                )
            start += len(part)
    return out


def _label_words(label: str) -> list[str]:
    return [w for w, _, _ in _words(unicodedata.normalize("NFKC", label))]


@dataclass(slots=True)
class _Stream:
    """Every item's words in one row; `joined[i]` says whether word i and word i+1 sit in
    one sentence (same item, nothing but spaces, commas, brackets or quotes between)."""

    words: list[str]
    item: list[int]
    joined: list[bool]


def _stream(items: Sequence[Item]) -> _Stream:
    stream = _Stream([], [], [])
    for index, item in enumerate(items):
        text = unicodedata.normalize("NFKC", item.text)
        words = _words(text)
        for n, (word, _, end) in enumerate(words):
            stream.words.append(word)
            stream.item.append(index)
            after = text[end : words[n + 1][1]] if n + 1 < len(words) else None
            stream.joined.append(after is not None and not _BREAK.search(after))
    return stream


def _spans(label: list[str], stream: _Stream) -> Iterable[tuple[int, int]]:
    size = len(label)
    for start in range(len(stream.words) - size + 1):
        if stream.words[start : start + size] == label:
            yield start, start + size - 1


def _inside_sentence(first: int, last: int, stream: _Stream) -> bool:
    """Whether words first..last sit inside one story sentence, joined on both sides."""
    if stream.item[first] != stream.item[last]:
        return False
    return (
        first > 0
        and stream.joined[first - 1]
        and stream.joined[last]
        and all(stream.joined[first:last])
    )


def leaked_labels(labels: Sequence[str], data: dict[str, Any]) -> list[str]:
    """The clutter labels that show in the drafted briefing as clutter, in label order."""
    items = visible_items(data)
    stream = _stream(items)
    raw = "\n".join(i.text for i in items)
    in_sentence = {
        " ".join(stream.words[a : b + 1])
        for a in range(len(stream.words))
        for b in range(a, min(a + 6, len(stream.words)))
        if items[stream.item[a]].kind == "point" and _inside_sentence(a, b, stream)
    }
    spans: dict[int, list[tuple[int, int]]] = {}
    counted: set[int] = set()
    for n, label in enumerate(labels):
        words = _label_words(label)
        if not words:  # punctuation alone ("![]()"): looked for as printed
            if label.strip() and label.strip() in raw:
                counted.add(n)
            continue
        spans[n] = list(_spans(words, stream))
        for first, last in spans[n]:
            kind = items[stream.item[first]].kind
            whole_name = kind == "name" and stream.item[first] == stream.item[last]
            if whole_name and " ".join(words) in in_sentence:
                continue
            if not _inside_sentence(first, last, stream):
                counted.add(n)
                break
    # A label inside another label that counts (a byline within a leaked caption) counts.
    covering = [s for n in counted for s in spans.get(n, [])]
    for n, found in spans.items():
        if n not in counted and any(a <= f and e <= b for f, e in found for a, b in covering):
            counted.add(n)
    return [label for n, label in enumerate(labels) if n in counted]


def where_shown(label: str, data: dict[str, Any]) -> list[str]:
    """Where a label's words stand in the draft, each place once: `point` (the whole item),
    `point (run)` (part of it, cut off from the sentence), `point (in a sentence)`,
    `point+point` (across two items); `as printed` for punctuation alone; [] when nowhere."""
    items = visible_items(data)
    words = _label_words(label)
    if not words:
        raw = "\n".join(i.text for i in items)
        return ["as printed"] if label.strip() and label.strip() in raw else []
    stream = _stream(items)
    kinds = []
    for first, last in _spans(words, stream):
        item = stream.item[first]
        kind = items[item].kind
        if item != stream.item[last]:
            kind = f"{kind}+{items[stream.item[last]].kind}"
        elif _inside_sentence(first, last, stream):
            kind = f"{kind} (in a sentence)"
        elif stream.item.count(item) != last - first + 1:
            kind = f"{kind} (run)"
        kinds.append(kind)
    return list(dict.fromkeys(kinds))
