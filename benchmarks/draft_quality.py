"""How good `briefbot draft` is on the labeled articles, and how long it takes.

Run `python -m benchmarks.draft_quality [FOLDER]`. Prints precision and recall of quotes
with the right speaker and of figures with their role over the labeled set
(tests/authoring/labeled by default), what each article got wrong, and the time to draft
the seed article and a 1 MB article.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bot.authoring import draft_briefing
from bot.authoring.evaluate import score_labeled_set

ROOT = Path(__file__).resolve().parent.parent
LABELED = ROOT / "tests" / "authoring" / "labeled"
SEED = ROOT / "tests" / "fixtures" / "seed_article.txt"
QUOTE_TARGET = 0.90
FIGURE_TARGET = 0.80


def _timed(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        draft_briefing(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit status 1 when a target is missed."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else LABELED
    start = time.perf_counter()
    quotes, figures, articles = score_labeled_set(folder)
    elapsed = time.perf_counter() - start
    print(f"labeled set: {folder} ({len(articles)} articles, drafted in {elapsed:.2f} s)")
    for article in articles:
        print(
            f"  {article.name:28} quotes {article.quotes.right}/{article.quotes.expected}"
            f" (drafted {article.quotes.found})   figures {article.figures.right}/"
            f"{article.figures.expected} (drafted {article.figures.found})"
        )
        for miss in article.misses:
            print(f"      - {miss}")
    print()
    print(
        f"quotes with the right speaker: precision {quotes.precision:.1%}, "
        f"recall {quotes.recall:.1%}  (target {QUOTE_TARGET:.0%})"
    )
    print(
        f"figures with their role:       precision {figures.precision:.1%}, "
        f"recall {figures.recall:.1%}  (target {FIGURE_TARGET:.0%})"
    )
    if SEED.is_file():
        seed = SEED.read_text(encoding="utf-8")
        print(f"seed article ({len(seed):,} chars): {_timed(seed, 5) * 1000:.1f} ms per draft")
        big_parts = [seed]
        big_parts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        unit = "\n\n".join(big_parts)
        big = (unit + "\n\n") * (1_000_000 // (len(unit) + 2) + 1)
        print(f"1 MB article ({len(big):,} chars): {_timed(big, 1):.2f} s per draft")
    met = (
        min(quotes.precision, quotes.recall) >= QUOTE_TARGET
        and min(figures.precision, figures.recall) >= FIGURE_TARGET
    )
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
