"""Census for naming a briefing by its whole title with a slip (`bot.core.lookup.near_whole`):
the headlines of the labeled real articles (from their links, the words of the address's last
part), each typed two ways: with a slip (a letter dropped from its longest word, and also a
letter doubled in its second longest), which should name it; and with its last word swapped
for the next headline's last word (a series' sibling, "… strike begins" for "… strike ends"),
which should name nothing (a plural for a singular, `meetings` for `meeting`, is a slip
still). Counted for the ratio fallback used before (rapidfuzz QRatio at 80)
and for the one rule now.

Run: `python -m benchmarks.briefing_names`
"""

from __future__ import annotations

import re
from pathlib import Path

from rapidfuzz import fuzz

from bot.core.lookup import near_whole

REAL = Path(__file__).resolve().parents[1] / "tests" / "authoring" / "labeled" / "real"
HELD_OUT = ("fresh78", "fresh79", "fresh80", "fresh81")  # kept unread
_LINK = re.compile(r"^link:\s*(\S+)", re.MULTILINE)
_WORDY = re.compile(r"^[a-z]+(?:-[a-z0-9]+){3,}$")


def headlines() -> list[str]:
    """The headlines that the articles' addresses spell out (4 words or more), each once."""
    found: dict[str, None] = {}
    for page in sorted(REAL.glob("*/*.md")):
        if page.parent.name in HELD_OUT or page.name == "README.md":
            continue
        link = _LINK.search(page.read_text(encoding="utf-8")[:2000])
        if not link:
            continue
        parts = [p for p in link.group(1).split("?")[0].split("/") if p]
        slug = next((p for p in reversed(parts) if _WORDY.match(p.removesuffix(".html"))), "")
        words = [w for w in slug.removesuffix(".html").split("-") if not w.isdigit()]
        if len(words) >= 4:
            found[" ".join(words)] = None
    return list(found)


def _slipped(title: str, twice: bool) -> str:
    words = title.split()
    by_length = sorted(range(len(words)), key=lambda i: -len(words[i]))
    longest = words[by_length[0]]
    words[by_length[0]] = longest[:2] + longest[3:]  # a letter dropped
    if twice:
        second = words[by_length[1]]
        words[by_length[1]] = second[:2] + second[2] + second[2:]  # a letter doubled
    return " ".join(words)


def _old(typed: str, title: str) -> bool:
    return fuzz.QRatio(typed.casefold(), title.casefold()) >= 80


def main() -> None:
    titles = headlines()
    rows = {"one slip": 0, "two slips": 0, "last word swapped": 0}
    old = dict.fromkeys(rows, 0)
    tried = dict.fromkeys(rows, 0)
    for i, title in enumerate(titles):
        names = [(title, title)]
        for label, typed in (
            ("one slip", _slipped(title, twice=False)),
            ("two slips", _slipped(title, twice=True)),
        ):
            rows[label] += near_whole(typed, names) == title
            old[label] += _old(typed, title)
            tried[label] += 1
        other = titles[(i + 1) % len(titles)].split()[-1]
        if other == title.split()[-1]:
            continue
        swapped = " ".join([*title.split()[:-1], other])
        tried["last word swapped"] += 1
        rows["last word swapped"] += near_whole(swapped, names) == title
        old["last word swapped"] += _old(swapped, title)
    print(f"{len(titles)} headlines from the labeled real articles' addresses")
    print(f"{'typed':<20} {'tried':>6} {'named, ratio 80':>16} {'named, one rule':>16}")
    for label in rows:
        print(f"{label:<20} {tried[label]:>6} {old[label]:>16} {rows[label]:>16}")


if __name__ == "__main__":
    main()
