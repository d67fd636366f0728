"""/briefing: a server's own briefings, from upload or draft to review and publishing.

Translation only: every rule is in `bot.core.content.ContentService`. Moderators only,
checked again at run time; every reply is private to the moderator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

from bot.app import Services
from bot.core.briefing_uses import briefing_uses
from bot.core.commands import description_of
from bot.core.content.added_notes import claim_choices
from bot.core.content.edits import EXPLANATION_MAX, Edit, question_at, question_meant
from bot.core.content.people import UNATTRIBUTED, quote_choices
from bot.core.content.placeholders import moderator_title
from bot.core.content.records import BriefingRecord
from bot.core.content.service import Shown
from bot.core.content.views import (
    ARTICLE_SUFFIXES,
    BRIEFING_SUFFIXES,
    draft_reply,
    history_reply,
    list_reply,
    note_reply,
    nothing_to_write_reply,
    person_removed_reply,
    person_reply,
    placeholders_note,
    question_added_reply,
    quote_removed_reply,
    review_reply,
    rewritten_reply,
    speakerless_note,
    stale_posts_note,
    too_big_fix,
    unchecked_note,
    upload_reply,
    written_reply,
    wrong_kind_fix,
)
from bot.core.content.writing import (
    FORM_FIELDS,
    placeholders_to_write,
    text_digest,
    text_named,
    texts_to_rewrite,
)
from bot.core.errors import BriefbotError, InvalidInput
from bot.core.models import Briefing
from bot.core.ports import Publisher
from bot.core.replies import Button, ButtonStyle, Reply, moment, with_note
from bot.core.withdrawn_posts import WithdrawnPosts
from bot.core.wording import number, shorten
from bot.discord_bot.attachments import check_attachment, read_attachment
from bot.discord_bot.checks import require_moderator
from bot.discord_bot.custom_ids import (
    BRIEFING_PASTE,
    BRIEFING_REMOVE,
    BRIEFING_REVIEW,
    BRIEFING_REVIEW_MODAL,
    BRIEFING_REWRITE,
    BRIEFING_WRITE,
)
from bot.discord_bot.deadline import within_deadline
from bot.discord_bot.first_response import defer_once
from bot.discord_bot.interaction import Interaction
from bot.discord_bot.language import server_language
from bot.discord_bot.limits import TEXT_INPUT_LABEL, TEXT_INPUT_PLACEHOLDER, TEXT_INPUT_VALUE
from bot.discord_bot.respond import send_modal, send_reply
from bot.discord_bot.router import Router
from bot.i18n import N_, _, ngettext, use_language

__all__ = ["BriefingsCog"]

TEXT_FIELD, TITLE_FIELD, WHY_FIELD = "article", "title", "why"


def _guild(interaction: Interaction) -> int:
    if interaction.guild_id is None:
        raise InvalidInput(_("Server briefings live in a server, not in direct messages."))
    return interaction.guild_id


def _fields(interaction: Interaction) -> dict[str, str]:
    """The text typed into each field of a submitted modal, by the field's custom id."""
    data: dict[str, Any] = dict(interaction.data or {})
    found: dict[str, str] = {}
    for row in data.get("components") or []:
        for item in row.get("components") or [row.get("component") or {}]:
            if "custom_id" in item:
                found[str(item["custom_id"])] = str(item.get("value") or "")
    return found


def _why_field(explanation: str) -> discord.ui.TextInput[discord.ui.Modal]:
    """The Fix key box's second field: the explanation students read, to fix with the key."""
    return discord.ui.TextInput(
        label=_("Why (shown after answering)"),
        custom_id=WHY_FIELD,
        style=discord.TextStyle.paragraph,
        default=explanation[:EXPLANATION_MAX],
        max_length=EXPLANATION_MAX,
        required=False,
    )


def _modal(
    cid: str, title: str, inputs: list[discord.ui.TextInput[discord.ui.Modal]]
) -> discord.ui.Modal:
    modal = discord.ui.Modal(title=title[:45], custom_id=cid, timeout=None)
    for item in inputs:
        modal.add_item(item)
    modal.stop()
    return modal


async def own_briefing_choices(interaction: Interaction, current: str) -> list[Choice[str]]:
    """This server's own briefings (drafts included) matching what was typed."""
    if interaction.guild_id is None:
        return []
    found = await interaction.client.services.content.search(interaction.guild_id, current)
    return [
        Choice(name=f"{moderator_title(r.title, r.slug)} ({r.state})"[:100], value=r.slug)
        for r in found
    ]


async def _named_briefing(interaction: Interaction) -> Briefing | None:
    """The newest version of the briefing the command's `briefing` option names, if any."""
    typed = str(getattr(interaction.namespace, "briefing", "") or "")
    if interaction.guild_id is None or not typed:
        return None
    try:
        shown = await interaction.client.services.content.show(interaction.guild_id, typed)
    except BriefbotError:
        return None
    return shown.briefing


async def _quote_choices(interaction: Interaction, current: str) -> list[Choice[str]]:
    """The named briefing's quotes, those without a speaker first, matching what was typed."""
    found = await _named_briefing(interaction)
    if found is None:
        return []
    folded = current.casefold()
    return [
        Choice(name=label[:100], value=quote_id)
        for label, quote_id in quote_choices(found)
        if folded in label.casefold()
    ][:25]


async def _text_choices(interaction: Interaction, current: str) -> list[Choice[str]]:
    """The named briefing's texts a moderator writes, matching what was typed."""
    found = await _named_briefing(interaction)
    if found is None:
        return []
    folded = current.casefold()
    return [
        Choice(name=text.label[:100], value=text.key)
        for text in texts_to_rewrite(found)
        if folded in f"{text.label} {text.hint}".casefold()  # its name, or words in it
    ][:25]


async def _claim_choices(interaction: Interaction, current: str) -> list[Choice[str]]:
    """The named briefing's facts and quotes, matching what was typed."""
    found = await _named_briefing(interaction)
    if found is None:
        return []
    folded = current.casefold()
    return [
        Choice(name=label, value=claim_id)
        for label, claim_id in claim_choices(found)
        if folded in label.casefold()
    ][:25]


async def _person_choices(interaction: Interaction, current: str) -> list[Choice[str]]:
    """The named briefing's people, matching what was typed (a new name is typed whole)."""
    found = await _named_briefing(interaction)
    if found is None:
        return []
    folded = current.casefold()
    return [
        Choice(name=f"{f.name} ({f.role})"[:100], value=f.name[:100])
        for f in found.figures
        if f.id != UNATTRIBUTED and folded in f.name.casefold()
    ][:25]


@app_commands.guild_only()
@app_commands.default_permissions(manage_messages=True)
class BriefingsCog(
    commands.GroupCog,
    name="Briefings",
    group_name="briefing",
    group_description=N_("Your server's own briefings: upload, draft, review, publish"),
):
    """Your server's own briefings: upload, draft, review, publish."""

    def __init__(self, services: Services, router: Router, publisher: Publisher) -> None:
        self.services = services
        self.content = services.content
        self.posts = WithdrawnPosts(
            services.store.briefing_posts, publisher, services.clock, services.store.schedules
        )
        """The posts of a briefing, edited into a notice when it is withdrawn."""
        router.register(BRIEFING_REVIEW, self.on_review_click)
        router.register(BRIEFING_REVIEW_MODAL, self.on_review_modal)
        router.register(BRIEFING_PASTE, self.on_pasted_article)
        router.register(BRIEFING_REMOVE, self.on_remove_confirm)
        router.register(BRIEFING_WRITE, self.on_written)
        router.register(BRIEFING_REWRITE, self.on_rewritten)
        super().__init__()

    async def interaction_check(self, interaction: Interaction) -> bool:  # type: ignore[override]
        """Moderators only, checked every time (the server may have changed who sees it)."""
        await require_moderator(interaction)
        return True

    @app_commands.command(name="upload", description=description_of("briefing upload"))
    @app_commands.describe(file=N_("The briefing, a .yaml file"))
    async def upload(self, interaction: Interaction, file: discord.Attachment) -> None:
        """Check a briefing YAML file and store it as a draft."""
        guild = _guild(interaction)
        fix, kind_fix = too_big_fix("briefing"), wrong_kind_fix("briefing", file.filename)
        max_bytes = self.content.caps.max_file_bytes
        check_attachment(file, max_bytes, BRIEFING_SUFFIXES, fix, kind_fix)
        await defer_once(interaction, private=True)  # the download may be slow
        raw = await read_attachment(file, self.content.caps.max_file_bytes)
        outcome = await self.content.upload(guild, file.filename[:100], raw)
        await send_reply(interaction, upload_reply(outcome))
        if outcome.record is not None:
            self.content.seen(outcome.record)

    @app_commands.command(name="draft", description=description_of("briefing draft"))
    @app_commands.describe(article=N_("The article as .txt, .md or .html; leave empty to paste it"))
    async def draft(
        self, interaction: Interaction, article: discord.Attachment | None = None
    ) -> None:
        """Draft a briefing from an article (or paste it)."""
        guild = _guild(interaction)
        if article is None:
            await send_modal(interaction, self._paste_modal())
            return
        fix, kind_fix = too_big_fix("article"), wrong_kind_fix("article", article.filename)
        max_bytes = self.content.caps.max_article_bytes
        check_attachment(article, max_bytes, ARTICLE_SUFFIXES, fix, kind_fix)
        await defer_once(interaction, private=True)  # the download may be slow
        raw = await read_attachment(article, self.content.caps.max_article_bytes)
        outcome = await self.content.draft(guild, article.filename[:100], raw)
        await send_reply(interaction, draft_reply(outcome))
        self.content.seen(outcome.record)

    @app_commands.command(name="list", description=description_of("briefing list"))
    async def list_(self, interaction: Interaction) -> None:
        """Your server's own briefings and their state."""
        await send_reply(interaction, list_reply(await self.content.briefings(_guild(interaction))))

    @app_commands.command(name="show", description=description_of("briefing show"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"), version=N_("Which version (newest by default)")
    )
    @app_commands.autocomplete(briefing=own_briefing_choices)
    async def show(
        self,
        interaction: Interaction,
        briefing: str,
        version: app_commands.Range[int, 1, 100000] | None = None,
    ) -> None:
        """Review a briefing's questions before publishing."""
        shown = await self.content.show(_guild(interaction), briefing, version)
        await send_reply(interaction, self._review(shown.record.record_id, review_reply(shown, 0)))

    @app_commands.command(name="person", description=description_of("briefing person"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"),
        name=N_("Who: someone in it (a slip is forgiven), or a new person"),
        role=N_("Their role, as the article gives it (a new person needs one)"),
        quote=N_("A quote they said: those without a speaker are listed first"),
        remove=N_("Take this person out (a mistake); their quotes go back to no speaker"),
    )
    @app_commands.autocomplete(
        briefing=own_briefing_choices, name=_person_choices, quote=_quote_choices
    )
    async def person(
        self,
        interaction: Interaction,
        briefing: str,
        name: app_commands.Range[str, 1, 240],
        role: app_commands.Range[str, 1, 240] | None = None,
        quote: str | None = None,
        remove: bool = False,
    ) -> None:
        """Give a quote its speaker, fix someone's role, or add a person."""
        guild = _guild(interaction)
        if remove:
            removed = await self.content.remove_person(guild, briefing, name)
            gone, quotes = removed.outcome
            reply = person_removed_reply(removed.slug, gone, quotes, removed.published)
        else:
            changed = await self.content.person(guild, briefing, name, role or "", quote or "")
            reply = person_reply(changed.slug, changed.outcome, changed.published)
        await send_reply(interaction, reply)

    @app_commands.command(name="unquote", description=description_of("briefing unquote"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"),
        quote=N_("The quote nobody said: those without a speaker are listed first"),
    )
    @app_commands.autocomplete(briefing=own_briefing_choices, quote=_quote_choices)
    async def unquote(self, interaction: Interaction, briefing: str, quote: str) -> None:
        """Take out words the draft took for a quote that nobody said."""
        removed = await self.content.remove_quote(_guild(interaction), briefing, quote)
        words, left = removed.outcome
        await send_reply(
            interaction, quote_removed_reply(removed.slug, words, left, removed.published)
        )

    @app_commands.command(name="note", description=description_of("briefing note"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"),
        claim=N_("The fact or quote the article gets wrong"),
        text=N_("What is wrong, and what is right"),
        source=N_("Who says so: an outlet, a report or a link"),
        remove=N_("Take the claim's notes out instead (a mistake)"),
    )
    @app_commands.autocomplete(briefing=own_briefing_choices, claim=_claim_choices)
    async def note(
        self,
        interaction: Interaction,
        briefing: str,
        claim: str,
        text: app_commands.Range[str, 1, 1500] | None = None,
        source: app_commands.Range[str, 1, 240] | None = None,
        remove: bool = False,
    ) -> None:
        """Add an editor's note to a claim the article gets wrong."""
        noted = await self.content.note(
            _guild(interaction), briefing, claim, text or "", source or "", remove=remove
        )
        reply = note_reply(noted.slug, noted.outcome, noted.published, removed=remove)
        await send_reply(interaction, reply)

    @app_commands.command(name="question", description=description_of("briefing question"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"),
        about=N_("The fact or quote the question tests"),
        prompt=N_("The question, as students read it"),
        answer=N_("The right answer (true or false for a true/false question)"),
        wrong=N_("Wrong choices, separated by ; (for buttons; leave empty for a typed answer)"),
        why=N_("Why the answer is right, shown after answering"),
    )
    @app_commands.autocomplete(briefing=own_briefing_choices, about=_claim_choices)
    async def question(
        self,
        interaction: Interaction,
        briefing: str,
        about: str,
        prompt: app_commands.Range[str, 1, 1000],
        answer: app_commands.Range[str, 1, 240],
        wrong: app_commands.Range[str, 1, 1000] | None = None,
        why: app_commands.Range[str, 1, 1000] | None = None,
    ) -> None:
        """Add a question of your own."""
        added = await self.content.question(
            _guild(interaction), briefing, about, prompt, answer, wrong or "", why or ""
        )
        reply = question_added_reply(added.slug, added.outcome, added.published)
        await send_reply(interaction, reply)

    @app_commands.command(name="write", description=description_of("briefing write"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"),
        what=N_("One text to write again (a title, a summary, a quote's context)"),
    )
    @app_commands.autocomplete(briefing=own_briefing_choices, what=_text_choices)
    async def write(self, interaction: Interaction, briefing: str, what: str | None = None) -> None:
        """Write the draft's TODO placeholders in a form, a few at a time."""
        shown = await self.content.show(_guild(interaction), briefing)
        slug = shown.record.slug
        if what is not None:
            place = text_named(shown.briefing, what)
            box: discord.ui.TextInput[discord.ui.Modal] = discord.ui.TextInput(
                label=place.label[:TEXT_INPUT_LABEL],
                custom_id=TEXT_FIELD,
                style=discord.TextStyle.paragraph if place.long else discord.TextStyle.short,
                default=place.hint[:TEXT_INPUT_VALUE],
                max_length=TEXT_INPUT_VALUE if place.long else 240,
            )
            cid = BRIEFING_REWRITE.build(shown.record.record_id, place.key, text_digest(place.hint))
            title = _("Write: {title}").format(title=moderator_title(shown.briefing.title, slug))
            await send_modal(interaction, _modal(cid, shorten(title, 45), [box]))
            return
        left = placeholders_to_write(shown.briefing)
        if not left:
            await send_reply(interaction, nothing_to_write_reply(slug))
            return
        boxes: list[discord.ui.TextInput[discord.ui.Modal]] = [
            discord.ui.TextInput(
                label=place.label[:TEXT_INPUT_LABEL],
                custom_id=place.key,
                style=discord.TextStyle.paragraph if place.long else discord.TextStyle.short,
                placeholder=place.hint[:TEXT_INPUT_PLACEHOLDER],
                max_length=TEXT_INPUT_VALUE if place.long else 240,
                required=False,
            )
            for place in left[:FORM_FIELDS]
        ]
        title = _("Write: {title}").format(title=moderator_title(shown.briefing.title, slug))
        cid = BRIEFING_WRITE.build(shown.record.record_id)
        await send_modal(interaction, _modal(cid, shorten(title, 45), boxes))

    async def on_written(self, interaction: Interaction, args: list[str]) -> None:
        """The /briefing write form, filled: its boxes written into the newest version."""
        await require_moderator(interaction)
        guild = _guild(interaction)
        try:
            record_id = int(args[0])
        except (IndexError, ValueError):
            raise BriefbotError(_("This button belongs to something that has ended.")) from None
        written = await self.content.write(guild, record_id, _fields(interaction))
        shown = await self.content.show_by_id(guild, record_id)
        left = placeholders_to_write(shown.briefing)
        await send_reply(interaction, written_reply(shown.record.slug, written, left))

    async def on_rewritten(self, interaction: Interaction, args: list[str]) -> None:
        """The /briefing write what: form, filled: its one text written anew."""
        await require_moderator(interaction)
        guild = _guild(interaction)
        try:
            record_id, key, was = int(args[0]), args[1], args[2]
        except (IndexError, ValueError):
            raise BriefbotError(_("This button belongs to something that has ended.")) from None
        typed = _fields(interaction).get(TEXT_FIELD, "")
        shown = await self.content.show_by_id(guild, record_id)
        label = next((t.label for t in texts_to_rewrite(shown.briefing) if t.key == key), key)
        written = await self.content.rewrite(guild, record_id, key, typed, was)
        published = shown.record.published_version is not None
        reply = rewritten_reply(shown.record.slug, label, written, published)
        await send_reply(interaction, reply)

    @app_commands.command(name="publish", description=description_of("briefing publish"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"), version=N_("Which version (newest by default)")
    )
    @app_commands.autocomplete(briefing=own_briefing_choices)
    async def publish(
        self,
        interaction: Interaction,
        briefing: str,
        version: app_commands.Range[int, 1, 100000] | None = None,
    ) -> None:
        """Let students see a briefing (newest version)."""
        guild, asker = _guild(interaction), interaction.user.id
        shown = await self.content.publish(guild, briefing, version, asker=asker)
        posted = await self._posted_before(guild, shown)
        await _reply_published(
            interaction,
            shown,
            lambda: self.content.publish_not_seen(guild, version, asker, shown),
            posted,
        )

    @app_commands.command(name="unpublish", description=description_of("briefing unpublish"))
    @app_commands.describe(briefing=N_("Which of your briefings"))
    @app_commands.autocomplete(briefing=own_briefing_choices)
    async def unpublish(self, interaction: Interaction, briefing: str) -> None:
        """Hide a briefing from students again."""
        guild_id = _guild(interaction)
        # One piece of work that runs to its end (`within_deadline`): given up at its commit
        # (a slow disk), the briefing's posts still become a notice once the commit lands.
        hiding = self._unpublish_everywhere(guild_id, briefing)
        record, edited = await within_deadline(interaction, hiding, private=True)
        body = _("Students no longer see `{slug}`; its versions are kept.").format(slug=record.slug)
        body += _withdrawn_line(edited)
        work = await self.services.assignments.unpublished_note(guild_id, record.key)
        if work is not None:
            body += "\n" + work
        await send_reply(interaction, Reply.text(_("Unpublished"), body, private=True))

    async def _withdraw_posts(self, guild_id: int, record: BriefingRecord) -> int:
        """Turn the briefing's posts in channels into a notice: how many were edited."""
        language = await server_language(self.services.store.settings, guild_id)
        with use_language(language):  # the channel's notice is everyone's
            return await self.posts.briefing_withdrawn(guild_id, record.key, record.title)

    async def _unpublish_everywhere(self, guild_id: int, name: str) -> tuple[BriefingRecord, int]:
        """Hide the briefing from students, then withdraw its posts: how many."""
        record = await self.content.unpublish(guild_id, name)
        return record, await self._withdraw_posts(guild_id, record)

    async def _remove_everywhere(self, guild_id: int, slug: str) -> tuple[BriefingRecord, int]:
        """Delete the briefing named exactly `slug`, then withdraw its posts: how many."""
        record = await self.content.remove(guild_id, slug, exact=True)
        return record, await self._withdraw_posts(guild_id, record)

    @app_commands.command(name="remove", description=description_of("briefing remove"))
    @app_commands.describe(briefing=N_("Which of your briefings"))
    @app_commands.autocomplete(briefing=own_briefing_choices)
    async def remove(self, interaction: Interaction, briefing: str) -> None:
        """Delete a briefing and all its versions (after a confirm button)."""
        record, versions = await self.content.history(_guild(interaction), briefing)
        body = ngettext(
            "`{slug}` and its one version will be deleted; students can no longer read or "
            "quiz on it. Answers already given stay. This cannot be undone.",
            "`{slug}` and its {count} versions will be deleted; students can no longer read or "
            "quiz on it. Answers already given stay. This cannot be undone.",
            len(versions),
        ).format(slug=record.slug, count=len(versions))
        uses = await briefing_uses(
            _guild(interaction),
            record.key,
            assignments=self.services.assignments.repo,
            schedules=self.services.store.schedules,
            courses=self.services.courses,
        )
        note = uses.removal_note()
        body += f"\n\n{note}" if note else ""
        confirm = Button(
            "remove", _("Yes, delete it"), BRIEFING_REMOVE.build(record.slug), ButtonStyle.DANGER
        )
        ask = Reply.text(_("Delete `{slug}`?").format(slug=record.slug), body, private=True)
        await send_reply(interaction, Reply(ask.pages, (confirm,), private=True))

    async def on_remove_confirm(self, interaction: Interaction, args: list[str]) -> None:
        """`bx:<briefing>`: a moderator confirmed /briefing remove."""
        await require_moderator(interaction)
        guild_id = _guild(interaction)
        # One piece of work that runs to its end (`within_deadline`): given up at its delete
        # (a slow disk), the briefing's posts still become a notice once the delete lands.
        removal = self._remove_everywhere(guild_id, args[0])
        record, edited = await within_deadline(interaction, removal)
        body = _("`{slug}` and its versions are deleted. Answers already given stay.").format(
            slug=record.slug
        )
        body += _withdrawn_line(edited)
        await send_reply(interaction, Reply.text(_("Removed"), body, private=True), edit=True)

    @app_commands.command(name="history", description=description_of("briefing history"))
    @app_commands.describe(briefing=N_("Which of your briefings"))
    @app_commands.autocomplete(briefing=own_briefing_choices)
    async def history(self, interaction: Interaction, briefing: str) -> None:
        """A briefing's versions."""
        record, versions = await self.content.history(_guild(interaction), briefing)
        await send_reply(interaction, history_reply(record, versions))

    @app_commands.command(name="rollback", description=description_of("briefing rollback"))
    @app_commands.describe(
        briefing=N_("Which of your briefings"),
        version=N_("Which version (the one published before by default)"),
    )
    @app_commands.autocomplete(briefing=own_briefing_choices)
    async def rollback(
        self,
        interaction: Interaction,
        briefing: str,
        version: app_commands.Range[int, 1, 100000] | None = None,
    ) -> None:
        """Publish an earlier version again."""
        guild, asker = _guild(interaction), interaction.user.id
        shown = await self.content.rollback(guild, briefing, version, asker=asker)
        posted = await self._posted_before(guild, shown)
        await _reply_published(
            interaction,
            shown,
            lambda: self.content.rollback_not_seen(guild, version, asker, shown),
            posted,
        )

    async def _posted_before(self, guild_id: int, shown: Shown) -> str:
        """After a publish that changed the version students get: the channels whose post
        still shows an earlier one."""
        if shown.already_published:
            return ""
        key = shown.record.key
        channels = await self.posts.posted_in(guild_id, key, scheduled=shown.replaced)
        return stale_posts_note([f"<#{c}>" for c in channels])

    # ----- review buttons and modals (through the router, so they outlive restarts) -----

    def _review(self, record_id: int, reply: Reply) -> Reply:
        buttons = tuple(
            replace(b, action=BRIEFING_REVIEW.build(record_id, *_action_fields(b.action)))
            for b in reply.buttons
        )
        return Reply(reply.pages, buttons, private=True)

    async def on_review_click(self, interaction: Interaction, args: list[str]) -> None:
        """Prev / Keep / Drop / Mark checked / Fix key / Accept an answer / Publish."""
        await require_moderator(interaction)
        guild = _guild(interaction)
        record_id, verb, index, meant = _review_args(args)
        shown = await self.content.show_by_id(guild, record_id)
        if verb in ("key", "accept"):
            at = question_at(shown.briefing, index, meant)
            question = shown.briefing.questions[at]
            label = _("The right answer") if verb == "key" else _("Another answer to accept")
            hint = shorten(question.prompt, 100)
            field: discord.ui.TextInput[discord.ui.Modal] = discord.ui.TextInput(
                label=label, custom_id=TEXT_FIELD, max_length=200, placeholder=hint
            )
            fields = [field]
            if verb == "key":  # a fixed key (a speaker) often makes the old "why" wrong
                fields.append(_why_field(question.explanation))
            cid = BRIEFING_REVIEW_MODAL.build(record_id, verb, at, question.id)
            title = shorten(question.prompt, 45)
            await send_modal(interaction, _modal(cid, title, fields))
            return
        posted = ""
        if verb == "publish":
            shown = await self.content.publish(guild, shown.record.slug)
            posted = await self._posted_before(guild, shown)
        elif verb in ("drop", "check") and shown.briefing.questions:
            meant_at = question_meant(shown.briefing, index, meant)
            if meant_at is not None:  # None: gone, as a Drop retried after its first try landed
                question = shown.briefing.questions[meant_at]
                edit: Edit = "drop" if verb == "drop" else "check"
                shown = await self.content.edit(guild, record_id, question.id, edit)
                index = meant_at if verb == "drop" else meant_at + 1
        reply = with_note(review_reply(shown, index, at_end=verb == "end"), posted)
        await send_reply(interaction, self._review(record_id, reply), edit=True)

    async def on_review_modal(self, interaction: Interaction, args: list[str]) -> None:
        """The fixed key or the accepted answer typed in the modal."""
        await require_moderator(interaction)
        guild = _guild(interaction)
        record_id, verb, index, meant = _review_args(args)
        shown = await self.content.show_by_id(guild, record_id)
        at = question_at(shown.briefing, index, meant)
        question = shown.briefing.questions[at]
        edit: Edit = "answer" if verb == "key" else "accept"
        typed = _fields(interaction)
        shown = await self.content.edit(
            guild,
            record_id,
            question.id,
            edit,
            typed.get(TEXT_FIELD, ""),
            typed.get(WHY_FIELD, ""),
        )
        await send_reply(interaction, self._review(record_id, review_reply(shown, at)), edit=True)

    def _paste_modal(self) -> discord.ui.Modal:
        title: discord.ui.TextInput[discord.ui.Modal] = discord.ui.TextInput(
            label=_("Headline"), custom_id=TITLE_FIELD, max_length=200
        )
        text: discord.ui.TextInput[discord.ui.Modal] = discord.ui.TextInput(
            label=_("Article text"),
            custom_id=TEXT_FIELD,
            style=discord.TextStyle.paragraph,
            max_length=TEXT_INPUT_VALUE,
            placeholder=_("{limit} characters at most: attach a longer article as a file").format(
                limit=number(TEXT_INPUT_VALUE)
            )[:TEXT_INPUT_PLACEHOLDER],
        )
        return _modal(BRIEFING_PASTE.build(), _("Draft from an article"), [title, text])

    async def on_pasted_article(self, interaction: Interaction, args: list[str]) -> None:
        """Draft from the pasted headline and text."""
        await require_moderator(interaction)
        guild = _guild(interaction)
        fields = _fields(interaction)
        pasted = fields.get(TEXT_FIELD, "")
        headline = fields.get(TITLE_FIELD, "")
        await defer_once(interaction, private=True)
        outcome = await self.content.draft(guild, "pasted.txt", pasted.encode("utf-8"), headline)
        filled = TEXT_INPUT_VALUE if len(pasted) >= TEXT_INPUT_VALUE else None
        await send_reply(interaction, draft_reply(outcome, box_filled_at=filled))
        self.content.seen(outcome.record)


def _withdrawn_line(edited: int) -> str:
    """The line telling a moderator how many of the briefing's posts became a notice."""
    if not edited:
        return ""
    return "\n" + ngettext(
        "Its post in the channel now says it was withdrawn, without its buttons.",
        "Its posts in channels ({count} messages) now say it was withdrawn, without their buttons.",
        edited,
    ).format(count=edited)


def _review_args(args: list[str]) -> tuple[int, str, int, str]:
    """Record, verb, index and the question meant ("" on buttons sent before they named it)."""
    try:
        return int(args[0]), args[1], int(args[2]), args[3] if len(args) > 3 else ""
    except (IndexError, ValueError):
        raise BriefbotError(_("This button belongs to something that has ended.")) from None


def _action_fields(action: str) -> tuple[str, str, str]:
    """A review button's `verb:index[:question]` as the three fields of its custom id."""
    verb, _sep, rest = action.partition(":")
    index, _sep, question = rest.partition(":")
    return verb, index, question


async def _reply_published(
    interaction: Interaction, shown: Shown, not_seen: Callable[[], None], posted: str = ""
) -> None:
    """Tell the moderator what a publish or rollback did; a reply that fails leaves it
    unseen (`not_seen`), so the same command sent again is its retry, not a second step."""
    try:
        await send_reply(interaction, _published(shown, posted))
    except BaseException:
        not_seen()
        raise


def _published(shown: Shown, posted: str = "") -> Reply:
    """What a publish did (or found done already), with what students get as drafted, and
    (`posted`) the posts that still show an earlier version."""
    slug = shown.record.slug
    notes = [
        posted,
        unchecked_note(shown.briefing, slug),
        speakerless_note(shown.briefing, slug),
        placeholders_note(shown.briefing, slug, published=True),
    ]
    if shown.already_published:
        title, body = _("Already published"), _already_published_text(shown)
    else:
        title = _("✅ Published")
        body = _(
            "Students of this server now get version {version} of `{slug}` in /briefings, "
            "/quiz and everywhere else. `/briefing rollback` goes back."
        ).format(version=shown.version.version, slug=slug)
    return Reply.text(title, "\n\n".join([body, *filter(None, notes)]), private=True)


def _already_published_text(shown: Shown) -> str:
    """A publish of the version students already get: which one, since when; nothing changed."""
    version, slug, when = shown.version.version, shown.record.slug, shown.version.published_at
    if when is None:  # no publishing time kept
        return _(
            "Students of this server now get version {version} of `{slug}`, published "
            "already: nothing changed."
        ).format(version=version, slug=slug)
    return _(
        "Students of this server now get version {version} of `{slug}`, published {when}: "
        "nothing changed."
    ).format(version=version, slug=slug, when=moment(when))
