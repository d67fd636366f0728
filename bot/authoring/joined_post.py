"""Two posts joined by "and" before a name: "the County Clerk and Recorder Ada Vole".

The capitalised run a name is found in starts after "and", so a second post the lexicon does
not know ("Recorder", "Treasurer-Collector") was read as the person's first name ("Recorder
Ada Vole") and every quote went to that name. When the word before "and" is a role noun
("Clerk"; not a style that ends a name, "Asgar Sheikh and Mohd Ali") and a full name of two
or more words follows the word after it, that word is the second post's: the person is the
rest, the office both posts together ("County Clerk and Recorder"). A name of two words
after "and" is left alone ("the clerk and Ada Vole" names two people).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import HONORIFICS, ROLE_NOUNS, SENTENCE_STARTERS, TITLE_WORDS

__all__ = ["joined_post"]

# The capitalised words of the first post, then "and" or "&", right before the run.
_FIRST_POST = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]+ ){1,4})(?:and|&) $")


def _post_word(word: str) -> bool:
    """A role noun ("Clerk", "Secretary"); a style that ends names ("Sheikh") is not one."""
    return word.casefold() in ROLE_NOUNS


def joined_post(text: str, words: Sequence[tuple[int, int, str]]) -> str | None:
    """The office of both posts ("County Clerk and Recorder") when the run `words` (start,
    end, word) opens with a second post joined by "and" to a first one ending in a title or
    role noun, and at least two name words follow; None otherwise."""
    if len(words) < 3:
        return None
    first = words[0][2]
    if first in HONORIFICS or first in TITLE_WORDS or not first[:1].isupper():
        return None
    match = _FIRST_POST.search(text, max(0, words[0][0] - 60), words[0][0])
    if match is None:
        return None
    before = match.group(1).split()
    if not _post_word(before[-1]):
        return None
    while before and (before[0] in SENTENCE_STARTERS or before[0] == "The"):
        before = before[1:]
    joiner = text[match.end(1) : words[0][0]].strip()
    return f"{' '.join(before)} {joiner} {first}"
