"""The schedule loop as a core service: claim each due run, post it, mark it posted.

Every `interval` seconds of the injected clock the runner asks `run_due(clock.now())`, which
reads only what is due: the schedules whose next run has come (each keeps it in the store,
see `bot.core.schedule.next_look`) and the questions of the day to reveal. Each
run is claimed in the store (its unique run key) BEFORE anything is posted, then posted, then
marked posted. Only the one claimer ever posts a run, so several processes (shards) post it
once between them. A process that dies after its claim and before (or during) its post leaves
the run claimed and unposted: a runner that finds such a claim looks again `RETRY_AFTER` later
and, still unposted by the same claimer after `ABANDONED_AFTER`, takes it over (one claimer
wins) and posts the rest of it (the delivery keeps how far the post got, message by message).
A run missed by up to `GRACE` (downtime) is posted late, once; an older one is skipped and
marked so in the store (`claimed_by` ending in ":skipped").

Posting is the adapter's (`RunDelivery`): which servers this process serves, how a run and a
question-of-the-day reveal reach a channel. A run that cannot be posted (channel deleted,
permission missing, Discord down) is counted once on its schedule with the reason, which
`/schedules` shows, and the moderator who made it is told; its claim is released and the
schedule looked at again `RETRY_AFTER` later, so the run is tried again, up to `RUN_TRIES`
posts while it is at most `GRACE` late (then it is given up, one log line). After
`PAUSE_AFTER` failed runs in a row the schedule is paused (no longer run) until it is made
again. A run that was posted stays claimed: never posted twice. The tries of a run and the
messages of its post that went through are kept in the store (`RunRetry`), so a restart
neither resets the count nor posts again what was already posted.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.core.clock import Clock
from bot.core.errors import BriefbotError, InvalidInput, NotFound, PostRefused
from bot.core.progress import Schedule, ScheduleRun
from bot.core.qotd import Qotd, QotdService
from bot.core.replies import Reply
from bot.core.schedule import (
    GRACE,
    LOOKBACK,
    Run,
    finished,
    next_look,
    plan_runs,
    run_key,
    runs_between,
)
from bot.core.server_language import ServerLanguage, language_of
from bot.core.timer import ClockTimer
from bot.core.unseen_saves import UnseenSaves
from bot.i18n import _, ngettext, use_language

__all__ = [
    "ABANDONED_AFTER",
    "MAX_SCHEDULES_PER_SERVER",
    "PAUSE_AFTER",
    "RETRY_AFTER",
    "RUN_TRIES",
    "TICK_SECONDS",
    "DeliveryError",
    "RunDelivery",
    "RunRetry",
    "ScheduleRunner",
    "ScheduleStore",
    "Tick",
]

log = logging.getLogger(__name__)
TICK_SECONDS = 30.0
PAUSE_AFTER = 3
"""Failed posts in a row after which a schedule is paused."""
MAX_SCHEDULES_PER_SERVER = 25
"""The most schedules one server may have (so /schedules stays a short list)."""
RETRY_AFTER = dt.timedelta(minutes=5)
"""When a run whose post failed is tried again (while it is at most `GRACE` late)."""
RUN_TRIES = 3
"""Posts tried per run before it is given up (its first failure counts towards the pause)."""
ABANDONED_AFTER = dt.timedelta(minutes=5)
"""How long another process's claim of a run may stay unposted before the run is taken over:
its claimer stopped part-way (killed, its machine lost). Far longer than a post takes; a
failed post releases its claim at once."""
SETTLED_CLAIMS = (":skipped", ":before-created")
"""How the claims of runs settled without a post end (never taken over)."""
UNPLANNABLE_RETRY = dt.timedelta(days=1)
"""When a schedule that cannot be planned (an unknown time zone) is looked at again."""


class DeliveryError(Exception):
    """A claimed run that could not be posted (channel gone, permission missing)."""


@dataclass(slots=True)
class RunRetry:
    """A run whose post failed: posts tried so far, and the messages of it that went through
    (the delivery counts them up as it sends, so a retry sends only the rest)."""

    tries: int = 0
    messages_posted: int = 0


@dataclass(slots=True)
class Tick:
    """What one `run_due` did: run keys posted, skipped as too late, or failed; reveals."""

    posted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    revealed: list[str] = field(default_factory=list)


class ScheduleStore(Protocol):
    """Schedules and their runs (`bot.store` provides it: `SqlSchedules`)."""

    async def add_schedule(
        self, schedule: Schedule, settled: Sequence[dt.datetime] = (), settled_by: str = ""
    ) -> Schedule:
        """Store a new schedule; returns it with its id. Its runs at the times `settled` (from
        before it was made) are claimed by `settled_by` in the same step, so that none of them
        is ever posted, even if the process stops right after."""
        ...

    async def list_schedules(self, guild_id: int | None = None) -> list[Schedule]:
        """One server's schedules, or every server's."""
        ...

    async def due_schedules(self, now: dt.datetime) -> list[Schedule]:
        """Every server's schedules to look at by `now` (new ones at once), earliest first."""
        ...

    async def set_next_look(self, schedule_id: int, when: dt.datetime) -> None:
        """When a schedule is next due to be looked at (`bot.core.schedule.next_look`)."""
        ...

    async def claim_run(self, schedule_id: int, run_key: str, claimed_by: str) -> bool:
        """Claim one run before posting it; True for exactly one claimer ever."""
        ...

    async def get_run(self, schedule_id: int, run_key: str) -> ScheduleRun | None:
        """A claimed run: who claimed it, and whether it was posted."""
        ...

    async def take_over_run(
        self, schedule_id: int, run_key: str, claimed_by: str, taken_by: str
    ) -> bool:
        """Claim for `taken_by` a run `claimed_by` claimed and never posted; True for one
        taker only (False once it was posted, released or taken by another)."""
        ...

    async def release_run(self, schedule_id: int, run_key: str, claimed_by: str) -> None:
        """Forget `claimed_by`'s claim of a run that was not posted (to try it again)."""
        ...

    async def mark_run_posted(
        self, schedule_id: int, run_key: str, message_id: int | None = None
    ) -> bool:
        """Note that a claimed run was posted."""
        ...

    async def remove_schedule(self, guild_id: int, schedule_id: int) -> bool:
        """Delete a schedule and its run history."""
        ...

    async def last_number(self, guild_id: int) -> int:
        """The highest number the server's schedules were ever given (0 for none): numbers are
        never given twice, so a lower one that is missing was removed."""
        ...

    async def posted_briefing_messages(
        self, guild_id: int, briefing_id: str, limit: int
    ) -> list[tuple[int, int]]:
        """The channel and message (the one with its buttons) of the latest `limit` posted
        runs of this server's schedules that post `briefing_id`, newest first."""
        ...

    async def record_run_failure(
        self, schedule_id: int, reason: str, pause_after: int
    ) -> Schedule | None:
        """Count one more failed post in a row (pausing at `pause_after`); the schedule now."""
        ...

    async def run_retry(self, schedule_id: int, run_key: str) -> RunRetry:
        """What failed posts of a run left (a fresh `RunRetry` for a run not tried yet)."""
        ...

    async def save_run_retry(self, schedule_id: int, run_key: str, retry: RunRetry) -> None:
        """Keep a failed run's tries and posted messages (forgotten once it is posted)."""
        ...


class RunDelivery(Protocol):
    """How runs reach a chat platform (the Discord adapter implements it)."""

    def serves(self, guild_id: int) -> bool:
        """True when this process serves that server (another shard serves the rest)."""
        ...

    async def deliver(self, run: Run, retry: RunRetry) -> int | None:
        """Post one claimed run; the id of the message with its buttons (None when every
        message went out on an earlier try). Raises on failure.

        Sends only the messages after `retry.messages_posted`, adding one to it per message
        sent, so a failure part-way leaves there how far the post got."""
        ...

    async def reveal(self, qotd: Qotd) -> bool:
        """Post the answer of a question of the day (once); False when it was not posted."""
        ...

    async def warn(self, schedule: Schedule, notice: Reply) -> None:
        """Tell the schedule's moderator (privately) that a post failed."""
        ...


def _same_posting(one: Schedule, other: Schedule) -> bool:
    """Whether two schedules post the same thing in the same place at the same times."""
    fields = ("channel_id", "briefing_id", "what", "recurrence", "at", "timezone", "weekday")
    return all(getattr(one, f) == getattr(other, f) for f in fields)


class ScheduleRunner:
    """Posts what is due, once across processes; one per running bot."""

    def __init__(
        self,
        store: ScheduleStore,
        qotd: QotdService,
        clock: Clock,
        delivery: RunDelivery,
        process: str,
        *,
        interval: float = TICK_SECONDS,
        on_tick: Callable[[Tick], None] | None = None,
        server_language: ServerLanguage | None = None,
        claimer_stopped: Callable[[str], bool] | None = None,
    ) -> None:
        self.store = store
        # whether the process named in a claim has surely stopped (an earlier run of this
        # one): its unposted claim is taken over at once rather than after `ABANDONED_AFTER`
        self.claimer_stopped = claimer_stopped
        # a server's language (`GuildSettings.language`): posts and notices run outside any
        # request, so each server's are made in its own language; None: English
        self.server_language = server_language
        self.on_tick = on_tick  # told of every tick's outcome (the adapter's metrics)
        self.qotd = qotd
        self.clock = clock
        self.delivery = delivery
        self.process = process
        self.interval = interval
        self.handled: dict[str, dt.datetime] = {}  # run keys this process settled, by run time
        # runs found claimed and unposted by another process: (claimer, first seen, run time)
        self.unfinished: dict[str, tuple[str, dt.datetime, dt.datetime]] = {}
        self._lock = asyncio.Lock()
        self._unconfirmed: UnseenSaves[Schedule, Schedule] = UnseenSaves()
        """Schedules saved whose moderator never saw them confirmed, for their retry."""
        self._untold_removals: UnseenSaves[tuple[int, int, int], bool] = UnseenSaves()
        """Removals (server, number, moderator) whose moderator never saw them done."""
        self._timer = ClockTimer(
            clock, interval, lambda: self.run_due(self.clock.now()), name="scheduler"
        )

    def start(self) -> None:
        """Start the timer: a tick every `interval` seconds of the clock."""
        self._timer.interval = self.interval
        self._timer.start()

    async def stop(self) -> None:
        """Stop the timer."""
        await self._timer.stop()

    async def _tick_now(self) -> Tick:
        return await self.run_due(self.clock.now())

    async def remove(self, guild_id: int, number: int, by: int | None = None) -> None:
        """Delete the server's schedule of that number (as moderators see it) with its run
        history. InvalidInput when it has none: one removed already (by another moderator a
        moment before, say) is told as removed, not as a number the server never had.

        The same removal retried by `by` after its wait was given up (its delete went on) or
        its reply was lost (`not_told_removed`) returns as removed: that was their own try.
        """
        if by is not None and await self._untold_removals.take((guild_id, number, by)):
            return
        if by is None:
            await self._remove(guild_id, number)
            return
        await self._untold_removals.begin((guild_id, number, by), self._remove(guild_id, number))

    def not_told_removed(self, guild_id: int, number: int, by: int) -> None:
        """`by` never saw schedule `number` removed (the reply lost): their retry says so."""
        self._untold_removals.missed((guild_id, number, by), True)

    async def _remove(self, guild_id: int, number: int) -> bool:
        found = await self.store.list_schedules(guild_id)
        schedule = next((s for s in found if s.number == number), None)
        schedule_id = schedule.id if schedule is not None else None
        if schedule_id is not None and await self.store.remove_schedule(guild_id, schedule_id):
            return True
        if 0 < number <= await self.store.last_number(guild_id):
            raise InvalidInput(
                _(
                    "Schedule #{number} was already removed (another moderator may have just "
                    "done it): nothing more will post from it. /schedules lists the ones left."
                ).format(number=number)
            )
        raise InvalidInput(
            _("There is no schedule #{number} here. See /schedules.").format(number=number)
        )

    async def add(self, schedule: Schedule, now: dt.datetime) -> Schedule:
        """Save a new schedule; its runs before `now` are settled, never posted late.

        InvalidInput when the server has `MAX_SCHEDULES_PER_SERVER` schedules already. A
        schedule identical to one the server has (same channel, briefing, kind and times) is
        refused, naming the one it repeats, unless it is the same /schedule retried after
        its moderator never saw it saved (`not_confirmed`, or the wait for its commit given
        up): that one is returned as saved the first time.
        """
        retried = await self._unconfirmed.take(schedule)
        if retried is not None:
            found = await self.store.list_schedules(schedule.guild_id)
            if any(s.id == retried.id for s in found):
                return retried
        return await self._unconfirmed.begin(schedule, self._add(schedule, now))

    def not_confirmed(self, asked: Schedule, saved: Schedule) -> None:
        """The moderator never saw `saved` confirmed (the reply lost): the same /schedule
        retried (`asked`) confirms it instead of refusing it as a repeat."""
        self._unconfirmed.missed(asked, saved)

    async def _add(self, schedule: Schedule, now: dt.datetime) -> Schedule:
        async with self._lock:  # no tick between saving it and settling its past runs
            existing_ones = await self.store.list_schedules(schedule.guild_id)
            if len(existing_ones) >= MAX_SCHEDULES_PER_SERVER:
                raise InvalidInput(
                    _(
                        "This server already has {n} schedules, the most "
                        "it may have: remove one with /unschedule first."
                    ).format(n=MAX_SCHEDULES_PER_SERVER)
                )
            for existing in existing_ones:
                if _same_posting(existing, schedule):
                    raise InvalidInput(
                        _(
                            "Schedule #{id} already posts exactly this there: it would "
                            "post twice. See /schedules, or /unschedule it first."
                        ).format(id=existing.number)
                    )
            past = runs_between(schedule, now - LOOKBACK, now)
            saved = await self.store.add_schedule(schedule, past, f"{self.process}:before-created")
            assert saved.id is not None
            for at in past:
                self.handled[run_key(saved.id, at)] = at
        return saved

    async def run_due(self, now: dt.datetime) -> Tick:
        """Reveal questions of the day whose time has come, then post every run due at `now`."""
        async with self._lock:
            tick = Tick()
            for qotd in await self.qotd.due_reveals(now):
                if not self.delivery.serves(qotd.guild_id):
                    continue
                with use_language(await language_of(self.server_language, qotd.guild_id)):
                    if await self.delivery.reveal(qotd):
                        tick.revealed.append(qotd.session_id)
            for schedule in await self.store.due_schedules(now):
                if schedule.paused or not self.delivery.serves(schedule.guild_id):
                    continue  # paused, or another process (shard) serves that server
                with use_language(await language_of(self.server_language, schedule.guild_id)):
                    await self._run_schedule(schedule, now, tick)
            cutoff = now - LOOKBACK - dt.timedelta(days=1)
            self.handled = {k: t for k, t in self.handled.items() if t > cutoff}
            self.unfinished = {k: u for k, u in self.unfinished.items() if u[2] > cutoff}
            if self.on_tick is not None:
                self.on_tick(tick)
            return tick

    async def _run_schedule(self, schedule: Schedule, now: dt.datetime, tick: Tick) -> None:
        assert schedule.id is not None
        try:
            plan = plan_runs(schedule, now)
            look_again = next_look(schedule, now)
        except BriefbotError as exc:  # e.g. a time zone this system no longer knows
            log.warning("schedule %s cannot be planned: %s", schedule.id, exc)
            await self.store.set_next_look(schedule.id, now + UNPLANNABLE_RETRY)
            return
        for run in plan.too_late:
            await self._skip(schedule.id, run, now, tick)
        retry = False
        for run in plan.due:
            retry = not await self._post(schedule.id, run, now, tick) or retry
        if finished(schedule, now):
            await self.store.remove_schedule(schedule.guild_id, schedule.id)
        elif retry:
            await self.store.set_next_look(schedule.id, min(look_again, now + RETRY_AFTER))
        else:
            await self.store.set_next_look(schedule.id, look_again)

    async def _skip(self, schedule_id: int, run: Run, now: dt.datetime, tick: Tick) -> None:
        if run.key in self.handled:
            return
        claimed = await self.store.claim_run(schedule_id, run.key, f"{self.process}:skipped")
        self.handled[run.key] = run.at
        if claimed:
            tick.skipped.append(run.key)
            log.warning(
                "skipped run %s of schedule %s: %s late, more than the grace window",
                run.key,
                schedule_id,
                now - run.at,
            )

    async def _post(self, schedule_id: int, run: Run, now: dt.datetime, tick: Tick) -> bool:
        """Claim and post one run; False when its post failed and it is to be tried again
        (or another process's claim of it is to be looked at again)."""
        if run.key in self.handled:
            return True
        claimed = await self.store.claim_run(schedule_id, run.key, self.process)
        self.handled[run.key] = run.at
        if not claimed:
            taken = await self._take_over(schedule_id, run, now)
            if taken is None:
                return True  # posted, skipped or given up (by someone else)
            if not taken:
                self.handled.pop(run.key, None)
                return False
        retry = await self._retry_of(schedule_id, run)
        if retry is None:
            return False
        try:
            message_id = await self.delivery.deliver(run, retry)
        except Exception as exc:
            tick.failed.append(run.key)
            log.warning(
                "run %s of schedule %s was not posted: %s",
                run.key,
                schedule_id,
                exc,
                exc_info=not isinstance(exc, DeliveryError | BriefbotError),
            )
            reason = str(exc) or exc.__class__.__name__
            missing = isinstance(exc, NotFound)  # its briefing, not its channel
            passing = isinstance(exc, PostRefused) and exc.passing  # Discord's side
            return not await self._failed(
                schedule_id, run, reason, retry, missing=missing, passing=passing
            )
        await self.store.mark_run_posted(schedule_id, run.key, message_id)
        tick.posted.append(run.key)
        return True

    async def _take_over(self, schedule_id: int, run: Run, now: dt.datetime) -> bool | None:
        """Another process's claim of `run`: None when the run is settled (posted, skipped,
        given up); False to look again later (its post may be under way); True once taken
        over, its claimer having left it unposted for `ABANDONED_AFTER`."""
        claim = await self.store.get_run(schedule_id, run.key)
        if claim is None or claim.posted_at is not None or _settled(claim):
            self.unfinished.pop(run.key, None)
            return None
        if (await self.store.run_retry(schedule_id, run.key)).tries >= RUN_TRIES:
            return None  # given up after its tries
        if not self._abandoned(run, claim, now):
            return False
        if not await self.store.take_over_run(schedule_id, run.key, claim.claimed_by, self.process):
            return False
        self.unfinished.pop(run.key, None)
        log.warning(
            "run %s of schedule %s was claimed by %s and never posted (it stopped part-way?): "
            "posting it now",
            run.key,
            schedule_id,
            claim.claimed_by,
        )
        return True

    def _abandoned(self, run: Run, claim: ScheduleRun, now: dt.datetime) -> bool:
        """Whether another process's unposted claim is to be taken over now: its claimer
        has surely stopped, or the claim was seen unposted `ABANDONED_AFTER` ago."""
        if self.claimer_stopped is not None and self.claimer_stopped(claim.claimed_by):
            return True
        seen = self.unfinished.get(run.key)
        if seen is None or seen[0] != claim.claimed_by:
            self.unfinished[run.key] = (claim.claimed_by, now, run.at)
            return False
        return now - seen[1] >= ABANDONED_AFTER

    async def keep_progress(self, schedule_id: int, run: Run, retry: RunRetry) -> None:
        """Keep how far a run's post got (the delivery calls it after each message), so a
        process stopped part-way is followed by the rest of the post, not all of it again.
        Never raises: a progress not kept costs at most a message posted twice."""
        try:
            await self.store.save_run_retry(schedule_id, run.key, retry)
        except Exception as exc:
            log.warning("run %s: how far its post got was not kept: %s", run.key, exc)

    async def _retry_of(self, schedule_id: int, run: Run) -> RunRetry | None:
        """The run's earlier tries; None (its claim released) when the store cannot say."""
        try:
            return await self.store.run_retry(schedule_id, run.key)
        except Exception as exc:
            log.warning("run %s: its earlier tries could not be read: %s", run.key, exc)
            with contextlib.suppress(Exception):
                await self.store.release_run(schedule_id, run.key, self.process)
                self.handled.pop(run.key, None)
            return None

    async def _failed(
        self,
        schedule_id: int,
        run: Run,
        reason: str,
        retry: RunRetry,
        *,
        missing: bool = False,
        passing: bool = False,
    ) -> bool:
        """A run's first failure is counted on its schedule and told to its moderator (`missing`:
        its briefing is not served, rather than its channel refusing; `passing`: Discord failed
        to take the post, an outage or its rate limit); the run is released
        for a retry unless the schedule is now paused or the run had its `RUN_TRIES`. True
        when it will be tried again. Never raises."""
        tries = retry.tries + 1
        try:
            await self.store.save_run_retry(
                schedule_id, run.key, RunRetry(tries, retry.messages_posted)
            )
            paused = False
            if tries == 1:
                # a briefing that is gone is gone on every try: paused at once (was: after
                # PAUSE_AFTER runs, each telling its moderator the same)
                pause_after = 1 if missing else PAUSE_AFTER
                schedule = await self.store.record_run_failure(schedule_id, reason, pause_after)
                if schedule is not None:
                    notice = failure_notice(
                        schedule, briefing_missing=missing, discord_failing=passing
                    )
                    await self.delivery.warn(schedule, notice)
                paused = schedule is None or schedule.paused
            if paused or tries >= RUN_TRIES:
                if tries >= RUN_TRIES:
                    log.warning("run %s given up after %d tries", run.key, tries)
                return False
            await self.store.release_run(schedule_id, run.key, self.process)
        except Exception:
            log.exception("could not record or report the failure of schedule %s", schedule_id)
            return False
        self.handled.pop(run.key, None)
        return True


def _settled(claim: ScheduleRun) -> bool:
    """A claim that settles its run without a post (skipped as too late, or before the
    schedule was made)."""
    return claim.claimed_by.endswith(SETTLED_CLAIMS)


def _minutes(span: dt.timedelta) -> int:
    return int(span.total_seconds() // 60)


def failure_notice(
    schedule: Schedule, *, briefing_missing: bool = False, discord_failing: bool = False
) -> Reply:
    """What a schedule's moderator is told when one of its posts failed: what to check, the
    channel, or (`briefing_missing`) the briefing it posts from; nothing (`discord_failing`)
    when Discord failed to take the post (an outage, its rate limit), which may pass."""
    body = ngettext(
        "Schedule #{id} could not post: {reason}. That is {n} failed post in a row.",
        "Schedule #{id} could not post: {reason}. That is {n} failed posts in a row.",
        schedule.failures,
    ).format(
        id=schedule.number, reason=(schedule.last_error or "").rstrip("."), n=schedule.failures
    )
    if briefing_missing:  # paused at once: it would fail the same way every time
        advice = _(
            "Its briefing is no longer here (unpublished, deleted with /briefing remove, or "
            "its file removed), so the schedule is paused now: remove it with /unschedule "
            "{id}, and schedule a briefing listed in /briefings (or publish it again and "
            "schedule it anew)."
        ).format(id=schedule.number)
    elif schedule.paused:
        advice = _(
            "After {n} in a row it is paused: fix the channel (or pick another), "
            "then remove it with /unschedule and schedule it again."
        ).format(n=PAUSE_AFTER)
    else:
        advice = (
            _(
                "Discord did not take the post (it was down, or limiting how fast I post): "
                "nothing to fix on your side; at {n} it is paused."
            )
            if discord_failing
            else _("Check the channel and my permissions there; at {n} it is paused.")
        ).format(n=PAUSE_AFTER)
        advice += " " + _(
            "I will try this post again in {minutes} minutes, up to {tries} tries in all, for "
            "up to {grace} minutes after its time."
        ).format(minutes=_minutes(RETRY_AFTER), tries=RUN_TRIES, grace=_minutes(GRACE))
    body += " " + advice
    return Reply.text(_("A scheduled post failed"), body, private=True)
