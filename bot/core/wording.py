"""Small helpers for the words replies are made of."""

from __future__ import annotations

__all__ = ["plain", "plural", "shorten"]


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`count` with its noun, singular for exactly one: "1 question", "2 questions"."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


_MARKUP = str.maketrans({c: None for c in "*_~`|<>@#[]\\"})


def plain(text: str, limit: int = 200) -> str:
    """Typed text to echo back: without markup characters, on one line, at most `limit` long."""
    flat = " ".join(text.translate(_MARKUP).split())
    return shorten(flat, limit)


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a word with an ellipsis when too long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut and flat[limit - 1] != " ":
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"
