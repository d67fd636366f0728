"""In-memory implementations of the core's ports, for plain-pytest tests of the services.

Real, small implementations (not mocks): they keep state and follow the same contract as the
store (`tests/store` proves SQLite and PostgreSQL against it), so a service test exercises
the service's rules, not a script of expected calls. `InMemorySessionStore.outage` makes the
next commits fail, the way a database outage would.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from bot.core.errors import PostRefused
from bot.core.ports import Posted, Repositories
from bot.core.preferences import Chosen
from bot.core.progress import (
    Accuracy,
    AnswerRecord,
    DueReview,
    GuildSettings,
    LeaderboardEntry,
    ReviewState,
    Schedule,
    ScheduleRun,
    ScoreSummary,
    StoredSession,
)
from bot.core.replies import Page, Reply
from bot.core.schedule import run_key
from bot.core.schedule_runner import RunRetry

__all__ = [
    "InMemoryPreferencesStore",
    "InMemoryPublisher",
    "InMemoryRepositories",
    "InMemoryScheduleStore",
    "InMemorySessionStore",
    "InMemorySettingsStore",
    "StoreOutage",
]

AnswerKey = tuple[str | None, int, str, str]


class StoreOutage(ConnectionError):
    """Raised by an in-memory store while it simulates a database outage."""


@dataclass
class InMemorySessionStore:
    """Answers, review states and saved sessions held in dicts.

    One object for every area; `repositories()` hands it to services as `Repositories`.
    """

    answers: list[AnswerRecord] = field(default_factory=list)
    reviews: dict[tuple[int, str, str], ReviewState] = field(default_factory=dict)
    sessions: dict[str, StoredSession] = field(default_factory=dict)
    outage: int = 0  # how many of the next commits fail

    def repositories(self) -> InMemoryRepositories:
        """This store seen per area, the way services take the store."""
        return InMemoryRepositories(self)

    def _commit(self) -> None:
        if self.outage > 0:
            self.outage -= 1
            raise StoreOutage("the database is unavailable")

    async def record_answer(
        self,
        rec: AnswerRecord,
        review: ReviewState | Callable[[ReviewState | None], ReviewState] | None = None,
    ) -> bool:
        """Commit an answer with its review state; False (and no change) for a repeat."""
        self._commit()
        key: AnswerKey = (rec.session_id, rec.user_id, rec.briefing_id, rec.question_id)
        if rec.session_id is not None and any(_key(a) == key for a in self.answers):
            return False
        self.answers.append(rec)
        review_key = (rec.user_id, rec.briefing_id, rec.question_id)
        if callable(review):
            self.reviews[review_key] = review(self.reviews.get(review_key))
        elif review is not None:
            self.reviews[review_key] = review
        return True

    def begin_answer(
        self,
        rec: AnswerRecord,
        review: ReviewState | Callable[[ReviewState | None], ReviewState] | None = None,
        flushing: asyncio.Future[None] | None = None,
    ) -> Awaitable[bool]:
        """`record_answer` as a task: committed (or failed) by the time it is awaited;
        `flushing` resolved at once (nothing here holds the loop up)."""
        if flushing is not None and not flushing.done():
            flushing.set_result(None)
        return asyncio.ensure_future(self.record_answer(rec, review))

    async def get_review(
        self, user_id: int, briefing_id: str, question_id: str
    ) -> ReviewState | None:
        """A question's review state for a user, None if never answered."""
        return self.reviews.get((user_id, briefing_id, question_id))

    async def replace_review(
        self,
        user_id: int,
        briefing_id: str,
        question_id: str,
        old: ReviewState,
        new: ReviewState,
    ) -> bool:
        """Replace a review state with `new` if it is still `old`; whether it was."""
        self._commit()
        key = (user_id, briefing_id, question_id)
        if self.reviews.get(key) != old:
            return False
        self.reviews[key] = new
        return True

    async def due_reviews(self, user_id: int, now: datetime, limit: int = 25) -> list[DueReview]:
        """Questions due for review at `now`, most overdue first."""
        due = sorted(
            (state.due, briefing, question)
            for (user, briefing, question), state in self.reviews.items()
            if user == user_id and state.due <= now
        )
        return [DueReview(briefing, question, when) for when, briefing, question in due[:limit]]

    async def session_answers(self, session_id: str) -> list[AnswerRecord]:
        """Answers recorded in a session, oldest first."""
        return [a for a in self.answers if a.session_id == session_id]

    async def score(
        self, user_id: int, guild_id: int | None, now: datetime, *, zone: tzinfo | None = None
    ) -> ScoreSummary:
        """A user's progress in one server (everywhere when `guild_id` is None); the streak
        and review counts are the user's own everywhere, in days of `zone` (UTC if None)."""
        mine = [a for a in self.answers if a.user_id == user_id]
        here = [a for a in mine if guild_id is None or a.guild_id == guild_id]
        by_briefing: dict[str, Accuracy] = {}
        by_section: dict[tuple[str, str], Accuracy] = {}
        for a in here:
            by_briefing[a.briefing_id] = _plus(by_briefing.get(a.briefing_id), a.correct)
            if a.section_id is not None:
                key = (a.briefing_id, a.section_id)
                by_section[key] = _plus(by_section.get(key), a.correct)
        states = [s for (user, _b, _q), s in self.reviews.items() if user == user_id]
        in_zone = zone or UTC
        days = {a.answered_at.astimezone(in_zone).date() for a in mine}
        return ScoreSummary(
            overall=Accuracy(sum(a.correct for a in here), len(here)),
            by_briefing=by_briefing,
            by_section=by_section,
            streak_days=_streak(days, now.astimezone(in_zone).date()),
            mastered=sum(s.mastered for s in states),
            due=sum(s.due <= now for s in states),
            answered_elsewhere=guild_id is not None and len(here) < len(mine),
        )

    async def leaderboard(
        self, guild_id: int, week: date | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        """A server's learners with a right answer (in the UTC week of `week`), ranked."""
        return self._board(guild_id, week)[:limit]

    async def rank_of(
        self, guild_id: int, user_id: int, week: date | None = None
    ) -> LeaderboardEntry | None:
        """The user's own leaderboard row; None if they are not on the board."""
        return next((e for e in self._board(guild_id, week) if e.user_id == user_id), None)

    def _board(self, guild_id: int, week: date | None) -> list[LeaderboardEntry]:
        totals: dict[int, Accuracy] = {}
        for a in self.answers:
            day = a.answered_at.astimezone(UTC).date()
            if a.guild_id != guild_id or (week is not None and _monday(day) != _monday(week)):
                continue
            totals[a.user_id] = _plus(totals.get(a.user_id), a.correct)
        ranked = sorted(
            ((t.correct, t.answered, user) for user, t in totals.items() if t.correct),
            key=lambda row: (-row[0], row[1], row[2]),
        )
        board: list[LeaderboardEntry] = []
        for n, (correct, answered, user) in enumerate(ranked):
            tied = board and (board[-1].correct, board[-1].answered) == (correct, answered)
            rank = board[-1].rank if tied else n + 1
            board.append(LeaderboardEntry(rank, user, correct, answered))
        return board

    async def latest_briefing(self, user_id: int, guild_id: int) -> str | None:
        """The briefing of the user's latest answer in a server; None before any."""
        latest = max(
            (a for a in self.answers if a.user_id == user_id and a.guild_id == guild_id),
            key=lambda a: a.answered_at,
            default=None,
        )
        return None if latest is None else latest.briefing_id

    async def save_session(
        self,
        session_id: str,
        kind: str,
        owner_id: int,
        guild_id: int | None,
        channel_id: int | None,
        state: str,
        expires_at: datetime,
    ) -> None:
        """Save (or replace) a session's state."""
        self._commit()
        now = datetime.now(UTC)
        self.sessions[session_id] = StoredSession(
            session_id, kind, owner_id, guild_id, channel_id, state, expires_at, now
        )

    async def load_session(
        self, session_id: str, now: datetime | None = None
    ) -> StoredSession | None:
        """A saved session, unless expired."""
        stored = self.sessions.get(session_id)
        if stored is None or (now is not None and stored.expires_at <= now):
            return None
        return replace(stored)

    async def end_session(self, session_id: str) -> bool:
        """Delete a saved session."""
        self._commit()
        return self.sessions.pop(session_id, None) is not None

    async def export_user(self, user_id: int) -> list[dict[str, Any]]:
        """A user's answers, as the store exports them (each field's value as it is: all are
        immutable, so `asdict`'s deep copy only cost time, half of a 40,000-answer export)."""
        return [
            {"record": "answer", **{f.name: getattr(a, f.name) for f in fields(a)}}
            for a in self.answers
            if a.user_id == user_id
        ]

    async def forget_user(self, user_id: int) -> int:
        """Delete a user's answers, review states and the sessions they own."""
        self._commit()
        before = len(self.answers) + len(self.reviews) + len(self.sessions)
        self.answers = [a for a in self.answers if a.user_id != user_id]
        self.reviews = {k: v for k, v in self.reviews.items() if k[0] != user_id}
        self.sessions = {k: v for k, v in self.sessions.items() if v.owner_id != user_id}
        return before - len(self.answers) - len(self.reviews) - len(self.sessions)

    async def end_sessions(self, session_ids: list[str]) -> int:
        """Delete several saved sessions in one commit."""
        self._commit()
        return sum(self.sessions.pop(k, None) is not None for k in session_ids)

    async def active_sessions(
        self,
        now: datetime,
        *,
        owner_id: int | None = None,
        kind: str | None = None,
        expires_by: datetime | None = None,
    ) -> list[StoredSession]:
        """Sessions not yet expired (and, with `expires_by`, expiring by then)."""
        return [
            s
            for s in self.sessions.values()
            if s.expires_at > now
            and (owner_id is None or s.owner_id == owner_id)
            and (kind is None or s.kind == kind)
            and (expires_by is None or s.expires_at <= expires_by)
        ]

    async def purge_expired_sessions(self, now: datetime) -> int:
        """Delete sessions that expired by `now`; returns how many."""
        self._commit()
        gone = [k for k, s in self.sessions.items() if s.expires_at <= now]
        for k in gone:
            del self.sessions[k]
        return len(gone)


def _plus(total: Accuracy | None, correct: bool) -> Accuracy:
    """`total` (none yet: nothing) with one more answer."""
    before = total or Accuracy()
    return Accuracy(before.correct + correct, before.answered + 1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _streak(days: set[date], today: date) -> int:
    """Consecutive days with an answer ending today, or yesterday before today's first."""
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak, day = streak + 1, day - timedelta(days=1)
    return streak


@dataclass(frozen=True, slots=True)
class InMemoryRepositories:
    """One in-memory store as answers, reviews, sessions, progress and personal data."""

    store: InMemorySessionStore

    @property
    def answers(self) -> InMemorySessionStore:
        """Answers and their review states."""
        return self.store

    @property
    def reviews(self) -> InMemorySessionStore:
        """Review state."""
        return self.store

    @property
    def sessions(self) -> InMemorySessionStore:
        """Saved sessions."""
        return self.store

    @property
    def progress(self) -> InMemorySessionStore:
        """Scores, leaderboards and each user's latest briefing, read from the answers."""
        return self.store

    @property
    def personal_data(self) -> InMemorySessionStore:
        """A user's own data."""
        return self.store


@dataclass
class InMemoryScheduleStore(InMemorySessionStore):
    """Sessions plus schedules and their claimed runs (the `ScheduleStore` port)."""

    schedules: dict[int, Schedule] = field(default_factory=dict)
    runs: dict[tuple[int, str], tuple[str, int | None]] = field(default_factory=dict)
    next_looks: dict[int, datetime] = field(default_factory=dict)
    retries: dict[tuple[int, str], RunRetry] = field(default_factory=dict)
    posted: set[tuple[int, str]] = field(default_factory=set)
    last_numbers: dict[int, int] = field(default_factory=dict)

    async def add_schedule(
        self, schedule: Schedule, settled: Sequence[datetime] = (), settled_by: str = ""
    ) -> Schedule:
        """Store a new schedule with the next id, its runs at `settled` claimed; it is due to
        be looked at at once."""
        number = self.last_numbers[schedule.guild_id] = (
            self.last_numbers.get(schedule.guild_id, 0) + 1
        )
        saved = replace(schedule, id=max(self.schedules, default=0) + 1, number=number)
        assert saved.id is not None
        self.schedules[saved.id] = saved
        self.next_looks[saved.id] = datetime.min.replace(tzinfo=UTC)
        for at in settled:
            self.runs[(saved.id, run_key(saved.id, at))] = (settled_by, None)
        return saved

    async def due_schedules(self, now: datetime) -> list[Schedule]:
        """Schedules to look at by `now`, earliest first."""
        due = sorted((when, sid) for sid, when in self.next_looks.items() if when <= now)
        return [self.schedules[sid] for _, sid in due]

    async def set_next_look(self, schedule_id: int, when: datetime) -> None:
        """When a schedule is next due to be looked at."""
        if schedule_id in self.schedules:
            self.next_looks[schedule_id] = when

    async def list_schedules(self, guild_id: int | None = None) -> list[Schedule]:
        """One server's schedules, or all, oldest first."""
        return [s for s in self.schedules.values() if guild_id in (None, s.guild_id)]

    async def claim_run(self, schedule_id: int, run_key: str, claimed_by: str) -> bool:
        """True for exactly one claimer of a run, ever."""
        if (schedule_id, run_key) in self.runs:
            return False
        self.runs[(schedule_id, run_key)] = (claimed_by, None)
        return True

    async def get_run(self, schedule_id: int, run_key: str) -> ScheduleRun | None:
        """A claimed run (its claim time is not kept here: the epoch)."""
        claimed = self.runs.get((schedule_id, run_key))
        if claimed is None:
            return None
        epoch = datetime.min.replace(tzinfo=UTC)
        posted = epoch if (schedule_id, run_key) in self.posted else None
        return ScheduleRun(schedule_id, run_key, claimed[0], epoch, posted, claimed[1])

    async def take_over_run(
        self, schedule_id: int, run_key: str, claimed_by: str, taken_by: str
    ) -> bool:
        """Claim for `taken_by` an unposted run of `claimed_by`; True for one taker."""
        key = (schedule_id, run_key)
        if key in self.posted or self.runs.get(key, ("",))[0] != claimed_by:
            return False
        self.runs[(schedule_id, run_key)] = (taken_by, None)
        return True

    async def release_run(self, schedule_id: int, run_key: str, claimed_by: str) -> None:
        """Forget an unposted claim of `claimed_by`, so the run can be claimed again."""
        key = (schedule_id, run_key)
        if self.runs.get(key) == (claimed_by, None) and key not in self.posted:
            del self.runs[key]

    async def mark_run_posted(
        self, schedule_id: int, run_key: str, message_id: int | None = None
    ) -> bool:
        """Note the message a claimed run was posted as."""
        claimed = self.runs.get((schedule_id, run_key))
        if claimed is None:
            return False
        self.runs[(schedule_id, run_key)] = (claimed[0], message_id)
        self.posted.add((schedule_id, run_key))
        self.retries.pop((schedule_id, run_key), None)
        schedule = self.schedules.get(schedule_id)
        if schedule is not None:
            self.schedules[schedule_id] = replace(schedule, failures=0, last_error=None)
        return True

    async def posted_briefing_messages(
        self, guild_id: int, briefing_id: str, limit: int
    ) -> list[tuple[int, int]]:
        """The buttons' messages of this server's posted runs of `briefing_id`, newest first."""
        found = [
            (schedule.channel_id, message_id)
            for (schedule_id, _run), (_by, message_id) in reversed(self.runs.items())
            if message_id is not None
            and (schedule := self.schedules.get(schedule_id)) is not None
            and (schedule.guild_id, schedule.briefing_id, schedule.what)
            == (guild_id, briefing_id, "briefing")
        ]
        return found[:limit]

    async def run_retry(self, schedule_id: int, run_key: str) -> RunRetry:
        """What failed posts of a run left (a copy)."""
        kept = self.retries.get((schedule_id, run_key), RunRetry())
        return RunRetry(kept.tries, kept.messages_posted)

    async def save_run_retry(self, schedule_id: int, run_key: str, retry: RunRetry) -> None:
        """Keep a failed run's tries and posted messages."""
        self.retries[(schedule_id, run_key)] = RunRetry(retry.tries, retry.messages_posted)

    async def record_run_failure(
        self, schedule_id: int, reason: str, pause_after: int
    ) -> Schedule | None:
        """Count a failed post in a row; paused at `pause_after`."""
        schedule = self.schedules.get(schedule_id)
        if schedule is None:
            return None
        failures = schedule.failures + 1
        self.schedules[schedule_id] = replace(
            schedule,
            failures=failures,
            last_error=reason[:200],
            paused=schedule.paused or failures >= pause_after,
        )
        return self.schedules[schedule_id]

    async def last_number(self, guild_id: int) -> int:
        """The highest number given to the server's schedules."""
        return self.last_numbers.get(guild_id, 0)

    async def remove_schedule(self, guild_id: int, schedule_id: int) -> bool:
        """Delete a server's schedule and its runs."""
        found = self.schedules.get(schedule_id)
        if found is None or found.guild_id != guild_id:
            return False
        del self.schedules[schedule_id]
        self.next_looks.pop(schedule_id, None)
        self.runs = {k: v for k, v in self.runs.items() if k[0] != schedule_id}
        return True


@dataclass
class InMemorySettingsStore:
    """Servers' settings in a dict (the `SettingsStore` port)."""

    saved: dict[int, GuildSettings] = field(default_factory=dict)

    async def get_settings(self, guild_id: int) -> GuildSettings:
        """A server's settings, the defaults when never changed."""
        return self.saved.get(guild_id, GuildSettings(guild_id))

    async def update_settings(self, guild_id: int, /, **changes: Any) -> GuildSettings:
        """Change some settings; a bad key or value raises ValueError and changes nothing."""
        current = await self.get_settings(guild_id)
        try:
            updated = replace(current, **changes)
        except TypeError as exc:
            raise ValueError(str(exc)) from exc
        self.saved[guild_id] = updated
        return updated


@dataclass
class InMemoryPreferencesStore(InMemorySettingsStore):
    """Students' choices and servers' settings in dicts (the `PreferencesStore` port)."""

    chosen: dict[int, Chosen] = field(default_factory=dict)

    async def get_preferences(self, user_id: int) -> Chosen:
        """A student's choices (all None when they never chose)."""
        return self.chosen.get(user_id, Chosen())

    async def set_preferences(
        self, user_id: int, *, text_only: bool | None, untimed: bool | None
    ) -> Chosen:
        """Change the choices given; None keeps one as it is."""
        current = await self.get_preferences(user_id)
        updated = Chosen(
            current.text_only if text_only is None else text_only,
            current.untimed if untimed is None else untimed,
        )
        self.chosen[user_id] = updated
        return updated

    async def untimed_among(self, user_ids: Collection[int]) -> set[int]:
        """Which of these students chose untimed."""
        return {u for u in user_ids if self.chosen.get(u, Chosen()).untimed}

    async def preferences_of(
        self, user_ids: Collection[int], guild_ids: Collection[int] = ()
    ) -> tuple[dict[int, Chosen], dict[int, bool]]:
        """The choices of those among `user_ids` who ever chose, and the servers' defaults."""
        chosen = {u: self.chosen[u] for u in user_ids if u in self.chosen}
        defaults = {g: self.saved[g].text_only_default for g in guild_ids if g in self.saved}
        return chosen, defaults


@dataclass
class InMemoryPublisher:
    """Channels as lists of messages, each message one page (the `Publisher` port)."""

    channels: dict[int, list[Page]] = field(default_factory=dict)
    buttons: dict[int, Reply] = field(default_factory=dict)  # message id -> reply shown there
    directs: dict[int, list[Page]] = field(default_factory=dict)  # user id -> pages sent
    refused: set[int] = field(default_factory=set)  # channels where posting is refused
    posted_once: dict[str, Posted] = field(default_factory=dict)  # `once` key -> its post
    _next_id: int = 1

    async def post(
        self,
        channel_id: int,
        reply: Reply,
        *,
        once: str | None = None,
        since: datetime | None = None,
    ) -> Posted:
        """Append every page of `reply` to the channel; the buttons belong to the last. A
        post under a `once` key already used returns the messages it made (the key is never
        forgotten here, so `since` changes nothing)."""
        if channel_id in self.refused:
            raise PostRefused("403 Forbidden: Missing Permissions")
        if once is not None and once in self.posted_once:
            return self.posted_once[once]
        ids = []
        for page in reply.pages:
            self.channels.setdefault(channel_id, []).append(page)
            ids.append(self._next_id)
            self._next_id += 1
        self.buttons[ids[-1]] = reply
        posted = Posted(channel_id, tuple(ids))
        if once is not None:
            self.posted_once[once] = posted
        return posted

    async def edit(self, channel_id: int, message_id: int, reply: Reply) -> None:
        """Replace what a posted message shows."""
        if channel_id in self.refused:
            raise PostRefused("403 Forbidden: Missing Permissions")
        self.buttons[message_id] = reply

    async def direct(self, user_id: int, reply: Reply) -> None:
        """Keep every page sent privately to a user."""
        self.directs.setdefault(user_id, []).extend(reply.pages)

    def texts(self, channel_id: int) -> list[str]:
        """Each message in a channel as `title\nbody`, oldest first."""
        return [f"{p.title}\n{p.body}" for p in self.channels.get(channel_id, [])]


def _key(rec: AnswerRecord) -> AnswerKey:
    return (rec.session_id, rec.user_id, rec.briefing_id, rec.question_id)


def _every_port(store: InMemoryRepositories) -> Repositories:
    """Never called: mypy checks here that the in-memory store holds every method of every
    port (`Repositories`), so a method added to a port and not here fails the type check."""
    return store
