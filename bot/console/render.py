"""Render platform-neutral replies as plain terminal text."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from bot.core.replies import (
    Button,
    ButtonStyle,
    ChannelRef,
    Emphasis,
    Moment,
    Reply,
    UserRef,
    render_reply,
)

__all__ = ["PlainInline", "render"]

_MARKS = {ButtonStyle.SUCCESS: " ✔", ButtonStyle.DANGER: " ✘"}


def _button(button: Button) -> str:
    return f"[{button.label}]{_MARKS.get(button.style, '')}"


class PlainInline:
    """Inline values as plain text: local time, display names (else "a member"), no markup."""

    def __init__(self, names: Mapping[int, str] | None = None) -> None:
        self.names = dict(names or {})

    def moment(self, value: Moment) -> str:
        return f"{value.when.astimezone():%a %d %b %H:%M}"

    def user(self, value: UserRef) -> str:
        return self.names.get(value.user_id, "a member")

    def channel(self, value: ChannelRef) -> str:
        return "this channel"

    def emphasis(self, value: Emphasis) -> str:
        return value.text


def render(reply: Reply, width: int = 88, names: Mapping[int, str] | None = None) -> str:
    """A reply as text: titles underlined, fields indented, buttons in brackets."""
    reply = render_reply(reply, PlainInline(names))
    out: list[str] = []
    for page in reply.pages:
        if page.title:
            out += [page.title, "─" * min(len(page.title), width)]
        if page.body:
            out.append(page.body)
        for field in page.fields:
            out.append(f"{field.name}")
            out.append(textwrap.indent(field.value, "  "))
        if page.footer:
            out.append(f"({page.footer})")
        out.append("")
    buttons = [b for b in reply.buttons if b.disabled]
    if buttons:
        out.append("  ".join(_button(b) for b in buttons))
        out.append("")
    return "\n".join(out).rstrip() + "\n"
