"""Where row a4's (or a3's) CPU goes: one burst of committed answer clicks (or of saved
/quiz starts), profiled per stage.

`python -m benchmarks.click_profile [clicks]` starts a solo quiz for each of `clicks`
students of row a's in-process bot (`StubDiscord`, SQLite), warms up on one burst of clicks
of other students, then profiles one burst of answer clicks, as row a4 sends them, with
cProfile on the event loop and in the writer thread. It prints, per stage of a click, the
calls and the own time per click (a builtin's own time goes to the stage of its caller),
then the functions with most own time. Call counts are exact whatever the machine's load;
times carry cProfile's overhead and the load, so compare them within one run.

`--starts` does the same for row a3: after a warm-up burst of /quiz starts by other
students, one burst of `clicks` /quiz starts by new students, each saved before its reply.
`--slash quote` (or `brief`) does it for row a2's /quote (a1's /brief), with row a's options.

`--no-profile` runs the same set-up and burst without a profiler, and `--skip-burst` the
set-up alone: under `valgrind --tool=callgrind` the difference between the two totals,
divided by `clicks`, is the instructions per click, repeatable whatever the load::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p \\
        .venv/bin/python -m benchmarks.click_profile 300 --no-profile [--skip-burst]

Quiz seeds and session ids come from a seeded generator, so two runs ask the same questions.
A measuring aid, not a row of `make bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import pstats
import random
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.collector import as_in_our_process
from benchmarks.handling import BRIEFING, SLASH_OPTIONS, _answer_click, _check, _rate
from benchmarks.same_reply import CLICK, SameReplyBot, same_reply
from benchmarks.stub_discord import StubDiscord
from benchmarks.workspace import scratch, services_in
from bot.core import study
from bot.discord_bot import answer_in_time, deadline, reader
from bot.discord_bot.client import BriefBot
from bot.store.thread_writer import ThreadWriter

__all__ = [
    "STAGES",
    "WAITING",
    "main",
    "per_stage",
    "print_top_functions",
    "profile_writer",
    "stage_in",
    "stage_of",
]

HOUR = 3600.0
WAITING = "waiting in epoll (not CPU)"
"""The loop's idle wait (for the writer thread's commits): left out of the totals."""
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("writer SQL (thread)", ("bot/store/", "sqlite3", "thread_writer")),
    ("FSRS", ("/fsrs/", "bot/core/review.py")),
    ("preferences read", ("preferences", "sqlite_reader", "aiodataloader", "language.py")),
    (
        "judging",
        (
            "bot/core/study.py",
            "bot/core/quiz.py",
            "bot/core/answer_reading.py",
            "bot/core/matching.py",
        ),
    ),
    ("verdict render", ("bot/core/views.py", "bot/core/replies.py", "respond.py", "i18n")),
    ("component data", ("render.py", "custom_ids.py")),
    ("our routing", ("bot/discord_bot/", "bot/core/content/catalog")),
    ("send (discord.py)", ("discord/webhook", "discord/interactions.py", "discord/utils", "json/")),
    ("gateway parse (discord.py)", ("discord/",)),
    ("benchmark stub", ("benchmarks/", "tests/discord_double")),
    ("asyncio loop", ("asyncio/", "selectors", "threading.py", "queue.py")),
)
"""Stages by the first matching fragment of a function's file (checked in this order)."""


def stage_in(stages: tuple[tuple[str, tuple[str, ...]], ...], filename: str) -> str:
    """The first of `stages` a function of `filename` belongs to ("other" when none matches)."""
    for stage, fragments in stages:
        if any(fragment in filename for fragment in fragments):
            return stage
    return "other"


def stage_of(filename: str) -> str:
    """The stage of this profile a function of `filename` belongs to."""
    return stage_in(STAGES, filename)


def _deterministic_ids(seed: int) -> None:
    """Quiz seeds and session ids from a seeded generator (the same questions every run)."""
    rng = random.Random(seed)

    class _Secrets:
        randbits = staticmethod(rng.getrandbits)

        @staticmethod
        def token_hex(nbytes: int) -> str:
            return rng.randbytes(nbytes).hex()

    study.secrets = _Secrets  # type: ignore[assignment]


def _no_timeouts() -> None:
    """Under valgrind a click takes fifty times as long: the preferences read's timeout and
    the deferrals (the commit's, and every interaction's watch) would fire and change the
    path measured, so they wait an hour here."""
    reader.READ_TIMEOUT = HOUR
    timeouts = getattr(reader, "_read_timeouts", None)
    if timeouts is not None:
        timeouts.delay = HOUR
    kwdefaults = deadline.within_deadline.__kwdefaults__ or {}
    kwdefaults["defer_after"] = HOUR
    deadline.DEFER_AFTER = HOUR  # still the default: a watched click sets no timer of its own
    answer_in_time.DEFER_AFTER = HOUR


def profile_writer(profiler: cProfile.Profile | None) -> Callable[[], None]:
    """Profile each writer-thread commit with `profiler` (cProfile follows one thread)."""
    original = ThreadWriter._commit

    def commit(self: ThreadWriter, batch: list[Any]) -> Any:
        if profiler is None:
            return original(self, batch)
        profiler.enable()
        try:
            return original(self, batch)
        finally:
            profiler.disable()

    ThreadWriter._commit = commit  # type: ignore[method-assign]
    return lambda: setattr(ThreadWriter, "_commit", original)


async def _clicks_for(stub: StubDiscord, bot: BriefBot, count: int) -> list[dict[str, Any]]:
    """One answer click for each of `count` new students, each on a quiz of their own."""
    users = stub.users(count)
    starts = [stub.slash(u, "quiz", {"briefing": BRIEFING}) for u in users]
    await _rate(stub, bot, starts)
    quizzes = {int(p["member"]["user"]["id"]): stub.replies[int(p["id"])] for p in starts}
    return [click for u in users if (click := _answer_click(stub, u, quizzes[u.id])) is not None]


async def _burst(
    stub: StubDiscord, bot: BriefBot, batch: list[dict[str, Any]], profiler: Any
) -> None:
    """Row a's burst (the set-up frozen out of the collector, each bot with its process's
    collector thresholds), profiled on the loop; an empty batch does the same collection
    and nothing else (the baseline for callgrind)."""
    gc.collect()
    gc.freeze()
    try:
        with stub, as_in_our_process(isinstance(bot, BriefBot)):
            if profiler is not None:
                profiler.enable()
            if batch:
                await stub.feed(bot, batch)
            if profiler is not None:
                profiler.disable()
    finally:
        gc.unfreeze()
    _check(stub)


def _slash_for(stub: StubDiscord, count: int, command: str) -> list[dict[str, Any]]:
    """One `command` (row a's options: a /quiz start is row a3's) for each of `count` new
    students."""
    return [stub.slash(u, command, SLASH_OPTIONS[command]) for u in stub.users(count)]


async def _bare_burst(
    ours: dict[str, Any], verdict: dict[str, Any], clicks: int, profiler: Any, *, burst: bool
) -> int:
    """The same burst to row a4's (a3's, a2's, a1's) reference: the bare bot sending our
    recorded reply (the verdict, the first question, the quote, the summary) for a request
    like `ours`."""
    stub = StubDiscord()
    kind = ours["data"]["name"] if "message" not in ours else CLICK
    bare = SameReplyBot({kind: verdict})
    try:
        with stub:
            await stub.login(bare)
        users = stub.users(50)

        def request(i: int) -> dict[str, Any]:
            if kind != CLICK:
                return stub.slash(users[i % 50], "reply", {"kind": kind})
            return stub.click(users[i % 50], ours["message"], ours["data"]["custom_id"])

        batches = [[request(i) for i in range(clicks)] for _ in range(2)]
        with stub:
            await stub.feed(bare, batches[0])  # warm-up
        await _burst(stub, bare, batches[1] if burst else [], profiler)
        if burst and not all(
            same_reply(b.get("data") or {}, verdict) for b in stub.replies.values()
        ):
            raise RuntimeError("the reference sent a reply other than ours")
        return clicks if burst else 0
    finally:
        await bare.close()


async def run(
    clicks: int,
    *,
    profile: bool,
    burst: bool,
    bare: bool = False,
    starts: bool = False,
    slash: str | None = None,
) -> tuple[pstats.Stats | None, int]:
    """Set up, warm up, then one burst of `clicks` answer clicks (profiled if asked); with
    `bare`, the same burst to the bare reference bot sending our verdict instead; with
    `starts`, /quiz starts instead of clicks; with `slash`, that slash command instead."""
    command = "quiz" if starts else slash
    loop_profiler = cProfile.Profile(time.thread_time_ns, 1e-9) if profile else None
    writer_profiler = cProfile.Profile(time.thread_time_ns, 1e-9) if profile else None
    restore = profile_writer(None)
    stub = StubDiscord()
    measured = 0
    with scratch() as root:
        async with services_in(root) as services:
            bot = BriefBot(services)
            try:
                with stub:
                    await stub.login(bot)
                warm = (
                    _slash_for(stub, clicks, command)
                    if command
                    else await _clicks_for(stub, bot, clicks)
                )
                await _rate(stub, bot, warm)
                if bare:
                    verdict = dict(stub.replies[int(warm[0]["id"])]["data"])
                    measured = await _bare_burst(
                        warm[0], verdict, len(warm), loop_profiler, burst=burst
                    )
                batch = (
                    _slash_for(stub, clicks, command)
                    if command
                    else await _clicks_for(stub, bot, clicks)
                )
                if not bare:
                    restore()
                    restore = profile_writer(writer_profiler)
                    await _burst(stub, bot, batch if burst else [], loop_profiler)
                    measured = len(batch) if burst else 0
            finally:
                restore()
                await bot.close()
    if loop_profiler is None or writer_profiler is None:
        return None, measured
    stats = pstats.Stats(loop_profiler)
    if writer_profiler.getstats():
        stats.add(writer_profiler)
    return stats, measured


def per_stage(
    stats: pstats.Stats, stage_of: Callable[[str], str] = stage_of
) -> dict[str, tuple[float, float]]:
    """Per stage (`stage_of` a file's): (calls, own seconds); a builtin's own time goes to
    its callers' stages, time waiting in epoll to `WAITING`."""
    calls: dict[str, float] = defaultdict(float)
    own: dict[str, float] = defaultdict(float)
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, name), (_cc, ncalls, tottime, _ct, callers) in table.items():
        if "select.epoll" in name:
            calls[WAITING] += ncalls
            own[WAITING] += tottime
            continue
        if filename != "~":
            stage = stage_of(filename)
            calls[stage] += ncalls
            own[stage] += tottime
            continue
        total = sum(c[1] for c in callers.values()) or 1
        for (caller_file, _l, _n), caller in callers.items():
            stage = stage_of(caller_file)
            calls[stage] += caller[1]
            own[stage] += tottime * caller[1] / total
    return {s: (calls[s], own[s]) for s in sorted(own, key=lambda s: -own[s])}


def _report_other(stats: pstats.Stats, clicks: int) -> None:
    """The files whose own time makes up the stage "other"."""
    files: dict[str, float] = defaultdict(float)
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, _name), (_cc, _n, tottime, _ct, _callers) in table.items():
        if filename != "~" and stage_of(filename) == "other":
            files[filename.split("/")[-1]] += tottime
    ranked = sorted(files.items(), key=lambda item: -item[1])[:8]
    print("other: " + ", ".join(f"{name} {t / clicks * 1e6:.1f}" for name, t in ranked))


def report(stats: pstats.Stats, clicks: int, top: int) -> None:
    """Print the stage table and the `top` functions by own time, per click."""
    stages = per_stage(stats)
    waiting = stages.pop(WAITING, (0.0, 0.0))
    total_calls = sum(c for c, _ in stages.values())
    total_own = sum(t for _, t in stages.values())
    print(f"{clicks} interactions, per interaction (own CPU time of each thread under cProfile):")
    print(f"{'stage':32} {'calls':>8} {'own us':>8} {'share':>6}")
    for stage, (ncalls, seconds) in stages.items():
        share = seconds / total_own if total_own else 0.0
        print(f"{stage:32} {ncalls / clicks:8.1f} {seconds / clicks * 1e6:8.1f} {share:6.1%}")
    print(f"{'total':32} {total_calls / clicks:8.1f} {total_own / clicks * 1e6:8.1f}")
    print(f"{WAITING:32} {waiting[0] / clicks:8.1f} {waiting[1] / clicks * 1e6:8.1f}")
    _report_other(stats, clicks)
    print()
    print_top_functions(stats, clicks, "click", top)


def print_top_functions(stats: pstats.Stats, count: int, unit: str, top: int) -> None:
    """The `top` functions by own time, with their calls and own us per `unit` (of `count`)."""
    print(f"top {top} functions by own time (calls and own us per {unit}):")
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    ranked = sorted(table.items(), key=lambda item: -item[1][2])[:top]
    root = f"{Path(__file__).resolve().parents[1]}/"
    for (filename, line, name), (_cc, ncalls, tottime, _ct, _callers) in ranked:
        where = filename.split("site-packages/")[-1].removeprefix(root)
        print(f"{ncalls / count:7.2f} {tottime / count * 1e6:8.2f}  {name} ({where}:{line})")


def main(argv: list[str] | None = None) -> None:
    """Run and print the profile (or only run, for callgrind)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.click_profile")
    parser.add_argument("clicks", nargs="?", type=int, default=300)
    parser.add_argument("--no-profile", action="store_true", help="run without cProfile")
    parser.add_argument("--skip-burst", action="store_true", help="set-up and warm-up only")
    parser.add_argument("--bare", action="store_true", help="the bare reference bot instead")
    parser.add_argument("--starts", action="store_true", help="/quiz starts (row a3) instead")
    parser.add_argument(
        "--slash", choices=("quote", "brief"), help="/quote (row a2) or /brief (a1) instead"
    )
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    _deterministic_ids(18)
    _no_timeouts()
    stats, measured = asyncio.run(
        run(
            args.clicks,
            profile=not args.no_profile,
            burst=not args.skip_burst,
            bare=args.bare,
            starts=args.starts,
            slash=args.slash,
        )
    )
    if stats is not None:
        report(stats, measured, args.top)
    else:
        what = "starts" if args.starts else f"/{args.slash}s" if args.slash else "clicks"
        print(f"{measured} {what} measured")


if __name__ == "__main__":
    main()
