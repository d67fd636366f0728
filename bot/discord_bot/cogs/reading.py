"""Reading commands: /briefings, /courses, /brief, /figures, /quote, with Prev/Next pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core import views
from bot.core.commands import description_of
from bot.core.models import Briefing
from bot.core.replies import Reply, with_note
from bot.core.study import Picked
from bot.discord_bot.autocomplete import briefing_choices, person_choices, section_choices
from bot.discord_bot.custom_ids import PAGE
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import Router, never_a_form
from bot.i18n import N_, _, current_language

__all__ = ["ReadingCog"]

PRIVATE = N_("Only you see the answer (nothing is posted in the channel)")
COURSES_PRIVATE = N_("True: only you see it. False: shared in the channel, without your progress")
PROGRESS = "p"
"""A /courses page button's argument when the pages show the asker's progress."""


def _nav(what: str, briefing_id: str, arg: str, asker: str) -> str:
    """The Prev/Next id without its page number (each button adds ":<page>")."""
    return PAGE.prefix(what, briefing_id, arg, asker).removesuffix(":")


_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_BASE36_PAIRS = tuple(a + b for a in _BASE36 for b in _BASE36)
"""Every two base-36 digits, by their value (0 to 1,295): a user id is six pairs, not twelve
divisions."""


def _short(user_id: int) -> str:
    """A user id in base 36, to keep custom ids short."""
    out = ""
    while True:
        user_id, rest = divmod(user_id, 1296)
        out = _BASE36_PAIRS[rest] + out
        if not user_id:
            return out.lstrip("0") or "0"


class ReadingCog(commands.Cog, name="Reading"):
    """Summaries, sections, who is who and what they said."""

    CACHE_SIZE = 512

    def __init__(self, services: Services, router: Router) -> None:
        self.services = services
        self._rendered: dict[tuple[str, str, str, str], tuple[Briefing, Reply]] = {}
        router.register(PAGE, self.on_page, no_form=never_a_form)

    def render(self, what: str, briefing_id: str, arg: str, found: Briefing | None = None) -> Reply:
        """Rebuild a reading reply from what its page buttons carry (`found`: the briefing,
        when the command has just found it).

        Replies about one briefing are kept while that briefing stays loaded (a reload that
        changes it replaces the object, which retires the kept reply): a class reading the
        same summary at once renders it once (once per language).
        """
        library = self.services.library
        if what == "list":
            return views.briefings_reply(library, arg or None)
        briefing = found if found is not None else library.find(briefing_id)
        key = (what, briefing.id, arg, current_language())
        kept = self._rendered.get(key)
        if kept is not None and kept[0] is briefing:
            return kept[1]
        reply = self._render(what, briefing, arg)
        if not reply.error:
            if len(self._rendered) >= self.CACHE_SIZE:
                self._rendered.clear()
            self._rendered[key] = (briefing, reply)
        return reply

    def _render(self, what: str, briefing: Briefing, arg: str) -> Reply:
        if what == "brief":
            return views.brief_reply(briefing, arg or None)
        if what == "long":
            return views.brief_reply(briefing, long=True)
        if what == "figures":
            return views.figures_reply(briefing)
        if what == "quote":
            return views.quotes_reply(briefing, arg or None)
        if what == "notes":
            return views.notes_reply(briefing)
        if what == "facts":
            return views.facts_reply(briefing)
        if what == "timeline":
            return views.timeline_reply(briefing)
        if what == "glossary":
            return views.glossary_reply(briefing, arg or None)
        return Reply.problem(_("This page is no longer available."))

    async def show(
        self,
        interaction: Interaction,
        what: str,
        briefing_id: str,
        arg: str = "",
        *,
        private: bool = False,
        found: Briefing | None = None,
        note: str = "",
    ) -> None:
        """Send page 1 of a reading reply with Prev/Next buttons when it has several pages.

        `private`: only the asker sees it. The page buttons carry who asked. `found`: the
        briefing `briefing_id` names, when the command has just found it. `note`: a line
        above page 1's text.
        """
        reply = self.render(what, briefing_id, arg, found)
        if not reply.error:
            reply = with_note(reply, note)
        if private:
            reply = replace(reply, private=True)
        asker = interaction.user.id
        await send_reply(
            interaction, reply, nav=lambda: _nav(what, briefing_id, arg[:40], _short(asker))
        )

    async def on_page(self, interaction: Interaction, args: list[str]) -> None:
        """A Prev/Next click: `pg:<what>:<briefing>:<arg>:<asker>:<page>`.

        Only the asker turns the shared message's pages; anyone else gets that page privately,
        with buttons of their own (older buttons without an asker turn for anyone).
        """
        what, briefing_id, arg, page = args[0], args[1], args[2], int(args[4])
        asker = args[3] or None
        if what == "courses":
            reply = await self.courses_reply(interaction, with_progress=arg == PROGRESS)
        else:
            reply = self.render(what, briefing_id, arg)
        clicker = _short(interaction.user.id)
        nav = _nav(what, briefing_id, arg, asker or clicker)
        if asker is not None and asker != clicker:
            mine = _nav(what, briefing_id, arg, clicker)
            await send_reply(interaction, replace(reply, private=True), page=page, nav=mine)
            return
        await send_reply(interaction, reply, page=page, nav=nav, edit=True)

    @app_commands.command(name="briefings", description=description_of("briefings"))
    @app_commands.describe(
        keyword=N_("Only briefings whose title or tags match this"), private=PRIVATE
    )
    async def briefings(
        self, interaction: Interaction, keyword: str | None = None, private: bool = False
    ) -> None:
        """List the briefings you can read and quiz on."""
        await self.show(interaction, "list", "-", (keyword or "")[:40], private=private)

    @app_commands.command(name="courses", description=description_of("courses"))
    @app_commands.describe(private=COURSES_PRIVATE)
    async def courses(self, interaction: Interaction, private: bool | None = None) -> None:
        """Briefings in the order to study them, with your progress through each.

        Your progress shows only to you: left to itself (`private` not given), the reply is
        private once it shows any; `private: False` shares the courses in the channel without
        anyone's progress."""
        reply = await self.courses_reply(interaction, with_progress=private is not False)
        if private:
            reply = replace(reply, private=True)
        arg = PROGRESS if private is not False else ""
        asker = interaction.user.id
        await send_reply(interaction, reply, nav=lambda: _nav("courses", "-", arg, _short(asker)))

    async def courses_reply(self, interaction: Interaction, *, with_progress: bool) -> Reply:
        """The courses this server sees (the bundled ones, then its own); `with_progress`:
        with the asker's answers in this server (everywhere in a direct message), private
        once it shows any."""
        guild_id = interaction.guild_id
        own = await self.services.courses.of_server(guild_id)
        progress = None
        if with_progress:
            progress = await self.services.study.answered_by_briefing(interaction.user.id, guild_id)
        return views.courses_reply(
            self.services.library, own, progress, in_server=guild_id is not None
        )

    @app_commands.command(name="brief", description=description_of("brief"))
    @app_commands.describe(
        briefing=N_("Which briefing (leave empty when there is only one)"),
        section=N_("One section instead of the summary"),
        long=N_("The longer summary"),
        private=PRIVATE,
    )
    @app_commands.autocomplete(briefing=briefing_choices, section=section_choices)
    async def brief(
        self,
        interaction: Interaction,
        briefing: str | None = None,
        section: str | None = None,
        long: bool = False,
        private: bool = False,
    ) -> None:
        """Read a briefing's summary, or one of its sections."""
        found = self.services.library.find(briefing)
        if section:
            views.brief_reply(found, section)  # raises NotFound politely for a bad section
            chosen = next((s.id for s in found.sections if s.id == section), section.strip()[:40])
            await self.show(interaction, "brief", found.id, chosen, private=private, found=found)
        else:
            await self.show(
                interaction, "long" if long else "brief", found.id, private=private, found=found
            )

    @app_commands.command(name="figures", description=description_of("figures"))
    @app_commands.describe(
        briefing=N_("Which briefing (leave empty when there is only one)"), private=PRIVATE
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def figures(
        self, interaction: Interaction, briefing: str | None = None, private: bool = False
    ) -> None:
        """Who is who in a briefing."""
        found = self.services.library.find(briefing)
        await self.show(interaction, "figures", found.id, private=private, found=found)

    @app_commands.command(name="quote", description=description_of("quote"))
    @app_commands.describe(
        person=N_("Whose words (name or surname)"),
        briefing=N_("Which briefing (leave empty when there is only one)"),
        private=PRIVATE,
    )
    @app_commands.autocomplete(person=person_choices, briefing=briefing_choices)
    async def quote(
        self,
        interaction: Interaction,
        person: str | None = None,
        briefing: str | None = None,
        private: bool = False,
    ) -> None:
        """What a person said, with its context."""
        holds = partial(views.has_figure, person=person) if person else None
        nowhere = views.nobody_anywhere(person) if person else ""
        found, note = await self._named_or_latest(interaction, briefing, holds, person, nowhere)
        if person:
            figure = views.find_figure(found, person)  # NotFound for an unknown person
            await self.show(
                interaction, "quote", found.id, figure.id, private=private, found=found, note=note
            )
        else:
            await self.show(interaction, "quote", found.id, private=private, found=found, note=note)

    async def _named_or_latest(
        self,
        interaction: Interaction,
        briefing: str | None,
        holds: Callable[[Briefing], bool] | None = None,
        wanted: str | None = None,
        nowhere: str = "",
    ) -> tuple[Briefing, str]:
        """The briefing named, or, when several are loaded, the one of the user's latest
        answer in this server or the only one that `holds` the `wanted` person or term, with
        the line that says which was used (`nowhere`: what to say when none holds it)."""
        found, picked = await self.services.study.briefing_for(
            briefing, interaction.user.id, interaction.guild_id, holds, nowhere
        )
        if picked is Picked.LATEST:
            return found, _(
                "From `{id}`, the briefing of your latest quiz here (name another with "
                "`briefing:`)."
            ).format(id=found.id)
        if picked is Picked.HOLDER:
            return found, _(
                "From `{id}`, the only briefing with “{wanted}” (name another with `briefing:`)."
            ).format(id=found.id, wanted=(wanted or "").strip()[:100])
        return found, ""

    @app_commands.command(name="notes", description=description_of("notes"))
    @app_commands.describe(
        briefing=N_("Which briefing (leave empty when there is only one)"), private=PRIVATE
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def notes(
        self, interaction: Interaction, briefing: str | None = None, private: bool = False
    ) -> None:
        """Sources and editor's notes for a briefing."""
        found = self.services.library.find(briefing)
        await self.show(interaction, "notes", found.id, private=private, found=found)

    @app_commands.command(name="facts", description=description_of("facts"))
    @app_commands.describe(
        briefing=N_("Which briefing (leave empty when there is only one)"), private=PRIVATE
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def facts(
        self, interaction: Interaction, briefing: str | None = None, private: bool = False
    ) -> None:
        """The key facts of a briefing."""
        found = self.services.library.find(briefing)
        await self.show(interaction, "facts", found.id, private=private, found=found)

    @app_commands.command(name="timeline", description=description_of("timeline"))
    @app_commands.describe(
        briefing=N_("Which briefing (leave empty when there is only one)"), private=PRIVATE
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def timeline(
        self, interaction: Interaction, briefing: str | None = None, private: bool = False
    ) -> None:
        """The dated events of a briefing."""
        found = self.services.library.find(briefing)
        await self.show(interaction, "timeline", found.id, private=private, found=found)

    @app_commands.command(name="glossary", description=description_of("glossary"))
    @app_commands.describe(
        term=N_("One term (leave empty for all)"),
        briefing=N_("Which briefing (leave empty when there is only one)"),
        private=PRIVATE,
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def glossary(
        self,
        interaction: Interaction,
        term: str | None = None,
        briefing: str | None = None,
        private: bool = False,
    ) -> None:
        """Terms a briefing uses, explained."""
        holds = partial(views.has_term, term=term) if term and term.strip() else None
        nowhere = views.no_term_anywhere(term) if term and holds else ""
        found, note = await self._named_or_latest(interaction, briefing, holds, term, nowhere)
        views.glossary_reply(found, term)  # NotFound politely for an unknown term
        term_arg = (term or "").strip()[:40]
        await self.show(
            interaction, "glossary", found.id, term_arg, private=private, found=found, note=note
        )
