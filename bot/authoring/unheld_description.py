"""A description of the person the paragraph before was about, with a nationality their
drafted role lacks (round 49).

News prose names a person, then goes on with a description of them: "President Enrique
Peña Nieto said ..." / "The Mexican president declared that ... He thanked the mayor ...".
No drafted person holds "Mexican president", so the description was read as someone the
article does not know, and the he/she after it was left open. When the paragraph before
left one person the likely he/she, that person's role has the description's noun, the
words before the noun are nationalities only, and nobody is named or called he/she before
the description in its paragraph, the description is that person. "The Prime Minister"
after Minister Carl Voss, "the party leader" after a Chief Minister, or a role one other
person or two people hold, stay theirs or nobody's as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.people import Mention

__all__ = ["described_is_carried", "only_nationality_added"]


# "Mexican", "Chilean", "Pakistani", "Japanese", "Scottish": a nationality before the noun.
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")


def only_nationality_added(role: Sequence[str]) -> bool:
    """Whether the words before the role noun are nationalities only ("The Mexican
    president"), which leave the office as it is; "Prime", "Deputy", "former" or a party
    make another office or person ("the Prime Minister" is not the minister)."""
    return all(_NATIONALITY.fullmatch(word) for word in role[:-1])


def described_is_carried(
    at: int,
    holders: Sequence[str],
    noun_holders: Sequence[str],
    mentions: Sequence[Mention],
    carried: tuple[int, str] | None,
    number: int,
) -> str | None:
    """The person a description at `at` of paragraph `number` means, when no one holds all
    its role words (`holders` empty) but the person `carried` as the likely he/she of the
    paragraph just before holds its role noun (is among `noun_holders`), and nobody is named
    before it in the paragraph (`mentions`, outside quotes); else None."""
    if holders or carried is None or carried[0] != number - 1:
        return None
    if carried[1] not in noun_holders:
        return None  # "The party leader asserted" after a Chief Minister: someone else
    if any(m.start < at and (m.key is not None or m.pronoun in ("he", "she")) for m in mentions):
        return None
    return carried[1]
