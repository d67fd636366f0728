"""Render platform-neutral replies as plain terminal text."""

from __future__ import annotations

import textwrap

from bot.core.replies import Button, ButtonStyle, Reply

__all__ = ["render"]

_MARKS = {ButtonStyle.SUCCESS: " ✔", ButtonStyle.DANGER: " ✘"}


def _button(button: Button) -> str:
    return f"[{button.label}]{_MARKS.get(button.style, '')}"


def render(reply: Reply, width: int = 88) -> str:
    """A reply as text: titles underlined, fields indented, buttons in brackets."""
    out: list[str] = []
    for page in reply.pages:
        if page.title:
            out += [page.title, "─" * min(len(page.title), width)]
        if page.body:
            out.append(page.body.replace("**", ""))
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
