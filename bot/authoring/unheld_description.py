"""A definite description no one holds, right after a paragraph about one person (round 49).

News prose names a person, then goes on with a description of them the article gives no
one as a role: "Antipas said ..." / "The Chicken Inn gaffer added that ... “...,” he
said."; "López Obrador assured ..." / "The head of the Mexican Executive pointed out ...".
When the paragraph before left one person the likely he/she, the description opens its
paragraph's clause before anyone else is named there, and no drafted person holds its role
words, the description is that person: a he/she after it means them. A role that one
other person holds, or two people hold, is theirs or nobody's as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.authoring.people import Mention

__all__ = ["described_is_carried"]


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
