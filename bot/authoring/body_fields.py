"""A body's field written between a role and a name with no comma.

"the head of the Department of Disaster Management Reaz Ahmed said", "the head of the Ministry
of Health Mary Smith said": a role noun "of the" a body's head noun, "of" or "for" its field,
then the name. The capitalised run is one ("Disaster Management Reaz Ahmed"), and the field
ends on a word that names one: a portfolio's word ("Health", "Affairs", "Finance") or a noun
of a field ("Management", "Education", "Statistics", "Conservation"), which no given name is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.authoring.lexicon import OFFICE_WORDS, ORG_KEYWORDS
from bot.authoring.roles import is_role_noun

__all__ = ["field_before_name", "field_of_a_body"]

# The head nouns of bodies named for their field ("the Department of ...", "the Ministry for
# ...", "the Office of ...").
_BODY_HEADS = frozenset(
    {
        "Department",
        "Ministry",
        "Office",
        "Bureau",
        "Agency",
        "Directorate",
        "Commission",
        "Authority",
        "Division",
        "Institute",
        "Secretariat",
        "Unit",
        "Service",
        "Board",
        "Council",
        "Centre",
        "Center",
    }
)
# Nouns of a field by their ending ("Management", "Education", "Statistics"); "-ence" and
# "-ance" are left out, which end given names too ("Florence", "Constance").
_FIELD_ENDING = re.compile(r"[A-Z][a-z]+(?:ment|tion|sion|ics)")


def _names_a_field(word: str) -> bool:
    return word in OFFICE_WORDS or _FIELD_ENDING.fullmatch(word) is not None


def field_of_a_body(between: Sequence[str], lead: Sequence[str]) -> bool:
    """Whether the words between a role's link and a capitalised run (`between`: "Department
    of") and the run's leading words (`lead`: "Disaster Management") make a body and its
    field, so the run's other words are the name."""
    return (
        len(between) >= 2
        and between[-1] in ("of", "for")
        and between[-2] in _BODY_HEADS
        and bool(lead)
        and _names_a_field(lead[-1])
    )


# A role noun and its link right before the body: "the head of the ", "director for ".
_ROLE_OF_THE = re.compile(r"(?<![\w’'-])(?P<noun>[a-z][a-z-]*) (?:of|for|at) (?:the )?$")
_NAME_WORDS = (2, 3)  # "Reaz Ahmed", "Narayan Kaji Shrestha"


def field_before_name(portfolio: str, before: str) -> str:
    """The body's field alone when a name follows it in the same capitalised run after a
    role ("Disaster Management" of "the head of the Department of Disaster Management Reaz
    Ahmed"); else the portfolio as it is. `before` is the text up to the body's head noun."""
    role = _ROLE_OF_THE.search(before[-40:])
    if role is None or not is_role_noun(role.group("noun")):
        return portfolio
    words = portfolio.split(" ")
    for count in _NAME_WORDS:
        field, name = words[:-count], words[-count:]
        if (
            field
            and _names_a_field(field[-1])
            and all(w[:1].isupper() and w.isalpha() for w in name)
            and not any(_names_a_field(w) or w in ORG_KEYWORDS for w in name)
        ):
            return " ".join(field)
    return portfolio
