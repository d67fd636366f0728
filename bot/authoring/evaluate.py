"""Score drafts against hand-labeled articles: quotes with the right speaker, figures with role.

A labeled article is `NAME.txt|.md|.html` next to `NAME.yaml`, which lists what a careful
reader finds:

```yaml
figures:
  - {name: Delia Ferrante, role: Mayor}          # role: a string, a list of accepted
quotes:                                           #   strings, or null for "none given"
  - {text: "We are finally putting ...", speaker: Delia Ferrante}   # speaker null: nobody
```

Quotes are scored as attributions: precision is the share of the speakers the draft named
that are right (a quote the draft leaves under `unattributed` names nobody, so it is never
wrong: "when unsure, leave it unattributed"); recall is the share of the labeled quotes that
have a speaker which the draft attributes to that speaker. A quote labeled `speaker: null`
(an unnamed resident, a statement) counts against precision when the draft names someone.
A drafted figure counts when its name matches and its role matches one of the accepted roles.
A labeled `clutter` string counts as leaked where the draft shows it as clutter, not where the
story's own words contain it (`bot.authoring.leaked_clutter`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

import yaml
from rapidfuzz import fuzz

from bot.authoring.draft import UNATTRIBUTED_ID, draft_briefing
from bot.authoring.leaked_clutter import leaked_labels
from bot.authoring.people import UNKNOWN_ROLE

__all__ = [
    "ArticleScore",
    "Score",
    "labeled_articles",
    "question_key",
    "score_article",
    "score_labeled_set",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".html")
QUOTE_MATCH = 90
ROLE_MATCH = 80


@dataclass(slots=True)
class Score:
    """Counts for precision (found that are right) and recall (expected that were found)."""

    right: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        """Share of drafted items that are right."""
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of labeled items the draft got right."""
        return self.right / self.expected if self.expected else 1.0

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.right += other.right
        self.found += other.found
        self.expected += other.expected


@dataclass(slots=True)
class ArticleScore:
    """The scores of one labeled article, and what went wrong, for reading."""

    name: str
    quotes: Score
    figures: Score
    misses: list[str] = field(default_factory=list)
    clutter: Score = field(default_factory=Score)  # right: clutter kept out; found: leaks
    questions: list[tuple[str, str]] = field(default_factory=list)  # (prompt, answer)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _same_text(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    return x == y or fuzz.ratio(x, y) >= QUOTE_MATCH


def _same_name(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return _norm(a) == _norm(b)


def _role_ok(expected: Any, role: str) -> bool:
    accepted = expected if isinstance(expected, list) else [expected]
    for option in accepted:
        if option is None:
            if role == UNKNOWN_ROLE:
                return True
        elif role != UNKNOWN_ROLE and fuzz.token_set_ratio(_norm(option), _norm(role)) >= (
            ROLE_MATCH
        ):
            return True
    return False


def labeled_articles(folder: Path) -> list[tuple[Path, Path]]:
    """(article, labels) pairs in a folder, sorted by name."""
    pairs = []
    for article in sorted(folder.iterdir()):
        labels = article.with_suffix(".yaml")
        if article.suffix in ARTICLE_SUFFIXES and labels.is_file():
            pairs.append((article, labels))
    return pairs


def question_key(prompt: str, answer: Any) -> str:
    """How a judged question is found again after the drafting code changes."""
    return f"{_norm(prompt)} => {_norm(str(answer))}"


def _drafted(yaml_text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str | None]]]:
    data = yaml.safe_load(yaml_text)
    figures: list[tuple[str, str]] = []
    quotes: list[tuple[str, str | None]] = []
    for figure in data.get("figures", []):
        person = figure["id"] != UNATTRIBUTED_ID
        if person:
            figures.append((figure["name"], figure["role"]))
        for quote in figure.get("quotes", []):
            quotes.append((quote["text"], figure["name"] if person else None))
    return figures, quotes


def _match(
    expected: list[dict[str, Any]],
    found: Iterable[Any],
    same: Any,
    prefer: Any = lambda e, item: True,
) -> list[tuple[dict[str, Any] | None, Any]]:
    """Pair each found item with the first unused expected item it matches (the first one
    `prefer` also accepts, when there is one)."""
    free = list(expected)
    pairs: list[tuple[dict[str, Any] | None, Any]] = []
    for item in found:
        hit = next((e for e in free if same(e, item) and prefer(e, item)), None)
        hit = hit or next((e for e in free if same(e, item)), None)
        if hit is not None:
            free.remove(hit)
        pairs.append((hit, item))
    return pairs


def _score_quote(
    result: ArticleScore, hit: dict[str, Any] | None, text: str, speaker: str | None
) -> None:
    """Count one drafted quote: an attribution made, and whether it is the labeled one."""
    if speaker is not None:
        result.quotes.found += 1
    if hit is None:
        result.misses.append(f"extra quote: {text!r} ({speaker})")
    elif speaker is not None and _same_name(hit.get("speaker"), speaker):
        result.quotes.right += 1
    elif speaker is not None:
        result.misses.append(f"wrong speaker: {text!r}: {speaker}, not {hit.get('speaker')}")
    elif hit.get("speaker"):
        result.misses.append(f"unattributed: {text!r} (said by {hit.get('speaker')})")


def _split_joined(
    quotes: list[tuple[str, str | None]], wanted: list[dict[str, Any]]
) -> list[tuple[str, str | None]]:
    """A drafted quote that is two labeled quotes of one speaker run together (a sentence
    cut by its attribution: "I tend to watch," he said, "because ...") counts as the two."""
    out: list[tuple[str, str | None]] = []
    for text, speaker in quotes:
        pair = next(
            (
                (a, b)
                for a, b in pairwise(wanted)
                if a.get("speaker") == b.get("speaker")
                and not any(_same_text(str(w["text"]), text) for w in wanted)
                and _same_text(f"{a['text']} {b['text']}", text)
            ),
            None,
        )
        out += (
            [(str(pair[0]["text"]), speaker), (str(pair[1]["text"]), speaker)]
            if pair
            else [(text, speaker)]
        )
    return out


Extra = TypeVar("Extra")


def match_quotes(
    wanted: list[dict[str, Any]], found: Iterable[tuple[str, str | None, Extra]]
) -> list[tuple[dict[str, Any] | None, tuple[str, str | None, Extra]]]:
    """Pair drafted quotes (text, speaker, anything carried along) with the labeled ones as
    the scores do: a quote running two labeled quotes of one speaker together counts as both,
    and a quote claims the label with its own speaker first ("failed" said by nobody and
    "failed" said by Ms Stannard are two labels with the same words)."""
    split = [
        (part, speaker, extra)
        for text, speaker, extra in found
        for part, _ in _split_joined([(text, speaker)], wanted)
    ]
    return _match(
        wanted,
        split,
        lambda e, q: _same_text(str(e["text"]), q[0]),
        prefer=lambda e, q: _same_name(e.get("speaker"), q[1]),
    )


def score_article(article: Path, labels: Path) -> ArticleScore:
    """Draft one article and compare it with its labels."""
    text = article.read_text(encoding="utf-8")
    expected = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
    drafted = draft_briefing(text, source_file=article.name)
    figures, quotes = _drafted(drafted)
    data = yaml.safe_load(drafted)
    want_quotes: list[dict[str, Any]] = expected.get("quotes") or []
    want_figures: list[dict[str, Any]] = expected.get("figures") or []
    result = ArticleScore(
        article.name,
        Score(expected=sum(1 for q in want_quotes if q.get("speaker"))),
        Score(found=len(figures), expected=len(want_figures)),
    )
    for hit, (text_, speaker, _) in match_quotes(want_quotes, ((t, s, None) for t, s in quotes)):
        _score_quote(result, hit, text_, speaker)
    for hit, (name, role) in _match(
        want_figures, figures, lambda e, f: _same_name(str(e["name"]), f[0])
    ):
        if hit is not None and _role_ok(hit.get("role"), role):
            result.figures.right += 1
        elif hit is None:
            result.misses.append(f"extra figure: {name} ({role})")
        else:
            result.misses.append(f"wrong role: {name}: {role!r}, not {hit.get('role')!r}")
    every = list(expected.get("clutter") or [])
    leaked = set(leaked_labels([str(junk) for junk in every], data))
    for junk in every:
        result.clutter.expected += 1
        if str(junk) in leaked:
            result.clutter.found += 1
            result.misses.append(f"clutter in the draft: {junk!r}")
        else:
            result.clutter.right += 1
    result.questions = [(str(q["prompt"]), str(q["answer"])) for q in data.get("questions", [])]
    found_texts = [q[0] for q in quotes]
    for want in want_quotes:
        if not any(_same_text(str(want["text"]), t) for t in found_texts):
            result.misses.append(f"missed quote: {want['text']!r}")
    found_names = [f[0] for f in figures]
    for want in want_figures:
        if not any(_same_name(str(want["name"]), n) for n in found_names):
            result.misses.append(f"missed figure: {want['name']}")
    return result


def score_labeled_set(folder: Path) -> tuple[Score, Score, list[ArticleScore]]:
    """Totals for quotes and figures over every labeled article in a folder."""
    quotes, figures = Score(), Score()
    per_article = []
    for article, labels in labeled_articles(folder):
        score = score_article(article, labels)
        quotes.add(score.quotes)
        figures.add(score.figures)
        per_article.append(score)
    return quotes, figures, per_article
