"""Scheduling rules: when a schedule runs, what a run is called, and which runs are due now.

Pure functions over `bot.core.progress.Schedule`; no clock and no store. Wall-clock times are
in the schedule's IANA time zone (zoneinfo), so a daily 08:00 stays 08:00 across daylight
saving changes. Two rules for the days the clock jumps:

- a time that does not exist (spring forward, e.g. 02:30 in Berlin on the last Sunday of
  March) runs when the clock has moved on by the gap, at 03:30;
- a time that happens twice (fall back) runs once, at its first occurrence.

A run is named by its run key `"<schedule id>:<UTC minute>"`, the unique key a process claims
in the store before posting. A run missed by at most the grace window (downtime, a slow tick)
is still due; an older one is too late and is skipped, never posted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.core.dates import short_date_time, weekday_name, weekday_names
from bot.core.errors import InvalidInput
from bot.core.named_dates import named_date
from bot.core.progress import Recurrence, Schedule, ScheduleWhat
from bot.core.spoken_times import spoken_time
from bot.i18n import _, current_language

__all__ = [
    "GRACE",
    "LOOKBACK",
    "WEEKDAYS",
    "Plan",
    "Run",
    "already_passed",
    "describe",
    "finished",
    "make_schedule",
    "next_look",
    "next_run",
    "parse_date",
    "parse_time",
    "plan_runs",
    "run_key",
    "runs_between",
    "weekday_number",
    "when_text",
    "written_date",
    "written_zone",
    "zone",
    "zone_names",
]

GRACE = dt.timedelta(hours=1)
"""How late a run may still be posted (after downtime); later than this it is skipped."""
LOOKBACK = dt.timedelta(days=8)
"""How far back a scheduler looks for runs it missed (a week and a day: one weekly run)."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_OFFSET = re.compile(r"(?:utc|gmt)?\s*[+-]\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
"""An offset typed as a zone: `UTC+2`, `GMT-5`, `+05:30`."""
# "8:30", "18.05", "18h05", "0830" (a 24-hour time written without a separator), "7pm".
# "08:30", "8.30", "0830", "7pm"; the French hour, "18h30", "18h" or, spaced as French
# typography writes it, "18 h 30"
_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*h\s*(\d{2})?|[:.]?(\d{2}))?\s*(am|pm)?\s*$", re.IGNORECASE)
_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_YEAR_LAST = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\s*$")
MONTH_FIRST_LANGUAGES = frozenset({"en"})
"""Languages whose readers may write the month first (`12/30/26`): a date of two digits for
its year is read both ways there, and refused when it is a date both ways; elsewhere
(`fr`: `12/03/26` is 12 March) the day comes first."""


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA time zone name this system knows, sorted."""
    return tuple(sorted(available_timezones()))


_REGIONS = frozenset(
    "Africa America Antarctica Asia Atlantic Australia Europe Indian Pacific".split()  # noqa: SIM905
)


@cache
def _by_city() -> dict[str, str]:
    """Each IANA zone by its city ("paris": Europe/Paris), where only one zone of a region
    (not `Etc/`, not a bare old name) ends with that city."""
    cities: dict[str, list[str]] = {}
    for name in zone_names():
        region, _sep, rest = name.partition("/")
        if region in _REGIONS and rest:
            cities.setdefault(rest.rsplit("/", 1)[-1].casefold(), []).append(name)
    return {city: names[0] for city, names in cities.items() if len(names) == 1}


ABBREVIATIONS = {
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "HST": "Pacific/Honolulu",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "BST": "Europe/London",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "MET": "Europe/Berlin",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow",
    "IST": "Asia/Kolkata",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
}
"""Zone abbreviations people type, and the IANA zone most of them mean."""


def refuse_abbreviation(name: str) -> None:
    """EST, CET and the like are refused for new schedules: they never change for daylight
    saving. InvalidInput names the IANA zone they usually stand for."""
    cleaned = name.strip().replace(" ", "_")
    upper = cleaned.upper()
    if upper in ("UTC", "GMT", "Z", "UCT", "ZULU"):
        return
    if "/" in cleaned or not cleaned.isalpha() or not 2 <= len(cleaned) <= 5:
        return
    if upper not in ABBREVIATIONS and upper not in {n.upper() for n in zone_names()}:
        return
    suggestion = ABBREVIATIONS.get(upper)
    sentences = [
        _(
            "“{zone}” is an abbreviation, not a place: as a time zone it has no daylight "
            "saving, so the posting time would shift by an hour for half the year."
        ).format(zone=cleaned)
    ]
    if suggestion:
        sentences.append(_("For the clock people keep there, use {zone}.").format(zone=suggestion))
    sentences.append(
        _("Use a name from the IANA list, such as Europe/Berlin, America/New_York or UTC.")
    )
    raise InvalidInput(" ".join(sentences))


def zone(name: str) -> ZoneInfo:
    """The time zone called `name` ("Europe/Berlin", "UTC"), or by its city when only one zone
    has it ("Paris", "new york"); InvalidInput with a hint if unknown."""
    cleaned = name.strip().replace(" ", "_")
    if cleaned.upper() in ("UTC", "GMT", "Z"):
        cleaned = "UTC"
    known = {n.casefold(): n for n in zone_names()}
    canonical = known.get(cleaned.casefold()) or _by_city().get(cleaned.casefold())
    if canonical is not None:
        try:
            return ZoneInfo(canonical)
        except (ZoneInfoNotFoundError, ValueError):  # listed but unreadable: treat as unknown
            pass
    shown = name.strip()[:60] or _("(empty)")
    offset = _OFFSET.fullmatch(name.strip())
    if offset is not None:
        if not any(int(part or 0) for part in offset.groups()):
            return ZoneInfo("UTC")  # UTC+0, +00:00
        _refuse_offset(shown)
    from rapidfuzz import fuzz, process  # on first use: an idle bot does not carry it

    best = process.extract(
        cleaned.casefold(), list(known), scorer=fuzz.WRatio, limit=3, score_cutoff=75
    )
    sentences = [_("“{zone}” is not a time zone I know.").format(zone=shown)]
    if best:
        sentences.append(
            _("Did you mean {zones}?").format(zones=", ".join(known[b[0]] for b in best))
        )
    sentences.append(
        _(
            "Use a name from the IANA list, such as "
            "Europe/Berlin, America/New_York, Asia/Tokyo or UTC."
        )
    )
    raise InvalidInput(" ".join(sentences))


def _refuse_offset(shown: str) -> None:
    """`UTC+2` names no place: no zone is guessed (the closest names, UTC or Etc/GMT+2, would
    be hours off: the Etc/GMT names reverse the sign)."""
    raise InvalidInput(
        _(
            "“{zone}” is an offset, not a place, so I will not guess a zone for it "
            "(beware: the list's Etc/GMT+2 is two hours behind UTC, not ahead)."
        ).format(zone=shown)
        + " "
        + _(
            "Use a name from the IANA list, such as "
            "Europe/Berlin, America/New_York, Asia/Tokyo or UTC."
        )
    )


def parse_time(text: str) -> dt.time:
    """A time of day: "8:30", "08:30", "18.05", "0830", "7pm", "7:15 am", "18h30", "18h",
    "18 h 30", or said in words (`spoken_time`: "noon", "half past eight", "8.30 p.m.");
    InvalidInput otherwise."""
    if (said := spoken_time(text or "")) is not None:
        return said
    match = _TIME.match(text or "")
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
        suffix = (match.group(4) or "").lower()
        if suffix and 1 <= hour <= 12:
            hour = hour % 12 + (12 if suffix == "pm" else 0)
        elif suffix:
            hour = 99
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    shown = (text or "").strip()[:40]
    raise InvalidInput(
        _("“{text}” is not a time: write it like 08:30 or 18:05.").format(text=shown)
    )


@dataclass(frozen=True, slots=True)
class WrittenTime:
    """A time as a moderator wrote it, with the zone and day some write into it
    (`09:00 UTC`, `tomorrow 9`, `monday 8:30 Europe/Paris`)."""

    time: str
    zone: str | None = None
    day: str | None = None
    """A date's words (`tomorrow`, `2026-03-14`), read by `parse_date`."""
    weekday: str | None = None


_LINK_WORDS = frozenset({"at", "on", "à", "le", "a"})
"""Words between a day and its time ("tomorrow at 9", "demain à 9h")."""


def read_written_time(text: str, today: dt.date) -> WrittenTime:
    """The time in `text`, and a zone (1 or 2 words, at its end or start) and a day (a
    weekday or a date of one word, at either end) written into it; the whole as the time
    when it is one, or when no such word is there."""
    if _is_time(text):
        return WrittenTime(text)
    words = text.split()
    zone_said = None
    for start, end in ((-2, None), (-1, None), (0, 2), (0, 1)):
        span = words[start:end] if end is not None else words[start:]
        if 0 < len(span) < len(words) and _is_zone(" ".join(span)):
            zone_said = " ".join(span)
            words = words[: len(words) - len(span)] if start < 0 else words[len(span) :]
            break
    day = weekday = None
    for index in (0, -1):
        if len(words) < 2:
            break
        word = words[index].strip(",").casefold()
        if word in WEEKDAYS or word in (name.casefold() for name in weekday_names()):
            weekday = word
        elif _is_date(word, today):
            day = word
        else:
            continue
        del words[index]
        break
    while len(words) > 1 and words[0].casefold() in _LINK_WORDS:
        del words[0]
    if zone_said is None and day is None and weekday is None:
        return WrittenTime(text)
    return WrittenTime(" ".join(words), zone_said, day, weekday)


def _is_time(text: str) -> bool:
    try:
        parse_time(text)
    except InvalidInput:
        return False
    return True


def _is_date(word: str, today: dt.date) -> bool:
    """Whether `word` is a date; one written with digits that is none, or two (`03/04/26` in
    English), is refused as a date, never as "not a time"."""
    if _DATE.match(word) or _YEAR_LAST.match(word):
        parse_date(word, today)
        return True
    try:
        parse_date(word, today)
    except InvalidInput:
        return False
    return True


def _is_zone(text: str) -> bool:
    """Whether `text` names a zone, or is an abbreviation `refuse_abbreviation` refuses."""
    if not any(c.isalpha() for c in text) or text.casefold() in ("am", "pm", "h"):
        return False
    try:
        refuse_abbreviation(text)
    except InvalidInput:
        return True  # refused with its fix once read as the zone
    try:
        zone(text)
    except InvalidInput:
        return False
    return True


def already_passed(when: dt.datetime, tz: ZoneInfo, now: dt.datetime) -> InvalidInput:
    """The refusal of a wall-clock moment `when` in `tz` that is past: it names the zone and
    the time it is there, so a moderator who forgot the zone (UTC by default) sees why."""
    local_now = now.astimezone(tz)
    return InvalidInput(
        _("{when} has already passed in {zone} (it is {now} there). Pick a later time.").format(
            when=f"{when:%Y-%m-%d %H:%M}", zone=tz.key, now=f"{local_now:%Y-%m-%d %H:%M}"
        )
    )


def _real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """A date as YYYY-MM-DD, or with the year last (`30/12/2026`, `12/30/2026`, `30.12.2026`)
    where only one reading, day first or month first, is a date (with two digits for the
    year, `12.03.26`, this century's, day first where the reader's language writes it so:
    `MONTH_FIRST_LANGUAGES`), or with its month's name
    (`named_date`: "12 March", the next one on or after `today` without a year);
    InvalidInput otherwise (a date both ways, `03/04/2026`, is refused naming both)."""
    if (named := named_date(text or "", today)) is not None:
        return named
    match = _DATE.match(text or "")
    if match:
        found = _real_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if found is not None:
            return found
    if year_last := _YEAR_LAST.match(text or ""):
        first, second, year = (int(year_last.group(n)) for n in (1, 3, 4))
        short = len(year_last.group(4)) == 2  # `12/03/26`: this century's
        year += 2000 if short else 0
        day_first, month_first = _real_date(year, second, first), _real_date(year, first, second)
        if short and day_first and current_language() not in MONTH_FIRST_LANGUAGES:
            return day_first  # in French, 12 March, as its readers write it
        readings = sorted({d for d in (day_first, month_first) if d})
        if len(readings) == 1:
            return readings[0]
        if len(readings) == 2:
            raise InvalidInput(
                _(
                    "“{text}” could be {one} or {other}: write it as year-month-day, like {one}."
                ).format(text=text.strip(), one=readings[0], other=readings[1])
            )
    raise InvalidInput(
        _("“{text}” is not a date: write it like 2026-03-14 (year-month-day).").format(
            text=(text or "").strip()[:40]
        )
    )


def _instant(day: dt.date, at: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The UTC instant of wall-clock `at` on `day` in `tz` (fold=0: see the module rules)."""
    return dt.datetime.combine(day, at, tzinfo=tz).astimezone(dt.UTC)


def runs_between(schedule: Schedule, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The schedule's run times (UTC) after `start` and up to and including `end`, in order."""
    tz = zone(schedule.timezone)
    if schedule.recurrence == "once":
        assert isinstance(schedule.at, dt.datetime)
        when = _instant(schedule.at.date(), schedule.at.time(), tz)
        return [when] if start < when <= end else []
    assert isinstance(schedule.at, dt.time)
    at: dt.time = schedule.at
    first = start.astimezone(tz).date() - dt.timedelta(days=1)
    last = end.astimezone(tz).date() + dt.timedelta(days=1)
    runs: list[dt.datetime] = []
    for offset in range((last - first).days + 1):
        day = first + dt.timedelta(days=offset)
        if schedule.recurrence == "weekly" and day.weekday() != schedule.weekday:
            continue
        when = _instant(day, at, tz)
        if start < when <= end:
            runs.append(when)
    return runs


def next_run(schedule: Schedule, after: dt.datetime) -> dt.datetime | None:
    """The first run strictly after `after` (UTC), or None when a one-off run has passed.

    A one-off's run may lie weeks ahead (a recurring schedule runs within a week): it is
    its run, however far (was: None past a week, so it was never looked at in time)."""
    if schedule.recurrence == "once":
        assert isinstance(schedule.at, dt.datetime)
        when = _instant(schedule.at.date(), schedule.at.time(), zone(schedule.timezone))
        return when if when > after else None
    found = runs_between(schedule, after, after + LOOKBACK)
    return found[0] if found else None


def next_look(schedule: Schedule, now: dt.datetime) -> dt.datetime:
    """When a scheduler that planned `schedule` at `now` next needs to look at it again.

    Its next run; for a one-off whose run has passed, the moment it is `finished` (to remove
    it). Kept in the store, so that a tick reads only the schedules due, not every schedule.
    """
    upcoming = next_run(schedule, now)
    if upcoming is not None:
        return upcoming
    assert isinstance(schedule.at, dt.datetime)  # only a one-off runs out of runs
    when = _instant(schedule.at.date(), schedule.at.time(), zone(schedule.timezone))
    return max(now, when + LOOKBACK) + dt.timedelta(minutes=1)


def finished(schedule: Schedule, now: dt.datetime, lookback: dt.timedelta = LOOKBACK) -> bool:
    """True for a one-off schedule whose run is older than `lookback`: no planner looks at it
    any more, so removing it (and its run history) cannot make its run happen twice."""
    if schedule.recurrence != "once":
        return False
    assert isinstance(schedule.at, dt.datetime)
    when = _instant(schedule.at.date(), schedule.at.time(), zone(schedule.timezone))
    return now - when > lookback


def run_key(schedule_id: int, when: dt.datetime) -> str:
    """The unique name of one run: `"<schedule id>:<UTC minute>"`, e.g. `"7:2026-01-05T08:00Z"`."""
    return f"{schedule_id}:{when.astimezone(dt.UTC):%Y-%m-%dT%H:%MZ}"


@dataclass(frozen=True, slots=True)
class Run:
    """One run of a schedule: when it was meant to happen (UTC) and its run key."""

    schedule: Schedule
    at: dt.datetime
    key: str

    def local_date(self) -> dt.date:
        """The date of this run in the schedule's own time zone."""
        return self.at.astimezone(zone(self.schedule.timezone)).date()


@dataclass(frozen=True, slots=True)
class Plan:
    """What to do at one instant: runs to post now, and runs too late to post (skip them)."""

    due: tuple[Run, ...]
    too_late: tuple[Run, ...]


def plan_runs(
    schedule: Schedule,
    now: dt.datetime,
    *,
    grace: dt.timedelta = GRACE,
    lookback: dt.timedelta = LOOKBACK,
) -> Plan:
    """Runs up to `now`: due when at most `grace` late, too late when older (within `lookback`).

    Which of them were already posted is the store's business: a caller claims each run key
    and posts only the runs whose claim it won.
    """
    if schedule.id is None:
        raise ValueError("a schedule needs its store id to plan runs")
    sid = schedule.id
    runs = [Run(schedule, t, run_key(sid, t)) for t in runs_between(schedule, now - lookback, now)]
    return Plan(
        due=tuple(r for r in runs if now - r.at <= grace),
        too_late=tuple(r for r in runs if now - r.at > grace),
    )


def describe(schedule: Schedule) -> str:
    """How often it runs, in words: "daily at 08:30 (Europe/Berlin)"."""
    if schedule.recurrence == "once":
        assert isinstance(schedule.at, dt.datetime)
        when = _("once on {date} at {time}").format(
            date=f"{schedule.at:%Y-%m-%d}", time=f"{schedule.at:%H:%M}"
        )
    elif schedule.recurrence == "weekly":
        when = _("every {weekday} at {time}").format(
            weekday=weekday_name(schedule.weekday or 0), time=f"{schedule.at:%H:%M}"
        )
    else:
        when = _("daily at {time}").format(time=f"{schedule.at:%H:%M}")
    return f"{when} ({schedule.timezone})"


def make_schedule(
    *,
    guild_id: int,
    channel_id: int,
    briefing_id: str,
    what: ScheduleWhat,
    repeat: Recurrence | None,
    time_text: str,
    timezone: str | None,
    now: dt.datetime,
    date_text: str | None = None,
    weekday: str | None = None,
    created_by: int | None = None,
) -> Schedule:
    """A new schedule from what a moderator typed; InvalidInput with a fix for anything wrong.

    Without `repeat`, a date makes it a one-off and a weekday a weekly one (what a moderator
    who gave only a date or a weekday means); neither, daily. A zone or a day written into
    the time (`09:00 UTC`, `tomorrow 9`) stands for the option left empty (`timezone`: UTC
    when none is given); where both are given and differ, the refusal names both."""
    written = read_written_time(time_text, now.date())
    tz = zone(written_zone(written, timezone))
    at_time = parse_time(written.time)
    if written.day is not None:
        date_text = written_date(written, date_text, now.astimezone(tz).date())
    if written.weekday is not None:
        weekday = _agreed(weekday, written.weekday, weekday_number, _("weekday"))
    day_name = (weekday or "").strip().casefold()
    if repeat is None:
        repeat = "once" if date_text else "weekly" if day_name else "daily"
    if repeat == "once":
        if not date_text:
            raise InvalidInput(_("A one-off post needs a date too, like 2026-03-14."))
        if day_name:
            raise InvalidInput(_("A one-off post takes a date, not a weekday."))
        today = now.astimezone(tz).date()
        at: dt.time | dt.datetime = dt.datetime.combine(parse_date(date_text, today), at_time)
        assert isinstance(at, dt.datetime)
        if _instant(at.date(), at.time(), tz) <= now:
            raise already_passed(at, tz, now)
        number = None
    else:
        if date_text:
            if repeat == "weekly":
                message = _("A weekly schedule takes a time only; use repeat: once for a date.")
            else:
                message = _("A daily schedule takes a time only; use repeat: once for a date.")
            raise InvalidInput(message)
        at = at_time
        number = None
        if repeat == "weekly":
            number = weekday_number(day_name)
        elif day_name:
            raise InvalidInput(_("Only weekly schedules take a weekday; use repeat: weekly."))
    return Schedule(
        guild_id=guild_id,
        channel_id=channel_id,
        briefing_id=briefing_id,
        what=what,
        recurrence=repeat,
        at=at,
        timezone=tz.key,
        weekday=number,
        created_by=created_by,
    )


def written_zone(written: WrittenTime, timezone: str | None) -> str:
    """The zone option, or the zone written into the time when the option is empty, UTC when
    neither names one; InvalidInput naming both when they differ, or for an abbreviation."""
    if written.zone is not None:
        refuse_abbreviation(written.zone)
        timezone = _agreed(timezone, written.zone, lambda z: zone(z).key, _("time zone"))
    timezone = (timezone or "").strip() or "UTC"
    refuse_abbreviation(timezone)
    return timezone


def written_date(written: WrittenTime, date_text: str | None, today: dt.date) -> str | None:
    """The date option, or the day written into the time (`tomorrow 9`) when the option is
    empty; InvalidInput naming both when they differ."""
    if written.day is None:
        return date_text
    return _agreed(date_text, written.day, lambda d: parse_date(d, today), _("date"))


def _agreed(given: str | None, written: str, reading: Callable[[str], object], what: str) -> str:
    """The option a moderator gave, or the one written into the time when none was; InvalidInput
    naming both when they differ (`time:09:00 UTC` with `timezone:Europe/Paris`)."""
    if not given or not given.strip():
        return written
    if reading(given.strip().casefold()) != reading(written.casefold()):
        raise InvalidInput(
            _(
                "The time says {written} but the {what} option says {given}: "
                "give the {what} once, in one place."
            ).format(written=written, given=given.strip(), what=what)
        )
    return given


def weekday_number(day_name: str) -> int:
    """0 for Monday...: the English name or the reader's (`lundi`); InvalidInput otherwise."""
    if day_name in WEEKDAYS:
        return WEEKDAYS.index(day_name)
    local = [name.casefold() for name in weekday_names()]
    if day_name in local:
        return local.index(day_name)
    raise InvalidInput(_("A weekly schedule needs a weekday, e.g. monday."))


def when_text(when: dt.datetime, schedule: Schedule) -> str:
    """A run time in the schedule's zone and in UTC: "Mon 05 Jan 2026 10:00 CET (09:00 UTC)"
    (a UTC schedule's time once), saying why on a day its time does not exist."""
    local = when.astimezone(zone(schedule.timezone))
    if local.tzname() == "UTC":
        return f"{short_date_time(local)} UTC"  # once: "09:00 UTC (09:00 UTC)" says nothing more
    utc = when.astimezone(dt.UTC)
    same_day = local.date() == utc.date()
    utc_text = f"{utc:%H:%M} UTC" if same_day else f"{short_date_time(utc, year=False)} UTC"
    wall = schedule.at.time() if isinstance(schedule.at, dt.datetime) else schedule.at
    if local.time() != wall:  # the spring-forward gap: see the module rules
        utc_text = _("{utc}; {time} does not exist that day, the clocks go forward").format(
            utc=utc_text, time=f"{wall:%H:%M}"
        )
    return f"{short_date_time(local)} {local.tzname()} ({utc_text})"
