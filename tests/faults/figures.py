"""The fault suite's figures: per fault, answers tried, survived and (acknowledged) lost."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FIGURES", "Tally", "tally"]


@dataclass
class Tally:
    """One fault's figures: answers tried, answers that came through, acknowledged ones lost."""

    tried: int = 0
    survived: int = 0
    lost: int = 0


FIGURES: dict[str, Tally] = {}


def tally(fault: str) -> Tally:
    """The figures of one fault (created on first use)."""
    return FIGURES.setdefault(fault, Tally())
