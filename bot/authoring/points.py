"""Section points that keep every sentence of the article's body.

A section of the article becomes one draft section, or several in a row when it has more
points than a reader takes in at once ("The storm", "The storm (part 2)"), so no paragraph
is dropped. A paragraph is one point; one longer than a point may be is cut between its
sentences into several points, so no sentence is dropped either. Only a body too long for
one briefing file (the loader reads up to 512 KB) is cut, after its last point that fits,
and the draft says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil

from bot.authoring.article import Section
from bot.authoring.layout import names_someone_alone
from bot.authoring.text import sentence_spans, truncate

__all__ = ["DraftSection", "draft_sections", "paragraph_points"]

MAX_POINTS = 10  # per draft section: a longer section is split into parts
MAX_POINT_CHARS = 4000  # the loader's limit for one point
MAX_TITLE_CHARS = 240
# The points' share of the loader's 512 KB file limit, in bytes of YAML (see _yaml_bytes).
POINTS_BUDGET = 240_000
POINT_OVERHEAD = 40  # "# from paragraph N", the dash and the indentation


@dataclass(slots=True)
class DraftSection:
    """One draft section: its title and points, each point with its paragraph's number."""

    title: str
    titled: bool  # False for the untitled opening ("Introduction")
    part: int  # 1, or 2, 3, ... for the parts after the first of a long section
    points: list[tuple[str, int]] = field(default_factory=list)

    @property
    def numbers(self) -> list[int]:
        """The paragraph numbers of its points, in order (repeated for a cut paragraph)."""
        return [number for _, number in self.points]


def _hard_cut(text: str, limit: int) -> list[str]:
    """A sentence longer than `limit`, cut at spaces (mid-word only if a word is longer)."""
    pieces: list[str] = []
    while len(text) > limit:
        space = text.rfind(" ", 0, limit + 1)
        cut = space if space > 0 else limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def paragraph_points(text: str, limit: int = MAX_POINT_CHARS) -> list[str]:
    """The paragraph as one point, or cut between sentences into points of <= `limit`."""
    if len(text) <= limit:
        return [text]
    points: list[str] = []
    current = ""
    for a, b in sentence_spans(text):
        for sentence in _hard_cut(text[a:b], limit):
            joined = f"{current} {sentence}" if current else sentence
            if len(joined) <= limit:
                current = joined
                continue
            points.append(current)
            current = sentence
    if current:
        points.append(current)
    return points


def _parts(points: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Points in as few runs of <= MAX_POINTS as possible, the runs of even length."""
    count = ceil(len(points) / MAX_POINTS)
    size = ceil(len(points) / count)
    return [points[i : i + size] for i in range(0, len(points), size)]


def _part_title(title: str, part: int) -> str:
    if part == 1:
        return truncate(title, MAX_TITLE_CHARS)
    suffix = f" (part {part})"
    return truncate(title, MAX_TITLE_CHARS - len(suffix)) + suffix


def _yaml_bytes(text: str) -> int:
    """About what a point costs in the YAML file: its text, quoting and comment line."""
    escaped = text.count("'") + text.count('"') + text.count("\\")
    return len(text.encode("utf-8")) + escaped + POINT_OVERHEAD


def _kept_points(sections: list[Section], budget: int) -> tuple[list[list[tuple[str, int]]], bool]:
    """Each section's points until the budget ends: (points, whether any were left out)."""
    kept: list[list[tuple[str, int]]] = []
    for section in sections:
        points: list[tuple[str, int]] = []
        kept.append(points)
        for block in section.blocks:
            for point in filter(None, paragraph_points(block.text)):
                budget -= _yaml_bytes(point)
                if budget < 0:
                    return kept, True
                points.append((point, block.number))
    return kept, False


def draft_sections(
    sections: list[Section], budget: int = POINTS_BUDGET
) -> tuple[list[DraftSection], bool]:
    """Every paragraph of the article, all sentences, as draft sections; and whether the body
    was longer than the budget (then it ends at the last point that fits)."""
    out: list[DraftSection] = []
    kept, cut = _kept_points(sections, budget)
    runs: list[tuple[str | None, list[tuple[str, int]]]] = []
    body = " ".join(block.text for section in sections for block in section.blocks)
    for section, points in zip(sections, kept, strict=False):
        if not points:
            continue
        if runs and section.title and names_someone_alone(section.title, body):
            runs[-1][1].extend(points)  # a name over a picture or a quote: no new section
            continue
        runs.append((section.title, list(points)))
    for heading, points in runs:
        title = heading or "Introduction"
        for part, run in enumerate(_parts(points), start=1):
            out.append(DraftSection(_part_title(title, part), bool(heading), part, run))
    return out, cut
