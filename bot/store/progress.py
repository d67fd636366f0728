"""Progress: a user's score and streak, leaderboards, and rescoring a question.

`SqlProgress` implements `bot.core.ports.ProgressRepository`. Scores read the answers;
leaderboards read the learners' totals (`bot.store.totals`), never the answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import case, func, select

from bot.core.progress import Accuracy, LeaderboardEntry, ScoreSummary
from bot.store import totals
from bot.store.database import Database
from bot.store.engine import WRITE
from bot.store.schema import answers, reviews
from bot.store.writer import GroupCommit

__all__ = ["SqlProgress"]

_CORRECT = func.coalesce(func.sum(case((answers.c.correct, 1), else_=0)), 0)


class SqlProgress:
    """Scores, streaks and leaderboards (`ProgressRepository`).

    Takes the answer writer so that rescoring first commits the answers still queued.
    """

    def __init__(self, engine: Database, writer: GroupCommit) -> None:
        self._engine = engine
        self._write = engine.execution_options(**WRITE)
        self._writer = writer

    async def score(self, user_id: int, guild_id: int | None, now: dt.datetime) -> ScoreSummary:
        """A user's progress: in one server, or everywhere when `guild_id` is None."""
        where = [answers.c.user_id == user_id]
        if guild_id is not None:
            where.append(answers.c.guild_id == guild_id)
        async with self._engine.connect() as conn:
            groups = await conn.execute(
                select(answers.c.briefing_id, answers.c.section_id, _CORRECT, func.count())
                .where(*where)
                .group_by(answers.c.briefing_id, answers.c.section_id)
            )
            days = await conn.scalars(
                select(answers.c.answered_day)
                .where(*where)
                .distinct()
                .order_by(answers.c.answered_day.desc())
            )
            day_list = list(days)
            review_counts = (
                await conn.execute(
                    select(
                        func.coalesce(func.sum(case((reviews.c.mastered, 1), else_=0)), 0),
                        func.coalesce(func.sum(case((reviews.c.due <= now, 1), else_=0)), 0),
                    ).where(reviews.c.user_id == user_id)
                )
            ).one()
            group_rows = list(groups)
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
            streak_days=_streak(day_list, now.astimezone(dt.UTC).date()),
            mastered=int(review_counts[0]),
            due=int(review_counts[1]),
        )

    async def leaderboard(
        self, guild_id: int, week: dt.date | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        """A server's top learners: all time, or in the week (Monday to Sunday, UTC) of `week`.

        Ranked by right answers, then by fewer answers given; equal on both, equal rank
        (see `LeaderboardEntry`). A week's board lists only learners with a right answer in
        it. Read from the learners' totals (`bot.store.totals`), never from the answers.
        """
        async with self._engine.connect() as conn:
            rows = await conn.execute(totals.top_query(guild_id, week, limit))
            return totals.ranked(rows)

    async def rank_of(
        self, guild_id: int, user_id: int, week: dt.date | None = None
    ) -> LeaderboardEntry | None:
        """The user's own leaderboard row, wherever it is; None if they are not on the board."""
        async with self._engine.connect() as conn:
            return await conn.run_sync(totals.rank_of, guild_id, user_id, week)

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
        async with self._write.begin() as conn:
            return await conn.run_sync(
                lambda sync: totals.rescore(
                    sync, guild_id, briefing_id, question_id, correct=correct, user_ids=user_ids
                )
            )


def _add(a: Accuracy, b: Accuracy) -> Accuracy:
    return Accuracy(a.correct + b.correct, a.answered + b.answered)


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
