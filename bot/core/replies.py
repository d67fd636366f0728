"""Platform-neutral replies: what the bot says, before any adapter renders it.

The core returns `Reply` values; the console prints them as text and the Discord adapter turns
them into embeds and buttons. Nothing here knows about Discord beyond its size limits, which
live in `bot.core.limits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

__all__ = ["Button", "ButtonStyle", "Field", "Page", "Reply", "moment", "render_moments"]

_MOMENT = re.compile(r"\uE000moment:(-?\d+)\uE001")


def moment(when: datetime) -> str:
    """An inline moment in reply text; each adapter renders it (Discord: a relative timestamp).

    The token is bracketed by private-use characters, so typed text never forms one.
    """
    return f"\ue000moment:{int(when.timestamp())}\ue001"


def render_moments(text: str, render: Callable[[datetime], str]) -> str:
    """`text` with every inline moment replaced by `render(when)`."""
    if "\ue000" not in text:
        return text
    return _MOMENT.sub(lambda m: render(datetime.fromtimestamp(int(m.group(1)), UTC)), text)


class ButtonStyle(StrEnum):
    """How a button looks: a neutral choice, the right answer, a wrong pick, or an action."""

    NEUTRAL = "neutral"
    PRIMARY = "primary"
    SUCCESS = "success"
    DANGER = "danger"


@dataclass(frozen=True, slots=True)
class Button:
    """A button or a typed choice: `key` is what a console user types ("A", "1", "true")."""

    key: str
    label: str
    action: str = ""
    style: ButtonStyle = ButtonStyle.NEUTRAL
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class Field:
    """A titled block of text inside a page (an embed field on Discord)."""

    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    """One screenful: a title, a body, fields and a footer."""

    title: str = ""
    body: str = ""
    fields: tuple[Field, ...] = ()
    footer: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot answers: one or more pages, optional buttons, and whether it is private."""

    pages: tuple[Page, ...]
    buttons: tuple[Button, ...] = ()
    private: bool = False
    error: bool = False
    attachments: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def text(cls, title: str, body: str = "", *, private: bool = False) -> Reply:
        """A one-page reply."""
        return cls(pages=(Page(title=title, body=body),), private=private)

    @classmethod
    def problem(cls, message: str) -> Reply:
        """A polite, private answer to input the bot could not use."""
        return cls(pages=(Page(title="Sorry", body=message),), private=True, error=True)
