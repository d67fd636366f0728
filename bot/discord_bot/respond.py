"""Send a Reply as an interaction response, whatever state the interaction is in."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import Any

import discord

from bot.core.paginate import fit_reply
from bot.core.preferences import current_preferences
from bot.core.replies import Button, Page, Reply
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.limits import DISCORD_PAGE
from bot.discord_bot.render import NO_PINGS, page_message, page_view
from bot.discord_bot.text_only import TEXT_PAGE
from bot.i18n import _, current_language

__all__ = ["Rendered", "files_of", "render_reply", "send_rendered", "send_reply"]


def files_of(reply: Reply) -> list[discord.File]:
    """The reply's attachments, each with its alternative text (the reply's, else its name)."""
    return [
        discord.File(
            io.BytesIO(data),
            filename=name,
            description=reply.descriptions.get(name) or _("File: {name}").format(name=name),
        )
        for name, data in reply.attachments.items()
    ]


def _render(
    pages: tuple[Page, ...],
    buttons: tuple[Button, ...],
    error: bool,
    page: int,
    nav: str | None,
    language: str,
    text_only: bool,
) -> tuple[dict[str, Any], discord.ui.View | None]:
    """Page `page` of a reply as message fields (an embed, or plain content for a text-only
    reader) and its buttons, split to Discord's limits (`language` is the current one: it
    keys the cache of `_rendered`)."""
    reply = fit_reply(Reply(pages, buttons, error=error), TEXT_PAGE if text_only else DISCORD_PAGE)
    index = max(0, min(page, len(reply.pages) - 1))
    message = page_message(reply.pages[index], error=error, text_only=text_only)
    return message, page_view(reply, index, nav, text_only=text_only)


_rendered = functools.lru_cache(maxsize=128)(_render)
"""`_render`, cached: the same reply (a briefing's summary, a quote) is rendered once per
language and mode (the page buttons and continuation marks are translated); the message
fields and the component rows are only read when sent, never changed."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A reply rendered for Discord (`render_reply`), ready to send with `send_rendered`."""

    reply: Reply
    message: dict[str, Any]
    view: discord.ui.View | None


def render_reply(
    reply: Reply, *, page: int = 0, nav: str | None = None, once: bool = False
) -> Rendered:
    """Page `page` of a reply as Discord will get it; a text-only student
    (`current_preferences`) gets plain content and no embed.

    `once`: a reply shown once (a verdict, whose buttons name its session) is rendered
    without the cache, where it would only cost hashing it and push out a reply shown again.
    """
    text_only = current_preferences().text_only
    render = _render if once else _rendered
    message, view = render(
        reply.pages, reply.buttons, reply.error, page, nav, current_language(), text_only
    )
    return Rendered(reply, message, view)


async def send_reply(
    interaction: Interaction,
    reply: Reply,
    *,
    page: int = 0,
    nav: str | None = None,
    edit: bool = False,
) -> None:
    """Answer with page `page` of a reply: edit the clicked message, respond, or follow up.

    A text-only student (`current_preferences`) gets plain content and no embed.
    """
    await send_rendered(interaction, render_reply(reply, page=page, nav=nav), edit=edit)


async def send_rendered(
    interaction: Interaction, rendered: Rendered, *, edit: bool = False
) -> None:
    """`send_reply` for a reply rendered beforehand (while a commit ran, say)."""
    reply, view = rendered.reply, rendered.view
    kwargs: dict[str, Any] = {**rendered.message, "view": view or discord.utils.MISSING}
    # An edit without buttons removes the old ones (None clears them; MISSING would keep them).
    edited = {**kwargs, "view": view}
    if reply.attachments:
        kwargs["files"] = files_of(reply)
    if not interaction.response.is_done():
        if edit and interaction.message is not None and not reply.error:
            await interaction.response.edit_message(**edited)
        else:
            await interaction.response.send_message(
                ephemeral=reply.private, allowed_mentions=NO_PINGS, **kwargs
            )
    elif edit and not reply.error:
        await interaction.edit_original_response(**edited)
    else:
        await interaction.followup.send(
            ephemeral=reply.private, allowed_mentions=NO_PINGS, **kwargs
        )
