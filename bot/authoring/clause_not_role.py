"""Phrases after a name's comma that hold a role noun yet are clauses about what happened, not
the named one's role.

- A participle that opens the phrase and stands apart from the role noun (", setting off a
  manhunt for suspected gunman Jo Lee", ", forcing the mayor to flee"). A participle right
  before the noun is part of the role ("acting director", "managing editor", "visiting
  professor"), and so is "working as a nurse", "serving as director of X": a participle
  then "as" says what the person is.
- A finite verb right after the role noun ("Varnholt, Texas - A Texas gunman has been
  arrested ...", "Jo Lee, the mayor said"): the noun is a new subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.lexicon import words

__all__ = ["clause_not_role"]

# A finite verb or auxiliary right after a noun: the noun is the subject of a new clause.
_FINITE = words(
    """has have had is are was were will would can could shall should may might must did does
    said says told added"""
)


def clause_not_role(phrase: Sequence[str], noun: int) -> bool:
    """Whether the apposition's words (its determiner dropped), whose role noun stands at
    index `noun`, are a clause: a participle apart from the noun opens them, or a finite
    verb follows the noun."""
    after = phrase[noun + 1].casefold().strip(",.") if noun + 1 < len(phrase) else ""
    if after in _FINITE:
        return True
    first = phrase[0] if phrase else ""
    if noun <= 1 or not first.islower() or not first.endswith("ing") or len(first) < 5:
        return False
    return phrase[1].casefold() != "as"
