"""What is kept about a server's briefings: one record per briefing, one per version."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from bot.core.content.identity import QuestionIds
from bot.i18n import _

__all__ = ["BriefingRecord", "ContentCaps", "Origin", "VersionRecord", "own_id", "served_key"]

Origin = Literal["upload", "draft", "edit"]

KEY_SEPARATOR = "~"
"""Between a briefing's own id and its record number in the id a server's briefing is served
under (`harbour-reopens~12`): never part of a bundled id, never repeated across servers."""


def served_key(slug: str, record_id: int) -> str:
    """The id a server briefing is served, answered and reviewed under (fits 64 characters)."""
    return f"{slug[:50]}{KEY_SEPARATOR}{record_id}"


def own_id(briefing_id: str) -> str:
    """The id a moderator knows a briefing by: a server briefing's own id (as far as its
    served key keeps it) without the record number; a bundled id as it is."""
    return briefing_id.split(KEY_SEPARATOR, 1)[0]


@dataclass(frozen=True, slots=True)
class ContentCaps:
    """Per-server limits, checked before any expensive work."""

    max_briefings: int = 50
    max_file_bytes: int = 512 * 1024
    max_article_bytes: int = 1024 * 1024
    max_versions: int = 20


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """One version of a server briefing: the YAML as checked, and how its questions are served.

    `question_ids` maps each question id written in the YAML to the id it is served under (and
    a fingerprint of its meaning): the same as long as the question means the same, a new one
    once its meaning changed, so review cards of the old question are never scored against
    the new one.
    """

    version: int
    yaml_text: str
    origin: Origin
    created_at: dt.datetime
    question_ids: QuestionIds = field(default_factory=dict)
    published_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class BriefingRecord:
    """One server briefing: its id in the server, what is published, and its newest version."""

    record_id: int
    guild_id: int
    slug: str
    title: str
    latest_version: int
    published_version: int | None
    updated_at: dt.datetime

    @property
    def key(self) -> str:
        """The id it is served under."""
        return served_key(self.slug, self.record_id)

    @property
    def state(self) -> str:
        """`draft`, `published`, or `published, newer draft` for a moderator's list."""
        if self.published_version is None:
            return _("draft")
        if self.latest_version > self.published_version:
            return _("published v{published}, draft v{draft}").format(
                published=self.published_version, draft=self.latest_version
            )
        return _("published v{published}").format(published=self.published_version)
