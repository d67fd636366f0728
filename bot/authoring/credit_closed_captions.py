"""A caption closed by its photo credit: "Jorge Roe looks at the soy ... (AP Photo/Per Holm)".

A picture's credit in brackets at the end of a line ("(AP Photo/...)", "(Reuters Photo/...)",
"(Photo: ...)", "(Photo by ...)", "(Image: ...)", "(Pic: ...)") closes a caption: a story's
paragraph never ends by crediting a photographer. The whole line is the picture's, even when
long or when it repeats a quote the story prints itself (the agency's captions do both); the
shorter, quoteless captions are already read in `clutter`. An agency's name alone in
brackets ("(dpa/NAN)", "(AP)") closes a wire story's last paragraph, not a caption: the word
"Photo" (or "Images", "Pool") must stand in the credit. Round 44: a photographer's name
(two to four capitalised words) before the agency's after a slash closes a caption too,
"(Jane Roe/PA)", "[Jane Roe/Anadolu Agency]", as does an agency's short name before "Photo"
alone, "(JIS Photo)", "(File Photo)"; square brackets stand for round ones.
"""

from __future__ import annotations

import re

__all__ = ["closed_by_photo_credit"]

_AGENCY_PHOTO = (
    r"(?:AP|AFP|Reuters|EPA|UPI|Xinhua|AAP|CP|PA|Getty Images|Bloomberg|Anadolu|dpa)"
    r"\s+(?:Photo|Images|Pool|File Photo)\s*/\s*[A-Z][^()]{1,60}"
)
_LABELED = r"(?:Photo|Image|Picture|Photograph|Pic)s?(?:\s+by\s+|:\s*)[A-Z][^()]{0,60}"
_NAMED_PHOTOGRAPHER = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3} ?/ ?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}"
_SHORT_PHOTO = r"[A-Z][\w.]*(?: [A-Z][\w.]*)? Photo"
_CREDIT = rf"(?:{_AGENCY_PHOTO}|{_LABELED}|{_NAMED_PHOTOGRAPHER}|{_SHORT_PHOTO})"
_CLOSING_CREDIT = re.compile(rf"(?:\({_CREDIT}\)|\[{_CREDIT}\])\s*$")
_MAX_LINE = 700


def closed_by_photo_credit(line: str) -> bool:
    """Whether the line is a caption closed by its photo credit in brackets."""
    text = line.strip()
    return len(text) <= _MAX_LINE and _CLOSING_CREDIT.search(text) is not None
