"""Census for the drafter's "does not read as English" check: the share of small English words
(`bot.authoring.other_language`) in every labeled real article, and how many fall under the
share below which a whole page is taken as another language.

Run: `python -m benchmarks.english_share`
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bot.authoring.other_language import OTHER_LANGUAGE_PAGE, english_share

REAL = Path(__file__).resolve().parents[1] / "tests" / "authoring" / "labeled" / "real"


def page_text(path: Path) -> str:
    """The article's text without the label header (outlet, date, link)."""
    text = path.read_text(encoding="utf-8")
    return text.split("---\n", 2)[2] if text.startswith("---\n") else text


def main() -> None:
    shares: list[tuple[float, str]] = []
    for path in sorted(REAL.glob("*/*.md")):
        if path.name == "README.md":
            continue
        share = english_share(page_text(path))
        if share is not None:
            shares.append((share, path.name))
    shares.sort()
    under = [name for share, name in shares if share < OTHER_LANGUAGE_PAGE]
    median = statistics.median(share for share, _ in shares)
    print(f"{len(shares)} texts: lowest {shares[0][0]:.1%} ({shares[0][1]}), median {median:.1%}")
    print(f"under {OTHER_LANGUAGE_PAGE:.0%} (taken as another language): {len(under)}")


if __name__ == "__main__":
    main()
