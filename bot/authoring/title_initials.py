"""A title's initials in brackets inside the title (round 46).

`“...,” said Bakshiganj Upazila Nirbahi Officer (UNO) Masud Rana.`, `Chief Inspector of
Police (CIP) Theobald Kanamugira`: the initials a title is known by, in brackets right after
its capitalised words and before the name, are part of the title; read without them, the
words before the name are titles only.
"""

from __future__ import annotations

import re

__all__ = ["without_title_initials"]

# "Officer (UNO) ": a capitalised word, then two to seven letters in brackets opening with
# a capital ("(UNO)", "(DCP)", "(Ag)"), then a space.
_INITIALS = re.compile(r"(?<![\w’'])([A-Z][\w.’'-]*)\s+\([A-Z][A-Za-z]{1,6}\)(?=\s)")


def without_title_initials(text: str) -> str:
    """`text` with the bracketed initials after capitalised words taken out."""
    return _INITIALS.sub(r"\1", text)
