"""Discord's size limits, as named numbers, and checks that a `Page` or `Reply` respects them.

Discord counts characters as Unicode code points (its API measures Python `len`), so every
check here uses `len`. A page becomes one embed: its title, body (the description), fields and
footer, all of which count towards the 6,000-character embed total.
"""

from __future__ import annotations

from bot.core.paginate import PageLimits, page_length
from bot.core.replies import Page, Reply

__all__ = [
    "ACTION_ROWS",
    "BUTTONS_PER_ROW",
    "BUTTON_LABEL",
    "DISCORD_PAGE",
    "EMBEDS_PER_MESSAGE",
    "EMBED_DESCRIPTION",
    "EMBED_FIELDS",
    "EMBED_FOOTER",
    "EMBED_TITLE",
    "EMBED_TOTAL",
    "FIELD_NAME",
    "FIELD_VALUE",
    "MAX_BUTTONS",
    "MESSAGE_CONTENT",
    "MODAL_TITLE",
    "SELECT_OPTIONS",
    "TEXT_INPUT_LABEL",
    "TEXT_INPUT_PLACEHOLDER",
    "TEXT_INPUT_VALUE",
    "page_length",
    "page_problems",
    "reply_problems",
]

MESSAGE_CONTENT = 2000
"""Characters in a message's plain content."""

EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
EMBED_FIELDS = 25
EMBED_FOOTER = 2048
EMBED_TOTAL = 6000
"""Characters in one embed's title, description, field names and values, and footer together."""
EMBEDS_PER_MESSAGE = 10

BUTTONS_PER_ROW = 5
ACTION_ROWS = 5
MAX_BUTTONS = BUTTONS_PER_ROW * ACTION_ROWS
BUTTON_LABEL = 80

MODAL_TITLE = 45
TEXT_INPUT_LABEL = 45
TEXT_INPUT_PLACEHOLDER = 100
TEXT_INPUT_VALUE = 4000
"""Characters a modal's text box holds: a pasted article longer than this is cut."""
SELECT_OPTIONS = 25


DISCORD_PAGE = PageLimits(
    title=EMBED_TITLE,
    body=EMBED_DESCRIPTION,
    field_name=FIELD_NAME,
    field_value=FIELD_VALUE,
    fields=EMBED_FIELDS,
    footer=EMBED_FOOTER,
    total=EMBED_TOTAL,
)
"""One embed's limits, as the pagination in `bot.core.paginate` takes them."""


def page_problems(page: Page) -> list[str]:
    """Every Discord limit `page` breaks, in words; empty when it fits in one embed."""
    return DISCORD_PAGE.problems(page)


def _over(what: str, size: int, limit: int) -> str | None:
    return f"{what} is {size:,} characters, over the limit of {limit:,}" if size > limit else None


def reply_problems(reply: Reply) -> list[str]:
    """Every Discord limit `reply` breaks: its pages (each one embed) and its buttons."""
    found = [
        f"page {number}: {problem}"
        for number, page in enumerate(reply.pages, start=1)
        for problem in page_problems(page)
    ]
    if len(reply.buttons) > MAX_BUTTONS:
        found.append(f"the reply has {len(reply.buttons)} buttons, over the limit of {MAX_BUTTONS}")
    for button in reply.buttons:
        problem = _over(f"button {button.key!r}'s label", len(button.label), BUTTON_LABEL)
        if problem:
            found.append(problem)
    return found
