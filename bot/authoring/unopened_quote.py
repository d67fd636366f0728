"""Where a quote starts when the page dropped its opening mark.

A paragraph of a speaker's words whose only double mark is the closing one (`We are ready.
The work starts now," the mayor said.`, a converter or a hurried editor losing the first
mark): the quote is the paragraph from its start, not only the last sentence, unless the
words before that sentence are the writer's, telling who speaks (a verb of speech in them:
`The minister slammed the plan, saying, The plan fails ...”`), when the sentence alone is
kept as before.
"""

from __future__ import annotations

import re

__all__ = ["unopened_start"]

_MARKS = re.compile(r"[\"“”„«»]")


def unopened_start(text: str, sentence_start: int, verb: re.Pattern[str]) -> int:
    """Where a quote closed by a mark with none opening it begins: 0 (the paragraph's start)
    when the words before its sentence hold no double mark and no verb of speech, else
    `sentence_start`. A left single mark opening the paragraph (`‘We ... ahead.”`, marks of
    two kinds) is left out of the quote."""
    before = text[:sentence_start]
    if not before.strip() or _MARKS.search(before) or verb.search(before):
        return sentence_start
    return 1 if text.startswith("‘") else 0
