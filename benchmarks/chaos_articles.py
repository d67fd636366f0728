"""The chaos run's article flow (`benchmarks/chaos.py`): a server's moderator drafts a short
real article with `/briefing draft`, reviews the draft (`/briefing show`), uploads its file
with the placeholders written (a draft with them is not published) and publishes it; in half
the steps does that again, rolls back and unpublishes; then deletes it (confirming with **Yes,
delete it**), each command sent again when it was not done, as a moderator told to try again
would; and what the end check reads of the store afterwards.

Checked in the run: a rollback gives students the version published before (its reply's
"now get version N"). After the faults: every version stored of the server's briefings is a
whole YAML briefing under its id (no half-written one); a briefing the moderator was told is
deleted, and not drafted again since, is gone; no more versions of it are kept than drafts
and uploads shown since its last deletion (a retried one is the first try's version);
and nothing stored comes from the article under a name the moderator was never shown, unless
a draft went unanswered at every try (its briefing may be stored, unseen)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

__all__ = ["ARTICLE", "ARTICLE_TITLE", "Drafts", "draft_findings", "filled"]

_SOURCE = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "authoring"
    / "labeled"
    / "real"
    / "fresh39"
    / "as09_freetimes_dobie_water_restrictions.md"
)
ARTICLE = _SOURCE.read_text(encoding="utf-8").split("---\n", 2)[2]
"""A short local news article (Free Times, 2020-02-19), as a moderator's text file holds it."""
ARTICLE_TITLE = ARTICLE.strip().splitlines()[0]
_PLACEHOLDER = re.compile(r"TODO: [^'\n]*")


def filled(draft: bytes) -> bytes:
    """The drafted file with its placeholders (summaries, quotes' contexts) written, as a
    moderator does before uploading it to publish (a draft with them is not published)."""
    return _PLACEHOLDER.sub("Written by the moderator.", draft.decode("utf-8")).encode("utf-8")


@dataclass
class Drafts:
    """One server's drafts of the article, as its moderator saw them."""

    sent: int = 0
    """Drafts sent (each up to 3 tries), shown or not."""
    shown: set[str] = field(default_factory=set)
    """Briefing ids a draft's reply showed (its YAML file attached)."""
    unshown: int = 0
    """Drafts never shown at any try (nothing in time, or "try again" every time)."""
    since_deleted: dict[str, int] = field(default_factory=dict)
    """Per id: versions shown stored (drafts, filled uploads) since it was last deleted."""
    deleted: set[str] = field(default_factory=set)
    """Ids the moderator was told are deleted, and not drafted again since."""
    unshown_since_deleted: dict[str, int] = field(default_factory=dict)
    """Per deleted id: drafts never shown since (each may have stored the article again
    under it: the same article drafts to the same id; seed 880, a `kill -9` after the
    commit of a draft sent after the deletion)."""

    def drafted(self, slug: str) -> None:
        self.sent += 1
        self.shown.add(slug)
        self.deleted.discard(slug)
        self.since_deleted[slug] = self.since_deleted.get(slug, 0) + 1

    def unanswered(self) -> None:
        self.sent += 1
        self.unshown += 1
        for slug in self.deleted:
            self.unshown_since_deleted[slug] = self.unshown_since_deleted.get(slug, 0) + 1

    def removed(self, slug: str) -> None:
        self.deleted.add(slug)
        self.since_deleted[slug] = 0
        self.unshown_since_deleted[slug] = 0


def draft_findings(
    drafts: Drafts, stored: dict[str, list[str]], titles: dict[str, str]
) -> list[str]:
    """What breaks the article flow's invariant in one server: `stored` maps each of its
    own briefings' ids to its kept versions' YAML texts, `titles` to its stored title."""
    found = []
    for slug, texts in stored.items():
        for text in texts:
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as error:
                found.append(f"{slug}: a stored version is not YAML ({error!s:.80})")
                continue
            if not isinstance(data, dict) or data.get("id") != slug:
                found.append(f"{slug}: a stored version is not a whole briefing: {text[:80]!r}")
    for slug in drafts.deleted & stored.keys():
        if len(stored[slug]) > drafts.unshown_since_deleted.get(slug, 0):
            found.append(f"{slug}: the moderator was told it is deleted; {len(stored[slug])} kept")
    for slug in drafts.shown - drafts.deleted:
        kept, sent = len(stored.get(slug, ())), drafts.since_deleted.get(slug, 0)
        if kept > sent + drafts.unshown:
            found.append(f"{slug}: {kept} versions kept for {sent} drafts shown since deleted")
    unseen = [s for s in stored if titles.get(s) == ARTICLE_TITLE and s not in drafts.shown]
    if unseen and not drafts.unshown:
        found.append(f"the article stored as {unseen}, never shown to the moderator")
    return found
