"""Ids made from titles and names: lowercase Latin letters and digits joined by dashes."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["slugify"]

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 48, fallback: str = "item") -> str:
    """A lowercase dash-separated id: `Lloyd Austin` -> `lloyd-austin`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG_DROP.sub("-", ascii_text.casefold()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length]
        if "-" in slug[max_length // 2 :]:
            slug = slug[: slug.rfind("-")]
        slug = slug.strip("-")
    return slug or fallback
