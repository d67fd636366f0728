"""Discord's size limits, as named numbers, and checks that a `Page` or `Reply` respects them.

Discord counts characters as Unicode code points (its API measures Python `len`), so every
check here uses `len`. A page becomes one embed: its title, body (the description), fields and
footer, all of which count towards the 6,000-character embed total.
"""

from __future__ import annotations

from bot.core.replies import Page, Reply

__all__ = [
    "ACTION_ROWS",
    "BUTTONS_PER_ROW",
    "BUTTON_LABEL",
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
SELECT_OPTIONS = 25


def page_length(page: Page) -> int:
    """How many characters the page counts for against the embed total."""
    fields = sum(len(f.name) + len(f.value) for f in page.fields)
    return len(page.title) + len(page.body) + fields + len(page.footer)


def _over(what: str, size: int, limit: int) -> str | None:
    return f"{what} is {size:,} characters, over the limit of {limit:,}" if size > limit else None


def page_problems(page: Page) -> list[str]:
    """Every Discord limit `page` breaks, in words; empty when it fits in one embed."""
    found = [
        _over("the title", len(page.title), EMBED_TITLE),
        _over("the body", len(page.body), EMBED_DESCRIPTION),
        _over("the footer", len(page.footer), EMBED_FOOTER),
    ]
    if len(page.fields) > EMBED_FIELDS:
        found.append(f"the page has {len(page.fields)} fields, over the limit of {EMBED_FIELDS}")
    for number, f in enumerate(page.fields, start=1):
        found.append(_over(f"field {number}'s name", len(f.name), FIELD_NAME))
        found.append(_over(f"field {number}'s value", len(f.value), FIELD_VALUE))
    found.append(_over("the page in all", page_length(page), EMBED_TOTAL))
    return [problem for problem in found if problem]


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
