"""What a long-running process does with its memory once start-up is over.

`settle_after_start()` runs once, after the content is parsed, the store opened and the bot
built: one full garbage collection, then `gc.freeze()`, then glibc's `malloc_trim(0)`, and
from then on young collections run less often (`collect_less_often`).

The freeze keeps what start-up built out of later full collections (0.01 ms instead of about
86 ms at idle, a pause a click would otherwise wait out). A frozen object dropped later is
still freed by reference counting; only one caught in a reference cycle would stay (briefings,
which a reload replaces, hold none). The trim hands the pages that start-up parsing freed
back to the system (about 0.9 MiB at idle); where the C library is not glibc it is skipped.

Python runs a young collection every 700 new container objects. A committed answer click
makes some 3,000 of them, nearly all freed again by reference counting (or kept, never
garbage): its collections found little to free and cost about 6% of the click's
instructions. Every 10,000 instead, cyclic garbage waits a little longer (a few MiB at the
very most, while busy); the older generations keep Python's ratios.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import os
from collections.abc import Callable
from typing import cast

__all__ = [
    "YOUNG_COLLECTION_EVERY",
    "collect_less_often",
    "return_freed_memory",
    "settle_after_start",
]

YOUNG_COLLECTION_EVERY = 10_000
"""New container objects between two young collections once settled (Python's default: 700)."""


def return_freed_memory() -> bool:
    """Give free heap pages back to the system (glibc `malloc_trim`); False where unsupported."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, looked up once: finding the C library runs `ldconfig` in a child
    process (15-35 ms, far more on a loaded machine), which the settle after READY must not
    wait for on the event loop again; None where the C library is not glibc."""
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
    except (ValueError, OSError, AttributeError):  # not glibc, or no confstr at all
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return cast("Callable[[int], int]", trim)


def collect_less_often() -> None:
    """Run a young collection every `YOUNG_COLLECTION_EVERY` new objects (see the notes)."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, middle, old)


def settle_after_start() -> None:
    """Collect, freeze what start-up built, return freed pages and collect less often."""
    gc.collect()
    gc.freeze()
    return_freed_memory()
    collect_less_often()
