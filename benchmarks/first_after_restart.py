"""How soon the restarted bot answers its first interactions: READY -> first responses.

`python -m benchmarks.first_after_restart [--briefings N] [--quizzes Q] [--rounds R]
[--postgres]` starts
the real bot process (`python -m bot run`) against the Discord double, its folder holding N
briefings (default 1,000) besides the test one and its SQLite store Q open solo quizzes
(default 200, one per student; `--postgres`: the store on a PostgreSQL server of its own,
as the tests start it), then R times (default 3) kills it (`kill -9`, or SIGTERM
every other round) and starts it again. From the moment the new process's gateway session is
ready (READY sent: real Discord delivers interactions from then on, never ones created while
the bot was down), students act every 0.25 s for 5 s, in turn /score, a button of their quiz
message from before the restart and a typed answer in its answer box (the first typed answer
of a process builds the tables answers are judged against, `bot.core.answer_tables`). It
prints, per round, the start to READY time and the first responses' median and slowest
(Discord fails an interaction not answered within 3 s). A measuring aid, not a row of `make
bench`; the load of the machine shows in every figure, so compare runs made at the same time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.chaos import postgres_server
from tests.discord_double import DiscordDouble
from tests.ops.processes import ROOT, STARTS_WITHIN, bot_env, finish, make_workdir, start_bot

__all__ = ["main", "measure"]

MODAL_SUBMIT = 5
"""Discord's interaction type of a form sent (here: a typed answer)."""
ACTING_S = 5.0
"""Seconds after READY during which the students act."""
PACE_S = 0.25
"""Seconds between two students' actions."""


def populate(work: Path, briefings: int) -> None:
    """`briefings` copies of the test briefing, each with an id of its own, in content/."""
    text = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_text(encoding="utf-8")
    for n in range(briefings):
        copy = text.replace("id: mini\n", f"id: mini{n}\n", 1)
        (work / "content" / f"mini{n}.yaml").write_text(copy, encoding="utf-8")


async def open_quizzes(double: DiscordDouble, count: int) -> list[tuple[Any, Any]]:
    """`count` students, each with an open solo quiz: (student, its quiz message)."""
    opened = []
    for n in range(count):
        student = await double.add_member(f"reader{n}")
        itx = await double.slash("quiz", {"briefing": "mini", "count": 3}, user=student)
        opened.append((student, await itx.message(timeout=30)))
    return opened


async def typed_answer(double: DiscordDouble, quizzes: list[tuple[Any, Any]]) -> list[Any]:
    """A student whose question takes a typed answer opens the answer box and types one:
    the click and the answer (none when no such question is open)."""
    for student, message in quizzes:
        if any(b.get("label") == "Answer" and not b.get("disabled") for b in message.buttons):
            box = await double.click(message, label="Answer", user=student)
            try:
                opened = await box.response(timeout=30)
            except (AssertionError, TimeoutError):  # never opened: counted as such
                return [box]
            if opened.custom_id is None:
                return [box]
            typed = await double.submit_modal(
                opened.custom_id, {"answer": "ada quil"}, user=student
            )
            return [box, typed]
    return []


async def first_responses(
    double: DiscordDouble, quizzes: list[tuple[Any, Any]]
) -> list[tuple[bool, float]]:
    """Students act every PACE_S for ACTING_S from now; each action's first response time,
    and whether it was a typed answer sent. In turn: /score, a button of their quiz, a typed
    answer (a click and the box sent)."""
    began, sent, n = time.monotonic(), [], 0
    while time.monotonic() - began < ACTING_S:
        student, message = quizzes[n % len(quizzes)]
        live = [b["custom_id"] for b in message.buttons if not b.get("disabled")]
        if n % 3 == 2:
            sent.extend(await typed_answer(double, quizzes[n:] + quizzes[:n]))
        elif n % 3 and live:
            sent.append(await double.click(message, live[0], user=student))
        else:
            sent.append(await double.slash("score", user=student))
        n += 1
        await asyncio.sleep(PACE_S)
    for itx in sent:
        with contextlib.suppress(AssertionError, TimeoutError):  # never answered: counted
            await itx.told(timeout=30)
    return [(itx.type == MODAL_SUBMIT, _first_response(itx)) for itx in sent]


def _first_response(itx: Any) -> float:
    """Seconds to the first response Discord took; infinite when none was in time."""
    late = [c.elapsed for c in itx.rejected]
    if itx.acknowledged_after is None:
        return max(late, default=math.inf)
    return float(itx.acknowledged_after)


async def measure(briefings: int, quizzes: int, rounds: int, postgres: bool) -> list[str]:
    """One line per restart: start to READY, first responses' median and slowest."""
    lines = []
    with (
        tempfile.TemporaryDirectory(prefix="first-after-restart-") as folder,
        postgres_server(postgres) as server,
    ):
        work = make_workdir(Path(folder))
        populate(work, briefings)
        async with DiscordDouble() as double:
            env = bot_env(work, double.server.api_url, double.token)
            if server is not None:
                env["DATABASE_URL"] = server.url
            process = await start_bot(work, env)
            try:
                await double.wait_ready(timeout=STARTS_WITHIN)
                opened = await open_quizzes(double, max(quizzes, 1))
                for n in range(rounds):
                    how = signal.SIGTERM if n % 2 else signal.SIGKILL
                    process.send_signal(how)
                    await finish(process, timeout=60)
                    await double.wait_for(lambda: not double.server.sessions, timeout=30)
                    started = time.monotonic()
                    process = await start_bot(work, env)
                    await double.wait_for(lambda: bool(double.server.sessions), STARTS_WITHIN)
                    ready = time.monotonic() - started
                    found = await first_responses(double, opened)
                    times = [t for _, t in found]
                    others = [t for typed, t in found if not typed] or [0.0]
                    lines.append(
                        f"after {how.name:<7}: start to READY {ready:5.1f} s; {len(times)} "
                        f"first responses: median {statistics.median(times):.2f} s, slowest "
                        f"{max(times):.2f} s ({max(others):.2f} s beside typed answers), "
                        f"over 3 s: {sum(t > 3.0 for t in times)}"
                    )
            finally:
                process.send_signal(signal.SIGTERM)
                await finish(process, timeout=60)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.first_after_restart")
    parser.add_argument("--briefings", type=int, default=1000)
    parser.add_argument("--quizzes", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args(argv)
    lines = asyncio.run(measure(args.briefings, args.quizzes, args.rounds, args.postgres))
    store = "PostgreSQL" if args.postgres else "SQLite"
    heading = f"{args.briefings} briefings, {args.quizzes} open solo quizzes, {store}"
    print(heading, *lines, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
