"""The whole store as the application sees it: one repository per area, each behind its port.

`bot.store.open_store` returns an implementation; `bot.app` hands the repositories to the
services and adapters, which name only these ports, never the concrete store.
"""

from __future__ import annotations

from typing import Protocol

from bot.core.briefing_posts import BriefingPostStore
from bot.core.class_ports import (
    AssignmentRepository,
    ClassResultsRepository,
    QuestionReportRepository,
)
from bot.core.content.ports import ServerBriefingRepository
from bot.core.ports import Repositories
from bot.core.preferences import PreferencesStore
from bot.core.schedule_runner import ScheduleStore
from bot.core.server_courses import CourseRepository
from bot.core.server_settings import SettingsStore

__all__ = ["AppStore"]


class AppStore(Repositories, Protocol):
    """Answers, reviews, sessions, progress, personal data (`Repositories`), schedules and
    runs, settings, each server's briefings, class mode and the briefings posted."""

    @property
    def schedules(self) -> ScheduleStore:
        """Schedules and their runs."""
        ...

    @property
    def settings(self) -> SettingsStore:
        """Server settings."""
        ...

    @property
    def server_briefings(self) -> ServerBriefingRepository:
        """Each server's own briefings."""
        ...

    @property
    def server_courses(self) -> CourseRepository:
        """Each server's own courses."""
        ...

    @property
    def assignments(self) -> AssignmentRepository:
        """Class mode: assignments and submissions."""
        ...

    @property
    def class_results(self) -> ClassResultsRepository:
        """Class mode: the figures of class reports."""
        ...

    @property
    def question_reports(self) -> QuestionReportRepository:
        """Class mode: question reports and overrides."""
        ...

    @property
    def preferences(self) -> PreferencesStore:
        """Students' reading preferences."""
        ...

    @property
    def briefing_posts(self) -> BriefingPostStore:
        """Each channel's last post of each briefing part."""
        ...

    async def close(self) -> None:
        """Commit what is queued and release the database."""
        ...
