"""A headline at the end of the page's breadcrumbs.

A page may print its headline only as the last step of its trail of sections ("Market News
& Headlines >> Argentine Port Workers Strike ..."): the steps before it are labels of a few
capitalised words each, the last a headline of four words or more; the title is that last
step.
"""

from __future__ import annotations

import re

__all__ = ["headline_after_crumbs"]

# "Home » ..." and "News > ..." lines are dropped whole as breadcrumbs; ">>" is not.
_STEP = re.compile(r"\s>>\s")
_MAX_LABEL_WORDS = 4
_MIN_HEADLINE_WORDS = 4
_JOINS = frozenset({"of", "and", "&", "the", "for", "in", "on"})


def headline_after_crumbs(title: str) -> str:
    """ "News & Headlines >> Port workers strike over vaccines" -> "Port workers strike over
    vaccines"; any other title is returned as it is."""
    steps = [step.strip() for step in _STEP.split(title)]
    if len(steps) < 2 or len(steps[-1].split()) < _MIN_HEADLINE_WORDS:
        return title
    if all(_label(step) for step in steps[:-1]):
        return steps[-1]
    return title


def _label(step: str) -> bool:
    words = step.split()
    return 0 < len(words) <= _MAX_LABEL_WORDS and all(w[:1].isupper() or w in _JOINS for w in words)
