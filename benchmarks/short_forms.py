"""Precision of `briefbot draft`'s speakers named by a short form, split by how it was joined.

A short form is one word (a surname, a first name) standing in the quote's paragraph for a
person the draft names in full. For each quote the drafter gives a speaker so
(`attribution_form`'s "short form"), this reads how the word was joined to the full name:
`join` (the surname of the person found before the speakers were settled, their first name,
another alias, or a one-word person the settling pass gave a full name), `sharers` (how many
of the article's people have the word in their name), `order` (whether the article writes
the full name before the quote, only after it, or never), `titled` (a title or honorific
right before the word), `place` (a word the article or the lexicon uses as a place) and
`namesake` (the article writes the word after a given name that is not the person's). Run
`python -m benchmarks.short_forms [FOLDER ...]`: right/named per value of each part, per
group of sets, then the pairs of parts a hold-back would take over groups A-K (named at
least 10 times there, precision below 95% at 95% confidence; `speaker_forms.wilson_upper`).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

from benchmarks.speaker_forms import REAL, group, table, wilson_upper
from bot.authoring.article import Block, read_article
from bot.authoring.attribution_form import _quote_at, attribution_form
from bot.authoring.canonical_names import without_nickname
from bot.authoring.draft import MAX_INPUT_CHARS
from bot.authoring.evaluate import _same_name, labeled_articles, match_quotes
from bot.authoring.lexicon import CITIES, COUNTRIES, HONORIFICS, TITLE_WORDS
from bot.authoring.namesakes import is_given_name, short_form_of
from bot.authoring.people import People, Person, find_people
from bot.authoring.quotes import FoundQuote, find_quotes
from bot.authoring.speaker_names import settle_speakers

PARTS = ("join", "sharers", "order", "titled", "place", "namesake")
_TITLES = HONORIFICS | TITLE_WORDS


def _join(word: str, before: Person | None) -> str:
    """How the word was joined to the person found before the speakers were settled."""
    if before is None or " " not in before.name:
        return "one word, named in full when settled"
    if word == before.surname:
        return "surname"
    if word == before.name.split()[0]:
        return "first name"
    return "another alias" if word in before.aliases else "other"


def _namesake(word: str, person: Person, text: str) -> bool:
    given = person.name.split()[0]
    return any(
        is_given_name(g) and g not in person.name.split() and not short_form_of(g, given)
        for g in re.findall(rf"([A-Z][a-z]+) {re.escape(word)}(?![\w’'-])", text)
        if g not in _TITLES
    )


def short_form_parts(
    blocks: list[Block], people: People, quote: FoundQuote, before: Person | None, key: str
) -> dict[str, str] | None:
    """The parts of a short-form attribution (None when the paragraph does not name the
    speaker by one word)."""
    by_number = {b.number: b for b in blocks}
    text = by_number[quote.block].text
    lo, hi = _quote_at(text, quote.text)
    own = [m for m in people.mentions(text) if m.key == key and not lo <= m.start < hi]
    if not own:
        return None
    mention = min(own, key=lambda m: abs(m.start - lo))
    word = text[mention.start : mention.end]
    person = people.by_key[key]
    whole = "\n".join(b.text for b in blocks)
    at = whole.find(person.name)
    here = whole.find(text) + lo
    order = "never written" if at < 0 else "full name before" if at < here else "full name after"
    lead = text[max(0, mention.start - 25) : mention.start].split()
    sharers = sum(word in p.name.replace("-", " ").split() for p in people.persons)
    return {
        "join": _join(word, before),
        "sharers": "one person" if sharers <= 1 else "two or more",
        "order": order,
        "titled": "titled" if lead and lead[-1].rstrip(".") in _TITLES else "bare",
        "place": "place word" if word in people.places | CITIES | COUNTRIES else "no place",
        "namesake": "namesake" if _namesake(word, person, whole) else "none",
    }


def article_records(article: Path, labels: Path) -> list[dict[str, Any]]:
    """One record per quote given a speaker by a short form: its parts and whether right."""
    want: list[dict[str, Any]] = (yaml.safe_load(labels.read_text(encoding="utf-8")) or {}).get(
        "quotes"
    ) or []
    art = read_article(article.read_text(encoding="utf-8")[:MAX_INPUT_CHARS])
    blocks = art.blocks
    first = find_people(blocks, hints=[art.title, *art.captions])
    found_first = find_quotes(blocks, first)
    earlier = {(q.block, q.text): q.speaker for q in found_first}
    people, quotes = settle_speakers(blocks, first, found_first)
    found = []
    for quote in quotes:
        key = quote.speaker
        if key is None or key not in people.by_key:
            continue
        if attribution_form(blocks, people, quote, key).name != "short form":
            continue
        was = earlier.get((quote.block, quote.text))
        parts = short_form_parts(blocks, people, quote, first.by_key.get(was or ""), key)
        if parts is not None:
            found.append((quote.text, without_nickname(people.by_key[key].name), parts))
    return [
        {"right": hit is not None and _same_name(hit.get("speaker"), name), **parts}
        for hit, (_, name, parts) in match_quotes(want, found)
    ]


def _folder_records(folder: Path) -> list[dict[str, Any]]:
    letter = group(folder)
    return [
        {**r, "group": letter}
        for article, labels in labeled_articles(folder)
        for r in article_records(article, labels)
    ]


def held_pairs(
    rows: list[dict[str, Any]], groups: str = "ABCDEFGHIJK"
) -> list[tuple[tuple[tuple[str, str], ...], int, int]]:
    """The single parts and pairs named at least 10 times over `groups` whose precision
    there is, at 95% confidence, below 95%: (form, right, named)."""
    counts: dict[tuple[tuple[str, str], ...], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["group"] in groups:
            for size in (1, 2):
                for pair in itertools.combinations(PARTS, size):
                    cell = counts[tuple((p, r[p]) for p in pair)]
                    cell[0] += r["right"]
                    cell[1] += 1
    return [
        (form, right, named)
        for form, (right, named) in counts.items()
        if named >= 10 and wilson_upper(right, named) < 0.95
    ]


def main(args: list[str]) -> None:
    """Print right/named per part and group, then what a hold-back chosen over A-K takes."""
    folders = [Path(a) for a in args] or [REAL, *sorted(p for p in REAL.iterdir() if p.is_dir())]
    with ProcessPoolExecutor(2) as pool:
        rows = [r for batch in pool.map(_folder_records, folders) for r in batch]
    groups = sorted({r["group"] for r in rows})
    print("speakers named by a short form, right/named per part (per group, then ALL)")
    for part in PARTS:
        print("\n".join(table(rows, part, groups)))
    held = held_pairs(rows)
    print(f"held back over A-K (named >= 10, precision < 95% at 95% confidence): {len(held)}")
    for form, right, named in held:
        print(f"  {form}: {right}/{named}")


if __name__ == "__main__":
    main(sys.argv[1:])
