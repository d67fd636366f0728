"""Whether a labeled clutter string shows in a draft *as clutter*, not as the story's words.

`bot.authoring.evaluate` counts a clutter label as leaked when its normalised text appears
anywhere in the draft's visible text, so a short label ("By |", "NEWS", "(FA)", "Round 1 -")
counts whenever the story uses the same words ("followed by", "a news conference",
"rainfall", "in round 1 of"), and a caption naming a person counts when the story names them.
`benchmarks.draft_quality` prints both counts. This scorer reads the same visible places
but counts a label only where it stands as clutter:

- it matches whole words (a label's text inside a longer word, "fa" in "rainfall", is no
  match; words glued without a space, "site.btaPoland", are two words);
- the match is a run *not inside a story sentence*: at an item's start or end (a title, a
  section's title, a point, a role, a question, a choice), across two items, or cut off from
  the words around it by a break (`:`, `|`, a dash, a bullet, a full stop...);
- or it lies inside another of the page's clutter labels that counts (a byline inside a
  leaked caption);
- a figure's name counts unless a point names that person inside a sentence (then the figure
  is the story's person, whom a caption happened to name too).

Run `python -m benchmarks.clutter_leaks [FOLDER ...]` (default: every real set of
`benchmarks.draft_quality`) to list every label the old count takes as leaked, where it lands
in the draft, and whether this scorer counts it ("clutter") or not ("story words").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.authoring.draft import UNATTRIBUTED_ID, draft_briefing
from bot.authoring.evaluate import ArticleScore

__all__ = ["STORY_WORDS", "Item", "leaked_labels", "story_words", "visible_items"]

STORY_WORDS = "story words, not clutter:"  # how a forgiven label reads in an article's misses
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
    """The draft's visible pieces, in the places `bot.authoring.evaluate` reads."""
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
        words = [w for w, _, _ in _words(unicodedata.normalize("NFKC", label))]
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


def story_words(article: Path, labels: Path, score: ArticleScore) -> int:
    """Take back the leaks `score` counted that show in the draft only as the story's own
    words; return how many. Drafts the article again only when something leaked."""
    if not score.clutter.found:
        return 0
    wanted = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
    every = [str(j) for j in wanted.get("clutter") or []]
    drafted = yaml.safe_load(
        draft_briefing(article.read_text(encoding="utf-8"), source_file=article.name)
    )
    counted = leaked_labels(every, drafted)
    forgiven = 0
    for junk in every:
        note = f"clutter in the draft: {junk!r}"
        if junk not in counted and note in score.misses:
            score.misses[score.misses.index(note)] = f"{STORY_WORDS} {junk!r}"
            forgiven += 1
    score.clutter.found -= forgiven
    score.clutter.right += forgiven
    return forgiven


def _lands(words: list[str], items: Sequence[Item], stream: _Stream) -> str:
    """Where a label's words stand in the draft: `point` (the whole item), `point (run)`
    (part of it, cut off from the sentence), `point (in a sentence)`, `point+point`."""
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
    return ", ".join(dict.fromkeys(kinds)) or "inside a word"


def main(argv: list[str] | None = None) -> int:
    """Print every leak of the old count with where it lands and this scorer's verdict."""
    from benchmarks.draft_quality import REAL_SETS
    from bot.authoring.evaluate import _leaked, _visible_text, labeled_articles

    args = sys.argv[1:] if argv is None else argv
    folders = [Path(a) for a in args] or [folder for _, folder, _ in REAL_SETS]
    verdicts: Counter[str] = Counter()
    for folder in folders:
        for article, labels in labeled_articles(folder):
            wanted = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
            every = [str(j) for j in wanted.get("clutter") or []]
            if not every:
                continue
            text = article.read_text(encoding="utf-8")
            data = yaml.safe_load(draft_briefing(text, source_file=article.name))
            old = [j for j in every if _leaked(j, _visible_text(data), data)]
            counted = leaked_labels(every, data)
            items = visible_items(data)
            stream = _stream(items)
            for junk in old:
                verdict = "clutter" if junk in counted else "story words"
                verdicts[verdict] += 1
                words = [w for w, _, _ in _words(unicodedata.normalize("NFKC", junk))]
                where = _lands(words, items, stream) if words else "as printed"
                print(f"{verdict:11} {folder.name}/{article.stem}: {junk[:100]!r} [{where}]")
    print(
        f"{sum(verdicts.values())} leaks by the old count: {verdicts['clutter']} clutter, "
        f"{verdicts['story words']} story words"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
