"""The body named inside another person's apposition is no one's name.

"Chris Marinac, an analyst at Janney Montgomery Scott, said": the role phrase after the comma
describes Chris Marinac, so the capitalised run after its "at" is his firm's name, whole. A
run that opens inside a place or a body after a role ("commissioner in Trinidad and Tobago
Gary Griffith") may hold the role's holder at its end; one inside an apposition cannot,
since the apposition's person is already named before it ("Montgomery Scott" is no analyst).
"""

from __future__ import annotations

import re

__all__ = ["apposition_of_name_before"]

# A name (its last word capitalised), a comma, perhaps an article, then up to three words of
# the role's rank ("an analyst", "chief executive", "the senior"), ending where the role
# noun starts.
_NAME_COMMA_RANK = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'-]+, (?:(?:a|an|the|its|their) )?(?:[a-z][\w-]* ){0,3}$"
)


def apposition_of_name_before(text: str, role_start: int) -> bool:
    """Whether the role noun at text[role_start] opens an apposition of the name before it
    ("Jo Lee, an analyst at ...", "Jo Lee, chief executive of ...")."""
    return _NAME_COMMA_RANK.search(text, max(0, role_start - 80), role_start) is not None
