"""Each bot measured with the garbage collector settings its own process runs with.

Once settled, our bot's process runs a young collection every `YOUNG_COLLECTION_EVERY` new
objects (`bot.ops.memory.collect_less_often`, from `briefbot run` and the console); a bare
discord.py bot's process keeps Python's default. The rows that run both bots in this one
process set ours around our bot's work only and put the previous thresholds back after, so
the references are measured as they run on their own.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from bot.ops.memory import collect_less_often

__all__ = ["as_in_our_process"]


@contextmanager
def as_in_our_process(ours: bool = True) -> Iterator[None]:
    """Our process's collector thresholds inside the block (unchanged when not `ours`)."""
    saved = gc.get_threshold()
    if ours:
        collect_less_often()
    try:
        yield
    finally:
        gc.set_threshold(*saved)
