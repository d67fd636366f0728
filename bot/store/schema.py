"""The tables, as SQLAlchemy Core metadata: the current shape the migrations build.

Columns holding a Discord user id carry `info={"user": True}` so that forgetting a user can be
checked against every table. Times are stored in UTC (`UTCDateTime`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.types import TypeDecorator

__all__ = [
    "DIALECT_ONLY_INDEXES",
    "TOTALS_FILLFACTOR",
    "TOTALS_PARTITIONS",
    "USER_COLUMNS",
    "UTCDateTime",
    "answers",
    "assignments",
    "briefing_posts",
    "content_changes",
    "content_version",
    "guild_settings",
    "in_schema_of",
    "learner_preferences",
    "learner_totals",
    "metadata",
    "question_overrides",
    "question_reports",
    "quiz_versions",
    "removed_briefings",
    "reviews",
    "schedule_run_retries",
    "schedule_runs",
    "schedules",
    "server_briefing_versions",
    "server_briefings",
    "server_courses",
    "server_numbers",
    "sessions",
    "submissions",
    "withdrawn_assignments",
]


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware datetime, stored in UTC; naive values are refused, not guessed at.

    SQLite has no time zone type, so there the value is stored as naive UTC text (which sorts
    and compares correctly); PostgreSQL gets `timestamptz`. Reads are always aware UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.utcoffset() is None:
            raise ValueError(f"expected a timezone-aware datetime, got {value!r}")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

TOTALS_FILLFACTOR = 50
"""PostgreSQL's `fillfactor` of the learner totals' partitions: pages are filled to this
percent by inserts. Each answer batch rewrites the two totals of each learner in it, and a
page needs room for every row version the batch writes there for the update to stay on the
page (HOT)."""

TOTALS_PARTITIONS = ("learner_totals_all_time", "learner_totals_weeks")
"""PostgreSQL: `learner_totals`' partitions (period 0, and every week), made by migration 0015
with `TOTALS_FILLFACTOR`: a board reads one period's rows, which then sit on few pages."""

SLUG = 64
KEY = 128
ANSWER = 300


def _user(name: str, *, nullable: bool = False, primary_key: bool = False) -> Column[int]:
    return Column(
        name,
        BigInteger,
        nullable=nullable,
        primary_key=primary_key,
        autoincrement=False,
        info={"user": True},
    )


answers = Table(
    "answers",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    _user("user_id"),
    Column("guild_id", BigInteger, nullable=True),
    Column("briefing_id", String(SLUG), nullable=False),
    Column("question_id", String(SLUG), nullable=False),
    Column("section_id", String(SLUG), nullable=True),
    Column("correct", Boolean, nullable=False),
    Column("seconds", Float, nullable=False),
    Column("answered_at", UTCDateTime, nullable=False),
    Column("answered_day", Date, nullable=False),
    Column("session_id", String(KEY), nullable=True),
    Column("given", String(ANSWER), nullable=True),
    UniqueConstraint("session_id", "user_id", "briefing_id", "question_id"),
    Index(None, "guild_id", "answered_at"),
    # a learner's answers in one server or all: /score reads it alone, never the rows
    Index(
        "ix_answers_progress",
        "user_id",
        "guild_id",
        "briefing_id",
        "section_id",
        "correct",
        "answered_day",
    ),
    # a learner's streak in their own zone: each day's first and last answer, from the index
    Index("ix_answers_streak", "user_id", "answered_day", "answered_at"),
)
"""Every answer given. `answered_day` is the UTC date of `answered_at`, kept for streaks."""

reviews = Table(
    "reviews",
    metadata,
    _user("user_id", primary_key=True),
    Column("briefing_id", String(SLUG), primary_key=True),
    Column("question_id", String(SLUG), primary_key=True),
    Column("card", Text, nullable=False),
    Column("due", UTCDateTime, nullable=False),
    Column("mastered", Boolean, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "user_id", "due"),
)
"""Each user's spaced-review state per question."""

sessions = Table(
    "sessions",
    metadata,
    Column("session_id", String(KEY), primary_key=True),
    Column("kind", String(32), nullable=False),
    _user("owner_id"),
    Column("guild_id", BigInteger, nullable=True),
    Column("channel_id", BigInteger, nullable=True),
    Column("state", Text, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "owner_id"),
    Index(None, "expires_at"),
    Index(None, "kind", "expires_at"),
)
"""Quiz sessions in progress, kept so they survive a restart."""

schedules = Table(
    "schedules",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("guild_id", BigInteger, nullable=False, index=True),
    Column("channel_id", BigInteger, nullable=False),
    Column("briefing_id", String(SLUG), nullable=False),
    Column("what", String(16), nullable=False),
    Column("recurrence", String(16), nullable=False),
    Column("at", String(32), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("weekday", Integer, nullable=True),
    _user("created_by", nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("next_run_at", UTCDateTime, nullable=True, index=True),
    Column("failures", Integer, nullable=False, server_default=text("0")),
    Column("last_error", String(200), nullable=True),
    Column("paused", Boolean, nullable=False, server_default=false()),
    Column("number", Integer, nullable=False),
    Index("uq_schedules_guild_id_number", "guild_id", "number", unique=True),
)
"""Moderators' schedules; `at` is ISO wall-clock time (a time, or a date and time).

`number` is the schedule's number in its server, the one moderators see and type (`#3`),
from `server_numbers`; `id` is internal (run keys, buttons) and never shown.

`next_run_at` is when a scheduler next needs to look at the schedule (its next run, see
`bot.core.schedule.next_look`), so that a tick reads only the schedules due. `failures` counts
failed posts in a row (0 after a post), `last_error` says why the last one failed, and a
schedule `paused` after too many is no longer run.
"""

schedule_runs = Table(
    "schedule_runs",
    metadata,
    Column(
        "schedule_id",
        Integer,
        ForeignKey("schedules.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("run_key", String(KEY), primary_key=True),
    Column("claimed_by", String(KEY), nullable=False),
    Column("claimed_at", UTCDateTime, nullable=False),
    Column("posted_at", UTCDateTime, nullable=True),
    Column("message_id", BigInteger, nullable=True),
)
"""One row per run of a schedule; the primary key is what makes a claim exclusive."""

schedule_run_retries = Table(
    "schedule_run_retries",
    metadata,
    Column(
        "schedule_id",
        Integer,
        ForeignKey("schedules.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("run_key", String(KEY), primary_key=True),
    Column("tries", Integer, nullable=False),
    Column("messages_posted", Integer, nullable=False),
)
"""A run whose post failed: the posts tried and the messages that went through (kept across
restarts, so a retry counts on and posts only the rest); gone once the run is posted."""

briefing_posts = Table(
    "briefing_posts",
    metadata,
    Column("channel_id", BigInteger, primary_key=True, autoincrement=False),
    Column("post_key", String(32), primary_key=True),
    Column("guild_id", BigInteger, nullable=True),
    Column("round", Integer, nullable=False),
    Column("messages", Integer, nullable=False),
    Column("message_ids", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("began_after", BigInteger, nullable=False),
    Column("earlier_ids", Text, nullable=False, server_default=text("'[]'")),
)
"""Each channel's last `/post` of each briefing part: its round and the messages of it that
went out (a JSON list), so running it again posts nothing twice (`bot.core.briefing_posts`);
`earlier_ids` the messages of its earlier rounds there, edited too when it is withdrawn."""

guild_settings = Table(
    "guild_settings",
    metadata,
    Column("guild_id", BigInteger, primary_key=True, autoincrement=False),
    Column("moderator_role_id", BigInteger, nullable=True),
    Column("quiz_timer_seconds", Integer, nullable=False),
    Column("untimed_default", Boolean, nullable=False),
    Column("default_briefing", String(SLUG), nullable=True),
    Column("qotd_channel_id", BigInteger, nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("language", String(8), nullable=True),
    Column("text_only_default", Boolean, nullable=False, server_default=false()),
)
"""Per-server settings; a server without a row uses the defaults."""

server_briefings = Table(
    "server_briefings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("guild_id", BigInteger, nullable=False),
    Column("slug", String(SLUG), nullable=False),
    Column("title", String(240), nullable=False),
    Column("latest_version", Integer, nullable=False),
    Column("published_version", Integer, nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("guild_id", "slug"),
)
"""A server's own briefings (moderators upload or draft them from Discord)."""

removed_briefings = Table(
    "removed_briefings",
    metadata,
    Column("guild_id", BigInteger, primary_key=True, autoincrement=False),
    Column("briefing_id", String(SLUG), primary_key=True),
    Column("title", String(240), nullable=False),
    Column("questions", Text, nullable=False),
    Column("removed_at", UTCDateTime, nullable=False),
)
"""What is kept of a server briefing a moderator removed, by the id it was served under: its
title and `questions`, a JSON list of `[served id, prompt, kind, right answer]` as students
met them, so reports on it stay readable (`bot.core.content.removed`). Names nobody."""

server_courses = Table(
    "server_courses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("guild_id", BigInteger, nullable=False),
    Column("slug", String(SLUG), nullable=False),
    Column("title", String(240), nullable=False),
    Column("description", Text, nullable=False),
    Column("steps", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("guild_id", "slug"),
)
"""A server's own courses (moderators build them from Discord with `/course`): `steps` is a
JSON list of `[briefing id, its title when added]`, in the order to study them."""

server_briefing_versions = Table(
    "server_briefing_versions",
    metadata,
    Column(
        "briefing_id",
        Integer,
        ForeignKey("server_briefings.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("yaml_text", Text, nullable=False),
    Column("origin", String(16), nullable=False),
    Column("question_ids", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("published_at", UTCDateTime, nullable=True),
)
"""Every kept version of a server briefing: the checked YAML and its served question ids."""

quiz_versions = Table(
    "quiz_versions",
    metadata,
    Column("session_id", String(KEY), primary_key=True),
    Column("briefing_id", String(SLUG), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
)
"""Which version of a server briefing each quiz session was given on; its answers (keyed by
session) point at that version, and the quiz resumes on it after a restart."""

content_changes = Table(
    "content_changes",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("guild_id", BigInteger, nullable=False),
    Column("changed_at", UTCDateTime, nullable=False),
)
"""One row per publish, unpublish or removal: every process polls its newest id."""

assignments = Table(
    "assignments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("guild_id", BigInteger, nullable=False, index=True),
    Column("channel_id", BigInteger, nullable=False),
    Column("briefing_id", String(SLUG), nullable=False),
    Column("question_ids", Text, nullable=False),
    Column("sections", Text, nullable=False),
    Column("difficulty", String(16), nullable=True),
    Column("role_id", BigInteger, nullable=True),
    Column("due_at", UTCDateTime, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("remind_minutes", Integer, nullable=True),
    Column("reminded_at", UTCDateTime, nullable=True),
    _user("created_by", nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("work_key", String(64), nullable=True),
    Column("number", Integer, nullable=False),
    # the same work is set once per server, however many /assign run at once
    Index("uq_assignments_guild_id_work_key", "guild_id", "work_key", unique=True),
    Index("uq_assignments_guild_id_number", "guild_id", "number", unique=True),
)
"""Work moderators set; `question_ids` and `sections` are JSON lists; `work_key` is
`Assignment.work_key()` (None only for duplicates set before it was kept); `number` is its
number in its server (`server_numbers`), the one moderators and students see and type."""

server_numbers = Table(
    "server_numbers",
    metadata,
    Column("guild_id", BigInteger, primary_key=True, autoincrement=False),
    Column("kind", String(16), primary_key=True),
    Column("last", Integer, nullable=False),
)
"""The last number each server gave a thing of each kind (`schedule`, `assignment`): numbers
count per server from 1 and are never given twice, even after a removal, so a server's numbers
say nothing of how busy other servers are."""

submissions = Table(
    "submissions",
    metadata,
    Column(
        "assignment_id",
        Integer,
        ForeignKey("assignments.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    _user("user_id", primary_key=True),
    Column("guild_id", BigInteger, nullable=False),
    Column("session_id", String(KEY), nullable=False, unique=True),
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime, nullable=True),
    Index(None, "guild_id", "user_id"),
)
"""A student's attempt at an assignment; its answers are those recorded under `session_id`."""

withdrawn_assignments = Table(
    "withdrawn_assignments",
    metadata,
    Column("guild_id", BigInteger, primary_key=True, autoincrement=False),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("briefing_id", String(SLUG), nullable=False),
    Column("withdrawn_at", UTCDateTime, nullable=False),
)
"""Work withdrawn with /unassign (the assignment and its submissions are deleted): its number
in its server is then answered as withdrawn, not as work the server never had."""

question_reports = Table(
    "question_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("guild_id", BigInteger, nullable=False),
    _user("user_id"),
    Column("briefing_id", String(SLUG), nullable=False),
    Column("question_id", String(SLUG), nullable=False),
    Column("reason", String(16), nullable=False),
    Column("comment", Text, nullable=False),
    Column("given", String(ANSWER), nullable=True),
    Column("status", String(16), nullable=False),
    _user("resolved_by", nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("resolved_at", UTCDateTime, nullable=True),
    Column("number", Integer, nullable=False),
    Index(None, "guild_id", "status"),
    Index("uq_question_reports_guild_id_number", "guild_id", "number", unique=True),
)
"""Students' reports of problems with questions, per server. `number` is the report's number in
its server (`server_numbers`), the one its reporter and moderators see (`#3`) and buttons carry;
`id` is internal."""

question_overrides = Table(
    "question_overrides",
    metadata,
    Column("guild_id", BigInteger, primary_key=True, autoincrement=False),
    Column("briefing_id", String(SLUG), primary_key=True),
    Column("question_id", String(SLUG), primary_key=True),
    Column("hidden", Boolean, nullable=False),
    Column("alternatives", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)
"""A server's fixes to questions: hidden, or other answers accepted (a JSON list)."""
content_version = Table(
    "content_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("version", BigInteger, nullable=False),
)
"""One row (id 1) that `/reload` raises; every process polls it (`bot.store.content_version`)."""

learner_totals = Table(
    "learner_totals",
    metadata,
    Column("guild_id", BigInteger, autoincrement=False),
    Column("period", Integer, autoincrement=False),
    _user("user_id"),
    Column("correct", Integer, nullable=False),
    Column("answered", Integer, nullable=False),
    # learner first: forgetting a learner finds their rows by the key, no index on user_id
    # to update on every answer (each answer updates two rows, and every index of each)
    PrimaryKeyConstraint("user_id", "guild_id", "period"),
    sqlite_with_rowid=False,  # the key is the table: one B-tree less to update per answer
    # PostgreSQL: all-time totals and weekly ones in two partitions (TOTALS_PARTITIONS)
    postgresql_partition_by="LIST (period)",
)
"""Right answers and answers given per server, period and learner, kept by the answer writer.

`period` is 0 for all time, else a week as its Monday's date YYYYMMDD (see `bot.store.totals`).
"""
Index(
    "ix_learner_totals_board",
    learner_totals.c.guild_id,
    learner_totals.c.period,
    learner_totals.c.correct.desc(),
    learner_totals.c.answered,
    learner_totals.c.user_id,
).ddl_if(dialect="sqlite")
"""SQLite: rows in leaderboard order, so a board's top is the start of a range and a rank two
range counts."""
Index(
    "ix_learner_totals_period",
    learner_totals.c.guild_id,
    learner_totals.c.period,
    learner_totals.c.user_id,
).ddl_if(dialect="postgresql")
"""PostgreSQL: one board's rows, ranked by sorting them. No index holds the counts, so the
answer writer's updates of them are HOT (heap-only: the row rewritten on its page, no index
touched; migration 0015, README "Performance")."""

DIALECT_ONLY_INDEXES = {
    "ix_learner_totals_board": "sqlite",
    "ix_learner_totals_period": "postgresql",
}
"""Indexes one database has and the other has not, by name: the dialect that has them."""


def in_schema_of(dialect: str) -> Callable[..., bool]:
    """An Alembic `include_object` that leaves out the other database's own indexes, so that
    comparing a store with this metadata sees only what `dialect`'s migrations build."""

    def include(obj: object, name: str | None, type_: str, *_: object) -> bool:
        if type_ == "table":
            return name not in TOTALS_PARTITIONS
        return type_ != "index" or DIALECT_ONLY_INDEXES.get(name or "", dialect) == dialect

    return include


learner_preferences = Table(
    "learner_preferences",
    metadata,
    _user("user_id", primary_key=True),
    Column("text_only", Boolean, nullable=True),
    Column("untimed", Boolean, nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
)
"""A student's own reading preferences; NULL where they never chose (the server's default)."""

USER_COLUMNS: list[Column[Any]] = [
    column
    for table in metadata.sorted_tables
    for column in table.columns
    if column.info.get("user")
]
"""Every column that holds a user id."""
