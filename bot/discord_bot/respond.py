"""Send a Reply as an interaction response, whatever state the interaction is in."""

from __future__ import annotations

import functools
import io
from typing import Any

import discord

from bot.core.paginate import fit_reply
from bot.core.replies import Button, Page, Reply
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.limits import DISCORD_PAGE
from bot.discord_bot.render import NO_PINGS, embed, page_view
from bot.i18n import current_language

__all__ = ["send_reply"]


@functools.lru_cache(maxsize=128)
def _rendered(
    pages: tuple[Page, ...],
    buttons: tuple[Button, ...],
    error: bool,
    page: int,
    nav: str | None,
    language: str,
) -> tuple[discord.Embed, discord.ui.View | None]:
    """Page `page` of a reply as an embed and its buttons, split to Discord's limits.

    The same reply (a briefing's summary, a quote) is rendered once per language (the page
    buttons and continuation marks are translated): the embed and the component rows are only
    read when sent, never changed.
    """
    reply = fit_reply(Reply(pages, buttons, error=error), DISCORD_PAGE)
    index = max(0, min(page, len(reply.pages) - 1))
    return embed(reply.pages[index], error=error), page_view(reply, index, nav)


async def send_reply(
    interaction: Interaction,
    reply: Reply,
    *,
    page: int = 0,
    nav: str | None = None,
    edit: bool = False,
) -> None:
    """Answer with page `page` of a reply: edit the clicked message, respond, or follow up."""
    shown, view = _rendered(reply.pages, reply.buttons, reply.error, page, nav, current_language())
    kwargs: dict[str, Any] = {"embed": shown, "view": view or discord.utils.MISSING}
    # An edit without buttons removes the old ones (None clears them; MISSING would keep them).
    edited = {**kwargs, "view": view}
    edited.pop("files", None)
    if reply.attachments:
        kwargs["files"] = [
            discord.File(io.BytesIO(data), filename=name)
            for name, data in reply.attachments.items()
        ]
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
