"""An e-mail address a site hid from robots: never the story's words, wherever it stands.

Cloudflare's e-mail protection replaces every address on a page with the same placeholder,
"[email protected]" (sometimes in angle brackets), and a copied page keeps it, inside a
sentence too ("keynote address at the [email protected] Programme"). A line that is only a
contact line is page furniture already (`clutter`); in a kept paragraph the placeholder is
cut out and the sentence stays.
"""

from __future__ import annotations

import re

__all__ = ["without_email_placeholder"]

_EMAIL_PLACEHOLDER = re.compile(r"[ \t]?<?\[email[\s\u00a0]protected\]>?", re.IGNORECASE)


def without_email_placeholder(text: str) -> str:
    """The text with Cloudflare's "[email protected]" placeholders cut out."""
    if "protected]" not in text:
        return text
    return " ".join(_EMAIL_PLACEHOLDER.sub("", text).split())
