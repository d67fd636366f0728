"""The tables typed answers are judged against, built once per process off the event loop.

Judging a typed answer needs tables that are built on first use, not at start (an idle bot
does not carry them): every country's name in 13 languages read into words (about 0.2 s of
CPU, 4 MiB), the gazetteer's places (5 MiB), the fuzzy-matching libraries and the answer
reader itself (`bot.core.answer_reading` and the matcher's modules). Built on the
event loop, as `judge` would on its own, they held every other interaction of the process for
that long, 0.3 to 1 s and more on a loaded machine: the first typed answer after each restart
made the interactions beside it late (found by `benchmarks.chaos`). `typed_answers_ready`
builds them in a thread of their own instead, once, and lets the caller wait for them without
holding the loop; afterwards it returns at once. A caller given up meanwhile (stopped at 10 s
in a crowd, or by a stop signal) leaves the build to the others.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading

__all__ = ["build_tables", "typed_answers_ready"]

log = logging.getLogger(__name__)

_built: concurrent.futures.Future[None] | None = None
_starting = threading.Lock()


def build_tables() -> None:
    """Import the answer reader and the typed-answer matcher (not carried by an idle bot: 31
    modules), then build every table judging a typed answer uses and load its libraries (a
    misspelt country, a person's name, a US state and a number in a country judged once)."""
    import bot.core.answer_reading  # noqa: F401  (what `quiz.judge` imports on first use)
    from bot.core import countries_beside, gazetteer, matching

    matching.warm_tables()
    countries_beside.number_in_another_country("7 in france", ("It happened in France.",))
    gazetteer.states_last_words()
    matching.is_correct("frnace", "France", (), (), (), "Which country?")
    matching.is_correct("rossiya", "Russia")
    matching.is_correct("n.c.", "North Carolina")


def _build(done: concurrent.futures.Future[None]) -> None:
    try:
        build_tables()
    except Exception:  # a bug of ours: judging builds what it needs on its own, as before
        log.exception("building the typed answers' tables failed")
    if not done.cancelled():
        done.set_result(None)


async def typed_answers_ready() -> None:
    """Return once the tables are built; the first call starts building them in a thread of
    their own, and every caller meanwhile waits without holding the event loop."""
    global _built
    if _built is None:
        with _starting:
            if _built is None:
                built: concurrent.futures.Future[None] = concurrent.futures.Future()
                threading.Thread(
                    target=_build, args=(built,), name="answer-tables", daemon=True
                ).start()
                _built = built
    if not _built.done():  # shielded: a caller given up must not cancel the shared build
        await asyncio.shield(asyncio.wrap_future(_built))
