"""Composition root: build the services once and hand them to an adapter."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Settings
from bot.core.assignments import AssignmentService
from bot.core.class_report import ClassReportService
from bot.core.clock import Clock, SystemClock
from bot.core.housekeeping import SessionPurger
from bot.core.library import FileReport, FileStatus, Library
from bot.core.question_reports import QuestionReportService
from bot.core.server_settings import SettingsService
from bot.core.study import StudyService
from bot.store import Store
from bot.store.health import open_checked_store

__all__ = ["Services", "build_services"]


@dataclass(slots=True)
class Services:
    """Everything an adapter needs, built once at start-up."""

    settings: Settings
    library: Library
    study: StudyService
    store: Store
    clock: Clock
    load_reports: list[FileReport]
    purger: SessionPurger
    server_settings: SettingsService
    assignments: AssignmentService
    class_reports: ClassReportService
    question_reports: QuestionReportService

    def start_timers(self) -> None:
        """Start the core's timers (the session purge); the adapter calls this once running."""
        self.purger.start()

    def load_problems(self) -> list[str]:
        """Every problem found while loading content, as `file:line:col: what; fix` lines."""
        return [p for r in self.load_reports if r.status != FileStatus.LOADED for p in r.problems]

    async def close(self) -> None:
        """Stop the timers, commit what is queued and release the database."""
        await self.purger.stop()
        await self.store.close()


async def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Load the content, open (migrate, check) the store, and wire the services together.

    Raises `DatabaseProblem` when the database cannot be used.
    """
    clock = clock or SystemClock()
    library = Library(settings.content_dir)
    reports = library.reload()
    store = await open_checked_store(settings.database_url)
    question_reports = QuestionReportService(library, store.question_reports, clock)
    assignments = AssignmentService(library, store.assignments, clock, question_reports)
    study = StudyService(
        library,
        clock,
        store,
        overrides=question_reports,
        on_finished=assignments.finish_session,
    )
    assignments.quizzes = study
    purger = SessionPurger(study, clock)
    server_settings = SettingsService(store, library)
    return Services(
        settings,
        library,
        study,
        store,
        clock,
        reports,
        purger,
        server_settings,
        assignments=assignments,
        class_reports=ClassReportService(library, store.assignments, store.class_results),
        question_reports=question_reports,
    )
