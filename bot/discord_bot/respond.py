"""Send a Reply as an interaction response, whatever state the interaction is in.

Every response goes out through `Responding` (`bot.discord_bot.first_response`): a reply
waits for a deferral on its way, and then follows it (an edit or a follow-up).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import discord

from bot.core.errors import BriefbotError
from bot.core.paginate import fit_reply
from bot.core.preferences import current_preferences
from bot.core.replies import Button, Page, Reply
from bot.discord_bot.first_response import Responding, shows_thinking_to_all
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.limits import DISCORD_PAGE
from bot.discord_bot.render import NO_PINGS, page_message, page_view
from bot.discord_bot.text_only import TEXT_PAGE
from bot.i18n import N_, _, current_language

__all__ = [
    "TOO_LATE_FOR_A_FORM",
    "Rendered",
    "files_of",
    "render_reply",
    "send_message",
    "send_modal",
    "send_rendered",
    "send_reply",
]

TOO_LATE_FOR_A_FORM = N_("That took me too long to open the form. Please try again.")
"""What a user is told when a form (a modal) could not be opened in time: Discord only
opens one as the first response, and a slow moment had the interaction deferred."""


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


Nav = str | Callable[[], str] | None
"""The Prev/Next prefix of a reply's page buttons, or what builds it (only a reply of several
pages has them)."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A reply rendered for Discord (`render_reply`), ready to send with `send_rendered`."""

    reply: Reply
    message: dict[str, Any]
    view: discord.ui.View | None
    more: tuple[dict[str, Any], ...] = ()
    """The pages after the first when no Prev/Next turns to them: each follows the reply, or
    the message it edited, as a message of its own."""


@dataclass(frozen=True, slots=True)
class _Fitted:
    """A reply's page as Discord gets it, all but the asker's Prev/Next buttons."""

    reply: Reply
    """The reply split to Discord's limits."""
    index: int
    message: dict[str, Any]
    view: discord.ui.View | None
    """The buttons of a one-page reply; a paged reply's come with its Prev/Next."""


def _fit(
    pages: tuple[Page, ...],
    buttons: tuple[Button, ...],
    error: bool,
    page: int,
    language: str,
    text_only: bool,
    untimed: bool,
) -> _Fitted:
    """Page `page` of a reply as message fields (an embed, or plain content for a text-only
    reader), split to Discord's limits. `language` and `untimed` are the current ones: they
    only key the cache of `_fitted` (page buttons and continuation marks are translated;
    moments are countdowns or dates)."""
    reply = fit_reply(Reply(pages, buttons, error=error), TEXT_PAGE if text_only else DISCORD_PAGE)
    index = max(0, min(page, len(reply.pages) - 1))
    message = page_message(reply.pages[index], error=error, text_only=text_only)
    paged = len(reply.pages) > 1
    view = None if paged else page_view(reply, index, None, text_only=text_only)
    return _Fitted(reply, index, message, view)


_fitted = functools.lru_cache(maxsize=128)(_fit)
"""`_fit`, cached: the same reply (a briefing's summary, a quote) is rendered once per
language and mode, whoever asks (the asker is only in a paged reply's Prev/Next, added per
send); the message fields and the component rows are only read when sent, never changed."""


def render_reply(reply: Reply, *, page: int = 0, nav: Nav = None, once: bool = False) -> Rendered:
    """Page `page` of a reply as Discord will get it; a text-only student
    (`current_preferences`) gets plain content and no embed. `nav` prefixes the Prev/Next
    buttons of a reply of several pages (a function: called only for such a reply).

    `once`: a reply shown once (a verdict, whose buttons name its session) is rendered
    without the cache, where it would only cost hashing it and push out a reply shown again.
    """
    preferences = current_preferences()
    fit = _fit if once else _fitted
    fitted = fit(
        reply.pages,
        reply.buttons,
        reply.error,
        page,
        current_language(),
        preferences.text_only,
        preferences.untimed,
    )
    view = fitted.view
    pages = fitted.reply.pages
    if len(pages) > 1 and nav is None and fitted.index == 0:
        return _page_by_page(reply, fitted, text_only=preferences.text_only)
    if len(pages) > 1:
        prefix = nav() if callable(nav) else nav
        view = page_view(fitted.reply, fitted.index, prefix, text_only=preferences.text_only)
    return Rendered(reply, fitted.message, view)


def _page_by_page(reply: Reply, fitted: _Fitted, *, text_only: bool) -> Rendered:
    """A reply of several pages that no Prev/Next turns (a text-only /help): page 1 with the
    reply's buttons, then every other page, each a message of its own; was: page 1 alone,
    headed "(1/3)", the rest unreadable."""
    pages, error = fitted.reply.pages, reply.error
    more = tuple(page_message(page, error=error, text_only=text_only) for page in pages[1:])
    buttons = page_view(fitted.reply, 0, None, text_only=text_only)
    return Rendered(reply, fitted.message, buttons, more)


async def send_reply(
    interaction: Interaction,
    reply: Reply,
    *,
    page: int = 0,
    nav: Nav = None,
    edit: bool = False,
    once: bool = False,
) -> None:
    """Answer with page `page` of a reply: edit the clicked message, respond, or follow up.

    A text-only student (`current_preferences`) gets plain content and no embed. `once`: a
    reply shown once (a quiz's question, whose buttons name its session) skips the cache
    (`render_reply`).
    """
    await send_rendered(interaction, render_reply(reply, page=page, nav=nav, once=once), edit=edit)


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
    async with Responding(interaction):
        done = interaction.response.is_done()
        try:
            if edit and not reply.error and done:
                await interaction.edit_original_response(**edited)
                await _send_more(interaction, rendered, _private_edit(interaction, reply))
                return
            if edit and not reply.error and interaction.message is not None:
                await interaction.response.edit_message(**edited)
                await _send_more(interaction, rendered, _private_edit(interaction, reply))
                return
        except discord.NotFound as error:
            if error.code != UNKNOWN_MESSAGE:
                raise
            # The clicked message was deleted meanwhile: what it would have shown comes
            # as a private message of its own (its buttons too), not a failed interaction.
            await _send_new(interaction, True, kwargs)
            return
        await _send_new(interaction, reply.private, kwargs)
        await _send_more(interaction, rendered, reply.private)


def _private_edit(interaction: Interaction, reply: Reply) -> bool:
    """Whether what follows an edited message is private: the reply says so, or the message
    edited is (a solo quiz's verdict)."""
    message = interaction.message
    return reply.private or (message is not None and message.flags.ephemeral)


async def _send_more(interaction: Interaction, rendered: Rendered, ephemeral: bool) -> None:
    """The pages after the first that no Prev/Next turns to, each a message of its own."""
    for message in rendered.more:
        await interaction.followup.send(ephemeral=ephemeral, allowed_mentions=NO_PINGS, **message)


UNKNOWN_MESSAGE = 10008
"""Discord's error code for a message that is not there (deleted)."""


async def send_message(interaction: Interaction, *, ephemeral: bool, **fields: Any) -> None:
    """A new message in answer (the response, or a follow-up once there is one), as
    `send_rendered` sends one, for messages built by hand (a /post preview)."""
    async with Responding(interaction):
        await _send_new(interaction, ephemeral, fields)


async def _send_new(interaction: Interaction, ephemeral: bool, fields: dict[str, Any]) -> None:
    if not interaction.response.is_done():
        await interaction.response.send_message(
            ephemeral=ephemeral, allowed_mentions=NO_PINGS, **fields
        )
        return
    if ephemeral and shows_thinking_to_all(interaction):
        # A public command deferred while slow whose reply is private (a refusal, a "try
        # again"): its follow-up would fill the public "thinking" for everyone. The
        # "thinking" goes first; a follow-up is then a message of its own, private.
        await interaction.delete_original_response()
    await interaction.followup.send(ephemeral=ephemeral, allowed_mentions=NO_PINGS, **fields)


async def send_modal(interaction: Interaction, modal: discord.ui.Modal) -> None:
    """Open a form; a polite "try again" (BriefbotError) when the interaction was deferred
    meanwhile (a slow moment), as Discord opens a form only as the first response."""
    async with Responding(interaction):
        if interaction.response.is_done():
            raise BriefbotError(_(TOO_LATE_FOR_A_FORM))
        await interaction.response.send_modal(modal)
