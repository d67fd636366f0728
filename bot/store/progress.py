"""Progress: a user's score and streak, leaderboards, and rescoring a question.

`SqlProgress` implements `bot.core.ports.ProgressRepository`. Scores read the answers;
leaderboards read the learners' totals (`bot.store.totals`), never the answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from bot.core.progress import Accuracy, LeaderboardEntry, ScoreSummary
from bot.store import totals
from bot.store.sql import SqlDatabase, SqlRunner, read_date, read_time
from bot.store.writer import GroupCommit

__all__ = ["SqlProgress"]

_GROUPS = (
    "SELECT briefing_id, section_id, COALESCE(SUM(CASE WHEN correct THEN 1 ELSE 0 END), 0),"
    " count(*) FROM answers WHERE {where} GROUP BY briefing_id, section_id"
)
_LATEST = (
    "SELECT briefing_id FROM answers WHERE user_id = :user AND guild_id = :guild"
    " ORDER BY answered_day DESC, answered_at DESC LIMIT 1"
)
_DAYS = "SELECT DISTINCT answered_day FROM answers WHERE {where} ORDER BY answered_day DESC"
# each day's first and last answer: two seeks per day in `ix_answers_streak` (a MIN and a
# MAX each alone in their query), not a read of every answer of the run
_DAY_EDGES = (
    "SELECT (SELECT MIN(a.answered_at) FROM answers a"
    " WHERE a.user_id = :user AND a.answered_day = d.answered_day),"
    " (SELECT MAX(a.answered_at) FROM answers a"
    " WHERE a.user_id = :user AND a.answered_day = d.answered_day)"
    " FROM (SELECT DISTINCT answered_day FROM answers"
    " WHERE user_id = :user AND answered_day >= :since) d"
)
_REVIEW_COUNTS = (
    "SELECT COALESCE(SUM(CASE WHEN mastered THEN 1 ELSE 0 END), 0),"
    " COALESCE(SUM(CASE WHEN due <= :now THEN 1 ELSE 0 END), 0){elsewhere}"
    " FROM reviews WHERE user_id = :user"
)
# in one server's score: whether the learner answered outside it, in the same statement (no
# round trip more); three seeks in `ix_answers_progress` (no server, a lower id, a higher
# id), never a read of their answers in the server itself
_ELSEWHERE = (
    ", CASE WHEN EXISTS (SELECT 1 FROM answers WHERE user_id = :user AND guild_id IS NULL)"
    " OR EXISTS (SELECT 1 FROM answers WHERE user_id = :user AND guild_id < :guild)"
    " OR EXISTS (SELECT 1 FROM answers WHERE user_id = :user AND guild_id > :guild)"
    " THEN 1 ELSE 0 END"
)


class SqlProgress:
    """Scores, streaks and leaderboards (`ProgressRepository`).

    Takes the answer writer so that rescoring first commits the answers still queued.
    """

    def __init__(self, sql: SqlDatabase, writer: GroupCommit) -> None:
        self._sql = sql
        self._writer = writer

    async def score(
        self, user_id: int, guild_id: int | None, now: dt.datetime, *, zone: dt.tzinfo | None = None
    ) -> ScoreSummary:
        """A user's progress: in one server, or everywhere when `guild_id` is None; the
        streak, like the review counts, is the user's own across every server and DM, in
        calendar days of `zone` (UTC when None); see `_days_in_zone`."""
        where = "user_id = :user"
        params = {"user": user_id, "now": now}
        if guild_id is not None:
            where += " AND guild_id = :guild"
            params["guild"] = guild_id
        async with self._sql.transaction() as tx:
            group_rows = await tx.rows(_GROUPS.format(where=where), params)
            # the streak counts days studied anywhere (a review in the reminder's DM too)
            days = await tx.rows(_DAYS.format(where="user_id = :user"), params)
            day_list = [read_date(day) for (day,) in days]
            today = now.astimezone(zone or dt.UTC).date()
            if zone is not None and day_list:
                day_list = await _days_in_zone(tx, user_id, day_list, today, zone)
            counts = _REVIEW_COUNTS.format(elsewhere=_ELSEWHERE if guild_id is not None else "")
            review_counts = await tx.one(counts, params) or (0, 0, 0)
        by_briefing: dict[str, Accuracy] = {}
        by_section: dict[tuple[str, str], Accuracy] = {}
        overall = Accuracy()
        for briefing_id, section_id, correct, answered in group_rows:
            part = Accuracy(int(correct), int(answered))
            overall = _add(overall, part)
            by_briefing[briefing_id] = _add(by_briefing.get(briefing_id, Accuracy()), part)
            if section_id is not None:
                by_section[(briefing_id, section_id)] = part
        return ScoreSummary(
            overall=overall,
            by_briefing=by_briefing,
            by_section=by_section,
            streak_days=_streak(day_list, today),
            mastered=int(review_counts[0]),
            due=int(review_counts[1]),
            answered_elsewhere=guild_id is not None and bool(review_counts[2]),
        )

    async def leaderboard(
        self, guild_id: int, week: dt.date | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        """A server's top learners: all time, or in the week (Monday to Sunday, UTC) of `week`.

        Ranked by right answers, then by fewer answers given; equal on both, equal rank
        (see `LeaderboardEntry`). A board lists only learners with a right answer (in the
        week, for a week's board). Read from the learners' totals (`bot.store.totals`), never
        from the answers.
        """
        return totals.ranked(await self._sql.rows(*totals.top_query(guild_id, week, limit)))

    async def rank_of(
        self, guild_id: int, user_id: int, week: dt.date | None = None
    ) -> LeaderboardEntry | None:
        """The user's own leaderboard row, wherever it is; None if they are not on the board."""
        async with self._sql.transaction() as tx:
            return await totals.rank_of(tx, guild_id, user_id, week)

    async def latest_briefing(self, user_id: int, guild_id: int) -> str | None:
        """The briefing of the user's latest answer in a server (a seek from the end of
        `ix_answers_streak`); None before any."""
        found = await self._sql.one(_LATEST, {"user": user_id, "guild": guild_id})
        return None if found is None else str(found[0])

    async def rescore_question(
        self,
        guild_id: int,
        briefing_id: str,
        question_id: str,
        *,
        correct: bool,
        user_ids: Collection[int] | None = None,
    ) -> int:
        """Mark a question's answers in one server right (or wrong), e.g. once a moderator
        accepts another answer; only `user_ids`' answers if given. Returns how many changed;
        scores and leaderboards follow in the same transaction."""
        await self._writer.flush()
        async with self._sql.transaction(write=True) as tx:
            return await totals.rescore(
                tx, guild_id, briefing_id, question_id, correct=correct, user_ids=user_ids
            )


def _add(a: Accuracy, b: Accuracy) -> Accuracy:
    return Accuracy(a.correct + b.correct, a.answered + b.answered)


async def _days_in_zone(
    tx: SqlRunner, user_id: int, utc_days: list[dt.date], today: dt.date, zone: dt.tzinfo
) -> list[dt.date]:
    """The calendar days in `zone` with an answer that can reach the streak, latest first.

    `utc_days` are the UTC days studied, latest first (read from the index alone). A zone is
    less than a day off UTC, so the answers of one UTC day fall on at most two days of the
    zone: its first and last answer tell which. Those two times are read only for the UTC
    days of the latest run (one missing UTC day can lie between two local days in a row),
    never for the whole history (nor for days after today, as when `now` is in the past);
    a run that ended before yesterday needs no read at all.
    """
    utc_days = [day for day in utc_days if day <= today + dt.timedelta(days=1)]
    if not utc_days or utc_days[0] < today - dt.timedelta(days=2):
        return []
    since = utc_days[0]
    for day in utc_days[1:]:
        if day < since - dt.timedelta(days=2):
            break
        since = day
    edges = await tx.rows(_DAY_EDGES, {"user": user_id, "since": since})
    local = {read_time(at).astimezone(zone).date() for row in edges for at in row}
    return sorted(local, reverse=True)


def _streak(days_desc: list[dt.date], today: dt.date) -> int:
    """Consecutive days ending today, or yesterday if today has no answer yet."""
    days_desc = [day for day in days_desc if day <= today]
    if not days_desc or days_desc[0] < today - dt.timedelta(days=1):
        return 0
    streak, expected = 0, days_desc[0]
    for day in days_desc:
        if day != expected:
            break
        streak += 1
        expected = day - dt.timedelta(days=1)
    return streak
