"""One persistent handler for every button and modal the bot ever sent.

Custom ids carry everything needed (templates in `bot.discord_bot.custom_ids`), so a click on
a message sent before a restart still reaches the right code. Cogs register a handler per
template.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping

import discord

from bot.core.content.catalog import enter_guild
from bot.core.errors import BriefbotError
from bot.core.replies import Reply
from bot.discord_bot.answer_in_time import watch
from bot.discord_bot.custom_ids import IdTemplate, MalformedId, parse_id
from bot.discord_bot.discord_down import is_discord_down, log_discord_down, tell_discord_down
from bot.discord_bot.expired import is_expired, log_expired
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.replayed import Deliveries, is_already_answered, log_already_answered
from bot.discord_bot.respond import send_reply
from bot.i18n import _, use_language
from bot.store.health import is_database_outage, outage_message

__all__ = ["ROUTED", "Router", "never_a_form"]

log = logging.getLogger(__name__)

Handler = Callable[[Interaction, list[str]], Awaitable[None]]
NoForm = Callable[[list[str]], bool]
"""Whether a click with these id fields is never answered with a form."""


def never_a_form(fields: list[str]) -> bool:
    """`NoForm` of a handler that never answers with a form."""
    return True


ROUTED = (discord.InteractionType.component, discord.InteractionType.modal_submit)
"""The interactions the router handles (a command or an autocomplete runs in the tree)."""


class Router:
    """Maps custom-id kinds to handlers and runs them with polite error handling."""

    def __init__(self, deliveries: Deliveries | None = None) -> None:
        self.deliveries = deliveries or Deliveries()
        """The interactions taken up lately: one delivered again is not handled twice."""
        self.handlers: dict[str, Handler] = {}
        self.no_form: dict[str, NoForm] = {}
        """The kinds whose handlers never answer some clicks with a form (deferred at once in a
        crowd, `bot.discord_bot.answer_in_time.CROWD`); any other may."""
        self.on_outcome: Callable[[discord.Interaction, str, str], None] | None = None
        """Told each handled interaction's name and outcome (ok, refused, database_down, error,
        cancelled)."""
        self.before: Callable[[discord.Interaction], Awaitable[None]] | None = None
        """Run before each handler (the student's preferences are entered there)."""
        self.language_of: Callable[[discord.Interaction], Awaitable[str]] | None = None
        """The language to answer an interaction in (English when not set)."""

    def register(
        self, template: IdTemplate, handler: Handler, *, no_form: NoForm | None = None
    ) -> None:
        """Route ids of `template` to `handler(interaction, field values)`; `no_form`: which
        of its clicks the handler never answers with a form (a form must be the first
        response, so only those may be deferred early)."""
        if template.kind in self.handlers:
            raise ValueError(f"two handlers for {template.kind!r}")
        self.handlers[template.kind] = handler
        if no_form is not None:
            self.no_form[template.kind] = no_form

    def may_open_form(self, interaction: Interaction, cid: str) -> bool:
        """Whether `interaction`'s handler may answer it with a form (a form's submit never:
        Discord takes no form in answer to one)."""
        if interaction.type is discord.InteractionType.modal_submit:
            return False
        try:
            found = parse_id(cid)
        except MalformedId:
            return True
        if found is None:
            return True
        template, fields = found
        never = self.no_form.get(template.kind)
        return never is None or not never(fields)

    async def route(self, interaction: Interaction) -> bool:
        """Handle a component or modal interaction; False for other kinds. Every button the bot
        sends is ours: one whose id is not ours (another version's) is answered politely."""
        if interaction.type not in ROUTED:
            return False
        data: Mapping[str, object] = interaction.data or {}
        cid = str(data.get("custom_id", ""))
        kind = cid.split(":")[1] if cid.count(":") else ""
        if not self.deliveries.first(interaction, f"button {cid}"):
            return True
        # answered in time, whatever follows waits on
        watch(interaction, may_open_form=self.may_open_form(interaction, cid))
        enter_guild(interaction.guild_id)  # this task looks briefings up for this server only
        if self.before is not None:
            await self.before(interaction)
        language = await self.language_of(interaction) if self.language_of else None
        with use_language(language):
            await self._handle(interaction, cid, kind)
        return True

    async def _handle(self, interaction: Interaction, cid: str, kind: str) -> None:
        """Run the handler of `cid`; any failure becomes a polite reply in the user's language
        (none when Discord no longer takes one: `bot.discord_bot.expired`, or when it was
        answered already: `bot.discord_bot.replayed`)."""
        outcome = "ok"
        try:
            outcome = await self._run(interaction, cid)
        except asyncio.CancelledError:  # given up (`bot.discord_bot.answer_in_time`), or a stop
            outcome = "cancelled"
            raise
        except discord.HTTPException as exc:
            if is_expired(exc):
                outcome = "expired"
                log_expired(interaction, f"button {cid}")
            elif is_already_answered(exc):
                outcome = "already_answered"
                log_already_answered(interaction, f"button {cid}")
            else:
                raise
        finally:
            if self.on_outcome is not None:
                self.on_outcome(interaction, f"button:{kind}", outcome)

    async def _run(self, interaction: Interaction, cid: str) -> str:
        """The handler, then its outcome (ok, refused, database_down, error); an expired
        interaction is raised to `_handle`."""
        try:
            found = parse_id(cid)
            handler = self.handlers.get(found[0].kind) if found else None
            if found is None or handler is None:
                raise BriefbotError(_("This button belongs to something that has ended."))
            await handler(interaction, found[1])
        except BriefbotError as exc:
            await send_reply(interaction, Reply.problem(str(exc)))
            return "refused"
        except Exception as exc:
            if is_expired(exc) or is_already_answered(exc):
                raise
            if is_discord_down(exc):
                log_discord_down(interaction, f"button {cid}", exc)
                await tell_discord_down(interaction)
                return "discord_down"
            if is_database_outage(exc):
                log.warning("button %s: the database is unavailable (%r)", cid, exc)
                await send_reply(interaction, Reply.problem(_(outage_message(exc))))
                return "database_down"
            log.exception("button %s by user %s failed", cid, interaction.user.id)
            await send_reply(
                interaction,
                Reply.problem(_("Something went wrong on our side. Please try again.")),
            )
            return "error"
        return "ok"
