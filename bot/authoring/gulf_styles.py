"""Gulf styles of rank and Arabic lineage particles in names.

"Sheikh", "Shaikh", "Sheikha", "Sayyid" and "Sayyida" before a name that carries a lineage
("Fahd bin Mahmoud Al Said", "Reem bint Ebrahim Al Hashimy", "Abdullah Al Bakri") are a
ruling family's or a notable's style: a mark of rank, neither part of the name nor an office.
The Gulf spellings "Shaikh", "Sheikha", "Sayyid" are styles wherever they stand, and so is
"Sayyed", the Levantine spelling of "Sayyid" ("Sayyed Hassan Nasrallah"; "Sayed" with one "y"
opens South Asian names, "Sayed Tariqul Hasan", and is no style); "Sheikh"
without a lineage ("Sheikh Hasina", "Sheikh Rashid Ahmed"), a South Asian usage, may be the
name's own, and namesakes.KEPT_HONORIFICS decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["GULF_STYLES", "LINEAGE", "style_of_rank", "without_style"]

GULF_STYLES: frozenset[str] = frozenset(
    {"Sheikh", "Shaikh", "Sheik", "Sheikha", "Shaikha", "Sayyid", "Sayyida", "Sayyidah", "Sayyed"}
)
# A family's "Al" ("Al Bakri", "Al-Thani", "al-Sabah") or a father's "bin", "bint", "ibn"
# ("son of", "daughter of"), capitalised or not, inside a name.
LINEAGE = re.compile(r"\s(?:Al[-\s]|al-|[Bb]in\s|[Bb]int\s|[Ii]bn\s)")


def without_style(title: str) -> str:
    """A title without the Gulf styles that end or open it ("minister of manpower Shaikh"
    is "minister of manpower"; "Sheikh" alone is empty): a style is no office."""
    words = title.split()
    while words and words[-1] in GULF_STYLES:
        words.pop()
    while words and words[0].rstrip(",") in GULF_STYLES:
        words.pop(0)
    return " ".join(words)


# A Gulf style right before a name that carries a lineage: "Sheikh Ali Al-Jarrah Al-Sabah".
_STYLED_LINEAGE = re.compile(
    r"(?<![\w’'])(?:" + "|".join(sorted(GULF_STYLES)) + r") (?:[A-Z][\w’'-]* ){0,3}?"
    r"(?:Al[-\s]|al-|[Bb]in\s|[Bb]int\s|[Ii]bn\s)"
)


def style_of_rank(texts: Iterable[str]) -> bool:
    """Whether the article writes a Gulf style before a name with a family's "Al-" or a
    father's "bin" ("Oil Minister Sheikh Ali Al-Jarrah Al-Sabah"): then the same style before
    one name elsewhere ("Sheikh Mohammad said") is the rank's style too, not a part of the
    name as "Sheikh Hasina" is in Bangladeshi copy."""
    return any(_STYLED_LINEAGE.search(text) for text in texts)
