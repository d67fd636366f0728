"""What a site's software prints into its text: never the story's words, wherever they stand.

- An e-mail address the site hid from robots: Cloudflare's e-mail protection replaces every
  address on a page with the same placeholder, "[email protected]" (sometimes in angle
  brackets), and a copied page keeps it, inside a sentence too ("keynote address at the
  [email protected] Programme"). A line that is only a contact line is page furniture
  already (`clutter`); in a kept paragraph the placeholder is cut out and the sentence stays.
- A status or media tag the site adds to its headline, one word in square brackets at its
  start or its end: "[UPDATED] Minister denies visit", "Residents protest [VIDEO]". A title
  keeps its words, not the tag.
"""

from __future__ import annotations

import re

__all__ = ["without_email_placeholder", "without_title_tag"]

_EMAIL_PLACEHOLDER = re.compile(r"[ \t]?<?\[email[\s\u00a0]protected\]>?", re.IGNORECASE)
_TAG = r"\[[A-Za-z]{3,12}\]"
_TITLE_TAG = re.compile(rf"^{_TAG}\s+(?=\S)|(?<=\S)\s+{_TAG}$")


def without_email_placeholder(text: str) -> str:
    """The text with Cloudflare's "[email protected]" placeholders cut out."""
    if "protected]" not in text:
        return text
    return " ".join(_EMAIL_PLACEHOLDER.sub("", text).split())


def without_title_tag(title: str) -> str:
    """ "[UPDATED] Minister denies visit" -> "Minister denies visit"; a one-word tag in
    square brackets closing the title leaves as well; any other title is returned as is."""
    return _TITLE_TAG.sub("", title)
