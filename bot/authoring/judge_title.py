"""A judge's title read as "the judge" (round 46).

Court reports introduce a judge by title ("Justice Ama Boateng granted bail") and then quote
"the judge said". The role the drafter keeps is "Justice", a word "the judge" does not hold,
so the one judge was never found. A role that is a judge's title alone (perhaps with a
court's or a rank's words: "Chief Justice", "High Court Justice") also answers to "judge";
"Justice Minister" or "Minister of Justice" holds another office and does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.lexicon import words

__all__ = ["judge_forms"]

_TITLE = "justice"
# Words a judge's title may carry besides "Justice": ranks and courts.
_COURT_WORDS = words(
    "chief high supreme court puisne appeal appeals appellate federal district circuit "
    "associate senior madam mr mrs ms lady lord judge of the"
)


def judge_forms(role: Sequence[str]) -> set[str]:
    """{"judge"} when the role's words (lowercase) are a judge's title ("justice", "chief
    justice", "high court justice"), else nothing."""
    bare = [w.strip(".,") for w in role]
    if _TITLE not in bare:
        return set()
    return {"judge"} if all(w == _TITLE or w in _COURT_WORDS for w in bare) else set()
