"""Row i: briefing autocomplete, one keystroke, at 1,000 briefings.

Ours is `Library.search` (what the `briefing` option's autocomplete calls): a look-up in the
word index (`BriefingIndex`) the library builds once per load, built here from the briefings.
The reference, in the same run on the same briefings, is how it worked before: build every
briefing's id, title and tags into choices, then rank them all with rapidfuzz's WRatio, on
every keystroke. The briefings are the bundled
one under 1,000 ids, each with its own title and tags drawn from a list of news words; the
keystrokes are the prefixes of a few queries as a moderator types them, one with a typo.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from rapidfuzz import fuzz, process

from benchmarks.table import Row, at_most, info, median
from benchmarks.workspace import SEED
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.search_index import BriefingIndex

__all__ = ["measure"]

TARGET_MS = 1.0
_NEWS_WORDS = (
    "north korea troops russia harbour storm election budget climate summit trade vote court "
    "ruling energy prices strike border ceasefire drought flood vaccine rates bank census "
    "parliament minister protest treaty tariff wildfire satellite launch refugees talks"
)
WORDS = _NEWS_WORDS.split()
QUERIES = ("north korea", "budget vote", "harbuor storm", "ceasefire talks")


def briefings(count: int) -> list[Briefing]:
    """The bundled briefing under `count` ids, each with its own title and tags."""
    seed = load_briefing_bytes(SEED.read_bytes(), SEED.name).briefing
    assert seed is not None
    rng = random.Random(3)
    out = []
    for n in range(count):
        title = " ".join(rng.sample(WORDS, 4)).capitalize()
        tags = tuple(rng.sample(WORDS, 2))
        out.append(seed.model_copy(update={"id": f"brief-{n}", "title": title, "tags": tags}))
    return out


def _old_search(items: dict[str, Briefing], query: str, limit: int = 25) -> list[Briefing]:
    """Autocomplete before the index: every briefing ranked on every keystroke."""
    if not query.strip():
        return sorted(items.values(), key=lambda b: b.id)[:limit]
    choices = {b.id: " ".join([b.id, b.title, *b.tags]) for b in items.values()}
    found = process.extract(
        query.strip()[:100],
        choices,
        scorer=fuzz.WRatio,
        processor=str.casefold,
        limit=limit,
        score_cutoff=50,
    )
    return [items[key] for _, _, key in found]


def _per_keystroke(search: Callable[[str], object], repeats: int) -> float:
    """The median time of one keystroke, in ms, over every prefix of every query."""
    keystrokes = [q[: n + 1] for q in QUERIES for n in range(len(q))]
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for typed in keystrokes:
            search(typed)
        samples.append((time.perf_counter() - start) * 1000 / len(keystrokes))
    return median(samples)


def measure(count: int, repeats: int) -> list[Row]:
    """Time a keystroke with the index and with the old full ranking, and the index's build."""
    loaded = briefings(count)
    by_id = {b.id: b for b in loaded}
    start = time.perf_counter()
    index = BriefingIndex(loaded)  # what every library load ends with
    build_ms = (time.perf_counter() - start) * 1000

    def ours(query: str) -> list[Briefing]:  # `Library.search`, line for line
        return [by_id[key] for key in index.search(query, 25)]

    fast = _per_keystroke(ours, repeats)
    slow = _per_keystroke(lambda q: _old_search(by_id, q), repeats)
    return [
        Row(
            "i1",
            f"briefing autocomplete, one keystroke, {count:,} briefings",
            "ms",
            fast,
            slow,
            "every briefing ranked per keystroke",
            at_most(TARGET_MS, f"< {TARGET_MS:g} ms"),
            repeats,
        ),
        Row(
            "i2",
            f"building the autocomplete index, {count:,} briefings (once per load)",
            "ms",
            build_ms,
            None,
            "-",
            info(),
        ),
    ]
