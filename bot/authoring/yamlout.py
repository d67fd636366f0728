"""Write plain data as block-style YAML with comments above chosen items.

PyYAML cannot write comments, so this walks dicts and lists itself and lets PyYAML's safe
dumper quote each scalar (which keeps YAML's traps away: `no`, `3.10`, `2024`, `: `).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

__all__ = ["Commented", "dump_commented"]


@dataclass(frozen=True, slots=True)
class Commented:
    """A value with comment lines written above it."""

    value: Any
    comments: tuple[str, ...]


MAX_COMMENT = 300


def _comment_lines(comments: tuple[str, ...], pad: str) -> list[str]:
    lines = []
    for comment in comments:
        text = " ".join(comment[: MAX_COMMENT * 2].split())
        if len(text) > MAX_COMMENT:
            text = text[: MAX_COMMENT - 1] + "…"
        lines.append(f"{pad}# {text}".rstrip())
    return lines


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        value = " ".join(value.split("\n"))
    text = yaml.safe_dump(
        value, allow_unicode=True, width=1_000_000, default_flow_style=True, sort_keys=False
    )
    if text.endswith("\n...\n"):
        text = text[: -len("\n...\n")]
    return text.rstrip("\n")


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, dt.date))


def _flow_list(value: list[Any]) -> str | None:
    if not all(_is_scalar(v) for v in value):
        return None
    text = _scalar(value)
    return text if len(text) <= 90 and "\n" not in text else None


def _unwrap(value: Any) -> tuple[Any, tuple[str, ...]]:
    if isinstance(value, Commented):
        return value.value, value.comments
    return value, ()


def _mapping(data: dict[str, Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for key, raw in data.items():
        value, comments = _unwrap(raw)
        lines += _comment_lines(comments, pad)
        if _is_scalar(value):
            lines.append(f"{pad}{key}: {_scalar(value)}")
        elif isinstance(value, list):
            if not value:
                lines.append(f"{pad}{key}: []")
            elif (flow := _flow_list(value)) is not None:
                lines.append(f"{pad}{key}: {flow}")
            else:
                lines.append(f"{pad}{key}:")
                _sequence(value, indent + 2, lines)
        elif isinstance(value, dict):
            if not value:
                lines.append(f"{pad}{key}: {{}}")
            else:
                lines.append(f"{pad}{key}:")
                _mapping(value, indent + 2, lines)
        else:
            raise TypeError(f"cannot write {type(value).__name__} as YAML")


def _sequence(items: list[Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for raw in items:
        value, comments = _unwrap(raw)
        lines += _comment_lines(comments, pad)
        if _is_scalar(value):
            lines.append(f"{pad}- {_scalar(value)}")
        elif isinstance(value, dict) and value:
            inner: list[str] = []
            _mapping(value, indent + 2, inner)
            first = next(i for i, line in enumerate(inner) if not line.lstrip().startswith("#"))
            inner[first] = f"{pad}- {inner[first][indent + 2 :]}"
            lines += inner
        elif isinstance(value, list) and value:
            lines.append(f"{pad}-")
            _sequence(value, indent + 2, lines)
        else:
            lines.append(f"{pad}- {{}}" if isinstance(value, dict) else f"{pad}- []")


def dump_commented(data: dict[str, Any], header: list[str] | None = None) -> str:
    """The mapping as YAML text, `header` lines first (each written as a comment)."""
    lines = [f"# {h}".rstrip() if not h.startswith("#") else h for h in header or []]
    _mapping(data, 0, lines)
    return "\n".join(lines) + "\n"
