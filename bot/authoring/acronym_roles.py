"""Who "the CAO", "the AG" or "the DC" is: the one person whose title spells it.

News copy gives a title in full or as initials once ("Attorney General Aiyaz
Sayed-Khaiyum", "CAO Keith MacDonald") and then calls its holder by the initials alone
("said the AG"). Initials match a title written as them, or a run of its capitalised words
(small joining words such as "of" skipped: "Director of Public Prosecutions" is the DPP).
An organisation's initials ("the IEC said") match nobody's title and name nobody."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

_ACRONYM = re.compile(r"[A-Z]{2,5}")
_JOINING = frozenset({"of", "for"})


class _Holder(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def role(self) -> str: ...


def is_acronym(word: str) -> bool:
    """ "CAO", "AG", "DCE": two to five capitals, nothing else."""
    return _ACRONYM.fullmatch(word) is not None


def spelled_by(acronym: str, role: str) -> bool:
    """Whether `role` writes `acronym` as a word or as the initials of the last words of a
    run of its capitalised words ("Attorney General and Minister for Finance" spells AG,
    "Acting Chief Administrative Officer of the county" CAO, "Director of Public
    Prosecutions" DPP)."""
    words = re.findall(r"[\w’'-]+", role)
    if acronym in words:
        return True
    return any(
        "".join(w[0] for w in run[-len(acronym) :]) == acronym
        for run in _capital_runs(words, _JOINING) + _capital_runs(words, frozenset())
        if len(run) >= len(acronym)
    )


def _capital_runs(words: Sequence[str], joining: frozenset[str]) -> list[list[str]]:
    """The runs of capitalised words, a word of `joining` inside a run skipped."""
    runs: list[list[str]] = [[]]
    for word in words:
        if word[:1].isupper():
            runs[-1].append(word)
        elif not (word in joining and runs[-1]):
            runs.append([])
    return [run for run in runs if run]


def acronym_holders(people: Iterable[_Holder], acronym: str) -> Sequence[str]:
    """The keys of everyone whose role spells `acronym`."""
    return [p.key for p in people if spelled_by(acronym, p.role)]
