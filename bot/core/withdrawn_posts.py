"""Messages already in a channel that invite students to work a moderator then withdrew.

A student who sees an announcement expects its buttons to work; once the work is withdrawn
(`/unassign`) or the briefing is (`/briefing unpublish` or `remove`), the announcement
should say so instead of inviting them. So the messages that carry such buttons are kept
(a `/post` of a briefing already is, in `BriefingPostStore`; an assignment's announcement
and its reminder are kept there too, under `assignment_post_key`; a scheduled post is its
run's message), and on withdrawal each is edited into a notice without buttons. The
messages are in the store, so this holds after a restart; a click on a button of a message
the bot could not edit (deleted channel, no permission, an old post's earlier round) still
gets a polite answer (`posted_briefing`, and
`AssignmentService.start` for an assignment's Start button).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import replace

from bot.core.briefing_posts import BriefingPostStore, PostRound
from bot.core.classwork import Assignment
from bot.core.clock import Clock
from bot.core.commands import local_name, option_name
from bot.core.content.records import own_id
from bot.core.errors import NotFound, PostRefused
from bot.core.library import Shelf
from bot.core.models import Briefing
from bot.core.ports import Publisher
from bot.core.posts import PART_NAMES, post_key
from bot.core.replies import Reply
from bot.core.schedule_runner import ScheduleStore
from bot.i18n import _

__all__ = [
    "WithdrawnPosts",
    "assignment_post_key",
    "posted_briefing",
    "withdrawn_assignment_notice",
    "withdrawn_briefing_notice",
]

log = logging.getLogger(__name__)

SCHEDULED_EDITED = 30
"""The latest scheduled posts of a withdrawn briefing edited (a daily schedule's older ones,
scrolled far up, are left: their buttons still answer that it was withdrawn)."""


def assignment_post_key(assignment_id: int, *, reminder: bool = False) -> str:
    """The key an assignment's announcement (or its reminder) is kept under in its channel."""
    return f"a{assignment_id}{'r' if reminder else ''}"


def withdrawn_briefing_notice(title: str) -> Reply:
    """What a post of a briefing says once a moderator withdrew the briefing."""
    return Reply.text(
        _("“{title}” was withdrawn").format(title=title),
        _(
            "A moderator withdrew this briefing: it can no longer be read or quizzed on here. "
            "/briefings lists the ones you can."
        ),
    )


def withdrawn_assignment_notice(number: int | None, title: str) -> Reply:
    """What an assignment's announcement (or reminder) says once the work was withdrawn."""
    return Reply.text(
        _("Assignment #{id} was withdrawn").format(id=number),
        _(
            "{title}: a moderator withdrew this work, so there is nothing to start or hand in. "
            "Answers already given still count. Your open work is in /assignments."
        ).format(title=title),
    )


async def posted_briefing(
    library: Shelf, briefing_id: str, kept_title: Callable[[str], Awaitable[str | None]]
) -> Briefing:
    """The briefing a post's button names, exactly. When it is no longer served here, NotFound
    names it (the title it was posted under, from `kept_title`, else its own id), says a
    moderator withdrew it, and points to what the student can do: the briefing of the same id
    if the server published one since, else /briefings (was: "This briefing was withdrawn",
    naming none)."""
    try:
        return library.get(briefing_id)
    except NotFound:
        pass
    title = await kept_title(briefing_id)
    name = f"“{title}”" if title else f"`{own_id(briefing_id)}`"
    said = _(
        "This button is from a post of {name}, which a moderator has since withdrawn: it can "
        "no longer be read or quizzed on here."
    ).format(name=name)
    try:
        again = library.find(own_id(briefing_id))
    except NotFound:
        again = None
    if again is not None and own_id(again.id) == own_id(briefing_id):
        follow = _(
            "A newer “{title}” is here now: /{quiz} {option}:{id} quizzes you on it."
        ).format(
            title=again.title,
            quiz=local_name("quiz"),
            option=option_name("briefing"),
            id=own_id(again.id),
        )
    else:
        follow = _("/{briefings} lists the briefings you can quiz on now.").format(
            briefings=local_name("briefings")
        )
    raise NotFound(f"{said} {follow}")


class WithdrawnPosts:
    """Keeps the messages that announce work, and turns them into notices on withdrawal."""

    def __init__(
        self,
        store: BriefingPostStore,
        publisher: Publisher,
        clock: Clock,
        schedules: ScheduleStore | None = None,
    ) -> None:
        self.store = store
        self.publisher = publisher
        self.clock = clock
        self.schedules = schedules
        """Where scheduled posts of a briefing are found (none: only `/post`s are edited)."""
        self._announcing: set[int] = set()
        """Assignments whose announcement is on its way (decided, not yet kept)."""
        self._setting: dict[int, asyncio.Lock] = {}
        """Per server: the /assign deciding, one at a time, whether it announces its work."""

    @contextlib.asynccontextmanager
    async def setting(
        self, guild_id: int, set_work: Callable[[], Awaitable[Assignment]]
    ) -> AsyncIterator[tuple[Assignment, bool]]:
        """`async with posts.setting(guild, set_work) as (work, announce):` sets the work
        (`set_work`, the store's one step) and says whether this caller announces it, in
        the block: work it set, or work set already whose announcement was never kept nor
        is on its way (its /assign given up, or its reply lost, after the work was saved).
        Decided one /assign at a time in a server, the announcer marked as on its way before
        the next decides: the same /assign at the same instant, or two retries at once,
        announce the work once, however slow the announcer is afterwards (was: the one that
        set it only said so once it began sending, after a read of the server's language;
        the others, finding nothing kept and nothing on its way meanwhile, announced too)."""
        lock = self._setting.setdefault(guild_id, asyncio.Lock())
        async with lock:
            work = await set_work()
            assert work.id is not None
            announce = not work.already_set or await self._unannounced(work.channel_id, work.id)
            if announce:
                self._announcing.add(work.id)
        try:
            yield work, announce
        finally:
            if announce:
                self._announcing.discard(work.id)

    async def _unannounced(self, channel_id: int, assignment_id: int) -> bool:
        """Whether work set already was never announced: none on its way, none kept."""
        if assignment_id in self._announcing:
            return False
        return await self.store.last_post(channel_id, assignment_post_key(assignment_id)) is None

    async def announced(
        self,
        guild_id: int,
        channel_id: int,
        assignment_id: int,
        message_ids: Sequence[int],
        *,
        reminder: bool = False,
    ) -> None:
        """Keep the messages announcing an assignment (or reminding of it) in a channel."""
        if not message_ids:
            return
        await self.store.save_post(
            PostRound(
                guild_id=guild_id,
                channel_id=channel_id,
                key=assignment_post_key(assignment_id, reminder=reminder),
                round=1,
                messages=len(message_ids),
                message_ids=tuple(message_ids),
                updated_at=self.clock.now(),
                began_after=min(message_ids),
            )
        )

    async def assignment_withdrawn(
        self, guild_id: int, assignment_id: int, number: int | None, title: str
    ) -> int:
        """Turn the announcement and reminder of the assignment (by internal id; `number` as
        people know it) into a notice; how many messages were edited."""
        notice = withdrawn_assignment_notice(number, title)
        keys = [assignment_post_key(assignment_id, reminder=r) for r in (False, True)]
        return await self._withdraw(guild_id, keys, notice)

    async def posted_in(
        self, guild_id: int, briefing_id: str, *, scheduled: bool = True
    ) -> list[int]:
        """The channels where a kept `/post` of the briefing still shows, in the order first
        posted, then (`scheduled`) those of its latest scheduled posts: their text is the
        version posted then, never edited when another is published. (Scheduled posts made
        before an unpublish are notices since, though their runs are kept: a publish that
        replaced no version asks without them.)"""
        keys = [post_key(briefing_id, part) for part in PART_NAMES]
        posts = await self.store.posts_under(guild_id, keys)
        channels = [p.channel_id for p in posts if p.message_ids]
        if scheduled and self.schedules is not None:
            runs = await self.schedules.posted_briefing_messages(
                guild_id, briefing_id, SCHEDULED_EDITED
            )
            channels += [channel_id for channel_id, _message_id in reversed(runs)]
        return list(dict.fromkeys(channels))

    async def briefing_withdrawn(self, guild_id: int, briefing_id: str, title: str) -> int:
        """Turn every kept `/post` of the briefing in this server into a notice; how many
        messages were edited."""
        keys = [post_key(briefing_id, part) for part in PART_NAMES]
        notice = withdrawn_briefing_notice(title)
        edited = await self._withdraw(guild_id, keys, notice)
        if self.schedules is not None:
            scheduled = await self.schedules.posted_briefing_messages(
                guild_id, briefing_id, SCHEDULED_EDITED
            )
            for channel_id, message_id in scheduled:
                edited += await self._edit(channel_id, message_id, notice)
        return edited

    async def _withdraw(self, guild_id: int, keys: list[str], notice: Reply) -> int:
        edited = 0
        for post in await self.store.posts_under(guild_id, keys):
            for message_id in (*post.earlier, *post.message_ids):  # earlier rounds invite too
                edited += await self._edit(post.channel_id, message_id, notice)
            # nothing left to withdraw; a new /post of it is a new post, not this one again
            ended = replace(
                post, messages=0, message_ids=(), earlier=(), updated_at=self.clock.now()
            )
            await self.store.save_post(ended)
        return edited

    async def _edit(self, channel_id: int, message_id: int, notice: Reply) -> int:
        """Show `notice` in a posted message: 1 if it was edited, 0 if the platform refused."""
        try:
            await self.publisher.edit(channel_id, message_id, notice)
        except PostRefused as refused:  # deleted, or the channel closed to the bot
            log.info("withdrawn post %s not edited: %s", message_id, refused)
            return 0
        return 1
