"""Review reminders: an opt-in direct message, at most once a day, when questions are due.

A student picks a time of day and a time zone. Every `interval` seconds of the injected clock,
each reminder whose time has passed today (in its zone) and that has not gone out today is
checked: when the student has questions due, the day is committed as sent first, then the
message goes out through the `ReminderSender` port (the adapter adds its "Review now"
button). Commit, then send: a crash in between skips a day's reminder, never doubles it. A
send that fails (Discord down) gives the day back, so a later tick tries again that day, up
to `MAX_TRIES` sends; then one warning says it was given up for the day. The first failed
try's time is kept with the reminder: every later try that day (after a restart too) asks
the sender to look for the message of that try first, since the platform may have taken it
and forgotten its key by then. A student whose
direct messages are closed to the bot (`DirectMessagesClosed`) is not tried again: the
reminder is paused (one warning line), the student reads why in /score, /review and /remind,
and setting it again with /remind turns it back on.
A reminder is kept as a session of kind "reminder" owned by the student, so /mydata lists it
and /forgetme deletes it with everything else. It keeps the language it was set in (the
student's, else their server's), so the message and its button speak it, and its dates are
written in it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, replace
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.core.clock import Clock
from bot.core.dates import long_date
from bot.core.errors import DirectMessagesClosed, InvalidInput
from bot.core.library import Shelf
from bot.core.ports import Repositories
from bot.core.replies import Field, Reply, deadline
from bot.core.schedule import (
    parse_time,
    read_written_time,
    written_zone,
    zone,
)
from bot.core.timer import ClockTimer
from bot.i18n import _, ngettext, use_language

__all__ = [
    "KIND",
    "MAX_TRIES",
    "Reminder",
    "ReminderSender",
    "ReminderService",
    "paused_note",
    "reminder_reply",
    "review_reminder_key",
    "stored_reminder",
    "student_zone",
    "with_paused_note",
    "zone_named",
]

log = logging.getLogger(__name__)

KIND = "reminder"
KEEP = dt.timedelta(days=3650)
TICK_SECONDS = 60.0
MAX_TRIES = 5
"""Sends tried per student and day (one a tick) before the day's reminder is given up."""


class ReminderSender(Protocol):
    """Delivers a reminder to a student privately (a direct message on Discord)."""

    async def send_reminder(
        self,
        user_id: int,
        reply: Reply,
        *,
        once: str | None = None,
        since: dt.datetime | None = None,
    ) -> None:
        """Send `reply` to the student, with a way to start the review at once; with `once`,
        under that key, which the platform enforces for a few minutes (sent again, it is not
        sent twice); with `since`, a message of `reply` already sent to them since then (an
        earlier try whose answer was lost) counts as sent, and nothing is sent."""
        ...


async def stored_reminder(store: Repositories, user_id: int, now: dt.datetime) -> Reminder | None:
    """A student's reminder as kept in `store` (paused or not), if they set one."""
    stored = await store.sessions.load_session(f"{KIND}-{user_id}", now)
    if stored is None or stored.kind != KIND:
        return None
    return Reminder.from_state(user_id, stored.state)


async def student_zone(store: Repositories, user_id: int, now: dt.datetime) -> ZoneInfo | None:
    """The time zone a student set with their reminder (their calendar days for the
    streak), or None: none set, or one that can no longer be read."""
    try:
        reminder = await stored_reminder(store, user_id, now)
        return None if reminder is None else zone(reminder.timezone)
    except (InvalidInput, ValueError, KeyError) as exc:
        log.warning("could not read user %s's time zone: %s", user_id, exc)
        return None


def review_reminder_key(day: dt.date) -> str:
    """The key every try of a student's reminder of `day` is sent under (in their own
    direct messages): the same on each try, so a message the platform took whose answer
    was lost is not sent twice."""
    return f"rv{day:%Y%m%d}"


@dataclass(frozen=True, slots=True)
class Reminder:
    """A student's daily reminder: at `at` in `timezone`; `last_sent` is a local date;
    `refused`: the local date their direct messages were found closed (paused since);
    `tried`: when a try failed that may have reached the student (the day's first such);
    `language`: the language it was set in, which the reminder speaks (None: English)."""

    user_id: int
    at: dt.time
    timezone: str
    last_sent: dt.date | None = None
    refused: dt.date | None = None
    tried: dt.datetime | None = None
    language: str | None = None

    @property
    def session_id(self) -> str:
        """Where it is kept in the store."""
        return f"{KIND}-{self.user_id}"

    def to_state(self) -> str:
        """The JSON kept in the store."""
        last = self.last_sent.isoformat() if self.last_sent else None
        state = {"at": self.at.strftime("%H:%M"), "tz": self.timezone, "last": last}
        if self.refused is not None:
            state["refused"] = self.refused.isoformat()
        if self.tried is not None:
            state["tried"] = self.tried.isoformat()
        if self.language is not None:
            state["lang"] = self.language
        return json.dumps(state)

    @classmethod
    def from_state(cls, user_id: int, state: str) -> Reminder:
        """Rebuild from the stored JSON."""
        data = json.loads(state)
        last = dt.date.fromisoformat(data["last"]) if data.get("last") else None
        refused = dt.date.fromisoformat(data["refused"]) if data.get("refused") else None
        tried = dt.datetime.fromisoformat(data["tried"]) if data.get("tried") else None
        at = dt.time.fromisoformat(data["at"])
        return cls(user_id, at, data["tz"], last, refused, tried, data.get("lang"))

    def due_today(self, now: dt.datetime) -> dt.date | None:
        """The local date, when the reminder's time has passed today and it has not gone out.
        A day before the last one sent is never due: the wall clock stepped back (an NTP step,
        an operator setting the time) after that one went out."""
        local = now.astimezone(zone(self.timezone))
        sent = self.last_sent is not None and self.last_sent >= local.date()
        if self.refused is not None or local.time() < self.at or sent:
            return None
        return local.date()

    def tried_on(self, day: dt.date) -> dt.datetime | None:
        """When a try on local date `day` failed that may have reached the student."""
        if self.tried is None or self.tried.astimezone(zone(self.timezone)).date() != day:
            return None
        return self.tried


def zone_named(time_text: str | None, timezone: str | None, today: dt.date) -> bool:
    """Whether a student named their zone for `/remind`: in its option or in the time."""
    if timezone and timezone.strip():
        return True
    return bool(time_text) and read_written_time(time_text or "", today).zone is not None


def reminder_set_text(reminder: Reminder, now: dt.datetime, *, zone_given: bool) -> str:
    """What /remind says once set; set without a zone (UTC by default), also when that time
    is in the reader's own time, and how to choose their zone (was: "at 19:00 (UTC)" alone,
    and a student in Paris was reminded at 20:00)."""
    at = f"{reminder.at:%H:%M}"
    text = _(
        "I will send you a direct message at {time} ({timezone}) on days when questions "
        "are due for review, at most once a day, with a Review now button. Turn it off "
        "with /remind off:True."
    ).format(time=at, timezone=reminder.timezone)
    if zone_given or reminder.timezone != "UTC":
        return text
    today = dt.datetime.combine(now.astimezone(dt.UTC).date(), reminder.at, dt.UTC)
    first = today if today > now else today + dt.timedelta(days=1)
    return (
        text
        + "\n"
        + _(
            "{time} UTC is {when} in your own time. To be reminded at {time} your time, "
            "give your zone: /remind time:{time} timezone:Europe/Paris."
        ).format(time=at, when=deadline(first))
    )


def reminder_reply(due: int) -> Reply:
    """The reminder itself."""
    return Reply.text(
        _("Time to review"),
        ngettext(
            "{n} question is due for review. A few minutes now keeps them fresh.",
            "{n} questions are due for review. A few minutes now keeps them fresh.",
            due,
        ).format(n=due),
        private=True,
    )


def paused_note(reminder: Reminder | None) -> str | None:
    """What a student whose reminder is paused (their direct messages closed) is told."""
    if reminder is None or reminder.refused is None:
        return None
    return _(
        "Your review reminder is paused: Discord did not let me send you a direct message "
        "on {date}. Allow direct messages from this server's members (Privacy Settings), "
        "then turn it back on with /remind time:{time} timezone:{timezone}."
    ).format(
        date=long_date(reminder.refused),
        time=f"{reminder.at:%H:%M}",
        timezone=reminder.timezone,
    )


def with_paused_note(reply: Reply, note: str | None) -> Reply:
    """`reply` with the paused-reminder note added to its first page (none: unchanged)."""
    if note is None:
        return reply
    first = reply.pages[0]
    page = replace(first, fields=(*first.fields, Field(_("Review reminder"), note)))
    return replace(reply, pages=(page, *reply.pages[1:]))


class ReminderService:
    """Keeps students' reminders and sends the ones due, on a timer of the clock."""

    def __init__(
        self,
        store: Repositories,
        library: Shelf,
        clock: Clock,
        sender: ReminderSender,
        *,
        interval: float = TICK_SECONDS,
    ) -> None:
        self.store = store
        self.library = library
        self.clock = clock
        self.sender = sender
        self.interval = interval
        self._timer = ClockTimer(clock, interval, self.run_due, name="reminders")
        self._failed: dict[tuple[int, dt.date], int] = {}

    async def set(
        self,
        user_id: int,
        time_text: str,
        timezone: str | None = None,
        language: str | None = None,
    ) -> Reminder:
        """Turn on (or move) a student's reminder, to speak `language`, in the zone given or
        written into the time (`18:30 Europe/Berlin`, as `/schedule` reads it), else UTC;
        InvalidInput for a bad time or zone, two zones that differ, or a day in the time."""
        written = read_written_time(time_text, self.clock.now().date())
        if written.day is not None or written.weekday is not None:
            raise InvalidInput(
                _(
                    "A reminder comes every day that questions are due, so it takes no day: "
                    "give its time alone, like 18:30."
                )
            )
        tz = zone(written_zone(written, timezone))
        at = parse_time(written.time)
        old = await self.get(user_id)
        # Moving the time later today must not send a second one today.
        reminder = Reminder(
            user_id,
            at,
            tz.key,
            old.last_sent if old else None,
            tried=old.tried if old else None,
            language=language,
        )
        await self._save(reminder)
        return reminder

    async def rezone(
        self, user_id: int, timezone: str, language: str | None = None
    ) -> Reminder | None:
        """Move a student's reminder to another time zone at the same clock time (a student
        who moved); None when they have none. InvalidInput for a bad zone."""
        current = await self.get(user_id)
        if current is None:
            return None
        return await self.set(user_id, f"{current.at:%H:%M}", timezone, language)

    async def off(self, user_id: int) -> bool:
        """Turn a student's reminder off; False when there was none."""
        return await self.store.sessions.end_session(f"{KIND}-{user_id}")

    async def get(self, user_id: int) -> Reminder | None:
        """A student's reminder, if on."""
        return await stored_reminder(self.store, user_id, self.clock.now())

    async def note_for(self, user_id: int) -> str | None:
        """The note for a student whose reminder is paused (`paused_note`), else None;
        None too when it cannot be read (a note is never worth a failed command)."""
        try:
            return paused_note(await self.get(user_id))
        except Exception as exc:
            log.warning("could not read user %s's reminder: %s", user_id, exc)
            return None

    async def _save(self, reminder: Reminder) -> None:
        now = self.clock.now()
        await self.store.sessions.save_session(
            reminder.session_id, KIND, reminder.user_id, None, None, reminder.to_state(), now + KEEP
        )

    async def run_due(self) -> list[int]:
        """Send every reminder due now to students with questions due; who was reminded."""
        now = self.clock.now()
        sent = []
        for stored in await self.store.sessions.active_sessions(now, kind=KIND):
            try:
                reminder = Reminder.from_state(stored.owner_id, stored.state)
                if await self._remind(reminder, now):
                    sent.append(reminder.user_id)
            except Exception:  # one bad reminder never stops the others
                log.exception("reminder %s failed", stored.session_id)
        return sent

    async def _remind(self, reminder: Reminder, now: dt.datetime) -> bool:
        today = reminder.due_today(now)
        if today is None:
            return False
        # what a review in the direct message can ask: questions still in a loaded briefing
        asked = {b.id: {q.id for q in b.questions} for b in self.library}
        due = [
            d
            for d in await self.store.reviews.due_reviews(reminder.user_id, now, limit=200)
            if d.question_id in asked.get(d.briefing_id, ())
        ]
        if not due:
            return False
        first_try = reminder.tried_on(today)
        await self._save(replace(reminder, last_sent=today, tried=None))  # commit, then send
        try:
            with use_language(reminder.language):  # the message and the sender's button
                await self.sender.send_reminder(
                    reminder.user_id,
                    reminder_reply(len(due)),
                    once=review_reminder_key(today),
                    since=first_try,
                )
        except DirectMessagesClosed as exc:  # no use trying again: paused, the student told
            await self._save(replace(reminder, last_sent=today, refused=today, tried=None))
            log.warning(
                "could not remind user %s (%s): their direct messages are closed; reminder "
                "paused until they set it again (they are told in /score, /review, /remind)",
                reminder.user_id,
                exc,
            )
            return False
        except Exception as exc:  # Discord down: a later tick tries again, looking first
            await self._failed_send(replace(reminder, tried=first_try or now), today, exc)
            return False
        self._failed.pop((reminder.user_id, today), None)
        return True

    async def _failed_send(self, reminder: Reminder, today: dt.date, error: Exception) -> None:
        """Give the day back for a later tick, or give up after `MAX_TRIES` sends."""
        key = (reminder.user_id, today)
        tries = self._failed.pop(key, 0) + 1
        if tries >= MAX_TRIES:
            log.warning(
                "could not remind user %s (%s): given up for today after %d tries",
                reminder.user_id,
                error,
                tries,
            )
            return
        self._failed[key] = tries
        log.warning(
            "could not remind user %s (%s): try %d of %d, tried again on the next tick",
            reminder.user_id,
            error,
            tries,
            MAX_TRIES,
        )
        await self._save(reminder)  # as it was before this day's claim

    def start(self) -> None:
        """Start the timer: a tick every `interval` seconds of the clock."""
        self._timer.interval = self.interval
        self._timer.start()

    async def stop(self) -> None:
        """Stop the timer."""
        await self._timer.stop()
