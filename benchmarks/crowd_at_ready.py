"""A crowd back at once as the restarted bot's READY comes, on a starved CPU: first responses.

`python -m benchmarks.crowd_at_ready [--students N] [--hogs H] [--postgres]` starts the real
bot process (`python -m bot run`, pinned to CPU 0 with `taskset`) against the Discord double; N
students (default 120) each start a solo quiz, then the bot is killed (`kill -9`), H busy loops
(default 3) are pinned to the bot's CPU, and the bot is started again. As soon as its gateway
session is ready every student answers at once (a choice clicked, or a typed answer sent), as
the crowd's retries came in chaos seed 921. It prints how many first responses Discord would
have refused (past 3 s), their kinds, their median and slowest, and whether the process printed
a traceback, and how long the double itself took to send the crowd's interactions (it shares
the machine: time it spends is counted in each first response, which Discord's own servers
would not add). A measuring aid, not a row of `make bench`: the machine's own load shows in
every figure, so compare runs made at the same time. `--postgres`: the store on a PostgreSQL
server of its own (not pinned), as the tests start it. Also counted: the answers judged (their
verdict shown) and those told "The database is not answering right now" (the rest were asked to
try again at 10 s, `GIVE_UP_AFTER`), and, after the bot's stop, how many of the judged answers
the store holds (each acknowledged answer must be committed).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.chaos import postgres_server
from bot.store import open_store
from tests.discord_double import DiscordDouble
from tests.discord_double.state import CallbackType
from tests.faults.test_stop_signals import ready_to_answer, send_answer, session_of
from tests.ops.processes import STARTS_WITHIN, bot_env, finish, make_workdir, start_bot

__all__ = ["main", "measure"]

PINNED = ("taskset", "-c", "0")
"""The bot and the busy loops share one CPU."""


async def measure(students: int, hogs: int, postgres: bool = False) -> dict[str, object]:
    """One run: the crowd's first responses after the restart."""
    root = Path(tempfile.mkdtemp(prefix="crowd-at-ready-"))
    try:
        work = make_workdir(root)
        with postgres_server(postgres) as server:
            return await _measure(work, students, hogs, server.url if server else None)
    finally:
        shutil.rmtree(root, ignore_errors=True)


async def _measure(work: Path, students: int, hogs: int, url: str | None) -> dict[str, object]:
    async with DiscordDouble() as double:
        env = bot_env(work, double.server.api_url, double.token)
        if url is not None:
            env["DATABASE_URL"] = url
        process = await start_bot(work, env, prefix=PINNED)
        await double.wait_ready(timeout=STARTS_WITHIN)
        pupils = [await double.add_member(f"pupil{n}") for n in range(students)]
        ready = [await ready_to_answer(double, pupil) for pupil in pupils]
        sessions = [session_of(question) for question, _how in ready]  # before its edits
        process.send_signal(signal.SIGKILL)
        await finish(process)
        busy = [
            subprocess.Popen([*PINNED, sys.executable, "-c", "while True: pass"])
            for _ in range(hogs)
        ]
        try:
            process = await start_bot(work, env, prefix=PINNED)
            await double.wait_ready(timeout=STARTS_WITHIN)
            answers = zip(pupils, ready, strict=True)
            began = time.monotonic()
            clicks = await asyncio.gather(
                *(send_answer(double, p, q, how) for p, (q, how) in answers)
            )
            sending = time.monotonic() - began  # the double's own part of the first 3 s
            told = await asyncio.gather(
                *(c.told(timeout=30) for c in clicks), return_exceptions=True
            )
        finally:
            for loop in busy:
                loop.kill()
        process.send_signal(signal.SIGTERM)
        _, output = await finish(process)
    judged = [
        session
        for session, seen in zip(sessions, told, strict=True)
        if VERDICT in str(getattr(seen, "text", ""))
    ]
    committed = await _committed(url or f"sqlite+aiosqlite:///{work}/bot.sqlite3", judged)
    firsts: list[float] = []
    kinds: dict[str, int] = {}
    for click in clicks:
        tries = [*click.rejected, *([click.callback] if click.callback else [])]
        if tries:
            first = min(tries, key=lambda t: t.elapsed)
            firsts.append(first.elapsed)
            name = CallbackType(first.type).name.lower()
            kinds[name] = kinds.get(name, 0) + 1
    return {
        "refused": len(double.late_interactions()),
        "kinds": kinds,
        "median": statistics.median(firsts),
        "slowest": max(firsts),
        "traceback": "Traceback" in output,
        "not answering": sum("not answering" in str(getattr(t, "text", "")) for t in told),
        "verdicts": len(judged),
        "committed": committed,
        "sending": sending,
    }


VERDICT = "The answer is"
"""In every verdict a student is shown: the answer was acknowledged."""


async def _committed(url: str, session_ids: list[str]) -> int:
    """How many of these solo quizzes have an answer in the store."""
    store = await open_store(url)
    try:
        return len([s for s in session_ids if await store.answers.session_answers(s)])
    finally:
        await store.close()


def main(argv: list[str] | None = None) -> None:
    """Run once and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=120)
    parser.add_argument("--hogs", type=int, default=3)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args(argv)
    seen = asyncio.run(measure(args.students, args.hogs, args.postgres))
    print(
        f"{args.students} students, {args.hogs} busy loops on the bot's CPU: "
        f"{seen['refused']} first responses past 3 s; {seen['kinds']}; "
        f"median {seen['median']:.2f} s, slowest {seen['slowest']:.2f} s "
        f"(the double took {seen['sending']:.2f} s to send them all); "
        f"verdicts: {seen['verdicts']}, committed: {seen['committed']}; "
        f"told the database is not answering: "
        f"{seen['not answering']}; "
        f"traceback printed: {seen['traceback']}"
    )


if __name__ == "__main__":
    main()
