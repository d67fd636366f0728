"""Why `briefbot draft` misses a labeled quote's speaker, per cause, per group of sets.

Every labeled quote with a named speaker that the drafter does not credit to that speaker is
put under one cause: the quote not found at all (split by how its marks or place differ),
found but left unattributed (split by where the labeled speaker is named: the quote's
sentence, its paragraph, the paragraph before or after, further off, and whether the sentence
holds a he/she, "the minister" or a possessive), held back after a speaker was found (when
the speakers were settled) or credited to someone else. Run `python -m benchmarks.recall_misses
[--examples N] [FOLDER ...]` (default: every folder of tests/authoring/labeled/real; group
letters as in `benchmarks.speaker_forms`): counts per cause per group, then the biggest causes
with a few examples each.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.speaker_forms import REAL, drafted_quotes, group
from bot.authoring.article import Block
from bot.authoring.canonical_names import without_nickname
from bot.authoring.evaluate import _same_name, labeled_articles, match_quotes
from bot.authoring.people import People
from bot.authoring.quotes import FoundQuote
from bot.authoring.roles import speech_verb_pattern
from bot.authoring.text import sentence_spans

_VERB = speech_verb_pattern()
_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_THE_ROLE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:" + _VERB.pattern + ")")
_POSSESSIVE = re.compile(r"[A-Z][\w-]+[’']s\s+(?:statement|words|remarks|comments|post|letter)")
_MARKS = "\"“”„«»‘’'"


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _forms(people: People, labeled: str) -> list[str]:
    """The names the article may use for the labeled speaker (full name and aliases)."""
    for person in people.persons:
        if _same_name(labeled, without_nickname(person.name)) or _same_name(labeled, person.name):
            return [person.name, *person.aliases]
    return [labeled, labeled.split()[-1]]


def _named_in(text: str, forms: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms if f)


def _sentence_with(text: str, quote: str) -> str:
    """The sentence of `text` holding the quote's first words (the paragraph when unsure)."""
    head = quote[:30]
    at = text.find(head)
    if at < 0:
        return text
    for lo, hi in sentence_spans(text):
        if lo <= at < hi:
            end = text.find(quote[-20:], at)
            return text[lo : max(hi, end + 21 if end >= 0 else hi)]
    return text


def _unattributed_cause(blocks: list[Block], people: People, q: FoundQuote, who: str) -> str:
    """Where the labeled speaker is named, seen from a quote left unattributed."""
    forms = _forms(people, who)
    by_number = {b.number: b.text for b in blocks}
    text = by_number.get(q.block, "")
    outside = text
    for mark_span in re.finditer(r"[“\"][^”\"]*[”\"]", text):
        outside = outside.replace(mark_span.group(0), " " * len(mark_span.group(0)))
    sentence = _sentence_with(text, q.text)
    bare = sentence
    for part in re.finditer(r"[“\"][^”\"]*[”\"]", sentence):
        bare = bare.replace(part.group(0), " ")
    verb = "verb" if _VERB.search(bare) else "no verb"
    if _named_in(bare, forms):
        return f"{q.how}: name in its sentence ({verb})"
    if _POSSESSIVE.search(bare):
        return f"{q.how}: a possessive in its sentence"
    if _PRONOUN.search(bare) and verb == "verb":
        return f"{q.how}: a he/she/they with a verb in its sentence"
    if _THE_ROLE.search(bare):
        return f"{q.how}: 'the <role>' with a verb in its sentence"
    if _named_in(outside, forms):
        return f"{q.how}: name elsewhere in its paragraph ({verb})"
    if _named_in(by_number.get(q.block - 1, ""), forms):
        return f"{q.how}: name in the paragraph before ({verb})"
    if _named_in(by_number.get(q.block + 1, ""), forms):
        return f"{q.how}: name in the paragraph after ({verb})"
    return f"{q.how}: name further off ({verb})"


def _unfound_cause(blocks: list[Block], title: str, captions: list[str], quote: str) -> str:
    """How a labeled quote the drafter did not find sits in the article."""
    head = _norm(quote)[:40]
    for b in blocks:
        flat = _norm(b.text)
        if head and head in flat:
            at = b.text.find(quote[:12]) if quote[:12] in b.text else -1
            before = b.text[max(0, at - 3) : at] if at >= 0 else ""
            marks = set(b.text) & set(_MARKS)
            if not marks:
                return "not found: no quotation marks in its paragraph"
            if any(m in before for m in "‘'") and not any(m in before for m in '“"'):
                return "not found: single marks"
            if '"' in marks and not marks & set("“”"):
                return "not found: straight double marks"
            if len(_norm(quote)) > len(flat) - 5:
                return "not found: a whole paragraph (marks elsewhere)"
            return "not found: curly marks, other layout"
    if head and (head in _norm(title) or any(head in _norm(c) for c in captions)):
        return "not found: headline or caption"
    return "not found: split across paragraphs or edited by the labeler"


def article_misses(article: Path, labels: Path) -> list[dict[str, Any]]:
    """One record per labeled quote with a speaker that the drafter does not credit rightly."""
    drafted = drafted_quotes(article, labels)
    want, art, raw = drafted.want, drafted.article, drafted.raw
    blocks, settled, quotes = art.blocks, drafted.settled, drafted.quotes
    before = {(q.text, q.block): q.speaker for q in raw}
    found = [
        (
            q.text,
            without_nickname(settled.by_key[q.speaker].name) if q.speaker else None,
            q,
        )
        for q in quotes
    ]
    hits: dict[int, tuple[str | None, FoundQuote]] = {}
    for hit, (_, speaker, q) in match_quotes(want, found):
        if hit is not None:
            hits.setdefault(id(hit), (speaker, q))
            if _same_name(hit.get("speaker"), speaker):
                hits[id(hit)] = (speaker, q)
    out = []
    for label in want:
        who = label.get("speaker")
        if not who:
            continue
        speaker, q = hits.get(id(label), (None, None))  # type: ignore[assignment]
        if speaker is not None and _same_name(who, speaker):
            continue
        if q is None:
            cause = _unfound_cause(blocks, art.title, art.captions, str(label["text"]))
        elif speaker is not None:
            cause = "wrong speaker"
        elif before.get((q.text, q.block)) is not None:
            cause = "held back when the speakers were settled"
        else:
            cause = _unattributed_cause(blocks, settled, q, who)
        out.append(
            {"article": article.name, "cause": cause, "speaker": who, "quote": label["text"][:70]}
        )
    return out


def _folder_misses(folder: Path) -> list[dict[str, Any]]:
    letter = group(folder)
    return [
        {**r, "group": letter}
        for article, labels in labeled_articles(folder)
        for r in article_misses(article, labels)
    ]


def main(args: list[str] | None = None) -> None:
    """Print the misses per cause per group, then the biggest causes with examples."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.recall_misses",
        description="Why the drafter misses labeled quotes' speakers, per cause, per group.",
    )
    parser.add_argument("--examples", type=int, default=3, help="examples per cause (3)")
    parser.add_argument(
        "folders", nargs="*", type=Path, help="labeled folders (default: every real set)"
    )
    options = parser.parse_args(args)
    examples = options.examples
    for folder in options.folders:
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder of labeled articles")
    every = [REAL, *sorted(p for p in REAL.iterdir() if p.is_dir())]
    folders = options.folders or every
    with ProcessPoolExecutor(2) as pool:
        rows = [r for batch in pool.map(_folder_misses, folders) for r in batch]
    groups = sorted({r["group"] for r in rows})
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        counts[r["cause"]][r["group"]] += 1
    print(f"labeled quotes with a speaker the draft does not credit rightly: {len(rows)}")
    for cause, by_group in sorted(counts.items(), key=lambda kv: -kv[1].total()):
        cells = "  ".join(f"{g} {by_group[g]}" for g in groups if by_group[g])
        print(f"{by_group.total():4}  {cause:70} {cells}")
    print()
    for cause, by_group in sorted(counts.items(), key=lambda kv: -kv[1].total())[:12]:
        print(f"{cause} ({by_group.total()})")
        for r in [r for r in rows if r["cause"] == cause][:examples]:
            print(f"    {r['article']}: {r['speaker']}: {r['quote']!r}")


if __name__ == "__main__":
    main()
