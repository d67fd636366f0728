"""What a report on a parliament or council brackets after a member's name: the party's
letters ("Ada Obi (NSC) said", "Cllr Jo Lee (FF)") or the member's portfolio ("Jo Lee
(Foreign Affairs) told the debate"). Either is the role a reader is given. They are read
only after a name the article already marks as a person's (a name alone before letters is
as often a body's: "Democratic Alliance (DA)"), and letters never when they hold the
name's own initials (a body's short form: "Secondary Education (MBSSE)") or are a
country's, a wire's or an honour's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import OFFICE_WORDS, POSTNOMINALS

__all__ = ["member_bracket_after"]

_BRACKET = re.compile(r" \((?P<inside>[^()]{2,40})\)")
_LETTERS = re.compile(r"[A-Z]{2,5}")
# Letters in brackets that are no party: a country, a wire or network, a rank or honour.
_NOT_PARTIES = frozenset({"UK", "US", "USA", "UAE", "EU", "UN", "AP", "AFP", "CNS", "CBS"})
_NOT_PARTIES |= frozenset({"SAN", "RTD", "RETD"}) | POSTNOMINALS
# The last word of a portfolio in brackets: "(Foreign Affairs)", "(Health)", "(Finance)".
_PORTFOLIO_ENDS = frozenset(
    {"Affairs", "Health", "Finance", "Justice", "Defence", "Defense", "Education", "Interior"}
)


def member_bracket_after(text: str, end: int, name: Sequence[str]) -> str | None:
    """The party letters or portfolio in brackets right after a full name ending at `end`."""
    match = _BRACKET.match(text, end)
    if match is None or len(name) < 2:
        return None
    inside = match.group("inside")
    if _LETTERS.fullmatch(inside):
        initials = "".join(w[0] for w in name if w[:1].isupper())
        return None if inside in _NOT_PARTIES or initials in inside else inside
    words = inside.split()
    if words[-1] in _PORTFOLIO_ENDS and all(w in OFFICE_WORDS or w == "and" for w in words[:-1]):
        return inside
    return None
