"""Rows, targets, medians and the printed table shared by every benchmark."""

from __future__ import annotations

import math
import platform
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Row",
    "Target",
    "at_least",
    "at_most",
    "info",
    "machine",
    "median",
    "percentile",
    "render",
]


@dataclass(frozen=True, slots=True)
class Target:
    """What a row must reach: `check(ours, ratio)` and how to say it."""

    text: str
    check: Callable[[float, float | None], bool] | None


def at_least(limit: float, text: str, *, ratio: bool = False) -> Target:
    """Ours (or the ratio, when `ratio`) must be at least `limit`."""

    def check(ours: float, r: float | None) -> bool:
        value = r if ratio else ours
        return value is not None and value >= limit

    return Target(text, check)


def at_most(limit: float, text: str, *, ratio: bool = False) -> Target:
    """Ours (or the ratio, when `ratio`) must be at most `limit`."""

    def check(ours: float, r: float | None) -> bool:
        value = r if ratio else ours
        return value is not None and value <= limit

    return Target(text, check)


def info(text: str = "-") -> Target:
    """A figure reported without a target."""
    return Target(text, None)


@dataclass(frozen=True, slots=True)
class Row:
    """One measurement: ours and its reference (medians), with the target it is held to."""

    key: str
    what: str
    unit: str
    ours: float
    reference: float | None
    reference_what: str
    target: Target
    runs: int = 1

    @property
    def ratio(self) -> float | None:
        """Ours divided by the reference."""
        if self.reference is None or self.reference == 0 or math.isnan(self.ours):
            return None
        return self.ours / self.reference

    @property
    def verdict(self) -> str:
        """PASS, MISS, or "info" for a row without a target."""
        if self.target.check is None:
            return "info"
        return "PASS" if self.target.check(self.ours, self.ratio) else "MISS"


def median(values: Sequence[float]) -> float:
    """The median of some samples."""
    return float(statistics.median(values))


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct` percentile (nearest rank) of some samples."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return float(ordered[rank - 1])


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    """Python, CPU model and core count, in one line."""
    import os

    return (
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{_cpu_model()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}"
    )


def fmt(value: float | None, unit: str) -> str:
    """A value with its unit, rounded for reading."""
    if value is None or math.isnan(value):
        return "-"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if unit == "ms":
        return f"{value:.3f} ms" if value < 1 else f"{value:,.1f} ms"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    return f"{value:,.3g} {unit}"


def render(rows: Sequence[Row], header: str) -> str:
    """The table as Markdown-style text, one line per row."""
    columns = ["row", "measurement", "ours", "reference", "ratio", "target", "result"]
    body = [
        [
            row.key,
            row.what,
            fmt(row.ours, row.unit),
            f"{fmt(row.reference, row.unit)} ({row.reference_what})"
            if row.reference is not None
            else row.reference_what,
            "-" if row.ratio is None else f"{row.ratio:.2f}",
            row.target.text,
            row.verdict,
        ]
        for row in rows
    ]
    widths = [max(len(c), *(len(r[i]) for r in body)) for i, c in enumerate(columns)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [header, "", line(columns), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in body]
    return "\n".join(out)
