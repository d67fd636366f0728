"""The library: every briefing under a content folder, reloadable without losing good ones.

A broken file is reported and skipped while the others serve; on reload a file that broke keeps
its last good version live, so a typo in next week's briefing never takes this week's down.
With a keep folder, the last good bytes of each file are copied there, so a file that broke
while the bot was down (or before a restart) is served from its copy at start too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from bot.core.content_files import ContentFileRefused, read_content_file
from bot.core.courses import Course, load_course_bytes
from bot.core.errors import NotFound, Problem
from bot.core.loader import LoadResult, load_briefing_bytes
from bot.core.lookup import one_named, prefix_matches
from bot.core.models import Briefing
from bot.core.search_index import BriefingIndex
from bot.core.search_index import words as index_words
from bot.core.trivia import load_trivia_bytes
from bot.core.wording import shorten
from bot.core.yamlread import Limits
from bot.i18n import _

__all__ = ["BriefingShelf", "FileReport", "FileStatus", "Library", "Shelf"]

log = logging.getLogger(__name__)


class FileStatus(StrEnum):
    """What a (re)load did with one file."""

    LOADED = "loaded"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    KEPT = "kept last good version"
    REMOVED = "removed"
    SKIPPED = "skipped: the reload ran out of time"


@dataclass(frozen=True, slots=True)
class FileReport:
    """One file's outcome: its status, the briefing id it serves, and any problems."""

    path: str
    status: FileStatus
    briefing_id: str | None = None
    problems: tuple[str, ...] = ()


class FolderUnreadable(Exception):
    """A content folder that exists but cannot be listed (its permissions, an I/O error)."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"{folder}: {reason}")
        self.folder = folder
        self.reason = reason


def _user() -> str:
    """The name of the user this process runs as (its number when it has no name)."""
    try:
        import pwd  # POSIX only

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        return f"uid {os.geteuid()}" if hasattr(os, "geteuid") else "this user"


def _yaml_files(folder: Path) -> list[Path]:
    """The `*.yaml`, then `*.yml`, files of `folder`, each in name order; none when it does
    not exist. A folder that cannot be listed raises `FolderUnreadable`: it is not an empty
    folder (faults-48: read as one, a `chmod` on the content folder withdrew every briefing
    at the next /reload)."""
    try:
        names = sorted(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise FolderUnreadable(folder, exc.strerror or str(exc)) from None
    return [folder / n for n in names if n.endswith(".yaml")] + [
        folder / n for n in names if n.endswith(".yml")
    ]


NAMED_WHEN_NONE_GIVEN = 5
"""Up to this many briefings, a command that needs one and got none names their ids; more,
and it points to /briefings alone (a list of 40 ids is no answer on a phone)."""
ECHOED_CHARS = 60
"""The most of a query a "no briefing matches" answer reads back."""

REMOVED_COPIES = "removed"
"""The keep folder's subfolder for the copies of removed files: read for their questions'
prompts only, never served (the content folder has no such subfolder of briefings)."""


def _copies(keep: Path) -> list[Path]:
    """The copies in a keep folder, not those retired under `REMOVED_COPIES`."""
    if not keep.is_dir():
        return []
    retired = keep / REMOVED_COPIES
    found = [*keep.rglob("*.yaml"), *keep.rglob("*.yml")]
    return sorted(c for c in found if not c.is_relative_to(retired))


@dataclass(slots=True)
class _Entry:
    digest: str
    briefing: Briefing | None
    ends_line: bool = True
    """Whether the bytes ended with a newline, as a saved YAML file does."""


def _cut_short(raw: bytes) -> Problem:
    """The problem of a file whose last good version ended with a newline and that now ends
    mid-line: read while an editor or a copy was still writing it, or cut short. Read as
    YAML it may still parse, a shorter briefing (cut before `questions:`, one with none):
    1,953 of the repository's 1,955 YAML files end with a newline (the other two are
    hostile tests: an empty file, binary garbage)."""
    lines = raw.count(b"\n") + 1
    column = len(raw) - (raw.rfind(b"\n") + 1) + 1
    return Problem(
        lines,
        column,
        _("the file ends in the middle of a line: it may still be being written, or was cut short"),
        _("save it whole (ending with a new line), then /reload again"),
    )


class Shelf(Protocol):
    """What services and views need to look briefings up (a library, or a server's view)."""

    @property
    def courses(self) -> dict[str, Course]:
        """Courses by id."""
        ...

    def __iter__(self) -> Iterator[Briefing]: ...

    def __len__(self) -> int: ...

    def ids(self) -> list[str]:
        """Every briefing id, sorted."""
        ...

    def get(self, briefing_id: str) -> Briefing:
        """The briefing with exactly this id; raises NotFound."""
        ...

    def find(self, query: str | None) -> Briefing:
        """A briefing by id, title or a forgiving match; raises NotFound."""
        ...

    def filter(self, keyword: str) -> list[Briefing]:
        """Briefings mentioning every word of `keyword`."""
        ...

    def search(self, query: str, limit: int = 25) -> list[Briefing]:
        """Briefings matching a query, best first."""
        ...

    def removed_title(self, briefing_id: str) -> str | None:
        """The title of a bundled briefing whose file was removed, when a copy is kept."""
        ...


class BriefingShelf:
    """Briefings by id, with the lookups every surface uses (by id, by title, by keyword)."""

    def __init__(
        self,
        by_id: dict[str, Briefing] | None = None,
        courses: dict[str, Course] | None = None,
        aliases: dict[str, str] | None = None,
    ) -> None:
        self._by_id: dict[str, Briefing] = by_id or {}
        self.courses: dict[str, Course] = courses or {}
        self._aliases: dict[str, str] = aliases or {}
        """Other names `find` accepts exactly (a server briefing's own id), to an id."""
        self._index = BriefingIndex(self._by_id.values())

    def __iter__(self) -> Iterator[Briefing]:
        return iter(sorted(self._by_id.values(), key=lambda b: b.id))

    def __len__(self) -> int:
        return len(self._by_id)

    def ids(self) -> list[str]:
        """Every briefing id, sorted."""
        return sorted(self._by_id)

    def _typed(self, briefing_id: str) -> str:
        """The id a reader types for this briefing: a server briefing's own id when it finds
        it (`harbour`), else the key it is served under (as /briefings shows them)."""
        from bot.core.content.records import own_id  # content imports this module

        own = own_id(briefing_id)
        if own != briefing_id and self._aliases.get(own, own) == briefing_id:
            return own
        return briefing_id

    def get(self, briefing_id: str) -> Briefing:
        """The briefing with exactly this id; raises NotFound."""
        try:
            return self._by_id[briefing_id]
        except KeyError:
            from bot.core.content.records import own_id  # content imports this module

            # the id a moderator gave it, never the key it was served under (`harbour~3`)
            shown = own_id(briefing_id)
            raise NotFound(_("There is no briefing `{id}`.").format(id=shown)) from None

    def find(self, query: str | None) -> Briefing:
        """A briefing by id or title, a prefix of one or of one of its words ("nk" for
        `nk-troops-russia`), else the one `lookup.one_named` reads it as (every typed word
        nearly, or a slip or two in the whole id or title); the only one when the query is
        empty.
        A query that starts several ids or titles raises NotFound naming them."""
        if not self._by_id:
            raise NotFound(_("No briefings are loaded yet. A moderator can add one to content/."))
        if not query or not query.strip():
            if len(self._by_id) == 1:
                return next(iter(self._by_id.values()))
            if len(self._by_id) <= NAMED_WHEN_NONE_GIVEN:
                ids = ", ".join(f"`{typed}`" for typed in sorted(map(self._typed, self._by_id)))
                raise NotFound(
                    _("Several briefings are loaded: name one of {ids} (see /briefings).").format(
                        ids=ids
                    )
                )
            raise NotFound(_("Several briefings are loaded: name one (see /briefings)."))
        query = query.strip()[:200]
        if query in self._by_id:
            return self._by_id[query]
        if query in self._aliases:
            return self._by_id[self._aliases[query]]
        lowered = query.casefold()
        for briefing in self._by_id.values():
            if lowered in (briefing.id.casefold(), briefing.title.casefold()):
                return briefing
        starting = prefix_matches(query, ((b.id, b.title) for b in self._by_id.values()))
        if len(starting) == 1:
            return self._by_id[starting[0]]
        if starting:
            shown = ", ".join(f"`{i}`" for i in starting[:10])
            raise NotFound(
                _("Several briefings match “{query}”: {ids}. Name one.").format(
                    query=query, ids=shown
                )
            )
        # "teachrs", "nk-trops-rusia": the rule sections and people are named by
        found = one_named(query, [(b.id, b.title) for b in self._by_id.values()])
        best = self._by_id[found] if found is not None else None
        if best is None:  # echoed short: a pasted paragraph is not read back whole
            raise NotFound(
                _("No briefing matches “{query}”. Try /briefings to see them all.").format(
                    query=shorten(query, ECHOED_CHARS)
                )
            )
        return best

    def filter(self, keyword: str) -> list[Briefing]:
        """Briefings mentioning every word of `keyword` in their id, title, tags, source,
        summary or people; fuzzy matches on id, title and tags when none does (none for a
        keyword without a letter or digit, `🙂`: no briefing is near it)."""
        words = keyword.casefold().split()[:10]

        def text(b: Briefing) -> str:
            names = " ".join(f.name for f in b.figures)
            return " ".join([b.id, b.title, *b.tags, b.source.title, b.summary.short, names])

        found = [b for b in self if all(w in text(b).casefold() for w in words)]
        return found or (self.search(keyword) if index_words(keyword) else [])

    def search(self, query: str, limit: int = 25) -> list[Briefing]:
        """Briefings whose id, title or tags match a query, best first (for autocomplete).

        Served from a word index built once per load (see `bot.core.search_index`).
        """
        return [self._by_id[key] for key in self._index.search(query, limit)]

    def removed_title(self, briefing_id: str) -> str | None:
        """A server's view keeps no removed files: None (see `Library.removed_briefing`)."""
        return None


class Library(BriefingShelf):
    """The bundled briefings: loaded from `*.yaml` files in one folder, reloadable."""

    def __init__(
        self,
        folder: Path,
        limits: Limits | None = None,
        *,
        time_limit: float = 30.0,
        keep_dir: Path | None = None,
        update_copies: bool = True,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.keep_dir = keep_dir
        """Where the last good bytes of each file are copied (None: kept in memory only)."""
        self.update_copies = update_copies
        """False: the copies are read, never written nor removed (a check such as `briefbot
        doctor`, perhaps run as another user, sees what the bot serves and changes nothing)."""
        self._keep_failed = False  # a folder that cannot be written is said once, not per file
        self.limits = limits or Limits()
        self.time_limit = time_limit
        self._files: dict[Path, _Entry] = {}
        self._course_files: dict[Path, Course] = {}
        self.generation = 0
        """Grows by one with every reload, so views built on this library know to rebuild."""
        self._removed: dict[str, Briefing | None] = {}
        self._removed_generation = -1
        self._removed_all: tuple[int, dict[str, Briefing]] | None = None
        """Every retired copy's briefing by id, and the generation it was read at."""

    def reload(self) -> list[FileReport]:
        """Read the folder again; returns one report per file, in name order.

        Briefings are `*.yaml` in the folder; Red-DiscordBot trivia lists in `trivia/`; courses
        in `courses/`.
        A reload that takes longer than `time_limit` seconds stops reading: the files it did
        not reach keep their last good version and are reported as skipped.
        """
        deadline = time.monotonic() + self.time_limit
        reports: list[FileReport] = []
        seen: set[Path] = set()
        try:
            listed = [(p, load_briefing_bytes) for p in _yaml_files(self.folder)] + [
                (p, load_trivia_bytes) for p in _yaml_files(self.folder / "trivia")
            ]
            course_files = _yaml_files(self.folder / "courses")
        except FolderUnreadable as unreadable:
            return [self._unreadable(unreadable)]
        for path, loader in listed:
            seen.add(path)
            if time.monotonic() >= deadline:
                reports.append(self._skipped(path))
                continue
            reports.append(self._load_file(path, loader))
        self._forget_copies(seen | set(course_files))
        for gone in sorted(set(self._files) - seen):
            old = self._files.pop(gone)
            reports.append(
                FileReport(
                    self._name(gone), FileStatus.REMOVED, old.briefing.id if old.briefing else None
                )
            )
        self._reindex(reports)
        reports += self._load_courses(course_files)
        self.generation += 1
        return reports

    def _unreadable(self, unreadable: FolderUnreadable) -> FileReport:
        """A folder that cannot be listed changes nothing: every briefing and course stays as
        it was (a file can be neither read nor known removed), reported once, for the folder.
        With none loaded (at start-up) it says that nothing is served until it is fixed."""
        name = self._name(unreadable.folder)
        if len(self):
            log.warning(
                "content folder %s cannot be read (%s): nothing reloaded", name, unreadable.reason
            )
            what = _("cannot read the folder ({reason})").format(reason=unreadable.reason)
            fix = _("check its permissions; every briefing stays as it was until then")
            status = FileStatus.KEPT
        else:
            log.warning(
                "content folder %s cannot be read by the user the bot runs as (%s, %s): no "
                "bundled briefing is served; let that user list and read the folder and its "
                "files, then restart the bot (or use /reload in Discord)",
                unreadable.folder.absolute(),
                _user(),
                unreadable.reason,
            )
            what = _("cannot read the folder ({reason}), so no bundled briefing is served").format(
                reason=unreadable.reason
            )
            fix = _(
                "let the user the bot runs as list and read the folder and its files, "
                "then restart the bot (or use /reload in Discord)"
            )
            status = FileStatus.FAILED
        return FileReport(name, status, None, (Problem(1, 1, what, fix).render(name),))

    def _load_courses(self, paths: list[Path]) -> list[FileReport]:
        """Courses are read every time: their briefing ids depend on what just loaded.

        A broken course file keeps its last good version, like a briefing: in memory, else
        (broken while the bot was not running) its copy in the keep folder.
        """
        reports: list[FileReport] = []
        kept: dict[Path, Course] = {}
        for path in paths:
            name = self._name(path)
            try:
                raw = self._read(path)
            except ContentFileRefused as refused:
                result: Course | list[Problem] = [refused.problem]
            else:
                result = load_course_bytes(raw, set(self._by_id), self.limits)
            if isinstance(result, Course):
                kept[path] = result
                self._keep(path, raw)
                reports.append(FileReport(name, FileStatus.LOADED, result.id))
                continue
            problems = tuple(p.render(name) for p in result)
            previous = self._course_files.get(path) or self._kept_course(path)
            if previous is not None:
                kept[path] = previous
            status = FileStatus.KEPT if previous else FileStatus.FAILED
            kept_id = previous.id if previous else None
            reports.append(FileReport(name, status, kept_id, problems))
        self._course_files = kept
        self.courses = {c.id: c for c in kept.values()}
        return reports

    def _name(self, path: Path) -> str:
        """The file as a moderator sees it: relative to the working folder, else to the content
        folder's parent (`content/mini.yaml`), never the host's absolute path."""
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            pass
        try:
            return str(Path(self.folder.name) / path.relative_to(self.folder))
        except ValueError:
            return path.name

    def _load_file(self, path: Path, loader: Callable[..., LoadResult]) -> FileReport:
        name = self._name(path)
        try:
            raw = self._read(path)
        except ContentFileRefused as refused:
            return self._failed(path, name, (refused.problem.render(name),), loader)
        digest = hashlib.sha256(raw).hexdigest()
        previous = self._files.get(path)
        if previous and previous.digest == digest and previous.briefing:
            return FileReport(name, FileStatus.UNCHANGED, previous.briefing.id)
        ends_line = raw.endswith(b"\n")
        if previous and previous.briefing and previous.ends_line and not ends_line:
            return self._failed(path, name, (_cut_short(raw).render(name),), loader)
        result = loader(raw, name, self.limits)
        if not result.ok:
            return self._failed(path, name, tuple(result.messages()), loader)
        assert result.briefing is not None
        self._files[path] = _Entry(digest, result.briefing, ends_line)
        self._keep(path, raw)
        return FileReport(name, FileStatus.LOADED, result.briefing.id)

    def _read(self, path: Path) -> bytes:
        return read_content_file(path, self.folder, self.limits.max_bytes)

    def _skipped(self, path: Path) -> FileReport:
        previous = self._files.get(path)
        kept = previous.briefing.id if previous and previous.briefing else None
        problem = _("{file}:1:1: not read: the reload took over {seconds} s").format(
            file=self._name(path), seconds=f"{self.time_limit:g}"
        )
        return FileReport(self._name(path), FileStatus.SKIPPED, kept, (problem,))

    def _failed(
        self,
        path: Path,
        name: str,
        problems: tuple[str, ...],
        loader: Callable[..., LoadResult],
    ) -> FileReport:
        previous = self._files.get(path) or self._kept_copy(path, name, loader)
        if previous and previous.briefing:
            self._files[path] = previous
            return FileReport(name, FileStatus.KEPT, previous.briefing.id, problems)
        self._files[path] = _Entry("", None)
        return FileReport(name, FileStatus.FAILED, None, problems)

    def _copy_of(self, path: Path) -> Path | None:
        """Where the last good bytes of `path` are kept (None without a keep folder)."""
        if self.keep_dir is None:
            return None
        return self.keep_dir / path.relative_to(self.folder)

    def _keep(self, path: Path, raw: bytes) -> None:
        """Copy a file that loaded, replacing its copy whole (a reader never sees half of
        one); a keep folder that cannot be written only loses the copy, never the load."""
        copy = self._copy_of(path)
        if copy is None or not self.update_copies:
            return
        try:
            if copy.is_file() and copy.read_bytes() == raw:
                return
            copy.parent.mkdir(parents=True, exist_ok=True)
            partial = copy.with_name(f"{copy.name}.{os.getpid()}.partial")
            partial.write_bytes(raw)
            os.replace(partial, copy)
        except OSError as exc:
            if not self._keep_failed:
                self._keep_failed = True
                log.warning(
                    "could not keep a copy of %s in %s (nor, likely, of the other briefing "
                    "files; a file broken before a restart is then not served): %s",
                    path.name,
                    self.keep_dir,
                    exc,
                )

    def _kept_copy(self, path: Path, name: str, loader: Callable[..., LoadResult]) -> _Entry | None:
        """The last good version of a file that broke while the bot was not running: its
        copy, loaded (problems are named after the file itself); None if it has none."""
        copy = self._copy_of(path)
        if copy is None or not copy.is_file():
            return None
        try:
            raw = copy.read_bytes()
        except OSError:
            return None
        result = loader(raw, name, self.limits)
        if not result.ok or result.briefing is None:
            return None
        return _Entry(hashlib.sha256(raw).hexdigest(), result.briefing, raw.endswith(b"\n"))

    def _kept_course(self, path: Path) -> Course | None:
        """The last good version of a course file that broke while the bot was not running
        (its copy, read against the briefings loaded now); None if it has none."""
        copy = self._copy_of(path)
        if copy is None or not copy.is_file():
            return None
        try:
            raw = copy.read_bytes()
        except OSError:
            return None
        result = load_course_bytes(raw, set(self._by_id), self.limits)
        return result if isinstance(result, Course) else None

    def _forget_copies(self, present: set[Path]) -> None:
        """Retire the copies of files no longer in the folder into `REMOVED_COPIES`: a file
        removed and written again, broken, later must not bring back what was removed, yet
        reports on work set on it still name its questions (`removed_prompts`)."""
        if self.keep_dir is None or not self.update_copies or not self.keep_dir.is_dir():
            return
        wanted = {self._copy_of(path) for path in present}
        retired = self.keep_dir / REMOVED_COPIES
        for copy in _copies(self.keep_dir):
            if copy in wanted:
                continue
            try:
                target = retired / copy.relative_to(self.keep_dir)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(copy, target)
            except OSError:
                copy.unlink(missing_ok=True)

    def removed_briefing(self, briefing_id: str) -> Briefing | None:
        """A bundled briefing whose file was removed, as its retired copy last loaded (never
        served: reports and work on it read its title and prompts); None when none is kept
        (removed before copies were, or still loaded). Read once per reload."""
        if self.keep_dir is None or briefing_id in self._by_id:
            return None
        if self._removed_generation != self.generation:
            self._removed_generation, self._removed = self.generation, {}
        if briefing_id not in self._removed:
            self._removed[briefing_id] = self._read_removed(briefing_id)
        return self._removed[briefing_id]

    def _read_removed(self, briefing_id: str) -> Briefing | None:
        assert self.keep_dir is not None
        for copy in _copies(self.keep_dir / REMOVED_COPIES):
            if copy.parent.name == "courses":
                continue
            loader = load_trivia_bytes if copy.parent.name == "trivia" else load_briefing_bytes
            try:
                raw = copy.read_bytes()
            except OSError:
                continue
            result = loader(raw, copy.name, self.limits)
            if result.ok and result.briefing is not None and result.briefing.id == briefing_id:
                return result.briefing
        return None

    def removed_briefings(self) -> list[Briefing]:
        """Every bundled briefing whose file was removed and whose retired copy is kept
        (none still loaded), as it last loaded: what a moderator may still report on. Read
        once per reload."""
        if self.keep_dir is None:
            return []
        if self._removed_all is None or self._removed_all[0] != self.generation:
            found: dict[str, Briefing] = {}
            for copy in _copies(self.keep_dir / REMOVED_COPIES):
                if copy.parent.name == "courses":
                    continue
                trivia = copy.parent.name == "trivia"
                loader = load_trivia_bytes if trivia else load_briefing_bytes
                try:
                    result = loader(copy.read_bytes(), copy.name, self.limits)
                except OSError:
                    continue
                if result.ok and result.briefing is not None:
                    found.setdefault(result.briefing.id, result.briefing)
            self._removed_all = (self.generation, found)
        return [b for i, b in self._removed_all[1].items() if i not in self._by_id]

    def removed_title(self, briefing_id: str) -> str | None:
        """The title of a bundled briefing whose file was removed, from its retired copy."""
        removed = self.removed_briefing(briefing_id)
        return removed.title if removed else None

    def removed_prompts(self, briefing_id: str) -> dict[str, str]:
        """The prompts, by question id, of a bundled briefing whose file was removed, read
        from its retired copy; empty when none is kept (removed before copies were)."""
        removed = self.removed_briefing(briefing_id)
        return {q.id: q.prompt for q in removed.questions} if removed else {}

    def _reindex(self, reports: list[FileReport]) -> None:
        by_id: dict[str, Briefing] = {}
        for path, entry in sorted(self._files.items()):
            if entry.briefing is None:
                continue
            if entry.briefing.id in by_id:
                name = self._name(path)
                index = next(i for i, r in enumerate(reports) if r.path == name)
                reports[index] = FileReport(
                    name,
                    FileStatus.FAILED,
                    None,
                    (
                        _(
                            "{file}:1:1: briefing id `{id}` is already used by "
                            "another file; give this briefing its own id"
                        ).format(file=name, id=entry.briefing.id),
                    ),
                )
                continue
            by_id[entry.briefing.id] = entry.briefing
        self._by_id = by_id
        self._index = BriefingIndex(by_id.values())  # autocomplete's, once per load
