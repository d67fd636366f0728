"""A speech verb known by where it stands, not by a word list.

`“He took the money and left that same night,” Kanu narrated.`: a quote closed by a comma
(or a question or exclamation mark) inside its marks asks for an attribution, and a person's
name right after it followed by one past-tense verb that ends the clause can only be that
attribution, whatever the verb ("narrated", "inquired", "snapped", "shared", "ruled",
"pointed out"). The lexicon's speech verbs are read elsewhere; this frame takes the verbs it
does not list without growing it by one page's word at a time.

The frame, strictly: the mark before the closing mark is `,` `?` or `!`; after the name an
optional adverb ("strongly", "further", "also", "then", "later", "again"), one lowercase
word ending in "ed" with an optional particle ("out", "back", "up"), then the clause ends (a
stop, a comma, a semicolon, the paragraph's end) or a pronoun object or a preposition follows
(`Bio congratulated him on ...`, `Nevis snapped at the chair`). A verb that reports another's
words as its object is refused (`“...,” Obi quoted the minister as saying`): only the
pronoun or preposition after it, never a noun phrase.
"""

from __future__ import annotations

import re

__all__ = ["clause_stop_before", "verb_closes_attribution"]

_ADVERB = r"(?:[a-z]+ly|further|also|then|later|again|once\s+more|finally)"
_FRAME = re.compile(
    rf"\s*+(?:{_ADVERB}\s+)?(?P<verb>[a-z]{{3,}}ed)(?:\s+(?:out|back|up))?"
    r"(?:\s*(?:[.,;:!?)]|$)|\s+(?:him|her|them|me|us|on|in|at|to|during|before|after|while|"
    r"with|from|over|via|when|as\s+(?:he|she|they)\b))"
)
# Past tenses of other deeds that the frame's shape could still take: "“...,” Obi and
# his team stopped", "“...,” Obi finished": none reports the quote. Kept short on purpose.
_NOT_SPEECH = frozenset({"quoted", "needed", "wanted", "used", "based", "tied", "owned"})


def clause_stop_before(text: str, close_at: int) -> bool:
    """Whether the quote whose closing mark is at `close_at` ends on `,` `?` or `!` inside its
    marks (a space between allowed): a clause that asks for an attribution after it."""
    if close_at < 1 or text[close_at : close_at + 1] not in {"”", '"'}:
        return False
    before = text[max(0, close_at - 2) : close_at].rstrip()
    return before[-1:] in {",", "?", "!"}


def verb_closes_attribution(rest: str) -> bool:
    """Whether `rest`, the words right after a name that follows a comma-closed quote, is one
    past-tense verb ending the attribution (`Kanu narrated.`, `Talino strongly pointed out.`,
    `Bio congratulated him on ...`), the verb not in the short list of deeds."""
    m = _FRAME.match(rest)
    return m is not None and m.group("verb") not in _NOT_SPEECH
