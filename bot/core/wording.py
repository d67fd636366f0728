"""Small helpers for the words replies are made of."""

from __future__ import annotations

__all__ = ["plural"]


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`count` with its noun, singular for exactly one: "1 question", "2 questions"."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"
