"""`python -m benchmarks.first_answer [RUNS]`: how long a restarted bot's first answer takes.

Each run is two fresh processes started as `briefbot run` starts the bot (entry point and
runner imported, content loaded, store opened on an existing SQLite database, `BriefBot` built,
start-up settled), not connected. In one a student answers a short-answer question by typing
its answer, in the other a choice question by its button's key; each answer is the process's
first, so it waits for what judging needs (`bot.core.answer_tables`: the tables, the
fuzzy-matching libraries and the answer reader with the matcher, built in a thread off the
event loop), then is judged and committed (`StudyService.answer_solo`). A second student's
answer follows, for what an answer costs once all is loaded. It prints, per kind, the median
over the runs of the first answer's wall time and CPU time (every thread's: it moves less with
the machine's load), the second answer's wall time and the longest stall of the event loop
during the first (a task that sleeps 1 ms in a loop notes how late it wakes), in ms.
Not part of `make bench`: docs/performance-passes.md quotes it.
"""

from __future__ import annotations

import sys

from benchmarks.table import median
from tests.ops.processes import run_probe

__all__ = ["main"]

PROBE = """
import asyncio, json, sys, time, warnings
from pathlib import Path
warnings.filterwarnings("ignore", category=DeprecationWarning)
import bot.cli
from bot.discord_bot import runner
from benchmarks.workspace import services_in
from bot.discord_bot.client import BriefBot
from bot.ops.memory import settle_after_start

QUESTION = {"typed": "q-combat-country", "click": "q-troop-number"}

async def ticker(stalls):
    while True:
        before = time.perf_counter()
        await asyncio.sleep(0.001)
        stalls.append(time.perf_counter() - before - 0.001)

async def answer(study, user, kind):
    started = await study.start_solo(user, "nk-troops-russia", count=1, only=[QUESTION[kind]])
    session = started.session
    qq = session.current()
    text = qq.right_key if kind == "click" else qq.question.answer_text
    begun, cpu = time.perf_counter(), time.process_time()
    result = await study.answer_solo(session.session_id, user, text)
    assert result.correct, (kind, text)
    return (time.perf_counter() - begun) * 1000, (time.process_time() - cpu) * 1000

async def start(kind):
    async with services_in(Path(sys.argv[1])) as services:
        BriefBot(services)
        settle_after_start()
        stalls = []
        watching = asyncio.create_task(ticker(stalls))
        await asyncio.sleep(0.05)
        stalls.clear()
        first, cpu = await answer(services.study, 1, kind)
        longest = max(stalls, default=0.0) * 1000
        watching.cancel()
        second, _ = await answer(services.study, 2, kind)
        print(json.dumps({"first": first, "cpu": cpu, "second": second, "stall": longest}))

asyncio.run(start(sys.argv[2]))
"""


def main(argv: list[str]) -> int:
    """Print, per kind of answer, the medians over the runs."""
    from benchmarks.workspace import scratch

    runs = int(argv[0]) if argv else 5
    figures: dict[str, list[dict[str, float]]] = {"typed": [], "click": []}
    with scratch() as folder:
        run_probe(PROBE, str(folder), "click")  # the first start creates and migrates the database
        for _ in range(runs):
            for kind, runs_of_kind in figures.items():
                runs_of_kind.append(run_probe(PROBE, str(folder), kind))
    print(
        f"{runs} runs, medians in ms: first answer (wall, CPU of every thread), second answer,"
        " longest loop stall during the first"
    )
    for kind, runs_of_kind in figures.items():
        first, cpu, second, stall = (
            median([run[key] for run in runs_of_kind])
            for key in ("first", "cpu", "second", "stall")
        )
        print(f"  {kind:<6} {first:8.1f} {cpu:8.1f} {second:8.1f} {stall:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
