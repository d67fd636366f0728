"""Composition root: build the services once and hand them to an adapter."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import Settings
from bot.core.assignments import AssignmentService
from bot.core.class_report import ClassReportService
from bot.core.clock import Clock, SystemClock
from bot.core.content import Catalog, ContentService
from bot.core.content.watch import ContentWatcher
from bot.core.housekeeping import SessionPurger
from bot.core.library import FileReport, FileStatus, Library
from bot.core.preferences import PreferencesService
from bot.core.question_reports import QuestionReportService
from bot.core.server_courses import CourseService
from bot.core.server_settings import SettingsService
from bot.core.store_port import AppStore
from bot.core.study import StudyService
from bot.core.timer import Timed
from bot.i18n import _
from bot.paths import PROJECT_DIR
from bot.store.health import open_checked_store
from bot.store.sqlite_file import sqlite_database
from bot.store.writer import WriterStats

__all__ = ["Services", "build_services"]


def _draft_with_checklist(
    text: str, source_name: str, headline: str | None = None
) -> tuple[str, list[str]]:
    """`bot.authoring.checklist.draft_with_checklist`, imported on the first draft only.

    The drafting pipeline (lxml, its extractors and checks) holds about 7 MB once imported,
    which a bot that never drafts should not carry.
    """
    from bot.authoring.checklist import draft_with_checklist

    return draft_with_checklist(text, source_name, headline)


@dataclass(slots=True)
class Services:
    """Everything an adapter needs, built once at start-up."""

    settings: Settings
    library: Catalog
    """Every lookup sees the server in scope (`bot.core.content.catalog.enter_guild`)."""
    study: StudyService
    store: AppStore
    clock: Clock
    load_reports: list[FileReport]
    purger: SessionPurger
    server_settings: SettingsService
    content: ContentService
    content_watcher: ContentWatcher
    store_stats: Callable[[], WriterStats]
    """The database writer's counters, for the metrics."""
    assignments: AssignmentService
    class_reports: ClassReportService
    question_reports: QuestionReportService
    preferences: PreferencesService
    courses: CourseService
    """Each server's own courses (`/course`), beside the bundled ones."""
    timers: list[Timed] = field(default_factory=list)
    """Timers an adapter built and started here (`start_timer`); `close` stops them."""

    def start_timers(self) -> None:
        """Start the core's timers (the session purge); the adapter calls this once running."""
        self.purger.start()
        self.content_watcher.start()

    def start_timer(self, timer: Timed) -> None:
        """Start a service's timer that an adapter built; `close` stops it before the store."""
        timer.start()
        if timer not in self.timers:
            self.timers.append(timer)

    def load_problems(self) -> list[str]:
        """Every problem found while loading content, as `file:line:col: what; fix` lines; a
        broken file still served from its last good version says so first."""
        lines: list[str] = []
        for report in self.load_reports:
            if report.status is FileStatus.LOADED:
                continue
            if report.status is FileStatus.KEPT:
                kept = _("broken: the last good version stays live")
                lines.append(_("{path}: {status}").format(path=report.path, status=kept))
            lines += report.problems
        return lines

    async def close(self) -> None:
        """Stop the timers (each lets its tick in flight finish), commit what is queued and
        release the database: no timer touches the store after it closed."""
        await self.purger.stop()
        await self.content_watcher.stop()
        for timer in self.timers:
            await timer.stop()
        await self.store.close()


def last_good_dir(settings: Settings) -> Path:
    """Where the last good copy of each content file is kept, so a file broken before a
    restart is served as it last loaded: beside the SQLite store (the folder a deployment
    keeps and may write), else the project's `data/`; one folder per content folder."""
    try:
        database = sqlite_database(settings.database_url)
    except ValueError:  # refused when the store opens, with its own message
        database = None
    base = Path(database).expanduser().parent if database else PROJECT_DIR / "data"
    folder = str(settings.content_dir.resolve()).encode()
    return base / "last-good" / hashlib.sha256(folder).hexdigest()[:12]


async def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Open (migrate, check) the store, load the content, and wire the services together.

    Raises `DatabaseProblem` when the database cannot be used (before the content is read,
    so an unusable database folder is said in one line, not after a warning about the
    last-good copies kept beside it).
    """
    clock = clock or SystemClock(settings.clock_offset_file)
    store = await open_checked_store(settings.database_url, clock=clock.now)
    bundled = Library(settings.content_dir, keep_dir=last_good_dir(settings))
    reports = bundled.reload()
    library = Catalog(bundled)
    content = ContentService(store.server_briefings, library, clock, _draft_with_checklist)
    await content.refresh()
    question_reports = QuestionReportService(library, store.question_reports, clock)
    assignments = AssignmentService(library, store.assignments, clock, question_reports)
    preferences = PreferencesService(store.preferences)
    study = StudyService(
        library,
        clock,
        store,
        versions=content,
        overrides=question_reports,
        on_finished=assignments.finish_session,
        preferences=preferences,
    )
    assignments.quizzes = study
    assignments.kept_title = content.kept_title
    assignments.removed = content.removed
    study.removed = content.removed
    question_reports.removed = content.removed
    purger = SessionPurger(study, clock)
    server_settings = SettingsService(store.settings, library)
    watcher = ContentWatcher(content, clock)

    async def kept_prompts(guild_id: int, briefing_id: str) -> dict[str, str]:
        """A server briefing's kept versions, else a removed bundled file's retired copy."""
        kept = await content.kept_prompts(guild_id, briefing_id)
        return kept or bundled.removed_prompts(briefing_id)

    return Services(
        settings,
        library,
        study,
        store,
        clock,
        reports,
        purger,
        server_settings,
        content,
        watcher,
        lambda: store.stats,
        assignments=assignments,
        class_reports=ClassReportService(
            library, store.assignments, store.class_results, kept_prompts, assignments.title_of
        ),
        question_reports=question_reports,
        preferences=preferences,
        courses=CourseService(store.server_courses, lambda: bundled.courses, clock),
    )
