"""The content service: a server's own briefings, from upload or draft to published versions.

Every rule lives here: uploads are checked by the same loader as `briefbot validate`, and a
file with problems is never stored, so it cannot replace the last good version; drafts come
from the same drafting as `briefbot draft`; nothing reaches students before a moderator
publishes it; every change is a version that can be rolled back; questions that changed
meaning are served under new ids. Other processes learn of a change through the repository's
change stamp (`refresh`).
"""

from __future__ import annotations

import asyncio
import codecs
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Generic, TypeVar

from bot.core.clock import Clock
from bot.core.content.added_notes import AddedNote, add_note, remove_notes
from bot.core.content.added_questions import AddedQuestion, add_question
from bot.core.content.catalog import Catalog, served_briefing
from bot.core.content.edits import Edit, apply_edit
from bot.core.content.identity import assign_question_ids
from bot.core.content.people import PersonChange, change_person, remove_person, remove_quote
from bot.core.content.placeholders import refuse_placeholders
from bot.core.content.ports import ServerBriefingRepository
from bot.core.content.records import (
    KEY_SEPARATOR,
    BriefingRecord,
    ContentCaps,
    Origin,
    VersionRecord,
    own_id,
)
from bot.core.content.removed import RemovedBriefing, words_to_keep
from bot.core.content.writing import Written, rewrite_text, write_placeholders
from bot.core.errors import BriefbotError, InvalidInput, NotFound, NotSaved
from bot.core.loader import load_briefing_bytes
from bot.core.lookup import forgiving_matches, one_named, prefix_matches
from bot.core.mentions import lines_without_mentions, without_mentions
from bot.core.models import Briefing
from bot.core.server_settings import briefing_or_default
from bot.core.unseen_saves import UnseenSaves
from bot.core.wording import kibibytes
from bot.core.yamlread import Limits
from bot.i18n import N_, _

log = logging.getLogger(__name__)

NO_MEMORY = N_(
    "I do not have enough memory free to read this file right now, so nothing was saved. "
    "Please try again later, or send a smaller file."
)


T = TypeVar("T")


async def _in_thread(what: str, work: Callable[..., T], *args: Any) -> T:
    """`work(*args)` in a worker thread (a large file does not hold up other users); the
    process out of memory there is `NotSaved` with `NO_MEMORY` and one warning line naming
    `what` (faults-48: was "Something went wrong" and a traceback)."""
    try:
        return await asyncio.to_thread(work, *args)
    except (MemoryError, RuntimeError) as exc:
        if not _out_of_memory(exc):
            raise
        log.warning("reading %s ran out of memory: %r", what, exc)
        raise NotSaved(_(NO_MEMORY)) from None


def _out_of_memory(error: BaseException) -> bool:
    """Whether `error` is the process out of memory (a low `ulimit -v`, a container's cap):
    an allocation refused, or the worker thread refused its stack."""
    return isinstance(error, MemoryError) or (
        isinstance(error, RuntimeError) and "can't start new thread" in str(error)
    )


NAMED_WHEN_MISSING = 10
"""A name that matches none of the server's briefings is answered with their ids, up to this
many (as `/course` names its courses); more are pointed to `/briefing list`."""

__all__ = ["ContentService", "DraftOutcome", "Drafter", "Edited", "Shown", "UploadOutcome"]

Drafter = Callable[[str, str, str | None], tuple[str, list[str]]]
PublishAsk = tuple[int, int, int | None, int]
"""A publish or rollback as asked: server, briefing record, version asked (or None), asker."""
"""(article text, its file name, a headline typed apart from it or None) -> (draft YAML that
validates, what a moderator should check)."""


@dataclass(frozen=True, slots=True)
class Edited(Generic[T]):
    """A moderator's edit of a server briefing's newest version: what it did, and the briefing
    it was made on (its id, and whether students had a published version of it)."""

    outcome: T
    slug: str
    published: bool


@dataclass(frozen=True, slots=True)
class UploadOutcome:
    """An upload: every problem of a broken file, or the version it was stored as."""

    filename: str
    problems: tuple[str, ...] = ()
    record: BriefingRecord | None = None
    briefing: Briefing | None = None

    @property
    def ok(self) -> bool:
        """True when the file was stored as a new draft version."""
        return not self.problems and self.record is not None


@dataclass(frozen=True, slots=True)
class DraftOutcome:
    """A draft made from an article, stored as a draft version."""

    yaml_text: str
    filename: str
    checks: tuple[str, ...]
    record: BriefingRecord
    briefing: Briefing


@dataclass(frozen=True, slots=True)
class Shown:
    """One version of a server briefing, as written, for a moderator to read or review."""

    record: BriefingRecord
    version: VersionRecord
    briefing: Briefing
    already_published: bool = False  # a publish found it published already: nothing changed
    replaced: bool = False  # a publish took the place of the version students had

    @property
    def is_published(self) -> bool:
        """True when this is the version students get."""
        return self.record.published_version == self.version.version


def decode_text(raw: bytes) -> str:
    """An article's text: UTF-8 (with or without BOM), UTF-16 with its BOM (Notepad's
    "Unicode"), else Windows-1252 as editors save it. InvalidInput for bytes that are not
    text at all (an image renamed .txt): text never holds a NUL character."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise InvalidInput(
            _(
                "That file is not text (an image, or a document saved in another format?): "
                "attach the article as plain text, Markdown or HTML, or paste it."
            )
        )
    return text


class ContentService:
    """A server's briefings: upload, draft, list, show, review edits, publish, unpublish,
    remove, history, rollback; and keeping every process's `Catalog` current."""

    def __init__(
        self,
        repository: ServerBriefingRepository,
        catalog: Catalog,
        clock: Clock,
        drafter: Drafter,
        caps: ContentCaps | None = None,
    ) -> None:
        self.repository = repository
        self.catalog = catalog
        self.clock = clock
        self.drafter = drafter
        self.caps = caps or ContentCaps()
        self.limits = Limits(max_bytes=self.caps.max_file_bytes)
        self._stamp = 0
        self._served: dict[tuple[int, int], tuple[int, Briefing]] = {}
        """(record, version) -> (server, served briefing): parsed once while published."""
        self._changing: dict[int, asyncio.Lock] = {}
        """Per server: its briefings are changed one at a time (`_one_at_a_time`)."""
        self._unseen_rollbacks: UnseenSaves[PublishAsk, Shown] = UnseenSaves()
        self._unseen_publishes: UnseenSaves[PublishAsk, Shown] = UnseenSaves()
        """Rollbacks their moderator never saw, by server, briefing, version asked and
        moderator, until the same rollback sent again takes them."""
        self._seen: dict[tuple[int, int], int] = {}
        """(record, version) of drafts this run stored and showed to their moderator, with
        the number of that showing (`_showings` then)."""
        self._showings = 0
        """How many drafts this run showed to their moderators so far."""

    # --- adding versions -----------------------------------------------------------------

    async def upload(self, guild_id: int, filename: str, raw: bytes) -> UploadOutcome:
        """Check a briefing file exactly as `briefbot validate` does; store it as a new draft
        version when it has no problem. A broken file changes nothing. (Checked in a worker
        thread: a large file does not hold up other users.)"""
        what = f"the briefing {filename} uploaded in server {guild_id} ({len(raw)} bytes)"
        result = await _in_thread(what, load_briefing_bytes, raw, filename, self.limits)
        if not result.ok or result.briefing is None:
            return UploadOutcome(filename, tuple(result.messages()))
        yaml_text, sent = decode_text(raw), self._showings
        record = await self._one_at_a_time(
            guild_id, self._add(guild_id, result.briefing, yaml_text, "upload", sent)
        )
        return UploadOutcome(filename, (), record, result.briefing)

    async def draft(
        self, guild_id: int, filename: str, raw: bytes, headline: str | None = None
    ) -> DraftOutcome:
        """Draft a briefing from an article (text, Markdown or HTML) as `briefbot draft`
        does, and store it as a draft version. A `headline` typed apart from the article
        (the paste box's) is its title, whatever the pasted text's top lines are. Mentions
        copied with the article (@everyone, a role's, a user's) are left out first, so its
        title and id never hold them."""
        if len(raw) > self.caps.max_article_bytes:
            raise InvalidInput(
                _(
                    "The article is {size}; the most a draft is made from is "
                    "{limit}. Send a shorter text."
                ).format(size=_kib(len(raw)), limit=_kib(self.caps.max_article_bytes))
            )
        text, sent = lines_without_mentions(decode_text(raw)), self._showings
        if not text.strip():
            raise InvalidInput(_("The article is empty: attach or paste its text."))
        if headline is not None:
            headline = without_mentions(headline) or None
        what = f"the article {filename} sent to draft in server {guild_id} ({len(raw)} bytes)"
        yaml_text, checks = await _in_thread(what, self.drafter, text, filename, headline)
        result = load_briefing_bytes(yaml_text.encode("utf-8"), "draft", self.limits)
        if result.briefing is None:  # the drafter promises a valid draft
            raise InvalidInput(_("The draft could not be made from this article."))
        record = await self._one_at_a_time(
            guild_id, self._add(guild_id, result.briefing, yaml_text, "draft", sent)
        )
        return DraftOutcome(
            yaml_text, f"{record.slug}.yaml", tuple(checks), record, result.briefing
        )

    async def edit(
        self,
        guild_id: int,
        record_id: int,
        question_id: str,
        edit: Edit,
        value: str = "",
        explanation: str = "",
    ) -> Shown:
        """One review edit to a question of the newest version (`apply_edit`); a draft nobody
        has published is changed in place, a published one gets a new draft version."""
        edited = self._edit(guild_id, record_id, question_id, edit, value, explanation)
        record = await self._one_at_a_time(guild_id, edited)
        return await self.show(guild_id, record.slug)

    async def _edit(
        self,
        guild_id: int,
        record_id: int,
        question_id: str,
        edit: Edit,
        value: str,
        explanation: str,
    ) -> BriefingRecord:
        def change(written: Briefing) -> str:
            return apply_edit(written, question_id, edit, value, explanation)

        return await self._change(guild_id, record_id, change)

    async def write(self, guild_id: int, record_id: int, typed: dict[str, str]) -> Written:
        """The draft's placeholders written from a form (`write_placeholders`) into the
        newest version: an unpublished draft in place, a published one as a new draft."""
        outcome: list[Written] = []

        def change(written: Briefing) -> str:
            outcome.append(write_placeholders(written, typed))
            return outcome[-1].yaml_text

        await self._one_at_a_time(guild_id, self._change(guild_id, record_id, change))
        return outcome[-1]

    async def person(
        self, guild_id: int, briefing: str, name: str, role: str = "", quote: str = ""
    ) -> Edited[PersonChange]:
        """A person of the newest version given a role or a quote (`change_person`)."""
        record = await self.find(guild_id, briefing)
        outcome: list[PersonChange] = []

        def change(written: Briefing) -> str:
            outcome.append(change_person(written, name, role, quote))
            return outcome[-1].yaml_text

        await self._one_at_a_time(guild_id, self._change(guild_id, record.record_id, change))
        return _edited(outcome[-1], record)

    async def remove_quote(
        self, guild_id: int, briefing: str, quote: str
    ) -> Edited[tuple[str, int]]:
        """A quote taken out of the newest version (`remove_quote`): its words, and how many
        quotes are still without a speaker."""
        record = await self.find(guild_id, briefing)
        outcome: list[tuple[str, str, int]] = []

        def change(written: Briefing) -> str:
            outcome.append(remove_quote(written, quote))
            return outcome[-1][0]

        await self._one_at_a_time(guild_id, self._change(guild_id, record.record_id, change))
        return _edited((outcome[-1][1], outcome[-1][2]), record)

    async def remove_person(
        self, guild_id: int, briefing: str, name: str
    ) -> Edited[tuple[str, int]]:
        """A person taken out of the newest version (`remove_person`): their name, and how
        many of their quotes went back among those without a speaker."""
        record = await self.find(guild_id, briefing)
        outcome: list[tuple[str, str, int]] = []

        def change(written: Briefing) -> str:
            outcome.append(remove_person(written, name))
            return outcome[-1][0]

        await self._one_at_a_time(guild_id, self._change(guild_id, record.record_id, change))
        return _edited((outcome[-1][1], outcome[-1][2]), record)

    async def note(
        self,
        guild_id: int,
        briefing: str,
        claim: str,
        text: str,
        source: str,
        *,
        remove: bool = False,
    ) -> Edited[AddedNote]:
        """An editor's note added to a claim of the newest version (`add_note`), or, with
        `remove`, the claim's notes taken out (`remove_notes`)."""
        record = await self.find(guild_id, briefing)
        outcome: list[AddedNote] = []

        def change(written: Briefing) -> str:
            if remove:
                outcome.append(remove_notes(written, claim))
            else:
                outcome.append(add_note(written, claim, text, source))
            return outcome[-1].yaml_text

        await self._one_at_a_time(guild_id, self._change(guild_id, record.record_id, change))
        return _edited(outcome[-1], record)

    async def question(
        self,
        guild_id: int,
        briefing: str,
        about: str,
        prompt: str,
        answer: str,
        wrong: str,
        why: str,
    ) -> Edited[AddedQuestion]:
        """A question of the moderator's own added to the newest version (`add_question`)."""
        record = await self.find(guild_id, briefing)
        outcome: list[AddedQuestion] = []

        def change(written: Briefing) -> str:
            outcome.append(add_question(written, about, prompt, answer, wrong, why))
            return outcome[-1].yaml_text

        await self._one_at_a_time(guild_id, self._change(guild_id, record.record_id, change))
        return _edited(outcome[-1], record)

    async def rewrite(
        self, guild_id: int, record_id: int, key: str, text: str, was: str
    ) -> Written:
        """One text written anew from a form (`rewrite_text`) into the newest version."""
        outcome: list[Written] = []

        def change(written: Briefing) -> str:
            outcome.append(rewrite_text(written, key, text, was))
            return outcome[-1].yaml_text

        await self._one_at_a_time(guild_id, self._change(guild_id, record_id, change))
        return outcome[-1]

    async def _change(
        self, guild_id: int, record_id: int, change: Callable[[Briefing], str]
    ) -> BriefingRecord:
        """Store `change` of the newest version, checked by the loader like any upload."""
        record = await self._by_id(guild_id, record_id)
        versions = await self.repository.versions(record.record_id)
        latest = versions[-1]
        written = self._parse(latest.yaml_text, record.slug)
        new_text = change(written)
        if new_text == latest.yaml_text:
            return record
        result = load_briefing_bytes(new_text.encode("utf-8"), f"{record.slug}.yaml", self.limits)
        if result.briefing is None:
            raise InvalidInput(
                _("That change would break the briefing: {problems}").format(
                    problems="; ".join(result.messages()[:3])
                )
            )
        if latest.published_at is None:
            ids = assign_question_ids(
                result.briefing.questions,
                [v.question_ids for v in versions[:-1]],
                latest.version,
            )
            version = VersionRecord(latest.version, new_text, latest.origin, self.clock.now(), ids)
            await self.repository.replace_latest(record.record_id, result.briefing.title, version)
        else:
            await self._add(guild_id, result.briefing, new_text, "edit", self._showings)
        return record

    async def _one_at_a_time(self, guild_id: int, change: Awaitable[T]) -> T:
        """Run `change` (read the newest version, then store one) alone among a server's
        changes to its briefings, to its end even when its caller stops waiting: a draft
        sent again while the first one's commit waits on a slow disk reads that commit, not
        what was stored before it (both would number the same version, and the store refuse
        the second)."""
        lock = self._changing.setdefault(guild_id, asyncio.Lock())

        async def alone() -> T:
            async with lock:
                return await change

        running = asyncio.ensure_future(alone())
        running.add_done_callback(_retrieved)
        return await asyncio.shield(running)

    async def _add(
        self, guild_id: int, briefing: Briefing, yaml_text: str, origin: Origin, sent: int
    ) -> BriefingRecord:
        """Store `yaml_text` as the briefing's next version, or find it stored by a try
        its moderator had not seen when `sent` (`_showings` as the command came in)."""
        if briefing.id in self.catalog.bundled.ids():
            raise InvalidInput(
                _(
                    "`{id}` is the id of a bundled briefing every server sees: "
                    "give yours another `id:`."
                ).format(id=briefing.id)
            )
        record = await self.repository.briefing(guild_id, briefing.id)
        earlier: list[VersionRecord] = []
        if record is None:
            count = len(await self.repository.briefings(guild_id))
            if count >= self.caps.max_briefings:
                raise InvalidInput(
                    _(
                        "This server has {n} briefings, the most it can keep: remove one "
                        "with /briefing remove first."
                    ).format(n=count)
                )
        else:
            earlier = await self.repository.versions(record.record_id)
            if earlier and self._unseen_same(record, earlier[-1], yaml_text, origin, sent):
                return record  # its retry: the draft is stored already, as that version
        number = record.latest_version + 1 if record else 1
        ids = assign_question_ids(briefing.questions, [v.question_ids for v in earlier], number)
        version = VersionRecord(number, yaml_text, origin, self.clock.now(), ids)
        return await self.repository.add_version(
            guild_id, briefing.id, briefing.title, version, self.caps.max_versions
        )

    def _unseen_same(
        self,
        record: BriefingRecord,
        latest: VersionRecord,
        yaml_text: str,
        origin: Origin,
        sent: int,
    ) -> bool:
        """Whether `latest` is this very draft, stored by a try its moderator had not seen
        when they sent it again (the reply lost, the process stopped before it, or still on
        its way): the same text from the same command, never published, and not shown by
        this run before the command came in (`seen`)."""
        shown = self._seen.get((record.record_id, latest.version))
        return (
            latest.yaml_text == yaml_text
            and latest.origin == origin
            and latest.published_at is None
            and (shown is None or shown > sent)
        )

    def seen(self, record: BriefingRecord) -> None:
        """Its moderator was shown the draft `record` now ends with: the same file or article
        sent again from now on is a new version of it, not a retry."""
        self._showings += 1
        self._seen[(record.record_id, record.latest_version)] = self._showings

    # --- reading -------------------------------------------------------------------------

    async def briefings(self, guild_id: int) -> list[BriefingRecord]:
        """A server's briefings, drafts included (for moderators)."""
        return await self.repository.briefings(guild_id)

    async def show(self, guild_id: int, name: str, version: int | None = None) -> Shown:
        """A version (the newest by default) of a server briefing, as written."""
        record = await self.find(guild_id, name)
        return await self._version(record, version)

    async def show_by_id(self, guild_id: int, record_id: int, version: int | None = None) -> Shown:
        """Like `show`, by record number (from a button), only within this server."""
        return await self._version(await self._by_id(guild_id, record_id), version)

    async def history(self, guild_id: int, name: str) -> tuple[BriefingRecord, list[VersionRecord]]:
        """A briefing and its kept versions, oldest first."""
        record = await self.find(guild_id, name)
        return record, await self.repository.versions(record.record_id)

    async def find(self, guild_id: int, name: str) -> BriefingRecord:
        """A server briefing by its id or title (forgiving small typos), or by the start of
        its id or title when only one starts so (`teachers` for a draft's
        `teachers-demand-unpaid-benefits-protest`); NotFound otherwise."""
        name = " ".join(name.split())[:100]
        found = await self.repository.briefing(guild_id, name.casefold()) if name else None
        if found is not None:
            return found
        records = await self.repository.briefings(guild_id)
        for record in records:
            if name.casefold() in (record.slug, record.title.casefold()):
                return record
        self._refuse_bundled(name, exact=True)
        if not records:
            self._refuse_bundled(name)
            raise NotFound(_("This server has no briefings of its own yet: /briefing upload one."))
        # the start of its id or title (`teachers`), its words with a slip (`teachrs`), a slip
        # in the whole (`minerss`): the rule sections and people are named by, which never
        # names one for another ending ("… strike begins" for "… strike ends")
        by_key = {str(r.record_id): r for r in records}
        pairs = [(key, text) for key, r in by_key.items() for text in (r.slug, r.title)]
        named = one_named(name, pairs) if len(name) >= SHORTEST_START else None
        best = by_key[named] if named is not None else None
        if best is None:
            self._refuse_bundled(name)
            if len(records) > NAMED_WHEN_MISSING:
                raise NotFound(
                    _("This server has no briefing “{name}”: see /briefing list.").format(name=name)
                )
            raise NotFound(
                _("This server has no briefing “{name}”: its briefings are {ids}.").format(
                    name=name, ids=", ".join(f"`{r.slug}`" for r in records)
                )
            )
        return best

    def _refuse_bundled(self, name: str, *, exact: bool = False) -> None:
        """NotFound saying so when `name` is a bundled briefing's id or title (unless `exact`,
        also the start of one only): `/briefing` works on a server's own briefings, and a
        moderator who names one every server sees is told where it comes from, not that
        nothing matches."""
        if not name:
            return
        bundled = {b.id: b for b in self.catalog.bundled}
        named = [b for b in bundled.values() if name.casefold() in (b.id, b.title.casefold())]
        if not named and not exact:
            starting = prefix_matches(name, ((b.id, b.title) for b in bundled.values()))
            named = [bundled[i] for i in starting]
        if len(named) != 1:
            return
        raise NotFound(
            _(
                "“{title}” (`{id}`) is a bundled briefing: it comes with the bot, every server "
                "sees it, and only whoever runs the bot changes it, in its file. `/briefing` "
                "works on this server's own briefings (see `/briefing list`); for a version "
                "of your own, `/briefing upload` a copy of its file with another `id:`."
            ).format(title=named[0].title, id=named[0].id)
        )

    async def served_for_moderator(
        self, guild_id: int, query: str | None, default: str | None = None
    ) -> Briefing:
        """The briefing a moderator's command names (else the server's `default`), as the
        server's students get it. One of the server's own briefings that exists but is not
        published is refused saying so and how to publish it, never as "no briefing matches"."""
        try:
            return briefing_or_default(self.catalog.for_guild(guild_id), query, default)
        except NotFound:
            draft = await self._unpublished(guild_id, query or "")
            if draft is None:
                raise
            raise NotFound(
                _(
                    "`{slug}` is not published: students cannot see it, so it cannot be "
                    "posted, scheduled or set. Check it with `/briefing show "
                    "{slug}`, then publish it with `/briefing publish {slug}`."
                ).format(slug=draft.slug)
            ) from None

    async def previewed(self, guild_id: int, query: str) -> tuple[Briefing, int | None]:
        """The briefing a moderator's `/post preview` shows: one of the server's own at its
        newest version, a draft or an edit not published yet included (only the moderator
        sees a preview), with that version's number; else as students get it, and None."""
        try:
            served = await self.served_for_moderator(guild_id, query)
        except NotFound:
            record = await self._unpublished(guild_id, query)
            if record is None:
                raise
        else:
            records = await self.repository.briefings(guild_id)
            found = next((r for r in records if r.key == served.id), None)
            if found is None or found.latest_version == found.published_version:
                return served, None
            record = found
        latest = (await self.repository.versions(record.record_id))[-1]
        written = self._parse(latest.yaml_text, record.slug)
        return served_briefing(written, record.key, latest.question_ids), latest.version

    async def unpublished_for_moderator(self, guild_id: int, query: str) -> NotFound | None:
        """For a moderator whose `/quiz` named one of the server's own briefings that is not
        published (a draft they want to try): what to say instead of "No briefing matches",
        which read as if the draft were lost. None when `query` names no such briefing (by
        its id or title, or their start, as `/briefing` commands find them)."""
        try:
            record = await self.find(guild_id, query)
        except BriefbotError:
            return None
        if record.published_version is not None:
            return None
        return NotFound(
            _(
                "`{slug}` is not published, so nobody can be quizzed on it yet. See it as "
                "students will with `/post preview:True`, review its questions with "
                "`/briefing show {slug}`, then publish it with `/briefing publish {slug}`."
            ).format(slug=record.slug)
        )

    async def reported_briefing(self, guild_id: int, query: str) -> str:
        """The id of the briefing a moderator's /report names: a bundled briefing whose file
        was removed, when its copy is kept (the server's answers to it are still reported,
        never served again), by its id or title; else one served to the server
        (`served_for_moderator`), or one of its own unpublished since, by its id or title; else
        a removed one by the start of its id or title, or
        words of its title, as a present briefing is found (`Library.find`); else the
        server's own briefing removed with `/briefing remove`, by its id or title."""
        typed = " ".join(query.split())
        removed = self.catalog.bundled.removed_briefings() if typed else []
        exact = [b for b in removed if typed.casefold() in (b.id, b.title.casefold())]
        if exact:
            return exact[0].id
        try:
            return (await self.served_for_moderator(guild_id, query)).id
        except NotFound:
            # a moderator reports on what the group did, published or not since (was: "not
            # published ... so it cannot be reported on", though its work's /report read); a
            # draft never published has nothing to report: told how to publish it, as before
            unpublished = await self._unpublished(guild_id, typed)
            if unpublished is not None:
                versions = await self._newest_first(unpublished)
                if not any(v.published_at is not None for v in versions):
                    raise
                return unpublished.key
            starting = prefix_matches(typed, ((b.id, b.title) for b in removed))
            near = starting or [b.id for b in forgiving_matches(typed, removed, _title)]
            if len(near) == 1:
                return near[0]
            own = await self._removed_here(guild_id, typed)
            if own is None:
                raise
            return own

    async def gone_choices(self, guild_id: int, typed: str) -> list[tuple[str, str]]:
        """The briefings no longer served that `/report briefing:` still reads, as (label,
        value) choices matching `typed` (words of the id or title): the server's own removed
        with `/briefing remove`, "Title (removed)", and bundled ones whose file was removed,
        "Title (no longer available)"; newest removal first, each id once."""
        wanted = " ".join(typed.split()).casefold()
        found: dict[str, str] = {}
        for gone in await self.repository.removed_in(guild_id):
            value = own_id(gone.briefing_id)
            if value in found or await self._kept_record(guild_id, gone.briefing_id):
                continue
            if wanted in value or wanted in gone.title.casefold():
                found[value] = _("{briefing} (removed)").format(briefing=gone.title)
        for bundled in self.catalog.bundled.removed_briefings():
            if bundled.id not in found and wanted in f"{bundled.id} {bundled.title.casefold()}":
                found[bundled.id] = _("{briefing} (no longer available)").format(
                    briefing=bundled.title
                )
        return [(label, value) for value, label in found.items()]

    async def _removed_here(self, guild_id: int, typed: str) -> str | None:
        """The served id of the server's own briefing removed most recently under this id
        or title, else the one named so by the rule every briefing is (`one_named`), its words
        kept and no briefing of its own served under that id again."""
        wanted = typed.casefold()
        removed = [
            gone
            for gone in await self.repository.removed_in(guild_id)
            if await self._kept_record(guild_id, gone.briefing_id) is None
        ]
        for gone in removed:
            if wanted in (own_id(gone.briefing_id), gone.title.casefold()):
                return gone.briefing_id
        # else the one named as any briefing is (`one_named`): the start of its id or title
        # (`teachers`), its words with a slip, never a word swapped for another
        if len(typed) < SHORTEST_START:
            return None
        newest = {own_id(gone.briefing_id): gone for gone in reversed(removed)}  # newest wins
        pairs = [
            (gone.briefing_id, text) for slug, gone in newest.items() for text in (slug, gone.title)
        ]
        return one_named(typed, pairs)

    async def _unpublished(self, guild_id: int, name: str) -> BriefingRecord | None:
        """The server's never-published or unpublished briefing with exactly this id or title."""
        name = " ".join(name.split())[:100].casefold()
        if not name:
            return None
        found = await self.repository.briefing(guild_id, name)
        if found is None:
            records = await self.repository.briefings(guild_id)
            found = next((r for r in records if name == r.title.casefold()), None)
        return found if found is not None and found.published_version is None else None

    async def search(self, guild_id: int, query: str, limit: int = 25) -> list[BriefingRecord]:
        """A server's own briefings matching a query, for autocomplete."""
        records = await self.repository.briefings(guild_id)
        query = query.strip().casefold()[:100]
        if not query:
            return records[:limit]
        hits = [r for r in records if query in f"{r.slug} {r.title}".casefold()]
        return hits[:limit]

    # --- publishing ----------------------------------------------------------------------

    async def publish(
        self, guild_id: int, name: str, version: int | None = None, *, asker: int = 0
    ) -> Shown:
        """Make a version (the newest by default) the one the server's students get;
        InvalidInput naming each drafted placeholder it still holds (students would read
        "TODO: ..." as it is). A version published already stays as it is, its publishing
        time too, and comes back marked `already_published`.

        The same publish sent again by `asker` after they never saw the first (given up at
        its commit, or `publish_not_seen`) shows the first's result, not "already published"
        about their own first try, while that version is still the published one."""
        record = await self.find(guild_id, name)
        key = (guild_id, record.record_id, version, asker)
        publishing = partial(self._publish, guild_id, name, version)
        return await self._unless_unseen(self._unseen_publishes, key, publishing)

    def publish_not_seen(
        self, guild_id: int, version: int | None, asker: int, shown: Shown
    ) -> None:
        """`asker` never saw the reply of their publish (`version` as they asked it) that
        published `shown` (Discord lost it): the same publish sent again is its retry."""
        key = (guild_id, shown.record.record_id, version, asker)
        self._unseen_publishes.missed(key, shown)

    async def _publish(self, guild_id: int, name: str, version: int | None) -> Shown:
        shown = await self.show(guild_id, name, version)
        if shown.is_published:
            return replace(shown, already_published=True)
        refuse_placeholders(shown.briefing, shown.record.slug)
        await self.repository.set_published(shown.record.record_id, shown.version.version)
        await self.refresh()
        published = await self.show(guild_id, shown.record.slug, shown.version.version)
        return replace(published, replaced=shown.record.published_version is not None)

    async def _unless_unseen(
        self,
        unseen_saves: UnseenSaves[PublishAsk, Shown],
        key: PublishAsk,
        publishing: Callable[[], Awaitable[Shown]],
    ) -> Shown:
        """Run `publishing`, unless the same ask by the same moderator (`key`) published a
        version they never saw that is still the published one: that version, shown again,
        not a second step (a publish called "already published", a rollback gone back twice)."""
        unseen = await unseen_saves.take(key)
        if unseen is not None:
            guild_id, record_id = key[0], key[1]
            now = await self._by_id(guild_id, record_id)
            if now.published_version == unseen.version.version:
                shown = await self.show(guild_id, now.slug, now.published_version)
                return replace(shown, replaced=unseen.replaced)  # as the first publish did
        return await unseen_saves.begin(key, publishing())

    async def unpublish(self, guild_id: int, name: str) -> BriefingRecord:
        """Take a briefing away from students; its versions stay for moderators."""
        record = await self.find(guild_id, name)
        if record.published_version is None:
            raise InvalidInput(_("`{slug}` is not published.").format(slug=record.slug))
        await self.repository.set_published(record.record_id, None)
        await self.refresh()
        return await self.find(guild_id, record.slug)

    async def remove(self, guild_id: int, name: str, *, exact: bool = False) -> BriefingRecord:
        """Delete a briefing with every version. Answers already given stay in progress, and
        the words students met (its title, each question's prompt and right answer) are kept,
        in the same step, for the server's reports on them (`removed`).

        `exact` (a confirm button, which names the briefing by its id): only the briefing
        with exactly that id, NotFound once it is gone, never one whose name is close to it
        (a confirm clicked again after its delete landed deletes nothing more)."""
        record = await self._exactly(guild_id, name) if exact else await self.find(guild_id, name)
        published = [v for v in await self._newest_first(record) if v.published_at is not None]
        met = await asyncio.to_thread(self._as_served, record, published)  # ~57 ms a version
        kept = words_to_keep(guild_id, record.key, met, self.clock.now())
        await self.repository.remove(record.record_id, kept)
        await self.refresh()
        return record

    def _as_served(self, record: BriefingRecord, versions: list[VersionRecord]) -> list[Briefing]:
        """Each version as students were served it (parsed afresh, off the event loop), but
        those that no longer load (stricter checks now): the others name their questions."""
        served = []
        for version in versions:
            try:
                written = self._parse(version.yaml_text, record.slug)
            except InvalidInput:
                continue
            served.append(served_briefing(written, record.key, version.question_ids))
        return served

    async def removed(self, guild_id: int, briefing_id: str) -> RemovedBriefing | None:
        """What was kept of a server briefing this server removed (served as `briefing_id`),
        while no briefing of its own is served under that id again; None for any other."""
        if KEY_SEPARATOR not in briefing_id or await self._kept_record(guild_id, briefing_id):
            return None
        return await self.repository.removed(guild_id, briefing_id)

    async def _newest_first(self, record: BriefingRecord) -> list[VersionRecord]:
        """A briefing's kept versions, the newest published first, then the drafts, newest
        first (by their own sequence: a clock stepped back cannot misorder them)."""
        return sorted(
            await self.repository.versions(record.record_id),
            key=lambda v: (v.published_at is not None, v.version),
            reverse=True,
        )

    async def rollback(
        self, guild_id: int, name: str, version: int | None = None, *, asker: int = 0
    ) -> Shown:
        """Publish an earlier version again: the one published before the current by default.

        The same rollback sent again by `asker` after they never saw the first (given up at
        its commit, or `rollback_not_seen`) shows where the first went, while that version
        is still the published one, instead of going back one more version."""
        record = await self.find(guild_id, name)
        key = (guild_id, record.record_id, version, asker)
        rolling_back = partial(self._roll_back, record, version)
        return await self._unless_unseen(self._unseen_rollbacks, key, rolling_back)

    def rollback_not_seen(
        self, guild_id: int, version: int | None, asker: int, shown: Shown
    ) -> None:
        """`asker` never saw the reply of their rollback (`version` as they asked it) that
        published `shown` (Discord lost it): the same rollback sent again is its retry."""
        key = (guild_id, shown.record.record_id, version, asker)
        self._unseen_rollbacks.missed(key, shown)

    async def _roll_back(self, record: BriefingRecord, version: int | None) -> Shown:
        versions = await self.repository.versions(record.record_id)
        if version is None:
            current = record.published_version or record.latest_version
            earlier = [v for v in versions if v.published_at is not None and v.version < current]
            if not earlier:
                raise InvalidInput(
                    _(
                        "`{slug}` has no earlier published version to go back to: "
                        "see /briefing history."
                    ).format(slug=record.slug)
                )
            version = earlier[-1].version
        return await self._publish(record.guild_id, record.slug, version)

    # --- a student's own briefings seen from elsewhere ------------------------------------

    def servers_serving(self, briefing_ids: Iterable[str]) -> set[int]:
        """The servers that serve any of these briefings now (bundled ones are in none)."""
        return {guild_id for guild_id, _ in self.catalog.served_in(briefing_ids).values()}

    def named_in(
        self, briefing_ids: Iterable[str], servers: Mapping[int, str]
    ) -> dict[str, Briefing]:
        """Each of these briefings served in one of `servers` (the servers a student is in,
        by id, with their names), titled "Title (server)": never another server's briefing
        to someone not in it."""
        named: dict[str, Briefing] = {}
        for key, (guild_id, briefing) in self.catalog.served_in(briefing_ids).items():
            if guild_id in servers:
                title = _("{title} ({server})").format(
                    title=briefing.title, server=servers[guild_id]
                )
                named[key] = briefing.model_copy(update={"title": title})
        return named

    # --- quizzes keep the version they started on -----------------------------------------

    async def note_session(self, session_id: str, briefing_id: str) -> None:
        """Remember which version of a server briefing a quiz is given on, so its answers
        point at that version and the quiz continues on it after a restart."""
        version = self.catalog.version_of(briefing_id)
        if version is not None:
            await self.repository.note_session(session_id, briefing_id, version, self.clock.now())

    async def briefing_of_session(self, session_id: str, briefing_id: str) -> Briefing:
        """The briefing as a quiz was started on it: the version noted for the session when
        it is still kept, else the one served now. NotFound when the server in scope does
        not see the briefing (any more)."""
        served = self.catalog.get(briefing_id)
        noted = await self.repository.session_version(session_id, briefing_id)
        if noted is None or noted == self.catalog.version_of(briefing_id):
            return served
        record_id = int(briefing_id.rsplit(KEY_SEPARATOR, 1)[1])
        versions = await self.repository.versions(record_id)
        version = next((v for v in versions if v.version == noted), None)
        if version is None:
            return served
        written = self._parse(version.yaml_text, briefing_id)
        return served_briefing(written, briefing_id, version.question_ids)

    async def _kept_record(self, guild_id: int, briefing_id: str) -> BriefingRecord | None:
        """The server briefing served as `briefing_id`, published or not; None for a bundled
        briefing, a removed one, another server's, or another briefing given its number since
        (a removed briefing's number can be reused)."""
        if KEY_SEPARATOR not in briefing_id:
            return None
        try:
            record_id = int(briefing_id.rsplit(KEY_SEPARATOR, 1)[1])
        except ValueError:
            return None
        record = await self.repository.briefing_by_id(guild_id, record_id)
        return record if record is not None and record.key == briefing_id else None

    async def kept_title(self, guild_id: int, briefing_id: str) -> str | None:
        """The title a server briefing was known by, published or not (a withdrawn post's
        button names it); None when it is not kept (`_kept_record`)."""
        record = await self._kept_record(guild_id, briefing_id)
        return record.title if record is not None else None

    async def kept_prompts(self, guild_id: int, briefing_id: str) -> dict[str, str]:
        """The prompts of a server briefing's questions by served id, as its kept versions
        wrote them (the newest published version first, then drafts), for reports on work set
        before it was unpublished; once removed, as kept then (`removed`). Empty when neither
        is kept."""
        record = await self._kept_record(guild_id, briefing_id)
        if record is None:
            gone = await self.removed(guild_id, briefing_id)
            return gone.prompts() if gone is not None else {}
        prompts: dict[str, str] = {}
        for version in await self._newest_first(record):
            try:
                written = self._parse(version.yaml_text, record.slug)  # not cached: rare
            except InvalidInput:  # no longer loads (stricter checks now): the others name them
                continue
            for question in served_briefing(written, record.key, version.question_ids).questions:
                prompts.setdefault(question.id, question.prompt)
        return prompts

    # --- keeping every process current ---------------------------------------------------

    async def refresh(self) -> bool:
        """Load what any process published, unpublished or removed since the last call;
        True when something changed."""
        stamp, guilds, rows = await self.repository.published_since(self._stamp)
        if stamp == self._stamp:
            return False
        by_guild: dict[int, list[tuple[str, Briefing, int]]] = {g: [] for g in guilds}
        live: set[tuple[int, int]] = set()
        for record, version in rows:
            served = self._served_version(record, version)
            by_guild.setdefault(record.guild_id, []).append((record.slug, served, version.version))
            live.add((record.record_id, version.version))
        for guild_id, briefings in by_guild.items():
            self.catalog.set_guild(guild_id, briefings)
        changed = set(by_guild)
        self._served = {k: v for k, v in self._served.items() if k in live or v[0] not in changed}
        self._stamp = stamp
        return True

    # --- helpers -------------------------------------------------------------------------

    def _served_version(self, record: BriefingRecord, version: VersionRecord) -> Briefing:
        key = (record.record_id, version.version)
        if key not in self._served:
            written = self._parse(version.yaml_text, record.slug)
            served = served_briefing(written, record.key, version.question_ids)
            self._served[key] = (record.guild_id, served)
        return self._served[key][1]

    def _parse(self, yaml_text: str, slug: str) -> Briefing:
        result = load_briefing_bytes(yaml_text.encode("utf-8"), f"{slug}.yaml", self.limits)
        if result.briefing is None:  # only checked text is ever stored
            raise InvalidInput(_("The stored briefing `{slug}` no longer loads.").format(slug=slug))
        return result.briefing

    async def _exactly(self, guild_id: int, slug: str) -> BriefingRecord:
        record = await self.repository.briefing(guild_id, slug)
        if record is None:
            raise NotFound(_("That briefing was removed."))
        return record

    async def _by_id(self, guild_id: int, record_id: int) -> BriefingRecord:
        record = await self.repository.briefing_by_id(guild_id, record_id)
        if record is None:
            raise NotFound(_("That briefing was removed."))
        return record

    async def _version(self, record: BriefingRecord, number: int | None) -> Shown:
        versions = await self.repository.versions(record.record_id)
        number = number or record.latest_version
        version = next((v for v in versions if v.version == number), None)
        if version is None:
            kept = ", ".join(f"v{v.version}" for v in versions)
            raise NotFound(
                _("`{slug}` has no version {number} (kept: {kept}).").format(
                    slug=record.slug, number=number, kept=kept
                )
            )
        return Shown(record, version, self._parse(version.yaml_text, record.slug))


def _retrieved(change: asyncio.Future[Any]) -> None:
    """A change whose caller stopped waiting that failed: one line, never "exception was
    never retrieved" (a caller still waiting gets the error itself)."""
    if not change.cancelled() and change.exception() is not None:
        log.debug("a briefing change failed: %r", change.exception())


def _title(briefing: Briefing) -> str:
    return briefing.title


def _kib(size: int) -> str:
    return _("{size} KiB").format(size=kibibytes(size))


SHORTEST_START = 3
"""The fewest characters a moderator's `/briefing` names a briefing by (the start of its id)."""


def _edited(outcome: T, record: BriefingRecord) -> Edited[T]:
    """An edit's outcome with the briefing it was made on, as found before the edit."""
    return Edited(outcome, record.slug, record.published_version is not None)
