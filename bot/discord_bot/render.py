"""Turn platform-neutral replies into Discord embeds and button rows.

Views are sent already stopped: discord.py then keeps no per-message state, and every click
reaches the one persistent router (`bot.discord_bot.router`), which works across restarts.
"""

from __future__ import annotations

import datetime as dt

import discord

from bot.core.limits import BUTTONS_PER_ROW
from bot.core.replies import Button, ButtonStyle, Page, Reply, render_moments

__all__ = ["COLOUR", "NO_PINGS", "embed", "page_view", "safe_text", "view_of"]

COLOUR = discord.Colour(0x2B6CB0)
ERROR_COLOUR = discord.Colour(0xC05621)
NO_PINGS = discord.AllowedMentions.none()

_STYLES = {
    ButtonStyle.NEUTRAL: discord.ButtonStyle.secondary,
    ButtonStyle.PRIMARY: discord.ButtonStyle.primary,
    ButtonStyle.SUCCESS: discord.ButtonStyle.success,
    ButtonStyle.DANGER: discord.ButtonStyle.danger,
}


def safe_text(text: str) -> str:
    """User-supplied text made inert: no markdown, no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def _relative(when: dt.datetime) -> str:
    """A moment as a Discord relative timestamp ("in 2 minutes", in the reader's language)."""
    return f"<t:{int(when.timestamp())}:R>"


def _absolute_utc(when: dt.datetime) -> str:
    """A moment where Discord renders no timestamps (titles, footers)."""
    return when.strftime("%d %b %Y %H:%M UTC")


def embed(page: Page, *, error: bool = False) -> discord.Embed:
    """One page as an embed; inline moments become relative timestamps where Discord shows them."""
    body = safe_text(page.body) if error else page.body
    result = discord.Embed(
        title=render_moments(page.title, _absolute_utc) or None,
        description=render_moments(body, _relative) or None,
        colour=ERROR_COLOUR if error else COLOUR,
    )
    for field in page.fields:
        result.add_field(
            name=render_moments(field.name, _absolute_utc),
            value=render_moments(field.value, _relative),
            inline=field.inline,
        )
    if page.footer:
        result.set_footer(text=render_moments(page.footer, _absolute_utc))
    return result


def view_of(buttons: tuple[Button, ...] | list[Button], prefix: str = "") -> discord.ui.View | None:
    """Buttons as a stopped view; `prefix` is prepended to each button's action."""
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for i, button in enumerate(buttons[: BUTTONS_PER_ROW * 5]):
        view.add_item(
            discord.ui.Button(
                label=button.label[:80],
                custom_id=f"{prefix}{button.action}"[:100],
                style=_STYLES[button.style],
                disabled=button.disabled,
                row=i // BUTTONS_PER_ROW,
            )
        )
    view.stop()
    return view


def page_view(reply: Reply, index: int, nav_action: str | None) -> discord.ui.View | None:
    """The reply's own buttons plus Prev/Next when it has several pages."""
    buttons = list(reply.buttons)
    total = len(reply.pages)
    if total > 1 and nav_action:
        buttons += [
            Button("prev", "◀ Prev", f"{nav_action}:{index - 1}", disabled=index == 0),
            Button(
                "next",
                f"Next ▶ ({index + 1}/{total})",
                f"{nav_action}:{index + 1}",
                disabled=index >= total - 1,
            ),
        ]
    return view_of(buttons)
