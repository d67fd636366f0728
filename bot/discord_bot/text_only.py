"""The text-only mode on Discord: a page as plain message content, labels a reader can hear.

No embed: the title, the body, each field and the footer follow one another as plain text, in
the order a screen reader reads them. Option buttons carry their answer's text (cut at a word
with "…" to Discord's 80 characters), not a letter; no label is a symbol alone.
"""

from __future__ import annotations

import unicodedata

from bot.core.paginate import PageLimits
from bot.core.replies import Button
from bot.core.wording import shorten
from bot.discord_bot.limits import BUTTON_LABEL, MESSAGE_CONTENT
from bot.i18n import _

__all__ = ["TEXT_PAGE", "plain_label", "text_page"]

_SEPARATORS = 120
"""Characters kept free for the blank lines and colons between a page's parts."""

TEXT_PAGE = PageLimits(
    title=256,
    body=MESSAGE_CONTENT - _SEPARATORS,
    field_name=256,
    field_value=1024,
    fields=25,
    footer=256,
    total=MESSAGE_CONTENT - _SEPARATORS,
)
"""One message's content, as the pagination in `bot.core.paginate` takes it."""


def text_page(title: str, body: str, fields: list[tuple[str, str]], footer: str) -> str:
    """A page's parts, already rendered, as one message's content in reading order."""
    parts = [f"**{title}**"] if title else []
    if body:
        parts.append(body)
    for name, value in fields:
        one_line = _("{name}: {value}").format(name=name, value=value)  # French: " :"
        parts.append(one_line if "\n" not in value else f"{name}\n{value}")
    if footer:
        parts.append(footer)
    return "\n\n".join(parts)[:MESSAGE_CONTENT]


def _words_only(label: str) -> str:
    """The label without symbols (emoji, arrows) a screen reader would spell out."""
    kept = "".join(c for c in label if not unicodedata.category(c).startswith("S"))
    return " ".join(kept.split())


def plain_label(button: Button, rendered: str) -> str:
    """The label of a button in the text-only mode: its answer's text, else its words."""
    text = button.answer or _words_only(rendered) or button.key
    return shorten(text, BUTTON_LABEL)
