"""Turn platform-neutral replies into Discord embeds and button rows.

Buttons are sent as plain component data in a finished view: discord.py then keeps no
per-message state, and every click reaches the one persistent router
(`bot.discord_bot.router`), which works across restarts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import discord

from bot.core.preferences import current_preferences
from bot.core.replies import (
    Button,
    ButtonStyle,
    ChannelRef,
    Emphasis,
    Link,
    Moment,
    Page,
    Reply,
    Typed,
    UserRef,
    render_text,
)
from bot.discord_bot.limits import ACTION_ROWS, BUTTON_LABEL, BUTTONS_PER_ROW
from bot.discord_bot.text_only import plain_label, text_page
from bot.i18n import _

__all__ = [
    "COLOUR",
    "NO_PINGS",
    "ComponentRows",
    "DiscordInline",
    "embed",
    "markup",
    "page_message",
    "page_view",
    "safe_text",
    "text_content",
    "view_of",
]

COLOUR = discord.Colour(0x2B6CB0)
ERROR_COLOUR = discord.Colour(0xC05621)
NO_PINGS = discord.AllowedMentions.none()

_STYLES = {
    ButtonStyle.NEUTRAL: discord.ButtonStyle.secondary,
    ButtonStyle.PRIMARY: discord.ButtonStyle.primary,
    ButtonStyle.SUCCESS: discord.ButtonStyle.success,
    ButtonStyle.DANGER: discord.ButtonStyle.danger,
}


_CODE_SPAN = re.compile(r"(`[^`\n]+`)")


def safe_text(text: str) -> str:
    """User-supplied text made inert: no markdown, no mentions.

    A code span (`harbour`) is kept as it is: Discord shows its inside literally (a backslash
    there would show too), and an escaped backtick would show instead of the code format.
    """
    return "".join(
        part if _CODE_SPAN.fullmatch(part) else _inert(part) for part in _CODE_SPAN.split(text)
    )


def _inert(text: str) -> str:
    described = _MENTION.sub(_described, text)
    return discord.utils.escape_mentions(discord.utils.escape_markdown(described))


_MENTION = re.compile(r"<(@&|@!?|#)\d+>|</([^<>:\s]{1,100}):\d+>")
"""A mention as Discord writes it: a role, a member, a channel, a command."""


def _described(found: re.Match[str]) -> str:
    """A mention typed into text the bot shows back, as what it names (was: drawn as one,
    "@deleted-role" for `<@&123>`; discord.py escapes only ids 17 digits long or more).

    A channel with a real id (17 digits or more) stays a link: it pings nobody, and it is how
    the bot's own error text names a channel ("I cannot post in #news")."""
    kind, command = found.groups()
    if kind == "#" and len(found.group(0)) >= len("<#>") + 17:
        return found.group(0)
    if command is not None:
        return f"/{command}"
    if kind == "@&":
        return _("@role")
    return _("#channel") if kind == "#" else _("@member")


class DiscordInline:
    """Inline values as Discord markup: timestamps, mentions (never pinging), bold, and what a
    user typed with its markdown and mentions escaped.

    Discord renders timestamps only in message text, embed descriptions and field values; where
    it does not (titles, field names, footers) a moment is written as an absolute UTC time.
    """

    def __init__(
        self, *, timestamps: bool = True, countdown: bool = True, masked_links: bool = True
    ) -> None:
        self.timestamps = timestamps
        self.countdown = countdown
        self.masked_links = masked_links

    def moment(self, value: Moment) -> str:
        if self.timestamps:
            stamp = int(value.when.timestamp())
            if value.full:  # each reader's own date and time, and how far away
                return f"<t:{stamp}:f> (<t:{stamp}:R>)"
            style = "R" if self.countdown else "f"  # "in 5 minutes", or the date and time
            return f"<t:{stamp}:{style}>"
        return value.when.astimezone(dt.UTC).strftime("%d %b %Y %H:%M UTC")

    def user(self, value: UserRef) -> str:
        return f"<@{value.user_id}>"

    def channel(self, value: ChannelRef) -> str:
        return f"<#{value.channel_id}>"

    def emphasis(self, value: Emphasis) -> str:
        return f"**{value.text}**"

    def typed(self, value: Typed) -> str:
        return safe_text(value.text)

    def link(self, value: Link) -> str:
        """`[name](address)` where an embed shows links, else the name and `<address>` (which
        Discord does not unfurl); an address no link may carry (not the web's) in brackets,
        as text. The name is inert: no markdown, no mention."""
        words = _inert(_LINK_WORDS.sub("", value.text))
        address = value.url.strip()
        if not _WEB_ADDRESS.fullmatch(address):
            return f"{words} ({discord.utils.escape_markdown(address)})" if address else words
        if self.masked_links:
            return f"[{words}]({address.replace('(', '%28').replace(')', '%29')})"
        return f"{words} <{address}>"


_LINK_WORDS = re.compile(r"[\[\]]")
"""Brackets, which would end a link's words early."""
_WEB_ADDRESS = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)
"""An address a Discord link may carry: the web's, with no space or angle bracket."""


_INLINES = {
    (countdown, masked): DiscordInline(countdown=countdown, masked_links=masked)
    for countdown in (True, False)
    for masked in (True, False)
}
_INLINE_PLAIN_TIME = DiscordInline(timestamps=False, masked_links=False)


def markup(text: str, *, masked_links: bool = True) -> str:
    """Core text with its inline values as Discord markup.

    For an untimed student a moment is a date and time, never a countdown; without
    `masked_links` (plain message text) a link is its words and `<address>`.
    """
    countdown = not current_preferences().untimed
    return render_text(text, _INLINES[countdown, masked_links])


def _heading(text: str) -> str:
    """Core text for a place where Discord shows no timestamps (titles, field names, footers)."""
    return render_text(text, _INLINE_PLAIN_TIME)


def embed(page: Page, *, error: bool = False) -> discord.Embed:
    """One page as an embed; moments are relative timestamps where Discord shows them."""
    body = markup(safe_text(page.body) if error else page.body)
    result = discord.Embed(
        title=_heading(page.title) or None,
        description=body or None,
        colour=ERROR_COLOUR if error else COLOUR,
    )
    for field in page.fields:
        result.add_field(name=_heading(field.name), value=markup(field.value), inline=field.inline)
    if page.footer:
        result.set_footer(text=_heading(page.footer))
    return result


class ComponentRows(discord.ui.View):
    """Button rows as plain component data: what a stopped `discord.ui.View` of the same
    buttons sends, without building that view and an item object per button.

    discord.py asks a view sent with a message only for `to_components()`,
    `has_components_v2()`, `is_finished()`, `is_dispatchable()` and `timeout`; this one is
    finished from the start, so discord.py stores nothing for it and every click reaches the
    router.
    """

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        # Deliberately not `View.__init__`: no items, no timeout task, no future.
        self._rows = rows

    @property
    def timeout(self) -> float | None:
        """No timeout: the buttons work as long as their message exists."""
        return None

    @timeout.setter
    def timeout(self, value: float | None) -> None:
        """Ignored: discord.py sets a timeout only on views it keeps, never on these."""

    def __len__(self) -> int:
        return sum(len(row["components"]) for row in self._rows)

    def to_components(self) -> list[dict[str, Any]]:
        """The rows as Discord's API takes them."""
        return self._rows

    def has_components_v2(self) -> bool:
        """Plain action rows only."""
        return False

    def is_finished(self) -> bool:
        """Always: nothing waits on these buttons but the persistent router."""
        return True

    def is_dispatchable(self) -> bool:
        """Never stored by discord.py: clicks reach the router by custom id."""
        return False


def text_content(page: Page, *, error: bool = False) -> str:
    """One page as plain message content (the text-only mode), in reading order."""

    def plain(text: str) -> str:
        return markup(text, masked_links=False)

    fields = [(plain(f.name), plain(f.value)) for f in page.fields]
    body = plain(safe_text(page.body) if error else page.body)
    return text_page(plain(page.title), body, fields, plain(page.footer))


def page_message(page: Page, *, error: bool = False, text_only: bool = False) -> dict[str, Any]:
    """A page as a message's content or embed, for a send or an edit."""
    if text_only:  # embeds=[] also removes the embed of a message being edited
        return {"content": text_content(page, error=error), "embeds": []}
    return {"embed": embed(page, error=error)}


def _label(button: Button, text_only: bool) -> str:
    rendered = markup(button.label)
    return plain_label(button, rendered) if text_only else rendered[:BUTTON_LABEL]


def _button_data(button: Button, prefix: str, text_only: bool) -> dict[str, Any]:
    return {
        "type": 2,
        "style": _STYLES[button.style].value,
        "disabled": button.disabled,
        "label": _label(button, text_only),
        "custom_id": f"{prefix}{button.action}"[:100],
    }


def view_of(
    buttons: tuple[Button, ...] | list[Button], prefix: str = "", *, text_only: bool = False
) -> discord.ui.View | None:
    """Buttons as a finished view, five to a row; `prefix` is prepended to each action.

    In the text-only mode an option button's label is its answer's text, and no label is a
    symbol alone.
    """
    if not buttons:
        return None
    shown = [_button_data(b, prefix, text_only) for b in buttons[: BUTTONS_PER_ROW * ACTION_ROWS]]
    rows = [
        {"type": 1, "components": shown[start : start + BUTTONS_PER_ROW]}
        for start in range(0, len(shown), BUTTONS_PER_ROW)
    ]
    return ComponentRows(rows)


def page_view(
    reply: Reply, index: int, nav_action: str | None, *, text_only: bool = False
) -> discord.ui.View | None:
    """The reply's own buttons plus Prev/Next when it has several pages."""
    buttons = list(reply.buttons)
    total = len(reply.pages)
    if total > 1 and nav_action:
        prev = _("◀ Prev")
        following = _("Next ▶ ({page}/{pages})").format(page=index + 1, pages=total)
        if text_only:
            prev = _("Previous page")
            following = _("Next page (this is {number} of {total})").format(
                number=index + 1, total=total
            )
        buttons += [
            Button("prev", prev, f"{nav_action}:{index - 1}", disabled=index == 0),
            Button("next", following, f"{nav_action}:{index + 1}", disabled=index >= total - 1),
        ]
    return view_of(buttons, text_only=text_only)
