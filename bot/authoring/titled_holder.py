"""The one person an article titles with a post, for "the <Post> said" (round 48).

`“...,” the Governor explained.` names whoever holds the post. The drafter looks for the
one person whose drafted role has the post's words; when the role was drafted wrongly or
two roles share the words ("Prime Minister" and "Prime Minister of Fiji"), nobody is found.
The article's own text often settles it: it writes the post as a title right before one
person's name ("Governor Oparanya", "Prime Minister Hon. Jeremiah Manele"). When exactly one
known person is so titled, the post is theirs; two titled, or none, leave it open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

__all__ = ["titled_holder"]

# Honorifics a title may stand before the name with: "Governor Hon. Jo Obi".
_HONORIFIC = r"(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Rt\.?[^\S\n]+Hon|H\.E)\.?[^\S\n]+)?"


def titled_holder(
    post: Sequence[str], article: str, forms: Mapping[str, Iterable[str]]
) -> str | None:
    """The key of the one person `article` writes right after the capitalised `post`
    ("Chief Justice" + "Anthony Smellie"), given the article's name `forms` (a form -> the
    keys it may mean); None when no one or more than one person is so titled."""
    if not post or not all(w[:1].isupper() for w in post):
        return None
    gap = r"[^\S\n]+"  # spaces within one line: a heading's last word is no title
    title = gap.join(re.escape(w) for w in post)
    name = rf"([A-Z][\w’'.-]*(?:{gap}[A-Z][\w’'.-]*){{0,3}})"
    pattern = re.compile(rf"(?<![\w’'-]){title}{gap}{_HONORIFIC}{name}")
    found: set[str] = set()
    for m in pattern.finditer(article):
        words = m.group(1).split()
        # The longest run of the words after the title that is a known name form.
        for n in range(len(words), 0, -1):
            keys = list(forms.get(" ".join(words[:n]).rstrip(".,"), ()))
            if keys:
                if len(set(keys)) == 1:
                    found.add(keys[0])
                else:
                    return None  # "Minister Obi" of two Obis: either
                break
    return next(iter(found)) if len(found) == 1 else None
