"""Roles handed out in order: "Ada Obi and Jo Lee, chair and treasurer, respectively",
"congratulated Ada Obi and Jo Lee on their election as Speaker and Deputy Speaker,
respectively". The first role is the first name's, the second the second's; neither name
holds both."""

from __future__ import annotations

import re

__all__ = ["roles_respectively"]

_NAME = r"[A-Z][\w’'-]+(?: (?:[a-z]{1,3} )?[A-Z][\w’'-]+){1,3}"
_ROLE = r"[^,;.“”\"]{2,60}?"
# The two names, then the two roles after a comma or after "as" (a few words between),
# then "respectively".
_RESPECTIVELY = re.compile(
    rf"(?P<first>{_NAME}) and (?P<second>{_NAME})"
    rf"(?:, | [a-z][\w’' ]{{0,40}}? as )"
    rf"(?P<first_role>{_ROLE}) and (?P<second_role>{_ROLE}),? respectively\b"
)

_PLACE_OR_BODY = re.compile(r"(?:from|of|at|in|for|with|to) ")


def roles_respectively(text: str) -> list[tuple[str, str]]:
    """(name, role) for each name of a pair whose roles the text gives "respectively"."""
    pairs: list[tuple[str, str]] = []
    for match in _RESPECTIVELY.finditer(text):
        if _PLACE_OR_BODY.match(match.group("first_role")):
            continue  # "from Hull University and Leeds University, respectively": no role
        pairs.append((match.group("first"), match.group("first_role").strip()))
        pairs.append((match.group("second"), match.group("second_role").strip()))
    return pairs
