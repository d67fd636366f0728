"""A paragraph that tells how its one person feels, before a paragraph that is only a quote.

News and sports writing lead into a quote by paraphrasing the speaker's mood ("Coach Ana
Lind was delighted with the draw." / "“We defended well ...”"): the quote that follows is
that person's words. A quote after a paragraph about someone who is never shown speaking is
otherwise left to nobody ("She was charged with theft." / "“...”" is the police's), so only
a copula or a verb of seeming followed by an adjective of feeling or stance counts here.
"""

from __future__ import annotations

import re

from bot.authoring.lexicon import words

FEELINGS = words(
    "happy unhappy pleased displeased delighted disappointed frustrated angry upset proud"
    " confident optimistic pessimistic relieved satisfied dissatisfied thrilled elated"
    " furious excited saddened shocked hopeful adamant defiant emphatic worried concerned"
    " anxious devastated heartbroken grateful thankful"
)

# A singular copula or verb of seeming, up to two degree words or -ly adverbs, the feeling.
_FEELING = re.compile(
    r"(?<![\w’'])(?:was|is|felt|feels|seemed|seems|appeared|remained|remains|sounded)\s+"
    r"(?:(?:[a-z]+ly|very|so|quite|rather|not)\s+){0,2}(?P<feeling>[a-z]+)\b"
)


def tells_a_feeling(text: str) -> bool:
    """Whether `text` says how someone singular feels ("was extremely pleased with",
    "is not happy", "felt confident")."""
    return any(m.group("feeling") in FEELINGS for m in _FEELING.finditer(text))
