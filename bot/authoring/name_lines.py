"""A transcript's speaker printed on a line of its own above each turn.

A broadcaster's transcript may print who speaks as a lone line over each turn ("Britney
Gordon" over a question in marks, then "Chester Williams" over the answer). The page's
clutter rules drop such a line as a label, but it still ends the turn above it: the quote
under a line naming someone else is not the previous speaker's, even with no closing mark
before it. Under a line naming one known person the quote is that person's; under a line
naming nobody the drafter knows (a reporter the page never describes), it is nobody's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["name_line_speaker", "turn_names"]

# Two or three capitalised words and nothing else: "Britney Gordon", "Chester Williams".
_NAME_LINE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,2}")
_OPENING = re.compile(r"\s*[“\"‘]")
_DIALOGUE = 2  # people named on the lines: a questioner and who answers


def _name_line(line: str) -> str | None:
    """The name a lone name line holds, or None."""
    text = " ".join(line.split())
    return text if _NAME_LINE.fullmatch(text) else None


def turn_names(lines: Sequence[str], dropped: Sequence[bool]) -> dict[int, str]:
    """Line index -> the name on the dropped line right above it, for each kept line that
    opens with a quotation mark under a lone name line; only on a page where such lines
    name two people or more (a dialogue: one "Most Read" over a quote is a widget)."""
    found: dict[int, str] = {}
    for i in range(1, len(lines)):
        if dropped[i - 1] and not dropped[i] and _OPENING.match(lines[i]):
            name = _name_line(lines[i - 1])
            if name is not None:
                found[i] = name
    return found if len(set(found.values())) >= _DIALOGUE else {}


def name_line_speaker(
    name: str, forms: dict[str, list[str]], number: int
) -> tuple[int, str] | None:
    """(the line's place, just above paragraph `number`; the person) when the name line
    names exactly one person the drafter knows, as a speaker heading does; else None."""
    keys = forms.get(name, [])
    return (number - 1, keys[0]) if len(keys) == 1 else None
