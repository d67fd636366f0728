"""Render platform-neutral replies as plain terminal text."""

from __future__ import annotations

import os
import re
import shutil
import textwrap
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TextIO

from bot.core.paginate import continued
from bot.core.replies import (
    Button,
    ButtonStyle,
    ChannelRef,
    Emphasis,
    Link,
    Moment,
    Reply,
    Typed,
    UserRef,
    render_reply,
)
from bot.i18n import _, ngettext

__all__ = ["NO_WRAP", "PlainInline", "output_width", "render", "wrap"]

_MARKS = {ButtonStyle.SUCCESS: " ✔", ButtonStyle.DANGER: " ✘"}


def _button(button: Button) -> str:
    return f"[{button.label}]{_MARKS.get(button.style, '')}"


def _amount(count: int, unit: str) -> str:
    if unit == "day":
        return ngettext("{count} day", "{count} days", count).format(count=count)
    if unit == "hour":
        return ngettext("{count} hour", "{count} hours", count).format(count=count)
    return ngettext("{count} minute", "{count} minutes", count).format(count=count)


def relative(when: datetime, now: datetime) -> str:
    """How far `when` is from `now`, in words: "in 1 minute", "3 hours ago". Half a minute
    or more reads as a minute (a missed question, due a minute after its answer, is "in 1
    minute" at the quiz's end, not "in a few seconds")."""
    seconds = int((when - now).total_seconds())
    size = abs(seconds)
    for unit, length in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if size >= length or (unit == "minute" and size >= 30):
            amount = _amount(round(size / length), unit)
            break
    else:
        if size < 5:
            return _("now")
        return _("in a few seconds") if seconds > 0 else _("just now")
    if seconds > 0:
        return _("in {amount}").format(amount=amount)
    return _("{amount} ago").format(amount=amount)


def local_moment(when: datetime, now: datetime | None = None) -> str:
    """A moment in the terminal's local time, with how far away it is."""
    now = now or datetime.now(UTC)
    local = when.astimezone()
    clock = local.strftime("%H:%M")
    if local.date() != now.astimezone().date():
        clock = local.strftime("%a %d %b, %H:%M")
    return _("{relative} (at {clock})").format(relative=relative(when, now), clock=clock)


NO_WRAP = 10_000


def output_width(out: TextIO) -> int:
    """Columns to wrap at: $COLUMNS, else the terminal's; output to a pipe is not wrapped."""
    if os.environ.get("COLUMNS", "").isdigit() or out.isatty():
        return shutil.get_terminal_size().columns
    return NO_WRAP


def wrap(text: str, width: int, indent: str = "") -> str:
    """Each line of `text` wrapped at word boundaries; bullets, /help's command lines and
    indents hang."""
    out: list[str] = []
    for line in text.splitlines() or [""]:
        stripped = line.lstrip()
        lead = indent + line[: len(line) - len(stripped)]
        # a bullet, or a command's line of /help ("/quiz [count] ...: what it does"), hangs:
        # its wrapped rest never reads as an item of its own
        listed = stripped[:2] in ("• ", "- ", "* ") or (stripped[:1] == "/" and ": " in stripped)
        hang = lead + ("  " if listed else "")
        if not stripped:
            out.append("")
            continue
        out += textwrap.wrap(
            stripped,
            max(20, width),
            initial_indent=lead,
            subsequent_indent=hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
    return "\n".join(out)


class PlainInline:
    """Inline values as plain text: local time, display names (else "a member"), no markup."""

    def __init__(self, names: Mapping[int, str] | None = None) -> None:
        self.names = dict(names or {})

    def moment(self, value: Moment) -> str:
        return local_moment(value.when)

    def user(self, value: UserRef) -> str:
        return self.names.get(value.user_id, _("a member"))

    def channel(self, value: ChannelRef) -> str:
        return _("this channel")

    def emphasis(self, value: Emphasis) -> str:
        return value.text

    def typed(self, value: Typed) -> str:
        return value.text

    def link(self, value: Link) -> str:
        """The name; its address goes on a line of its own after the line (`addresses_after`)."""
        address = "".join(value.url.split())
        return f"{value.text}{_ADDRESS}{address}{_ADDRESS_END}" if address else value.text


_ADDRESS = "\ue010"
_ADDRESS_END = "\ue011"
_ADDRESSES = re.compile(f"{_ADDRESS}([^{_ADDRESS_END}]*){_ADDRESS_END}")


def addresses_after(text: str) -> str:
    """Each line with the links' addresses taken out and set on lines of their own after it,
    where no wrap breaks one and a screen reader reads the line before any of them."""
    out: list[str] = []
    for line in text.split("\n"):
        out.append(_ADDRESSES.sub("", line))
        lead = line[: len(line) - len(line.lstrip())]
        out += [lead + address for address in _ADDRESSES.findall(line)]
    return "\n".join(out)


def _wrapped(text: str, width: int, indent: str = "") -> str:
    """`wrap`, each link's address on a line of its own after the line it is in."""
    return wrap(addresses_after(text), width, indent)


def render(
    reply: Reply,
    width: int = NO_WRAP,
    names: Mapping[int, str] | None = None,
    *,
    rules: bool = True,
) -> str:
    """A reply as text wrapped to `width` (by default not wrapped): titles underlined (unless
    not `rules`: a screen reader reads each "─"), fields indented (a field carried on, "name
    (cont.)", under its first part's name), buttons in []; inline values as plain text."""
    reply = render_reply(reply, PlainInline(names))
    out: list[str] = []
    for page in reply.pages:
        if page.title:
            out.append(_wrapped(page.title, width))
            if rules:
                out.append("─" * min(len(page.title), width))
        if page.body:
            out.append(_wrapped(page.body, width))
        named = None
        for field in page.fields:
            # a value split for Discord's field limit reads on under its name: a terminal
            # has no such limit, and "Lloyd Austin (cont.)" cut an editor's note in two
            if named is None or field.name != named + continued():
                out.append(_wrapped(field.name, width))
                named = field.name
            out.append(_wrapped(field.value, width, "  "))
        if page.footer:
            out.append(_wrapped(f"({page.footer})", width))
        out.append("")
    buttons = [b for b in reply.buttons if b.disabled]
    if buttons:
        out.append(wrap("  ".join(_button(b) for b in buttons), width))
        out.append("")
    return "\n".join(out).rstrip() + "\n"
