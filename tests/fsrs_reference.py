"""fsrs's own scheduler set up as briefbot's `ReviewScheduler` sets it up: the reference the
review tests compare our states with."""

from __future__ import annotations

import datetime as dt

from fsrs import Scheduler

__all__ = ["fsrs_scheduler"]


def fsrs_scheduler(*, fuzz: bool) -> Scheduler:
    """fsrs's `Scheduler` with `ReviewScheduler`'s steps and longest interval."""
    return Scheduler(
        learning_steps=(dt.timedelta(minutes=1), dt.timedelta(minutes=10)),
        relearning_steps=(dt.timedelta(minutes=10),),
        maximum_interval=365,
        enable_fuzzing=fuzz,
    )
