"""Words a quote credits to "the statement", given to the person who issued that statement.

`Spokesman Ahmed Hafez said in a statement that ...` / `He added that ...` / `“...,” the
statement said.`: "the statement" points back to the one statement the story has introduced,
and when a named person issued it ("X said in a statement", "X issued a statement", "a
statement issued by the press secretary, X"), its words are that person's, the convention of
wire and agency copy that names the source once and then quotes "the statement". A statement a
body issued ("The FAA released a statement", "The APC in a statement signed by ...") has no
person to give it to, and a paragraph that introduces it ends any person's statement before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.people import Mention

__all__ = ["STATEMENT_HOW", "Statement", "carried_statement", "statement_speaker"]

STATEMENT_HOW = "the statement its issuer gave"

# Right after a quote's closing mark: "the statement said", "the statement added".
_THE_STATEMENT_SAYS = re.compile(
    r"[,.]?\s+the\s+statement\s+(?:further\s+|also\s+)?"
    r"(?:said|says|read|reads|added|adds|stated|states|continued)\b"
)
# A statement introduced in a sentence: its first mention.
_A_STATEMENT = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}statement\b"
)
# After the issuer's name (and perhaps an aside set off by commas): the verb of issuing.
_ISSUES = re.compile(
    r"(?:,[^,.;:“”\"]{1,80},)?\s+(?:also\s+|has\s+|had\s+)?"
    r"(?:said\s+in|issued|released|put\s+out|sent\s+out|published)\s+"
    r"(?:a|an|his|her)\s+(?:[a-z-]+\s+){0,2}statement\b"
)
# Before the issuer's name: "a statement issued by the Chief Press Secretary, ".
_ISSUED_BY = re.compile(
    r"\b[Aa]\s+statement\s+(?:issued|released|sent\s+out|published)\s+by\s+"
    r"(?:[^,.;:“”\"]{0,80},\s+)?$"
)


# How many paragraphs back a statement is still "the statement".
_REACH = 3

# (paragraph, issuer's key) of the last statement a person issued.
Statement = tuple[int, str] | None


def statement_speaker(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    carried: Statement,
    number: int,
) -> str | None:
    """The speaker of a quote (its opening and closing mark, `span`) that "the statement
    said": the issuer of the statement introduced before it in this paragraph, else of the
    one carried from the last few paragraphs; None when nobody is named for it."""
    opening, close_at = span
    if _THE_STATEMENT_SAYS.match(text, close_at + 1) is None:
        return None
    introduced, issuer = statement_issuer(text, mentions, sentences, opening)
    if introduced:
        return issuer
    return carried[1] if carried and carried[0] >= number - _REACH else None


def carried_statement(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    carried: Statement,
    number: int,
) -> Statement:
    """The statement "the statement" means after paragraph `number` (`text`)."""
    introduced, issuer = statement_issuer(text, mentions, sentences, len(text))
    if not introduced:
        return carried
    return (number, issuer) if issuer else None


def statement_issuer(
    text: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]], until: int
) -> tuple[bool, str | None]:
    """(introduced, key): whether `text` before `until` introduces a statement, and the key
    of the one known person it names as issuing it (None: a body's statement, or unsure).
    The last sentence that introduces a statement counts; it must name nobody else."""
    introduced, issuer = False, None
    for lo, hi in sentences:
        if lo >= until:
            break
        if _A_STATEMENT.search(text, lo, min(hi, until)) is None:
            continue
        introduced, issuer = True, None
        named = [m for m in mentions if lo <= m.start < hi and m.pronoun is None]
        if len(named) != 1 or named[0].key is None:
            continue
        person = named[0]
        if _ISSUES.match(text, person.end) or _ISSUED_BY.search(text, lo, person.start):
            issuer = person.key
    return introduced, issuer
