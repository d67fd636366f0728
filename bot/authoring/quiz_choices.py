"""The wrong choices of a who-said question: one person once.

A page names a person in full once and shorter elsewhere ("Michael S. Harrison", then
"Michael Harrison"), and the draft may keep both as figures. Offered side by side as wrong
choices they are one person twice: a student sees the pair, knows neither can be the answer
alone, and the question shrinks to a guess between the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.quiz_guards import one_name_two_ways


def one_name_each(names: Sequence[str]) -> list[str]:
    """`names` in order, without a later name that may be an earlier one's person."""
    kept: list[str] = []
    for name in names:
        if not any(one_name_two_ways(name, seen) for seen in kept):
            kept.append(name)
    return kept
