"""The name a briefing itself calls a person by after a title ("President Lula" for Luiz Inacio
Lula da Silva, "Sheikh Tamim" for Tamim bin Hamad Al Thani): a word of the answer's name that
the briefing's text writes alone after a title is a name of that person, and so is the name
from that word on ("lula da silva"). Read only where the question asks for a person and the
answer is a name of three words or more; a word another person of the briefing bears is never
read. The labelled real articles write a head of state by such a word scores of times
("Sheikh Mohammad", "Prince Badr", "President Lula"). For `quiz.judge`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from bot.core.matching import ASKS_WHO, normalize

__all__ = ["names_after_titles"]

_TITLES = (
    r"(?:President|Prime\s+Minister|Premier|King|Queen|Prince|Princess|Sheikh|Sheikha|Emir|"
    r"Sultan|Pope|Governor|Mayor|Chancellor|General|Minister|Senator)"
)
_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")
# Small words inside a name: after a word, they say the name goes on ("Mohammed bin Rashid").
_GOES_ON = r"(?:bin|ibn|bint|al|el|da|de|do|dos|das|van|von|der|du)\b"


def names_after_titles(
    answers: Sequence[str], texts: Iterable[str], others: Sequence[str], prompt: str
) -> tuple[str, ...]:
    """The names (a word, and the name from that word on) the `texts` call the person a right
    answer names by after a title, where the question asks who; none that `others` (the other
    people's names) share."""
    if not ASKS_WHO.search(prompt) or not any(len(answer.split()) >= 3 for answer in answers):
        return ()  # read the briefing's texts only where a name of three words is asked for
    return _named(tuple(answers), tuple(texts), tuple(others))


@functools.lru_cache(maxsize=256)
def _named(
    answers: tuple[str, ...], texts: tuple[str, ...], others: tuple[str, ...]
) -> tuple[str, ...]:
    taken = {word for other in others for word in normalize(other).split()}
    found: list[str] = []
    for answer in answers:
        words = answer.split()
        if len(words) < 3 or not all(
            _NAME_WORD.fullmatch(w) or re.fullmatch(_GOES_ON, w) for w in words
        ):
            continue
        for index, word in enumerate(words[:-1]):
            if not _NAME_WORD.fullmatch(word) or normalize(word) in taken:
                continue
            alone = re.compile(rf"\b{_TITLES}\s+{re.escape(word)}\b(?!\s+(?:[A-Z]|{_GOES_ON}))")
            if any(alone.search(text) for text in texts):
                found += [word, " ".join(words[index:])]
    return tuple(dict.fromkeys(found))
