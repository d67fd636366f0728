"""Platform-neutral replies: what the bot says, before any adapter renders it.

The core returns `Reply` values; the console prints them as text and the Discord adapter turns
them into embeds and buttons.

Text carries structured inline values, never platform markup: `moment` (a point in time),
`user`, `channel`, `emphasis`, `link` (a source's name and where to read it) and `typed` (what
a user typed) each put a token into the string,
and an adapter turns every token back into its value with `spans` and renders it its own way
(`render_text`, `render_reply`). A token other than `typed` is never shorter than Discord's
rendering of it (an echo is at most 200 characters, escaped at most twice that), so text paginated
with the token fits once rendered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from bot.i18n import _

__all__ = [
    "Button",
    "ButtonStyle",
    "ChannelRef",
    "Emphasis",
    "Field",
    "Inline",
    "InlineRenderer",
    "Link",
    "Moment",
    "Page",
    "Reply",
    "Typed",
    "UserRef",
    "channel",
    "deadline",
    "emphasis",
    "link",
    "moment",
    "render_reply",
    "render_text",
    "spans",
    "typed",
    "user",
    "with_note",
]

_OPEN = "\ue000"
_CLOSE = "\ue001"
# A token is _OPEN, a kind letter, ":", its payload, _CLOSE. A page cut may leave a token
# unclosed at the end of one page and its remainder on the next, so both halves parse.
_TOKEN = re.compile(f"{_OPEN}([tduceyl]):([^{_OPEN}{_CLOSE}]*)(?:{_CLOSE}|$)")
_TO = "\ue002"  # between a link's words and its address
_STRAY = re.compile(f"[{_OPEN}{_CLOSE}{_TO}]")


@dataclass(frozen=True, slots=True)
class Moment:
    """A point in time, shown to each reader in their own time zone."""

    when: dt.datetime
    full: bool = False
    """Shown as its date and time and how far away it is (a deadline), not one or the other."""


@dataclass(frozen=True, slots=True)
class UserRef:
    """A member of the server, by id."""

    user_id: int


@dataclass(frozen=True, slots=True)
class ChannelRef:
    """A channel of the server, by id."""

    channel_id: int


@dataclass(frozen=True, slots=True)
class Emphasis:
    """Text that stands out (bold on Discord)."""

    text: str


@dataclass(frozen=True, slots=True)
class Typed:
    """What a user typed, echoed back as typed: each adapter makes it safe its own way."""

    text: str


@dataclass(frozen=True, slots=True)
class Link:
    """A source's name (`The Statesman, 2024-10-24`) and where to read it: a link on the name
    where links show as such, else the address after it, never an address a reader must hear
    or scroll past inside the sentence."""

    text: str
    url: str


Inline = Moment | UserRef | ChannelRef | Emphasis | Typed | Link


def moment(when: dt.datetime) -> str:
    """A point in time, as a token in text."""
    # 18 digits: at least as long as any rendering (Discord's "<t:..:R>", or "05 Jan 2026
    # 09:00 UTC" where Discord shows no timestamps), so pagination counts it in full
    return f"{_OPEN}t:{int(when.timestamp()):018d}{_CLOSE}"


def deadline(when: dt.datetime) -> str:
    """A point in time shown as its date and time and how far away (a due time), as a token."""
    # 36 digits: at least as long as Discord's "<t:..:f> (<t:..:R>)"
    return f"{_OPEN}d:{int(when.timestamp()):036d}{_CLOSE}"


def user(user_id: int) -> str:
    """A member, as a token in text."""
    return f"{_OPEN}u:{int(user_id)}{_CLOSE}"


def channel(channel_id: int) -> str:
    """A channel, as a token in text."""
    return f"{_OPEN}c:{int(channel_id)}{_CLOSE}"


def emphasis(text: str) -> str:
    """Emphasised text, as a token in text."""
    return f"{_OPEN}e:{_STRAY.sub('', text)}{_CLOSE}"


def link(text: str, url: str) -> str:
    """A name with the address it leads to, as a token in text (no rendering is longer:
    `[name](address)` and `name <address>` add at most what the token's marks take)."""
    words, address = (_STRAY.sub("", part) for part in (text, url))
    return f"{_OPEN}l:{words}{_TO}{address}{_CLOSE}"


def typed(text: str) -> str:
    """What a user typed, as a token in text (Discord escapes its markup, so it may grow)."""
    return f"{_OPEN}y:{_STRAY.sub('', text)}{_CLOSE}"


def _value(kind: str, payload: str, closed: bool) -> Inline | str:
    if kind == "e":
        return Emphasis(payload)
    if kind == "y":
        return Typed(payload)
    if kind == "l":  # cut in two by a page break, its name alone is shown
        words, _to, address = payload.partition(_TO)
        return Link(words, address) if closed else words
    if not closed or not payload.isdigit():  # cut in two by a page break: nothing to show
        return ""
    number = int(payload)
    if kind in "td":
        return Moment(dt.datetime.fromtimestamp(number, dt.UTC), full=kind == "d")
    return UserRef(number) if kind == "u" else ChannelRef(number)


def spans(text: str) -> Iterator[str | Inline]:
    """The text as plain strings and inline values, in order."""
    start = 0
    for match in _TOKEN.finditer(text):
        if match.start() > start:
            yield _STRAY.sub("", text[start : match.start()])
        yield _value(match.group(1), match.group(2), match.group(0).endswith(_CLOSE))
        start = match.end()
    if start < len(text):
        yield _STRAY.sub("", text[start:])


class InlineRenderer(Protocol):
    """How an adapter shows each kind of inline value."""

    def moment(self, value: Moment) -> str: ...
    def user(self, value: UserRef) -> str: ...
    def channel(self, value: ChannelRef) -> str: ...
    def emphasis(self, value: Emphasis) -> str: ...
    def typed(self, value: Typed) -> str: ...
    def link(self, value: Link) -> str: ...


def _render(value: str | Inline, renderer: InlineRenderer) -> str:
    match value:
        case Moment():
            return renderer.moment(value)
        case UserRef():
            return renderer.user(value)
        case ChannelRef():
            return renderer.channel(value)
        case Emphasis():
            return renderer.emphasis(value)
        case Typed():
            return renderer.typed(value)
        case Link():
            return renderer.link(value)
    return value


def render_text(text: str, renderer: InlineRenderer) -> str:
    """The text with every inline value rendered by `renderer`."""
    if _OPEN not in text and _CLOSE not in text:
        return text  # no inline value (most text): nothing to render
    return "".join(_render(value, renderer) for value in spans(text))


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
    answer: str = ""
    """The answer an option button stands for (its text, without a key), "" for an action."""


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
    descriptions: dict[str, str] = field(default_factory=dict)
    """Alternative text of attachments by name (what a screen reader says of an image)."""

    @classmethod
    def text(cls, title: str, body: str = "", *, private: bool = False) -> Reply:
        """A one-page reply."""
        return cls(pages=(Page(title=title, body=body),), private=private)

    @classmethod
    def problem(cls, message: str) -> Reply:
        """A polite, private answer to input the bot could not use."""
        return cls(pages=(Page(title=_("Sorry"), body=message),), private=True, error=True)


def with_note(reply: Reply, note: str) -> Reply:
    """The reply with a line above its first page's text (unchanged when `note` is empty)."""
    if not note:
        return reply
    first = replace(reply.pages[0], body=f"{note}\n\n{reply.pages[0].body}")
    return replace(reply, pages=(first, *reply.pages[1:]))


def _render_page(page: Page, renderer: InlineRenderer) -> Page:
    def text(value: str) -> str:
        return render_text(value, renderer)

    fields = tuple(Field(text(f.name), text(f.value), f.inline) for f in page.fields)
    return Page(text(page.title), text(page.body), fields, text(page.footer))


def render_reply(reply: Reply, renderer: InlineRenderer) -> Reply:
    """The reply with the inline values of every page and button label rendered."""
    pages = tuple(_render_page(page, renderer) for page in reply.pages)
    buttons = tuple(replace(b, label=render_text(b.label, renderer)) for b in reply.buttons)
    return replace(reply, pages=pages, buttons=buttons)
