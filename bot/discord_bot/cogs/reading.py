"""Reading commands: /briefings, /courses, /brief, /figures, /quote, with Prev/Next pages."""

from __future__ import annotations

from discord import app_commands
from discord.ext import commands

from bot.app import Services
from bot.core import views
from bot.core.models import Briefing
from bot.core.replies import Reply
from bot.discord_bot.autocomplete import briefing_choices, person_choices, section_choices
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.respond import send_reply
from bot.discord_bot.router import Router, custom_id

__all__ = ["ReadingCog"]


class ReadingCog(commands.Cog, name="Reading"):
    """Summaries, sections, who is who and what they said."""

    CACHE_SIZE = 512

    def __init__(self, services: Services, router: Router) -> None:
        self.services = services
        self._rendered: dict[tuple[str, str, str], tuple[Briefing, Reply]] = {}
        router.register("pg", self.on_page)

    def render(self, what: str, briefing_id: str, arg: str) -> Reply:
        """Rebuild a reading reply from what its page buttons carry.

        Replies about one briefing are kept while that briefing stays loaded (a reload that
        changes it replaces the object, which retires the kept reply): a class reading the
        same summary at once renders it once.
        """
        library = self.services.library
        if what == "list":
            return views.briefings_reply(library, arg or None)
        if what == "courses":
            return views.courses_reply(library)
        briefing = library.find(briefing_id)
        key = (what, briefing.id, arg)
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
        return Reply.problem("This page is no longer available.")

    async def show(
        self, interaction: Interaction, what: str, briefing_id: str, arg: str = ""
    ) -> None:
        """Send page 1 of a reading reply with Prev/Next buttons when it has several pages."""
        reply = self.render(what, briefing_id, arg)
        nav = custom_id("pg", what, briefing_id, arg[:40])
        await send_reply(interaction, reply, nav=nav)

    async def on_page(self, interaction: Interaction, args: list[str]) -> None:
        """A Prev/Next click: `pg:<what>:<briefing>:<arg>:<page>`."""
        what, briefing_id, arg, page = args[0], args[1], args[2], int(args[3])
        reply = self.render(what, briefing_id, arg)
        nav = custom_id("pg", what, briefing_id, arg)
        await send_reply(interaction, reply, page=page, nav=nav, edit=True)

    @app_commands.command(
        name="briefings", description="List the briefings you can read and quiz on"
    )
    @app_commands.describe(keyword="Only briefings whose title or tags match this")
    async def briefings(self, interaction: Interaction, keyword: str | None = None) -> None:
        """List the briefings you can read and quiz on."""
        await self.show(interaction, "list", "-", (keyword or "")[:40])

    @app_commands.command(name="courses", description="Briefings in the order to study them")
    async def courses(self, interaction: Interaction) -> None:
        """Briefings in the order to study them."""
        await self.show(interaction, "courses", "-")

    @app_commands.command(
        name="brief", description="Read a briefing's summary, or one of its sections"
    )
    @app_commands.describe(
        briefing="Which briefing (leave empty when there is only one)",
        section="One section instead of the summary",
        long="The longer summary",
    )
    @app_commands.autocomplete(briefing=briefing_choices, section=section_choices)
    async def brief(
        self,
        interaction: Interaction,
        briefing: str | None = None,
        section: str | None = None,
        long: bool = False,
    ) -> None:
        """Read a briefing's summary, or one of its sections."""
        found = self.services.library.find(briefing)
        if section:
            views.brief_reply(found, section)  # raises NotFound politely for a bad section
            chosen = next((s.id for s in found.sections if s.id == section), section.strip()[:40])
            await self.show(interaction, "brief", found.id, chosen)
        else:
            await self.show(interaction, "long" if long else "brief", found.id)

    @app_commands.command(name="figures", description="Who is who in a briefing")
    @app_commands.describe(briefing="Which briefing (leave empty when there is only one)")
    @app_commands.autocomplete(briefing=briefing_choices)
    async def figures(self, interaction: Interaction, briefing: str | None = None) -> None:
        """Who is who in a briefing."""
        await self.show(interaction, "figures", self.services.library.find(briefing).id)

    @app_commands.command(name="quote", description="What a person said, with its context")
    @app_commands.describe(
        person="Whose words (name or surname)",
        briefing="Which briefing (leave empty when there is only one)",
    )
    @app_commands.autocomplete(person=person_choices, briefing=briefing_choices)
    async def quote(
        self,
        interaction: Interaction,
        person: str | None = None,
        briefing: str | None = None,
    ) -> None:
        """What a person said, with its context."""
        found = self.services.library.find(briefing)
        if person:
            figure = views.find_figure(found, person)  # NotFound for an unknown person
            await self.show(interaction, "quote", found.id, figure.id)
        else:
            await self.show(interaction, "quote", found.id)

    @app_commands.command(name="notes", description="Sources and editor's notes for a briefing")
    @app_commands.describe(briefing="Which briefing (leave empty when there is only one)")
    @app_commands.autocomplete(briefing=briefing_choices)
    async def notes(self, interaction: Interaction, briefing: str | None = None) -> None:
        """Sources and editor's notes for a briefing."""
        await self.show(interaction, "notes", self.services.library.find(briefing).id)

    @app_commands.command(name="facts", description="The key facts of a briefing")
    @app_commands.describe(briefing="Which briefing (leave empty when there is only one)")
    @app_commands.autocomplete(briefing=briefing_choices)
    async def facts(self, interaction: Interaction, briefing: str | None = None) -> None:
        """The key facts of a briefing."""
        await self.show(interaction, "facts", self.services.library.find(briefing).id)

    @app_commands.command(name="timeline", description="The dated events of a briefing")
    @app_commands.describe(briefing="Which briefing (leave empty when there is only one)")
    @app_commands.autocomplete(briefing=briefing_choices)
    async def timeline(self, interaction: Interaction, briefing: str | None = None) -> None:
        """The dated events of a briefing."""
        await self.show(interaction, "timeline", self.services.library.find(briefing).id)

    @app_commands.command(name="glossary", description="Terms a briefing uses, explained")
    @app_commands.describe(
        term="One term (leave empty for all)",
        briefing="Which briefing (leave empty when there is only one)",
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def glossary(
        self, interaction: Interaction, term: str | None = None, briefing: str | None = None
    ) -> None:
        """Terms a briefing uses, explained."""
        found = self.services.library.find(briefing)
        views.glossary_reply(found, term)  # NotFound politely for an unknown term
        await self.show(interaction, "glossary", found.id, (term or "").strip()[:40])
