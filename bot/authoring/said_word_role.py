"""One lowercase word between a quote's "said" and a name: the speaker's role.

"“The shares will fall,” said stockbroker Ada Vole", "“We had to win,” said prop Jo Lee",
"“He ran,” said neighbor Tom Reed": the writer puts what the speaker is right before the name,
and the word may be one the role lexicon does not know. Only right after a closing quote
mark and the speech verb, one word, plainly a noun (no function word, no "-ly", "-ing" or
"-ed" form, no time word: "said yesterday Jo Lee" is no role, no rank of time: "said former
Jo Lee" says when, not what), does the word count as the
role: there the sentence has no room for anything but the speaker and what they are. Before,
the name had no cue and the speaker was dropped with the quote left unattributed.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words

__all__ = ["said_word_role"]

_SAID_WORD = re.compile(
    r"[,?!.…]\s?[”\"’]\s+(?:said|says|added|explained|continued|noted|stated)"
    r"\s+(?P<word>[a-z][a-z]+(?:-[a-z]+)?) $"
)
_NOT_A_ROLE = words(
    """the a an this that these those his her its their our my your some one another
    yesterday today tomorrow tonight now earlier later meanwhile recently then also again once
    still too first finally simply only just even both all each either to of in on at for
    with by from as and or but so yet who whom which whose than former late then fellow current
    new outgoing incoming"""
)


def said_word_role(text: str, start: int, floor: int) -> str | None:
    """The word before the name at `start` when it stands alone between a quote's speech
    verb and the name, as above; None otherwise."""
    match = _SAID_WORD.search(text, max(floor, start - 40), start)
    if match is None:
        return None
    word = match.group("word")
    if word in _NOT_A_ROLE or word.endswith(("ly", "ing", "ed")):
        return None
    return word
