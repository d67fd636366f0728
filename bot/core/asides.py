"""An answer typed with an aside: a detail in brackets, a reason or a clause after it, a
clause before it, or a wrong answer denied before it ("Russia (Kazan)", "Ukraine ofc, thats
where the war is", "it was xi who said it", "they landed in vladivostok", "not russia,
ukraine").

This module only finds where the answer and its aside are; matching judges both (the aside
must not name another answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

__all__ = ["Aside", "AsideKind", "asides", "corrected"]


class AsideKind(Enum):
    """What the words beside the answer do."""

    DETAIL = "detail"  # "Russia (Kazan)": more precise, or another name of the answer
    REASON = "reason"  # "Ukraine, thats where the war is": why, not what
    DENIED = "denied"  # "not russia, ukraine" or "ukraine, not russia": an answer ruled out
    CORRECTED = "corrected"  # "russia, no wait ukraine": the answer given last replaces the first


@dataclass(frozen=True, slots=True)
class Aside:
    """One reading of a guess as an answer with an aside beside it."""

    answer: str
    aside: str
    kind: AsideKind


_BRACKETED = re.compile(r"^\s*([^()\[\]]*[^\s()\[\]])\s*[(\[]\s*([^()\[\]]+?)\s*[)\]]\W*$")
# Where a reason or a correction begins: a comma (not inside a number), a semicolon, a dash
# between spaces or a sentence's end; "because" and its chat forms need no comma.
_BREAK = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|;|\s[-–—]+\s|\.\s)\s*")
_BECAUSE = re.compile(r"\s+(?=(?:because|bc|bcs|cuz|coz|cos|cause|since)\b)", re.IGNORECASE)
# Words that start a reason after a break ("thats where", "its the", "since").
# The answer, then a clause about it: "xi who said it", "it was xi who said it".
_RELATIVE = re.compile(r"^\s*(?:it\s+was\s+|it'?s\s+)?(.*?\w)\s+((?:who|that|which)\s+\w.*)$", re.I)
# A clause before the answer: a subject, a verb in the past and where ("they landed in
# vladivostok", "he worked at georgetown"); never "from", which says where they left.
_LEADING_CLAUSE = re.compile(
    r"^\s*(?:they|he|she|it|we)\s+([^\W\d_]{3,}ed|went|came|got|met|fought|stayed|sailed)\s+"
    r"(?:in|at|into|on|to)\s+(\S.*)$",
    re.IGNORECASE,
)
_REASON_OPENERS = frozenset(
    "because bc bcs cuz coz cos cause since as thats that its it where which who there theyre "  # noqa: SIM905
    "they so given "
    # a clause or a description of the person after their name: "kelly, he changed his vote",
    # "macri, the president"
    "he she his her the".split()
)
# Words that take the answer back or hedge it: a reason holding one is no reason ("kenya,
# thats wrong", "kenya who knows").
_REVISIONS = frozenset(
    "actually wait or nvm jk maybe either both no nah unless except instead rather wrong "  # noqa: SIM905
    "incorrect false knows idk unsure dunno".split()
)
# French "pas" as well: "pas juillet, juin", "juin, pas juillet"
_DENIALS = frozenset({"not", "no", "nah", "nope", "pas"})
# Where a student corrects themselves in one line: "russia, no wait ukraine", "russia i mean
# ukraine", "russia... actually ukraine"; "wait" alone may be an option's word ("Wait and see").
_CORRECTS = re.compile(
    r"(?:^|(?<=[\s,;.!-]))(?:no\s+wait|wait\s+no|actually|i\s+mean|sorry|correction|"
    r"scratch\s+that|oops|nvm)\b[\s,:;.!-]*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return [word.casefold().replace("’", "'") for word in _WORD.findall(text)]


def asides(given: str) -> list[Aside]:
    """The readings of `given` as an answer beside an aside, if it has any."""
    found = []
    if match := _BRACKETED.match(given):
        found.append(Aside(match[1], match[2], AsideKind.DETAIL))
    if clause := _RELATIVE.match(given):
        found.extend(_after(clause[1], clause[2]))
    if clause := _LEADING_CLAUSE.match(given):
        found.append(Aside(clause[2], clause[1], AsideKind.REASON))
    if (answer := corrected(given)) is not None:
        found.append(Aside(answer, "", AsideKind.CORRECTED))
    cut = _BREAK.search(given) or _BECAUSE.search(given)
    if cut and cut.start() > 0 and cut.end() < len(given):
        head, rest = given[: cut.start()], given[cut.end() :]
        found.extend(_after(head, rest) + _before(head, rest))
    return found


def _after(head: str, rest: str) -> list[Aside]:
    """The answer first, then a reason or a denied answer: "ukraine, not russia"."""
    words = _words(rest)
    if not words or _REVISIONS.intersection(words):
        return []
    if words[0] in ("not", "pas") and len(words) > 1 and words[0] not in words[1:]:
        return [Aside(head, " ".join(words[1:]), AsideKind.DENIED)]
    if words[0] in _REASON_OPENERS and "not" not in words:
        return [Aside(head, rest, AsideKind.REASON)]
    return []


def _before(head: str, rest: str) -> list[Aside]:
    """A denied answer first, then the answer: "not russia, ukraine"."""
    words = _words(head)
    denied = words
    while denied and denied[0] in _DENIALS:
        denied = denied[1:]
    answer = _words(rest)
    if denied == words or not denied or _DENIALS.intersection(denied):
        return []
    if not answer or _REVISIONS.intersection(answer) or "not" in answer:
        return []
    return [Aside(rest, " ".join(denied), AsideKind.DENIED)]


def corrected(given: str) -> str | None:
    """The answer after the last correction in one line: "ukraine" for "russia, no wait
    ukraine" or "actually ukraine"; None without a correction or with nothing after it."""
    found = list(_CORRECTS.finditer(given))
    if not found:
        return None
    answer = given[found[-1].end() :]
    return answer if _words(answer) else None
