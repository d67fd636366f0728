"""A he/she in an article that names one person and nobody else (round 52).

A short report names one person ("According to Reeve Ada Obi, producers are nearly
finished."), then goes on with them through sentences the drafter cannot carry a he/she
across, and "“...,” she said." was left open though nobody else is there to say it. When
the article's people are that one person, every full name it writes is a form of theirs
(no name the drafter does not know as a person: a namesake, a speaker it never found),
nobody unnamed ("a resident", "one official") comes before the he/she, and nobody speaks
between their last mention and the he/she outside quoted words ("Police said ...", "the
Prime Minister wrote ..."), the he/she is theirs. Anything else leaves it as before: an
unattributed quote beats a wrong speaker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.authoring.people import Person, full_name_starts

__all__ = ["sole_person"]

# Quoted words between the person's last mention and the he/she: what was said, not who.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def sole_person(
    persons: Sequence[Person],
    forms: Mapping[str, Sequence[str]],
    article: str,
    at: int,
    speech: re.Pattern[str],
) -> str | None:
    """The key of the article's one person for a he/she at `at` in `article`, when every
    full name in it is one of their `forms`, they are named before `at`, and no `speech`
    verb stands between their last mention and `at` outside quoted words; else None."""
    if len(persons) != 1:
        return None
    key = persons[0].key
    theirs = [form for form, keys in forms.items() if key in keys]
    if not all(any(article.startswith(f, s) for f in theirs) for s in full_name_starts(article)):
        return None  # "Keith Crum ... Bryan Bush said he": a name the draft does not know
    last = max((article.rfind(f, 0, at) + len(f) for f in theirs if f in article[:at]), default=-1)
    if last < 0:
        return None
    if speech.search(_QUOTED.sub(" ", article[last:at])):
        return None  # "Police said the driver was held." / "He said": the police may be him
    return key
