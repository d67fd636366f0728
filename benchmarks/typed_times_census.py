"""How real writing gives times and dates: a census behind `spoken_times` and `named_dates`.

`/schedule`, `/assign` and `/remind` read a time said in words ("noon", "half past eight",
"8.30 p.m.") and a date with its month's name ("12 March"), because people write them so. This
counts each shape in the labeled real articles' text (their outlet/date/link header left out;
the held-out fresh78 to fresh81 sets never read), beside the ISO date the commands asked for.

Run: `python -m benchmarks.typed_times_census`
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tests/authoring/labeled/real"
HELD_OUT = ("fresh78", "fresh79", "fresh80", "fresh81")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SHAPES = {
    "noon or midday": re.compile(r"\b(?:noon|midday)\b", re.IGNORECASE),
    "midnight": re.compile(r"\bmidnight\b", re.IGNORECASE),
    "half past, quarter past/to": re.compile(r"\b(?:half past|quarter (?:past|to))\b", re.I),
    "o'clock": re.compile(r"\bo['’]clock\b", re.IGNORECASE),
    "a.m./p.m. with dots": re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.", re.IGNORECASE),
    "day, month's name": re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b"),
    "month's name, day": re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}}\b"),
    "ISO date (2026-03-12)": re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
}


def article_texts() -> list[str]:
    """Each labeled real article's text, without its header."""
    paths = sorted(
        p for p in ROOT.rglob("*.md") if p.name != "README.md" and not set(p.parts) & set(HELD_OUT)
    )
    return [p.read_text(encoding="utf-8", errors="replace").split("---\n", 2)[-1] for p in paths]


def main() -> None:
    texts = article_texts()
    print(f"{len(texts)} articles")
    for name, shape in SHAPES.items():
        counts = [len(shape.findall(text)) for text in texts]
        print(f"{name}: {sum(counts)} in {sum(1 for c in counts if c)} articles")


if __name__ == "__main__":
    main()
