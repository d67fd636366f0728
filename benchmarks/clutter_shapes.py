"""Which shapes of page clutter reach `briefbot draft`'s output, and where they land.

The labeled real articles list the page's clutter (captions, credits, bylines, dates,
crossheads, teasers, boxes, widgets...) that must stay out of the draft. This script drafts
every labeled article, finds each labeled clutter string that shows in the draft (the test
`benchmarks.draft_quality` counts), names the part of the draft it lands in (the title, a
section's title, a point, a figure's name or role, a question; the facts and the timeline,
which the score does not read, are named too) and gives it a page shape read from the string
and from the line it stands on in the article. It prints every leak, then the counts per shape
per group of sets (A: tuned before round 15; B: fresh13-21; C-I: fresh22-31; J+K: fresh32-33;
L: fresh34; M: fresh35; later sets each by name).

Run: `python -m benchmarks.clutter_shapes [FOLDER ...]` (each folder alone, not its
subfolders; default: every real folder).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

from bot.authoring.captions import _verbless
from bot.authoring.draft import UNATTRIBUTED_ID, draft_briefing
from bot.authoring.evaluate import _norm, labeled_articles
from bot.authoring.leaked_clutter import leaked_labels

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "authoring" / "labeled" / "real"

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# (shape, pattern on the clutter string), first match wins; the order puts the narrow shapes
# (a credit, an advert's marker) before the broad ones (a caption, a crosshead).
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ad marker", re.compile(r"^\W*(advertisement|advertising|sponsored|ad)\W*$", re.I)),
    (
        "credit",
        re.compile(
            r"\b(photo|photograph|image|picture|pic|file|credit|courtesy|getty|reuters|afp"
            r"|ap photo|shutterstock|istock)\b.{0,40}[:/|©]|©|\((photo|image|file)\b"
            r"|^(photo|image|source|credit)s?\b",
            re.I,
        ),
    ),
    (
        "share/follow widget",
        re.compile(
            r"\b(share|tweet|facebook|twitter|whatsapp|linkedin|instagram|telegram|email this"
            r"|print|follow us|comments?)\b",
            re.I,
        ),
    ),
    (
        "newsletter/promo box",
        re.compile(
            r"\b(newsletter|subscribe|subscription|sign up|download|app store|promote your"
            r"|advertise|stay up.to.date|click here|join our|donate|support our)\b",
            re.I,
        ),
    ),
    (
        "related-link teaser",
        re.compile(
            r"^\W*(related|read more|read also|also read|see also|more from|recommended"
            r"|latest|most read|popular|watch|listen|video)\b",
            re.I,
        ),
    ),
    (
        "byline",
        re.compile(
            r"^\W*(by|written by|posted by|reporter|words by|with (?:additional )?reporting by)\b"
            r"|\b(staff writer|correspondent|reporter|editor)\b",
            re.I,
        ),
    ),
    (
        "timestamp",
        re.compile(
            rf"\b(published|updated|posted|ago|\d{{1,2}}:\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
            rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|reading time|min read)\b",
            re.I,
        ),
    ),
)
# A caption: words printed under a picture; read from the article's line, next to an image.
_IMAGE_LINE = re.compile(r"!\[|\.(jpe?g|png|webp|gif)\b|^\s*(photo|image)\b", re.I)


def shape_of(junk: str, article_lines: list[str]) -> str:
    """The page shape of one clutter string, from its words and the lines around it."""
    text = junk.strip()
    for shape, pattern in _SHAPES:
        if pattern.search(text):
            return shape
    at = next((i for i, line in enumerate(article_lines) if text and text in line), None)
    if at is not None:
        near = article_lines[max(0, at - 2) : at + 3]
        if any(_IMAGE_LINE.search(line) for line in near):
            return "caption"
        if sum(1 for line in article_lines if text in line) > 1:
            return "doubled text"
        if article_lines[at].strip().startswith("#"):
            return "crosshead"
    if _verbless(text):
        return "caption"
    words = text.split()
    closed = re.search(r"[.!?]['\"”’]?$", text) is not None
    if not closed:
        capitals = sum(w[:1].isupper() for w in words)
        if len(words) <= 8:
            return "crosshead or label" if capitals < len(words) else "name or site label"
        return "teaser headline"
    one_sentence = not re.search(r"[.!?] [A-Z]", text.rstrip(".!?"))
    if one_sentence and _PRESENT_AFTER_NAME.search(text) and not set(text) & set('“"'):
        return "caption, present tense"
    return "other sentence"


# "Governor Jane Roe and Per Holm inspect ...", "nurse Jane Roe administers ...": names, then
# a verb in the present tense (a caption's tense; news tells the past).
_PRESENT_AFTER_NAME = re.compile(
    r"^(?:(?:[A-Z][\w’'.-]*|and|of|&|[a-z]+(?= [A-Z])) ){2,}"
    r"(?!(?:is|are|was|were|has|have|had|will|would|said|says|in|at|on|of|for|to|with|from)\b)"
    r"[a-z]{3,}(?<!ed)(?<!ing) "
)


def _parts(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(part, text) for every part of a draft a reader sees."""
    parts = [("title", str(data.get("title", "")))]
    for section in data.get("sections", []):
        parts.append(("section title", str(section.get("title", ""))))
        parts += [("point", str(point)) for point in section.get("points", [])]
    for figure in data.get("figures", []):
        if figure["id"] != UNATTRIBUTED_ID:
            parts += [("name", str(figure.get("name", ""))), ("role", str(figure.get("role")))]
    for question in data.get("questions", []):
        texts = [question.get("prompt", ""), *question.get("choices", []), question.get("answer")]
        parts += [("question", str(text)) for text in texts]
    for fact in data.get("facts", []) or []:
        parts.append(("fact", str(fact)))
    for entry in data.get("timeline", []) or []:
        parts.append(("timeline", str(entry)))
    return parts


def where(junk: str, data: dict[str, Any]) -> list[str]:
    """The parts of the draft one clutter string shows in (each part once)."""
    folded = _norm(junk) or junk.strip()
    seen: list[str] = []
    for part, text in _parts(data):
        found = folded in (_norm(text) if _norm(junk) else text)
        if found and part not in seen:
            seen.append(part)
    return seen


def group_of(folder: Path) -> str:
    """The group a real folder's figures are summed in (as the README's table)."""
    name = folder.name
    number = int(name[5:]) if name.startswith("fresh") and name[5:].isdigit() else 0
    if name in ("real", "heldout", "fresh") or number <= 12:
        return "A"
    if number <= 21:
        return "B"
    if number <= 31:
        return "C-I"
    if number <= 33:
        return "J+K"
    return {34: "L", 35: "M"}.get(number, name)


def leaks_of(article: Path, labels: Path) -> tuple[int, list[tuple[str, str, list[str]]]]:
    """(labeled clutter strings, [(string, shape, parts)] for each one in the draft)."""
    text = article.read_text(encoding="utf-8")
    expected = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
    data = yaml.safe_load(draft_briefing(text, source_file=article.name))
    lines = text.splitlines()
    junk = [str(item) for item in expected.get("clutter") or []]
    found = [(j, shape_of(j, lines), where(j, data)) for j in leaked_labels(junk, data)]
    return len(junk), found


def _folders(args: list[str]) -> list[Path]:
    if args:
        return [Path(arg) for arg in args]
    return [REAL, *sorted(p for p in REAL.iterdir() if p.is_dir())]


def main(args: list[str]) -> None:
    """Print every leak, then the counts per shape and group."""
    jobs = [(f, a, lab) for f in _folders(args) for a, lab in labeled_articles(f)]
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(leaks_of, [a for _, a, _ in jobs], [lab for _, _, lab in jobs]))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    labeled: Counter[str] = Counter()
    for (folder, article, _), (n, found) in zip(jobs, results, strict=True):
        group = group_of(folder)
        labeled[group] += n
        for junk, shape, parts in found:
            counts[group][shape] += 1
            totals[group] += 1
            print(
                f"{group:4} {folder.name}/{article.stem[:30]:30} {shape:22} {','.join(parts):18}"
                f" {junk[:90]!r}"
            )
    shapes = sorted({s for c in counts.values() for s in c})
    groups = sorted(labeled, key=lambda g: (len(g) > 3, g))
    print()
    print(f"{'shape':24}" + "".join(f"{g:>8}" for g in groups) + f"{'all':>8}")
    for shape in shapes:
        row = [counts[g][shape] for g in groups]
        print(f"{shape:24}" + "".join(f"{n:>8}" for n in row) + f"{sum(row):>8}")
    print(
        f"{'leaked / labeled':24}"
        + "".join(f"{f'{totals[g]}/{labeled[g]}':>8}" for g in groups)
        + f"{f'{sum(totals.values())}/{sum(labeled.values())}':>8}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
