"""Precision of `briefbot draft`'s speakers per form of attribution, per group of sets.

For every quote the drafter gives a speaker, the form of the attribution is read by
`bot.authoring.attribution_form` (method, name form, distance, people named, speech verb,
quote length, kind) and the speaker matched with the labels as `benchmarks.draft_quality`
matches them. Run `python -m benchmarks.speaker_forms [--json FILE] [FOLDER ...]` (default:
every folder of tests/authoring/labeled/real): per part of the form, per group (A tuned
before round 15 ... K fresh33, L fresh34, M fresh35), named, right and precision; then the
figures of the forms in `CHOSEN_FORMS`. `--json` also writes one record per quote; `--choose`
prints the forms a hold-back rule would take, chosen over groups A-I only: each pair of parts
named at least 10 times there whose precision is, at 95% confidence (the Wilson interval's
upper end), below 95%. Round 25 measured that rule and did not turn it on in the drafter
(docs/drafting-rounds.md): it held nothing on fresh32/33 and cost 33 right quotes for 7 wrong.
"""

from __future__ import annotations

import itertools
import json
import math
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.authoring.article import Article, read_article
from bot.authoring.attribution_form import attribution_form
from bot.authoring.canonical_names import without_nickname
from bot.authoring.draft import MAX_INPUT_CHARS
from bot.authoring.evaluate import _same_name, labeled_articles, match_quotes
from bot.authoring.people import People, find_people
from bot.authoring.quotes import FoundQuote, find_quotes
from bot.authoring.speaker_names import settle_speakers

REAL = Path(__file__).resolve().parent.parent / "tests/authoring/labeled/real"

Form = tuple[tuple[str, str], tuple[str, str]]

# The forms `--choose` picked over groups A-I (fresh32 and fresh33 not looked at): each a
# one-word name (a person the article never names in two words) credited in the quote's own
# sentence: 33 right and 7 wrong over A-I ("Rutte" for Mark Rutte, "Unite", "Hasina").
CHOSEN_FORMS: tuple[Form, ...] = (
    (("method", "the sentence"), ("name", "one-word name")),
    (("name", "one-word name"), ("distance", "same sentence")),
    (("name", "one-word name"), ("verb", "speech verb")),
    (("name", "one-word name"), ("kind", "plain")),
    (("name", "one-word name"), ("named", "one person named")),
    (("name", "one-word name"), ("length", "short quote")),
)


def chosen_form(parts: dict[str, Any]) -> str | None:
    """The chosen form a record's parts fall under ("one-word name, same sentence"), or None."""
    for form in CHOSEN_FORMS:
        if all(parts.get(part) == value for part, value in form):
            return ", ".join(value for _, value in form)
    return None


def group(folder: Path) -> str:
    """The group letter of a labeled folder: A tuned before round 15, B fresh13-21, C-E two sets
    each, then a letter per set (F fresh28 ... K fresh33, L fresh34, M fresh35, N fresh36 ...)."""
    name = folder.name
    if name in ("real", "heldout", "fresh") or (name[5:].isdigit() and int(name[5:]) <= 12):
        return "A"
    k = int(name[5:])
    bounds = [(21, "B"), (23, "C"), (25, "D"), (27, "E")]
    return next((g for top, g in bounds if k <= top), chr(ord("F") + k - 28))


@dataclass(frozen=True)
class DraftedQuotes:
    """An article's labeled quotes beside the drafter's quotes, before and after their
    speakers are settled."""

    want: list[dict[str, Any]]
    article: Article
    raw: list[FoundQuote]
    settled: People
    quotes: list[FoundQuote]


def drafted_quotes(article: Path, labels: Path) -> DraftedQuotes:
    """Read `article` as the drafter does and its `labels`' quotes beside it."""
    text = article.read_text(encoding="utf-8")
    want: list[dict[str, Any]] = (yaml.safe_load(labels.read_text(encoding="utf-8")) or {}).get(
        "quotes"
    ) or []
    art = read_article(text[:MAX_INPUT_CHARS])
    people = find_people(art.blocks, hints=[art.title, *art.captions])
    raw = find_quotes(art.blocks, people)
    settled, quotes = settle_speakers(art.blocks, people, raw)
    return DraftedQuotes(want, art, raw, settled, quotes)


def article_records(article: Path, labels: Path) -> list[dict[str, Any]]:
    """One record per quote given a speaker: its form, and whether it is right."""
    drafted = drafted_quotes(article, labels)
    want, blocks = drafted.want, drafted.article.blocks
    people, quotes = drafted.settled, drafted.quotes
    found = []
    for quote in quotes:
        key = quote.speaker
        if key is None or key not in people.by_key:
            continue
        form = attribution_form(blocks, people, quote, key)
        name = without_nickname(people.by_key[key].name)
        found.append((quote.text, name, form.parts()))
    out = []
    for hit, (quote_text, name, parts) in match_quotes(want, found):
        right = hit is not None and _same_name(hit.get("speaker"), name)
        labeled = hit.get("speaker") if hit is not None else None
        out.append(
            {
                "article": article.name,
                "quote": quote_text[:80],
                "speaker": name,
                "labeled": labeled,
                "right": right,
                **parts,
            }
        )
    return out


def _folder_records(folder: Path) -> list[dict[str, Any]]:
    letter = group(folder)
    return [
        {**r, "group": letter, "folder": folder.name}
        for article, labels in labeled_articles(folder)
        for r in article_records(article, labels)
    ]


def records(folders: list[Path], workers: int = 2) -> list[dict[str, Any]]:
    """The records of every quote of the folders (in worker processes)."""
    with ProcessPoolExecutor(workers) as pool:
        return [r for batch in pool.map(_folder_records, folders) for r in batch]


def table(rows: list[dict[str, Any]], part: str, groups: list[str]) -> list[str]:
    """Lines of right/named per value of one part of the form, per group and over all."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for r in rows:
        for g in (r["group"], "ALL"):
            cell = counts[r[part]][g]
            cell[0] += r["right"]
            cell[1] += 1
    lines = []
    for value, cells in sorted(counts.items(), key=lambda kv: -kv[1]["ALL"][1]):
        figures = "  ".join(
            f"{g} {cells[g][0]}/{cells[g][1]}" for g in [*groups, "ALL"] if cells[g][1]
        )
        right, named = cells["ALL"]
        lines.append(f"  {part}: {value:42} {right / named:6.1%}  {figures}")
    return lines


PARTS = ("method", "name", "distance", "named", "verb", "length", "kind")


def wilson_upper(right: int, named: int, z: float = 1.96) -> float:
    """The upper end of the Wilson interval of a precision of right/named."""
    p = right / named
    centre = p + z * z / (2 * named)
    spread = z * math.sqrt(p * (1 - p) / named + z * z / (4 * named * named))
    return (centre + spread) / (1 + z * z / named)


def choose(
    rows: list[dict[str, Any]], groups: str = "ABCDEFGHI", least: int = 10, below: float = 0.95
) -> list[tuple[tuple[str, str], ...]]:
    """The pairs of parts named at least `least` times over `groups` whose precision there
    is, at 95% confidence, below `below`."""
    counts: dict[tuple[tuple[str, str], ...], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["group"] in groups:
            for pair in itertools.combinations(PARTS, 2):
                cell = counts[tuple((p, r[p]) for p in pair)]
                cell[0] += r["right"]
                cell[1] += 1
    return [
        form
        for form, (right, named) in counts.items()
        if named >= least and wilson_upper(right, named) < below
    ]


def main(args: list[str]) -> None:
    """Print the per-part tables, then the chosen forms' figures."""
    out_json = None
    if "--json" in args:
        at = args.index("--json")
        out_json = args[at + 1]
        args = args[:at] + args[at + 2 :]
    every = [REAL, *sorted(p for p in REAL.iterdir() if p.is_dir())]
    folders = [Path(a) for a in args if a != "--choose"] or every
    rows = records(folders)
    if "--choose" in args:
        for form in choose(rows):
            print(f"hold back: {form}")
        return
    if out_json:
        Path(out_json).write_text(json.dumps(rows), encoding="utf-8")
    groups = sorted({r["group"] for r in rows})
    print("speakers named, right/named per part of the form (per group, then ALL)")
    for part in PARTS:
        print("\n".join(table(rows, part, groups)))
    print("the forms chosen over A-I (CHOSEN_FORMS), right/named")
    chosen = [{**r, "form": chosen_form(r)} for r in rows]
    print("\n".join(table([r for r in chosen if r["form"]], "form", groups)))


if __name__ == "__main__":
    main(sys.argv[1:])
