"""Chaos: many faults, mixed, at seeded random moments, on the real bot process while the
students and moderators of two servers use it; the invariants are checked at the end.

`python -m benchmarks.chaos --seed N --minutes M` (outside `make test`; tests/faults/
test_chaos_seeded.py runs a few short seeds). The bot is `python -m bot run` against the
Discord double on 127.0.0.1, its SQLite file on a small tmpfs of its own (so "disk full" is
the kernel's ENOSPC, not a stand-in). Students take solo quizzes (buttons and typed answers),
vote in channel quizzes, run /review, /score, /leaderboard, /brief (after its autocomplete)
and /forgetme; each moderator runs /post, /schedule, /assign, /report, /briefing upload (a
good and a broken YAML), drafts a short article (`/briefing draft`), reviews, publishes, rolls
back, unpublishes and deletes it (`benchmarks/chaos_articles.py`), and closes channel questions.

Faults, drawn by the seed: SIGKILL then restart, SIGSTOP/SIGCONT (1-8 s), SIGTERM then
restart, the gateway dropped, REST answering 500, 429 or never, the store's disk full, the
store read-only (then a restart, refused with exit 4, then fixed), a slow store (another
connection holding the write lock 1-4 s), a slow disk (every fsync and fdatasync on the
SQLite files taking 1-3 s for 3-8 s, `benchmarks/slow_disk.py`; in 2 of 5, kill -9 meanwhile).
Seeds from 960 on also draw the faults held since (`HELD_SINCE`): the store read-only while
the bot runs (no restart), a 429 storm past discord.py's waits (or Cloudflare's 429), the
gateway dropped with the servers' data held back after the new READY. With `--postgres`,
seeds from 972 on also draw PostgreSQL turning read-only for 2-6 s (`POSTGRES_HELD_SINCE`).
Seeds from 980 on (either store) also draw the process paused until Discord ends its session
(4009), and `/reload` with the content folder unreadable or a briefing cut mid-write
(`HELD_SINCE_48`).

Two servers (`benchmarks/chaos_servers.py`): the double's seed guild (three students of its
own, its moderator) and its second guild (a student of its own, its moderator, #lounge), each
with a briefing of its own published before the faults; one student is in both and acts in
either.

Invariants, printed with the seed of any violation: every answer the bot acknowledged is in
the store exactly once; every interaction got a first response within 3 s unless a fault that
Discord or the process caused was on, and whatever was not acknowledged worked when retried;
no user-visible message holds a traceback, an exception name or a mention that could ping;
after the last restart open quizzes go on and a scheduled post due while down is posted once;
every SIGTERM is exit 0 and no run printed a traceback; nothing shown in one server (channel
messages, ephemeral replies, autocomplete, DMs of its own students) holds the other's briefing
titles, its own students' names, its channels or its id; each server's /score and
/leaderboard count exactly the answers stored in that server; a drafted article is stored
once per draft, every version whole, a rollback goes back to the version published before,
and the article is gone once its moderator was told it was deleted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import errno
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg

from benchmarks.chaos_articles import ARTICLE, Drafts, draft_findings, filled
from benchmarks.chaos_servers import Place, board_counts, leaks, places_of, score_counts
from benchmarks.slow_disk import SlowDisk
from bot.core.progress import Schedule
from bot.core.schedule import GRACE, run_key, runs_between
from bot.discord_bot.answer_in_time import CROWD as DEFERS_ALL_ABOVE
from bot.discord_bot.deadline import DEFER_AFTER
from tests.discord_double import DiscordDouble
from tests.faults.test_malformed_payloads import Change, forged
from tests.ops.processes import (
    STARTS_WITHIN,
    WITHOUT_FILE_OVERRIDE,
    bot_env,
    finish,
    make_workdir,
    start_bot,
)
from tests.ops.test_walkthrough_restart import downtime_passed_the_run
from tests.store.pg import PostgresServer

__all__ = ["ChaosReport", "main", "run_chaos"]

MAX_CLOSES = 10
"""Questions closed at most in one channel at the end (a channel quiz has 2)."""
WINDOW_S = 3.0
"""Discord's window for an interaction's first response."""
GIVE_UP_S = 10.5
"""The bot gives up on an interaction 10 s after the click and asks its user to try again."""
WAIT_S = 12.0
"""How long a user waits for what the bot says before counting the action as unanswered."""
TMPFS_MB = 48
FAULTS = (
    "kill -9, restart",
    "SIGSTOP 1-8 s, SIGCONT",
    "SIGTERM, restart",
    "gateway dropped",
    "REST 500",
    "REST 429",
    "REST never answers",
    "disk full",
    "read-only store, restart",
    "slow store (write lock held)",
    "wall clock forward 1-8 h",
    "wall clock back 1-3 h",
    "burst of 50-200 interactions in 1 s",
    "interactions the bot cannot know",
    "slow disk (fsync 1-3 s)",
)
POSTGRES_FAULTS = (
    "PostgreSQL restarted",
    "PostgreSQL frozen 1-4 s",
    "PostgreSQL connections killed",
)
"""With `--postgres`, these replace the SQLite file's faults (disk full, read-only, lock)."""
HELD_SINCE = (
    "store read-only while running",
    "429 storm (past discord.py's waits)",
    "re-identify, servers held after READY",
)
"""Faults held since the draws above were fixed (faults-46), drawn by seeds from
`HELD_SINCE_SEED` on only, so an older seed draws what it always drew: the SQLite file and
its folder made read-only for 2-6 s under the running bot, then writable (no restart;
`test_store_read_only.py`); a 429 five to eight times running on one route, past
discord.py's five waits, or Cloudflare's 429 (`test_reply_rate_limited.py`); the gateway
session forgotten and, after the new READY, each server's GUILD_CREATE held 1-5 s
(`test_posts_during_reidentify.py`). With `--postgres` the first is not drawn."""
HELD_SINCE_SEED = 960
POSTGRES_HELD_SINCE = ("PostgreSQL read-only 2-6 s",)
"""PostgreSQL faults held since (faults-47), drawn with `--postgres` by seeds from
`POSTGRES_HELD_SINCE_SEED` on only, so an older seed draws what it always drew: every session
of the server refusing writes from its next statement (`default_transaction_read_only` on,
as after a failover to a standby) for 2-6 s, then taking them again
(`test_postgres_read_only.py`); a restart of the bot meanwhile is refused (exit 4), then
retried."""
POSTGRES_HELD_SINCE_SEED = 972
HELD_SINCE_48 = (
    "SIGSTOP past the heartbeat timeout (4009)",
    "content unreadable or cut mid-write, /reload",
)
"""Faults held since (faults-48), drawn by seeds from `HELD_SINCE_48_SEED` on only (with
`--postgres` too), so an older seed draws what it always drew: the process paused (SIGSTOP)
until Discord ends its session for the heartbeats it missed (the double's
`heartbeat_timeout_s`: close 4009, the session forgotten), then 1-5 s more, then SIGCONT: the
clicks sent before the close arrive late, and the bot identifies anew
(`test_frozen_process.py` holds a shorter pause); the content folder made unreadable (no
listing, or no access at all) or a briefing file cut mid-line as if still being written,
while the moderator of the first server runs `/reload`, which must keep every briefing
(`test_content_folder_unreadable.py`, `test_reload_mid_write.py`)."""
HELD_SINCE_48_SEED = 980
HEARTBEAT_TIMEOUT_S = 3.0
"""Seconds without a heartbeat after which the double ends a paused process's session."""
PROCESS_FAULTS = {FAULTS[0], FAULTS[1], FAULTS[2], FAULTS[8], HELD_SINCE[2], HELD_SINCE_48[0]}
CLOCK_FAULTS = (FAULTS[10], FAULTS[11])
"""The bot's wall clock stepped (its `CLOCK_OFFSET_FILE`), as an NTP step or an operator
would: forward, it lands 1-20 minutes past a scheduled run when one falls within 8 h (else 1-3
h on); back, 1-3 h. Excuses nothing: time does not stop."""
CROWD = 100
"""Students of server A who act only in bursts (each at most twice in one)."""
JUMP_SETTLES_S = 30.0
"""How long after the faults the runs a forward jump passed may take to be posted."""
DISCORD_FAULTS = {FAULTS[3], FAULTS[4], FAULTS[5], FAULTS[6], HELD_SINCE[1]}
"""Faults during which a late or missing first response is Discord's or the process's doing
(the student retries); a store fault never excuses one: the bot must defer in time. A process
fault excuses only what was created while the process was down or frozen (from the signal
until its new gateway session is ready, or until SIGCONT), or shortly before (the fault cut
into its window); a Discord fault also the 3 s after it ends (a request it took may be the
next interaction's)."""
INVARIANTS = (
    "acknowledged answers stored exactly once",
    "first response within 3 s or retried",
    "a retry after a failure works",
    "no traceback, exception name or ping in messages",
    "open quizzes go on after the last restart",
    "a post due while down is posted once",
    "SIGTERM exits 0, no traceback printed",
    "no server shown another's data",
    "each server counts only its own answers",
    "runs the wall clock jumped past posted once",
    "drafts: once, whole, rolled back 1 step, deleted",
    "a /reload keeps every good briefing",
)
EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b|Traceback")
PING = re.compile(r"@(?:everyone|here)\b|<@[!&]?\d+>")
SLOW_DOWN = re.compile(r"Slow down.*?try again in (\d+) s", re.S)
"""The bot's refusal of a third /quiz within 10 s, with the seconds to wait."""
TRY_AGAIN = re.compile(r"try again|not answering", re.I)
NOW_GET = re.compile(r"now get version (\d+)")
TYPED = ("Ada Quill", "ada quil", "Port Elm", "Ada Quill @everyone", "<@&{role}> @here Ada")
"""Typed answers: right, misspelt, and some that would ping if echoed unescaped."""


@dataclass
class ChaosReport:
    """What a run did and found."""

    seed: int
    faults: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)
    checked: Counter[str] = field(default_factory=Counter)
    violations: list[tuple[str, str]] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    """Measured lines printed under the table (how the bursts were answered)."""
    logs: str = ""
    """Where the faults' timeline and the bot's output were kept (after a violation)."""

    def violate(self, invariant: str, detail: str) -> None:
        self.violations.append((invariant, detail))

    def table(self) -> str:
        """The faults injected and the invariants held, one line each."""
        drawn = [*FAULTS, *(name for name in self.faults if name not in FAULTS)]
        # as wide as the widest name (faults-48's are over 40), so the counts stay in a column
        w = max(40, *map(len, drawn), *map(len, self.actions))
        lines = [f"chaos seed {self.seed}", "", f"{'fault injected':<{w}} times"]
        lines += [f"{name:<{w}} {self.faults[name]:>5}" for name in drawn]
        lines += ["", f"{'user action':<{w}} times"]
        lines += [f"{name:<{w}} {n:>5}" for name, n in sorted(self.actions.items())]
        lines += ["", f"{'invariant':<50} checked  violated"]
        broken = Counter(name for name, _ in self.violations)
        for name in INVARIANTS:
            held = "held" if not broken[name] else f"{broken[name]} VIOLATED"
            lines.append(f"{name:<50} {self.checked[name]:>7}  {held}")
        lines += ["", *self.figures] if self.figures else []
        lines += [f"VIOLATION (seed {self.seed}) {name}: {d}" for name, d in self.violations]
        lines += [f"the bot's output and the faults' timeline: {self.logs}"] if self.logs else []
        return "\n".join(lines)


@dataclass
class Solo:
    """A student's open solo quiz: its message, session and the questions acknowledged."""

    message: Any
    session: str
    acknowledged: set[int] = field(default_factory=set)
    place: Place | None = None
    """The server it was started in."""
    stop_unanswered: bool = False
    """Its Stop was clicked and no word came back (it may have stopped)."""


@dataclass
class Student:
    user: Any
    rng: random.Random
    quiz: Solo | None = None
    sessions: list[Solo] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    trail: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    """The servers they are in (each action in one of them, drawn)."""


class Chaos:
    """One seeded run: the bot process, its users and the faults."""

    def __init__(
        self,
        double: DiscordDouble,
        work: Path,
        seed: int,
        seconds: float,
        clock_file: Path | None = None,
    ) -> None:
        self.double, self.work, self.seconds = double, work, seconds
        self.rng = random.Random(seed)  # the faults' draws
        self.places = places_of(double, seed)
        self.drafts = {place.name: Drafts() for place in self.places}
        """Each server's drafts of the article (`article_step`), as its moderator saw them."""
        self.report = ChaosReport(seed)
        self.database = work / "bot.sqlite3"
        self.postgres: PostgresServer | None = None
        """The store's PostgreSQL server (`use_postgres`); None: the SQLite file."""
        self.env = bot_env(work, double.server.api_url, double.token, SCHEDULE_TICK_SECONDS="1")
        self.clock_offset = 0.0
        """Seconds the bot's wall clock is set ahead (behind, below 0) of the real one."""
        self.clock_file = clock_file or work.with_name(f"{work.name}-clock-offset")
        """`run_chaos` keeps it off the store's small disk: a full disk must not stop a step."""
        self.env["CLOCK_OFFSET_FILE"] = str(self.clock_file)
        self.jumped_runs: set[tuple[int, str]] = set()
        """(schedule, run key) of the runs a forward jump passed by less than `GRACE`."""
        self.process: asyncio.subprocess.Process | None = None
        self.up = asyncio.Event()
        self.room = asyncio.Event()  # the disk has room (cleared while it is full)
        self.room.set()
        self.no_room_since = 0
        """How many times the room went (a start refused meanwhile, exit 4, is expected)."""
        self.process_lock = asyncio.Lock()  # one process fault at a time
        self.store_lock = asyncio.Lock()  # one PostgreSQL fault at a time
        self.disk_lock = asyncio.Lock()  # one slow disk at a time (its end resets the delay)
        self.windows: list[tuple[float, float]] = []  # excusing faults, monotonic
        self.outputs: list[tuple[str, int, str]] = []  # how it stopped, exit code, output
        self.students: list[Student] = []
        self.crowd: list[Student] = []
        self.unknown: list[tuple[str, Any]] = []
        """The interactions the bot cannot know that were sent (`unknown_interactions`)."""
        """Server A's students who act only in a burst (`burst`), not on their own."""
        self.forgotten: set[str] = set()
        self.maybe_forgotten: set[str] = set()
        """Sessions of a student whose "Yes, delete it all" got no answer, or "try again":
        the deletion may have been committed all the same (commit, then reply)."""
        self.channel_sessions: set[str] = set()
        self.session_places: dict[str, Place] = {}
        """The server each quiz session (solo or channel) was started in."""
        self.can_fill_disk = True
        self.slow_disk: SlowDisk | None = None
        """The flush-delaying shim preloaded into the bot (`use_slow_disk`); None: not drawn."""
        self.drawn: tuple[str, ...] = FAULTS + (HELD_SINCE if seed >= HELD_SINCE_SEED else ())
        if seed >= HELD_SINCE_48_SEED:
            self.drawn += HELD_SINCE_48
        self.began = time.monotonic()
        self.timeline: list[tuple[str, float, float]] = []  # fault, from, to (run seconds)

    # ----- the process -----------------------------------------------------------------

    async def start(self) -> float:
        """Start the bot and wait until it is connected; returns the moment its gateway
        session was ready for events (READY sent: from then on Discord delivers
        interactions, and they are the bot's to answer in time). A start refused on a full disk
        or with PostgreSQL down (exit 4, its one line) is started again once that is over."""
        while True:
            full_meanwhile = self.no_room_since, self.room.is_set()
            self.process = await start_bot(self.work, self.env, prefix=WITHOUT_FILE_OVERRIDE)
            ready = asyncio.ensure_future(self.connected())
            exited = asyncio.ensure_future(self.process.wait())
            await asyncio.wait({ready, exited}, return_when=asyncio.FIRST_COMPLETED)
            if ready.done():
                exited.cancel()
                self.up.set()
                return ready.result()
            ready.cancel()
            code, output = await finish(self.process)
            self.outputs.append(("start on a full disk", code, output))
            self.report.checked[INVARIANTS[6]] += 1
            # The room may have come back while the refused start was printing its line.
            if code != 4 or full_meanwhile == (self.no_room_since, True):
                self.report.violate(INVARIANTS[6], f"a start exited {code}: {output[-600:]}")
                raise RuntimeError("the bot did not start")
            self.report.faults["restart refused, the store unusable (exit 4)"] += 1
            await self.room.wait()

    async def connected(self) -> float:
        """Wait until the started bot identified and parsed READY; when it identified."""
        double = self.double
        await double.wait_for(lambda: bool(double.server.sessions), timeout=STARTS_WITHIN)
        identified = time.monotonic()
        await double.wait_ready(timeout=STARTS_WITHIN)
        return identified

    async def stop(self, how: signal.Signals) -> int:
        assert self.process is not None
        self.up.clear()
        began = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(how)
            if how != signal.SIGKILL:
                self.process.send_signal(signal.SIGCONT)
        code, output = await finish(self.process, timeout=60)
        self.windows.append((began, time.monotonic()))
        self.outputs.append((how.name, code, output))
        await self.double.wait_for(lambda: not self.double.server.sessions, timeout=30)
        return code

    async def restart(self, how: signal.Signals) -> None:
        """Stop the bot, start it again: down from the signal until its session is ready."""
        began = time.monotonic()
        await self.stop(how)
        self.windows.append((began, await self.start()))

    # ----- faults ------------------------------------------------------------------------

    async def faults(self) -> None:
        """Inject a fault at each seeded random moment until the run's time is up."""
        end = time.monotonic() + self.seconds
        overlapping: list[asyncio.Future[None]] = []
        while True:
            await asyncio.sleep(self.rng.uniform(1.5, 6.0))
            if time.monotonic() >= end:
                await asyncio.gather(*overlapping)
                return
            await self.until_up(overlapping)
            fault = self.rng.choice(self.drawn)
            if fault in PROCESS_FAULTS:  # one at a time, while the others may still be on
                async with self.process_lock:
                    await self.inject(fault)
            else:  # overlapping: a full disk during a Discord outage, and so on
                overlapping.append(asyncio.ensure_future(self.inject(fault)))

    async def until_up(self, overlapping: list[asyncio.Future[None]]) -> None:
        """Wait until the bot is up; an overlapping fault that failed (a restart it made was
        refused) raises its error here, ending the run, rather than leave it waiting for ever
        (seed 870 waited so: a start refused on a full disk whose room came back meanwhile)."""
        while not self.up.is_set():
            for fault in overlapping:
                if fault.done() and not fault.cancelled() and fault.exception() is not None:
                    raise fault.exception()  # type: ignore[misc]
            up: asyncio.Future[Any] = asyncio.ensure_future(self.up.wait())
            waiting = [up, *(f for f in overlapping if not f.done())]
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            up.cancel()

    async def inject(self, fault: str) -> None:
        began = time.monotonic()
        double, rng = self.double, self.rng
        if fault == FAULTS[7] and (not self.can_fill_disk or not self.room.is_set()):
            fault = FAULTS[9]  # no tmpfs of its own, or already full: a held lock instead
        if fault == FAULTS[14] and self.slow_disk is None:
            fault = FAULTS[9]  # no C compiler for the shim: a held lock instead
        self.report.faults[fault] += 1
        if fault == FAULTS[0]:
            await self.restart(signal.SIGKILL)
        elif fault == FAULTS[1]:
            assert self.process is not None
            self.process.send_signal(signal.SIGSTOP)
            await asyncio.sleep(rng.uniform(1.0, 8.0))
            self.process.send_signal(signal.SIGCONT)
        elif fault == FAULTS[2]:
            await self.restart(signal.SIGTERM)
        elif fault == FAULTS[3]:
            await double.close_gateway(rng.choice((4000, None)), resumable=rng.random() < 0.7)
            await asyncio.sleep(2.0)
        elif fault == FAULTS[4]:
            target = rng.choice(("/callback", "/webhooks/", "/messages"))
            double.fail_next(target, times=rng.randint(1, 4), status=500)
            await asyncio.sleep(2.0)
        elif fault == FAULTS[5]:
            target = rng.choice(("/callback", "/webhooks/", "/messages"))
            double.rate_limit_next(target, retry_after=rng.uniform(0.5, 2.0))
            await asyncio.sleep(2.0)
        elif fault == FAULTS[6]:
            double.hang_next(rng.choice(("/callback", "/webhooks/", "/messages")))
            await asyncio.sleep(2.0)
        elif fault == FAULTS[7]:
            async with self.store_lock, self.disk_full():  # not while it is read-only
                await asyncio.sleep(rng.uniform(2.0, 6.0))
        elif fault == FAULTS[8]:
            async with self.store_lock:
                await self.read_only_restart()
        elif fault == HELD_SINCE[0]:
            await self.read_only_while_running()
        elif fault == HELD_SINCE[1]:
            double.rate_limit_next(
                rng.choice(("/callback", "/webhooks/", "/messages")),
                retry_after=rng.uniform(0.05, 0.4),
                times=rng.randint(5, 8),
                cloudflare=rng.random() < 0.3,
            )
            await asyncio.sleep(3.0)
        elif fault == HELD_SINCE[2]:
            await self.servers_held_after_ready()
        elif fault == HELD_SINCE_48[0]:
            await self.paused_past_heartbeat()
        elif fault == HELD_SINCE_48[1]:
            await self.reload_unreadable_content()
        elif fault in POSTGRES_FAULTS or fault in POSTGRES_HELD_SINCE:
            await self.postgres_fault(fault)
        elif fault in CLOCK_FAULTS:
            await self.jump_clock(forward=fault == CLOCK_FAULTS[0])
        elif fault == FAULTS[12]:
            await self.burst(rng.randint(50, 200))
        elif fault == FAULTS[13]:
            await self.unknown_interactions()
        elif fault == FAULTS[14]:
            await self.slow_flushes()
        else:
            await asyncio.to_thread(self.hold_write_lock, rng.uniform(1.0, 4.0))
        if fault == FAULTS[1]:  # frozen from SIGSTOP to SIGCONT
            self.windows.append((began, time.monotonic()))
        elif fault in DISCORD_FAULTS:  # a request the fault took may be the next one's
            self.windows.append((began, time.monotonic() + WINDOW_S))
        self.timeline.append((fault, began - self.began, time.monotonic() - self.began))
        self.clear_discord_faults()

    def clear_discord_faults(self) -> None:
        self.double.state.faults.clear()

    @contextlib.asynccontextmanager
    async def disk_full(self) -> AsyncIterator[None]:
        """The tmpfs holding the database filled to the last byte, then emptied."""
        filler = self.work / "filler"
        with filler.open("wb", buffering=0) as out:  # unbuffered: nothing left to flush
            for size in (1 << 20, 1 << 12, 1):
                try:
                    while out.write(b"\0" * size):
                        pass
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
        self.no_room()
        try:
            yield
        finally:
            filler.unlink()
            self.room.set()

    def no_room(self) -> None:
        """The store cannot be used until `room` is set again (a full disk, PostgreSQL down)."""
        self.no_room_since += 1
        self.room.clear()

    def use_slow_disk(self, disk: SlowDisk) -> None:
        """Preload `disk`'s shim into every start of the bot, and draw the slow disk."""
        self.slow_disk = disk
        self.env.update(disk.env())

    async def slow_flushes(self) -> None:
        """Every fsync and fdatasync of the bot on its SQLite files waits 1-3 s, for 3-8 s:
        commits queue behind the disk, yet each interaction is answered (deferred) within
        Discord's 3 s and nothing is acknowledged before its commit. In 2 of 5, the process is
        killed (kill -9) meanwhile, a flush likely in flight, and restarted on the slow disk."""
        disk, rng = self.slow_disk, self.rng
        assert disk is not None
        delay, hold = rng.uniform(1.0, 3.0), rng.uniform(3.0, 8.0)
        kill_after = rng.uniform(0.5, hold) if rng.random() < 0.4 else None
        async with self.disk_lock:
            began = time.monotonic()
            disk.set(delay)
            try:
                if kill_after is not None:
                    await asyncio.sleep(kill_after)
                    async with self.process_lock:
                        self.report.faults["kill -9 during the slow disk"] += 1
                        await self.restart(signal.SIGKILL)
                await asyncio.sleep(max(0.0, began + hold - time.monotonic()))
            finally:
                disk.set(0.0)

    async def burst(self, count: int) -> None:
        """`count` interactions within a second from as many of the crowd (each at most twice,
        one after the other): a solo quiz started, its open question answered (a button, or
        the answer box and a typed answer), /score, /review or /leaderboard. Each must be
        answered within Discord's 3 s (or deferred) like any other; what failed is retried
        after the faults, and the answers acknowledged are checked with everyone's."""
        if not self.crowd:
            self.crowd = [
                Student(
                    await self.double.add_member(f"crowd{n}"),
                    random.Random(f"{self.report.seed}:crowd{n}"),
                    places=[self.places[0]],
                )
                for n in range(CROWD)
            ]
        picked = [self.crowd[n % len(self.crowd)] for n in range(count)]
        by_student: dict[int, list[float]] = {}
        for n, student in enumerate(picked):
            by_student.setdefault(id(student), []).append(n / count)  # spread over 1 s

        async def acts(student: Student, moments: list[float]) -> None:
            began = time.monotonic()
            for moment in moments:
                await asyncio.sleep(max(0.0, began + moment - time.monotonic()))
                await self.crowd_step(student)

        by_id = {id(s): s for s in picked}
        await asyncio.gather(*(acts(by_id[k], m) for k, m in by_student.items()))

    async def crowd_step(self, student: Student) -> None:
        """One action of a crowd student in a burst."""
        self.report.actions["burst interaction"] += 1
        roll = student.rng.random()
        place = self.places[0]
        if student.quiz is not None and roll < 0.6:
            await self.answer(student)
        elif roll < 0.6:
            await self.start_quiz(student)
        else:
            what = ("score", "review", "leaderboard")[int(roll * 10) % 3]
            if not await self.command(what, {}, student.user, channel=place.channel):
                student.pending.append(what)

    async def unknown_interactions(self) -> None:
        """2-5 interactions the bot cannot know, each made from a real recent one (`UNKNOWN`):
        every one must get a polite private answer within Discord's 3 s, never a traceback."""
        done = [i for i in self.double.state.interactions.values() if i.callback is not None]
        likes = {
            kind: next((i for i in reversed(done) if i.type == kind and i.name != "forged"), None)
            for kind in (2, 3)
        }
        for name in self.rng.sample(sorted(UNKNOWN), self.rng.randint(2, 5)):
            kind, change, gone = UNKNOWN[name]
            like = likes[kind]
            if like is None:
                continue
            self.report.actions[f"unknown: {name}"] += 1
            fresh = self.double.state.ids.next()
            itx = await forged(self.double, like, change(fresh), gone=gone)
            self.unknown.append((name, itx))
        await asyncio.sleep(WINDOW_S)

    def check_unknown(self) -> None:
        """Each interaction naming what the bot cannot act on (an id it does not know, a
        server it left) was told so privately; the others (a deleted message or channel,
        optional fields missing) may be answered as usual. All are held to the 3 s check."""
        for name, itx in self.unknown:
            answer = itx.callback
            if answer is None or name not in TOLD_PRIVATELY:
                continue  # the 3 s check counts it (a fault may excuse it)
            self.report.checked[INVARIANTS[3]] += 1
            if answer.type not in (4, 5) or not answer.ephemeral:
                self.report.violate(INVARIANTS[3], f"{name} {itx!r}: answered {answer!r}")

    def burst_figures(self) -> None:
        """How fast the crowd's interactions got their first response (in bursts)."""
        crowd = {s.user.id for s in self.crowd}
        times = sorted(
            i.callback.elapsed
            for i in self.double.state.interactions.values()
            if i.user_id in crowd and i.callback is not None
        )
        if times:
            median, worst = times[len(times) // 2], times[-1]
            self.report.figures.append(
                f"bursts: {len(times)} interactions of the crowd answered, first response"
                f" {median:.2f} s median, {worst:.2f} s at worst"
            )
            self.report.figures.append(self.first_response_kinds(crowd))

    def first_response_kinds(self, crowd: set[int]) -> str:
        """Where a burst's slowest first responses come from: deferrals (the bot's timer at
        `DEFER_AFTER` after the click, then Discord's round trip) or replies, each with its
        worst, and the worst a click reached the bot after its id's time (the gateway)."""
        deferred: list[float] = []
        replied: list[float] = []
        for itx in self.double.state.interactions.values():
            if itx.user_id not in crowd or itx.callback is None:
                continue
            kind = deferred if itx.callback.type in (5, 6) else replied
            kind.append(itx.callback.elapsed)

        def worst(times: list[float]) -> str:
            return f"{max(times):.2f} s at worst" if times else "none"

        return (
            f"bursts' first responses: {len(replied)} replies ({worst(replied)}), "
            f"{len(deferred)} deferrals ({worst(deferred)}; the bot defers "
            f"{DEFER_AFTER:g} s after the click, or at once in a crowd of more than "
            f"{DEFERS_ALL_ABOVE})"
        )

    def bot_now(self) -> dt.datetime:
        """The time by the bot's wall clock (the real one moved by the offset)."""
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.clock_offset)

    def set_clock_offset(self, seconds: float) -> None:
        """Step the bot's wall clock: its offset file replaced at once (written aside)."""
        self.clock_offset = seconds
        aside = self.clock_file.with_suffix(".new")
        aside.write_text(repr(seconds), encoding="utf-8")
        aside.replace(self.clock_file)

    async def jump_clock(self, *, forward: bool) -> None:
        """The bot's wall clock stepped forward (past a run due soon, when there is one) or
        back; the runs a forward step passed by less than `GRACE` are kept to check (each
        must be posted once), but for runs the bot settled as before their schedule existed
        (a schedule made after an earlier forward step, its time then already past that day,
        which a step back then brought ahead again): those are never posted."""
        before, rng = self.bot_now(), self.rng
        try:
            schedules = await self.schedules()
            settled = await self.settled_before_created()
        except (OSError, sqlite3.Error, asyncpg.PostgresError, asyncpg.InterfaceError):
            schedules, settled = [], set()  # the store is down meanwhile: a blind step
        if forward:
            soon = [
                t
                for s in schedules
                for t in runs_between(s, before, before + dt.timedelta(hours=8))
            ]
            target = (
                rng.choice(soon) + dt.timedelta(minutes=rng.uniform(1.0, 20.0))
                if soon
                else before + dt.timedelta(hours=rng.uniform(1.0, 3.0))
            )
            step = (target - before).total_seconds()
        else:
            step = -rng.uniform(1.0, 3.0) * 3600
        after = before + dt.timedelta(seconds=step)
        self.set_clock_offset(self.clock_offset + step)
        for schedule in schedules if forward else ():
            assert schedule.id is not None
            for when in runs_between(schedule, before, after):
                run = (schedule.id, run_key(schedule.id, when))
                if after - when <= GRACE - dt.timedelta(minutes=5) and run not in settled:
                    self.jumped_runs.add(run)  # due, with a margin

    async def schedules(self) -> list[Schedule]:
        """The schedules in the bot's store (recurring ones: the moderators' are daily)."""
        rows = await self.fetch(
            "SELECT id, guild_id, channel_id, briefing_id, what, recurrence, at, timezone,"
            " weekday FROM schedules WHERE recurrence <> 'once'"
        )
        return [
            Schedule(
                guild_id=int(guild),
                channel_id=int(channel),
                briefing_id=str(briefing),
                what=what,
                recurrence=recurrence,
                at=dt.time.fromisoformat(str(at)),
                timezone=str(zone),
                weekday=weekday,
                id=int(sid),
            )
            for sid, guild, channel, briefing, what, recurrence, at, zone, weekday in rows
        ]

    async def settled_before_created(self) -> set[tuple[int, str]]:
        """The runs the bot claimed, unposted, as its schedule was made (`before-created`):
        they fell before the schedule existed, by the bot's clock then."""
        rows = await self.fetch(
            "SELECT schedule_id, run_key FROM schedule_runs"
            " WHERE claimed_by LIKE '%:before-created' AND posted_at IS NULL"
        )
        return {(int(sid), str(key)) for sid, key in rows}

    async def check_jumped_runs(self) -> None:
        """Each run a forward step of the wall clock passed is posted (within
        `JUMP_SETTLES_S`; a run whose post Discord failed waits for the schedule's retry,
        minutes of the bot's clock later, and is excused), and a channel only schedules post
        to holds no more posts than runs were posted there (none posted twice)."""
        self.report.checked[INVARIANTS[9]] += len(self.jumped_runs) + 1

        async def unposted() -> set[tuple[int, str]]:
            rows = await self.fetch(
                "SELECT r.schedule_id, r.run_key FROM schedule_runs r WHERE r.posted_at IS NOT NULL"
            )
            posted = {(int(sid), str(key)) for sid, key in rows}
            return self.jumped_runs - posted

        deadline = time.monotonic() + JUMP_SETTLES_S
        missing = await unposted()
        while missing and time.monotonic() < deadline:
            await asyncio.sleep(1.0)
            missing = await unposted()
        failed = {
            int(sid)
            for (sid,) in await self.fetch("SELECT id FROM schedules WHERE last_error IS NOT NULL")
        }
        for sid, key in sorted(missing):
            if sid not in failed:
                self.report.violate(INVARIANTS[9], f"run {key} the clock passed, never posted")
        only_schedules = [p.channel for p in self.places if p.channel is not p.news]
        ids = ", ".join(str(int(channel.id)) for channel in only_schedules) or "0"
        ((runs,),) = await self.fetch(  # in the channels no /post goes to
            "SELECT count(*) FROM schedule_runs r JOIN schedules s ON s.id = r.schedule_id"
            f" WHERE r.posted_at IS NOT NULL AND s.channel_id IN ({ids})"
        )
        shown = [m for channel in only_schedules for m in posts_in(self.double, channel)]
        if len(shown) > runs:
            self.report.violate(INVARIANTS[9], f"{runs} runs posted, {len(shown)} shown: {shown}")

    def use_postgres(self, server: PostgresServer) -> None:
        """Run the bot on `server`'s `postgres` database; draw its faults, not the file's."""
        self.postgres = server
        self.env["DATABASE_URL"] = server.url
        self.drawn = (*FAULTS[:7], *CLOCK_FAULTS, *FAULTS[12:14], *POSTGRES_FAULTS)
        if self.report.seed >= HELD_SINCE_SEED:
            self.drawn += HELD_SINCE[1:]
        if self.report.seed >= POSTGRES_HELD_SINCE_SEED:
            self.drawn += POSTGRES_HELD_SINCE
        if self.report.seed >= HELD_SINCE_48_SEED:
            self.drawn += HELD_SINCE_48

    async def postgres_fault(self, fault: str) -> None:
        """PostgreSQL stopped (`pg_ctl stop -m fast`) and started again 0.5-3 s later; frozen
        (SIGSTOP on every process of the server) for 1-4 s; every connection of the bot
        terminated (`pg_terminate_backend`) once to three times; or (from seed 972) every
        session refusing writes for 2-6 s; students acting meanwhile."""
        server, rng = self.postgres, self.rng
        assert server is not None
        async with self.store_lock:  # one at a time (they may overlap the others)
            self.no_room()  # a restart of the bot meanwhile is refused (exit 4), then retried
            try:
                if fault == POSTGRES_FAULTS[0]:
                    await asyncio.to_thread(server.halt)
                    await asyncio.sleep(rng.uniform(0.5, 3.0))
                    await asyncio.to_thread(server.resume)
                elif fault == POSTGRES_FAULTS[1]:
                    server.signal_all(signal.SIGSTOP)
                    try:
                        await asyncio.sleep(rng.uniform(1.0, 4.0))
                    finally:
                        server.signal_all(signal.SIGCONT)
                elif fault == POSTGRES_HELD_SINCE[0]:
                    await self.postgres_read_only(True)
                    try:
                        await asyncio.sleep(rng.uniform(2.0, 6.0))
                    finally:
                        await self.postgres_read_only(False)
                else:
                    for _ in range(rng.randint(1, 3)):
                        await self.terminate_connections()
                        await asyncio.sleep(rng.uniform(0.2, 1.0))
            finally:
                self.room.set()

    async def postgres_read_only(self, on: bool) -> None:
        """Every session of the server refuses writes from its next statement (`on`), as
        after a failover to a standby, or takes them again."""
        db = await self.pg_connect()
        try:
            await db.execute(f"ALTER SYSTEM SET default_transaction_read_only = {on}")
            await db.execute("SELECT pg_reload_conf()")
        finally:
            await db.close()

    async def terminate_connections(self) -> None:
        """`pg_terminate_backend` on every client connection but this one."""
        db = await self.pg_connect()
        try:
            await db.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )
        finally:
            await db.close()

    async def pg_connect(self) -> asyncpg.Connection:
        assert self.postgres is not None
        return await asyncpg.connect(  # the harness's own writes go on while it is read-only
            host="127.0.0.1",
            port=self.postgres.port,
            user="postgres",
            database="postgres",
            server_settings={"default_transaction_read_only": "off"},
        )

    async def fetch(self, sql: str) -> list[tuple[Any, ...]]:
        """The rows of a query on the bot's store (the SQLite file, or PostgreSQL)."""
        if self.postgres is None:
            with sqlite3.connect(self.database) as db:
                return [tuple(row) for row in db.execute(sql).fetchall()]
        db = await self.pg_connect()
        try:
            return [tuple(row) for row in await db.fetch(sql)]
        finally:
            await db.close()

    async def downtime_passed(self) -> None:
        """The schedule's run fell due while the bot was down (`downtime_passed_the_run`)."""
        if self.postgres is None:
            downtime_passed_the_run(self.work)
            return
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        run = now - dt.timedelta(minutes=1)
        db = await self.pg_connect()
        try:
            await db.execute(
                "UPDATE schedules SET at = $1, next_run_at = $2, created_at = $3",
                run.time().isoformat(),
                run,
                now - dt.timedelta(minutes=10),
            )
        finally:
            await db.close()

    def hold_write_lock(self, seconds: float) -> None:
        """Another connection holds the database's write lock for `seconds`."""
        holder = sqlite3.connect(self.database, timeout=5, isolation_level=None)
        try:
            holder.execute("BEGIN EXCLUSIVE")
            time.sleep(seconds)
            holder.execute("ROLLBACK")
        except sqlite3.OperationalError:
            pass  # the bot held it all along: no fault this time
        finally:
            holder.close()

    async def read_only_while_running(self) -> None:
        """The SQLite file and its folder made read-only under the running bot for 2-6 s,
        then writable again, students acting meanwhile: nothing acknowledged may be lost, and
        whatever was refused works when retried (a restart meanwhile is refused, exit 4)."""
        async with self.store_lock:
            self.no_room()
            files = list(self.work.glob("bot.sqlite3*"))
            try:
                for path in files:
                    with contextlib.suppress(FileNotFoundError):
                        path.chmod(0o444)
                self.work.chmod(0o555)
                await asyncio.sleep(self.rng.uniform(2.0, 6.0))
            finally:
                self.work.chmod(0o755)
                for path in files:
                    with contextlib.suppress(FileNotFoundError):
                        path.chmod(0o644)
                self.room.set()

    async def servers_held_after_ready(self) -> None:
        """The gateway session forgotten (close 4000 or the connection dropped, a RESUME
        refused): the bot identifies anew (discord.py waits 5 s first), and READY lists each
        server unavailable, its GUILD_CREATE held 1-5 s more; students and moderators act
        throughout (posts and reveals due then wait for the server's data). Excused: what was
        created from the drop until the new READY, as for a restart; from then on, the
        servers still unavailable, every interaction is the bot's to answer in time."""
        double = self.double
        began, identified = time.monotonic(), len(double.state.identifies)
        double.server.guilds_held = True
        try:
            await double.close_gateway(self.rng.choice((4000, None)), resumable=False)
            await double.wait_for(
                lambda: len(double.state.identifies) > identified or None, timeout=STARTS_WITHIN
            )
            self.windows.append((began, time.monotonic()))
            await asyncio.sleep(self.rng.uniform(1.0, 5.0))
        finally:
            await double.server.release_guilds()

    async def paused_past_heartbeat(self) -> None:
        """The process paused (SIGSTOP) until Discord ends its session for the heartbeats it
        missed (close 4009, the session forgotten), 1-5 s more, then SIGCONT: it reads the
        clicks sent before the close, late, then the close, and identifies anew (discord.py
        waits up to 5 s first). Excused: what was created from the pause until the new
        session is ready, as for a restart."""
        double, process = self.double, self.process
        assert process is not None
        began, identified = time.monotonic(), len(double.state.identifies)
        live = list(double.server.sessions)
        process.send_signal(signal.SIGSTOP)
        double.server.heartbeat_timeout_s = HEARTBEAT_TIMEOUT_S
        try:
            await double.wait_for(
                lambda: any(s.timed_out for s in live) or None, timeout=STARTS_WITHIN
            )
            await asyncio.sleep(self.rng.uniform(1.0, 5.0))
        finally:
            process.send_signal(signal.SIGCONT)
            double.server.heartbeat_timeout_s = None
        await double.wait_for(
            lambda: len(double.state.identifies) > identified or None, timeout=STARTS_WITHIN
        )
        await double.wait_for(lambda: bool(double.server.sessions), timeout=STARTS_WITHIN)
        self.windows.append((began, time.monotonic()))

    async def reload_unreadable_content(self) -> None:
        """The content folder made unreadable (no listing, or no access), or a briefing file
        cut mid-line as a copy still being written leaves it, while the first server's
        moderator runs `/reload`: no good briefing may be dropped (reported "removed", or a
        cut file "loaded"). The folder is put back 1-3 s later and reloaded."""
        rng, place = self.rng, self.places[0]
        content = self.work / "content"
        mini = content / "mini.yaml"
        whole = mini.read_bytes()
        how = rng.choice(("not listable", "no access", "cut mid-write"))
        if how == "cut mid-write":
            mini.write_bytes(whole[: rng.randint(1, len(whole) - 2)].rstrip(b"\n") + b" ")
        else:
            content.chmod(0o311 if how == "not listable" else 0o000)
        try:
            text = await self.said("reload", {}, place.moderator, channel=place.channel)
            await asyncio.sleep(rng.uniform(1.0, 3.0))
        finally:
            content.chmod(0o755)
            mini.write_bytes(whole)
        self.report.faults[f"/reload: {how}"] += 1
        if text is None or TRY_AGAIN.search(text):
            return  # not answered (another fault on): nothing to check
        self.report.checked[INVARIANTS[11]] += 1
        kept = "cannot read the folder" in text if how != "cut mid-write" else "broken" in text
        if "removed" in text or not kept:
            self.report.violate(INVARIANTS[11], f"/reload with the content {how}: {text[:300]}")
        await self.said("reload", {}, place.moderator, channel=place.channel)

    async def read_only_restart(self) -> None:
        """The database made read-only under the bot, which is then restarted: the start is
        refused with exit 4; made writable again, the next start works."""
        began = time.monotonic()
        await self.stop(signal.SIGKILL)
        files = [p for p in self.work.glob("bot.sqlite3*")]
        for path in files:  # a -wal or -shm file may go as another connection closes
            with contextlib.suppress(FileNotFoundError):
                path.chmod(0o444)
        self.work.chmod(0o555)
        try:
            refused = await start_bot(self.work, self.env, prefix=WITHOUT_FILE_OVERRIDE)
            code, output = await finish(refused, timeout=STARTS_WITHIN)
            self.outputs.append(("read-only start", code, output))
            self.report.checked[INVARIANTS[6]] += 1
            if code != 4:
                self.report.violate(INVARIANTS[6], f"read-only start exited {code}, not 4")
        finally:
            self.work.chmod(0o755)
            for path in files:
                with contextlib.suppress(FileNotFoundError):
                    path.chmod(0o644)
        self.windows.append((began, await self.start()))

    # ----- users -------------------------------------------------------------------------

    async def users(self) -> None:
        """Each student and the moderator act at once, each at random (their own seeded
        draws), until the run's time is up."""
        end = time.monotonic() + self.seconds

        async def act(rng: random.Random, step: Callable[[], Any]) -> None:
            while time.monotonic() < end:
                await self.up.wait()
                await asyncio.sleep(rng.uniform(0.2, 1.5))  # a person's pace
                await step()

        actors = [act(s.rng, lambda s=s: self.student_step(s)) for s in self.students]
        moderators = [act(p.rng, lambda p=p: self.moderator_step(p)) for p in self.places]
        await asyncio.gather(*actors, *moderators)

    async def send(self, act: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """An interaction sent by a user (None: no bot was connected to receive it, as when
        Discord says the application did not respond)."""
        try:
            return await act(*args, **kwargs)
        except AssertionError as error:
            if "no bot is connected" in str(error):
                await asyncio.sleep(1.0)  # the student waits a moment before trying again
                return None
            raise

    @staticmethod
    async def within(wait: Any) -> Any:
        """What `wait` (a wait on the double) gave within WAIT_S (None: nothing came)."""
        try:
            return await wait(timeout=WAIT_S)
        except (AssertionError, TimeoutError):
            return None

    async def seen(self, itx: Any) -> Any:
        """The message the interaction showed (None: nothing in time, or nothing sent)."""
        return None if itx is None else await self.within(itx.message)

    async def opened(self, box: Any) -> Any:
        """The answer box (modal) a click opened (None: it did not open)."""
        opened = await self.box_response(box)
        return opened if opened is not None and opened.custom_id is not None else None

    async def box_response(self, box: Any) -> Any:
        """What a click on Answer was answered with first (None: nothing in time)."""
        return None if box is None else await self.within(box.response)

    async def told(self, itx: Any) -> str | None:
        """What the user was told (None: nothing came in time, or nothing was sent)."""
        shown = None if itx is None else await self.within(itx.told)
        return None if shown is None else str(shown.text)

    async def command(self, name: str, options: dict[str, Any], user: Any, **kw: Any) -> bool:
        """A slash command; True when it did what was asked (not "try again", not silence)."""
        text = await self.said(name, options, user, **kw)
        return text is not None and not TRY_AGAIN.search(text)

    async def said(self, name: str, options: dict[str, Any], user: Any, **kw: Any) -> str | None:
        """What a slash command told its user (None: nothing in time, or nothing sent)."""
        self.report.actions[f"/{name}"] += 1
        return await self.told(await self.send(self.double.slash, name, options, user=user, **kw))

    def typed(self, student: Student, place: Place | None) -> str:
        """A typed answer, drawn (one may mention the server's Moderator role)."""
        role = (place or self.places[0]).guild.role("Moderator").id
        return student.rng.choice(TYPED).format(role=role)

    def where(self, student: Student) -> Place:
        """The server a student acts in now: theirs, or one of their two, drawn."""
        if len(student.places) > 1:
            return student.rng.choice(student.places)
        return student.places[0] if student.places else self.places[0]

    async def student_step(self, student: Student) -> None:
        if student.pending:
            await self.retry(student, student.pending.pop(0))
            return
        roll = student.rng.random()
        if roll < 0.45 and student.quiz is not None:
            await self.answer(student)
        elif roll < 0.55 or (student.quiz is None and roll < 0.45):
            await self.start_quiz(student)
        elif roll < 0.7:
            await self.vote(student)
        elif roll < 0.8:
            if not await self.command(
                "review", {}, student.user, channel=self.where(student).channel
            ):
                student.pending.append("review")
        elif roll < 0.88:
            if not await self.command(
                "score", {}, student.user, channel=self.where(student).channel
            ):
                student.pending.append("score")
        elif roll < 0.92:
            if not await self.command(
                "leaderboard", {}, student.user, channel=self.where(student).channel
            ):
                student.pending.append("leaderboard")
        elif roll < 0.95:
            await self.read(student, self.where(student))
        else:
            await self.forget(student)

    async def read(self, student: Student, place: Place) -> None:
        """The student types a briefing's name (its autocomplete), then reads it (/brief)."""
        self.report.actions["/brief autocomplete"] += 1
        typed = place.titles[0][: student.rng.randint(0, 4)]
        with contextlib.suppress(AssertionError):  # no choices came: they type on
            await self.send(
                self.double.autocomplete,
                "brief",
                {"briefing": typed},
                focused="briefing",
                user=student.user,
                channel=place.channel,
                timeout=WAIT_S,
            )
        await self.command(
            "brief", {"briefing": place.briefing}, student.user, channel=place.channel
        )

    async def retry(self, student: Student, what: str) -> bool:
        self.report.checked[INVARIANTS[2]] += 1
        if what == "answer":
            done = await self.answer(student, retry=True)
        elif what == "quiz":
            done = await self.start_quiz(student, retry=True)
            slowed = SLOW_DOWN.search(student.trail[-1]) if not done else None
            if slowed:  # a student retrying each failed start hits the 2-per-10-s limit
                await asyncio.sleep(float(slowed.group(1)) + 0.5)  # waits as told, once
                done = await self.start_quiz(student, retry=True)
        elif what == "forgetme":
            done = await self.forget(student, retry=True)
        else:
            done = await self.command_retried(student, what)
        if not done and self.calm:
            self.report.violate(
                INVARIANTS[2],
                f"{student.user.username}: {what} retried, failed ({student.trail[-4:]})",
            )
        elif not done:
            student.pending.append(what)
        return done

    async def command_retried(self, student: Student, what: str) -> bool:
        """A student's command tried again (/review, /score, /leaderboard), its answer kept
        in their trail; told to slow down (2 starts per 10 s: a student retrying several
        failed /review back to back), they wait as told, once, as for /quiz."""
        channel = self.where(student).channel
        text = await self.said(what, {}, student.user, channel=channel)
        slowed = SLOW_DOWN.search(text or "")
        if slowed:
            await asyncio.sleep(float(slowed.group(1)) + 0.5)
            text = await self.said(what, {}, student.user, channel=channel)
        said = "nothing" if text is None else text[:120]
        student.trail.append(f"{time.monotonic():.1f} /{what} retried: {said!r}")
        return text is not None and not TRY_AGAIN.search(text)

    @property
    def calm(self) -> bool:
        """No fault of any kind is on (the end phase)."""
        return self._calm

    _calm = False

    async def start_quiz(self, student: Student, *, retry: bool = False) -> bool:
        self.report.actions["/quiz solo"] += 1
        place = self.where(student)
        itx = await self.send(
            self.double.slash,
            "quiz",
            {"briefing": place.briefing, "count": 3},
            user=student.user,
            channel=place.channel,
        )
        shown = await self.seen(itx)
        said = "nothing" if shown is None else shown.text[:120]
        student.trail.append(f"{time.monotonic():.1f} /quiz: {said!r}")
        if shown is None or not shown.buttons or "Question 1/" not in shown.text:
            if not retry:
                student.pending.append("quiz")
            return False
        solo = Solo(shown, str(shown.buttons[0]["custom_id"].split(":")[2]), place=place)
        self.session_places[solo.session] = place
        student.quiz = solo
        student.sessions.append(solo)
        return True

    async def answer(self, student: Student, *, retry: bool = False) -> bool:
        """Answer the open question (a button, or a typed answer in the box); then, once the
        verdict is shown, go to the next question."""
        solo = student.quiz
        if solo is None:
            return True
        message = solo.message
        number = question_number(message.text)
        labels = [b.get("label") for b in message.buttons]
        if "Quiz finished" in message.text or not message.buttons:
            student.quiz = None  # ended: by its last question, or by a newer /quiz of theirs
            return True
        if "The answer is" in message.text:  # answered: go on
            nxt = next((x for x in labels if x in ("Next question ▶", "See my score")), None)
            if nxt is None:
                student.quiz = None
                return True
            self.report.actions["next question"] += 1
            text = await self.told(
                await self.send(self.double.click, message, label=nxt, user=student.user)
            )
            if nxt == "See my score" and text is not None:
                student.quiz = None
            ok = text is not None and not TRY_AGAIN.search(text)
            if not ok and not retry:
                student.pending.append("answer")
            return ok
        if "Answer" in labels:
            self.report.actions["typed answer"] += 1
            box = await self.send(self.double.click, message, label="Answer", user=student.user)
            opened = await self.opened(box)
            first = opened or await self.box_response(box)
            said = "" if opened is not None else f", told {await self.told(box)!r}"
            student.trail.append(
                f"{time.monotonic():.1f} box q{number}: {box!r} -> {first!r}{said}"
            )
            if opened is None and "The answer is" in message.text:
                if number is not None:  # the answer was kept before: the click shows it
                    solo.acknowledged.add(number)
                return True
            if opened is None:
                if await self.ended_by_stop(student, box):
                    return True
                if not retry:
                    student.pending.append("answer")
                return False
            sent = await self.send(
                self.double.submit_modal,
                opened.custom_id,
                {"answer": self.typed(student, solo.place)},
                user=student.user,
            )
        elif "Stop" in labels and student.rng.random() < 0.05 and not retry:
            self.report.actions["solo quiz stopped"] += 1
            stopped = await self.send(self.double.click, message, label="Stop", user=student.user)
            if await self.told(stopped) is not None:
                student.quiz = None  # its answers so far stay acknowledged
            else:  # no word came: it may have stopped or not
                solo.stop_unanswered = True
            return True
        elif message.buttons:
            self.report.actions["button answer"] += 1
            choices = [b for b in message.buttons if ":qs:" in str(b.get("custom_id"))]
            if not choices:
                student.quiz = None
                return True
            choice = student.rng.choice(choices)
            sent = await self.send(
                self.double.click, message, choice["custom_id"], user=student.user
            )
        else:
            student.quiz = None
            return True
        text = await self.told(sent)
        student.trail.append(f"{time.monotonic():.1f} answer q{number}: {str(text)[:80]!r}")
        if "The answer is" in message.text or (text and "The answer is" in text):
            if number is not None:
                solo.acknowledged.add(number)
            return True
        if await self.ended_by_stop(student, sent):
            return True
        if not retry:
            student.pending.append("answer")
        return False

    async def ended_by_stop(self, student: Student, itx: Any) -> bool:
        """The bot says the quiz ended, after a Stop click of the student's that got no word
        (Discord refused its late reply): it did stop, so that is right, and the quiz is over
        for the harness too. Said of any other quiz, it stays a failure."""
        solo = student.quiz
        if solo is None or not solo.stop_unanswered or itx is None:
            return False
        text = await self.told(itx)
        if text is None or "This quiz has ended" not in text:
            return False
        student.quiz = None
        return True

    async def vote(self, student: Student) -> None:
        place = self.where(student)
        question = open_channel_question(self.double, place.news)
        if question is None:
            return
        session = str(question.buttons[0]["custom_id"].split(":")[2])
        self.session_places[session] = place
        key = f"{session}:{question.id}"
        if key in student.votes:
            return
        self.report.actions["channel vote"] += 1
        labels = [b.get("label") for b in question.buttons]
        if "Answer" in labels:
            box = await self.send(self.double.click, question, label="Answer", user=student.user)
            opened = await self.opened(box)
            if opened is None:
                return
            sent = await self.send(
                self.double.submit_modal,
                opened.custom_id,
                {"answer": self.typed(student, place)},
                user=student.user,
            )
        else:
            sent = await self.send(
                self.double.click, question, question.buttons[0]["custom_id"], user=student.user
            )
        text = await self.told(sent)
        moment = time.monotonic() - self.began
        student.trail.append(f"{moment:.1f} s into the run, vote {key}: {text!r:.80}")
        if text is not None and "Answer registered" in text:
            student.votes[key] += 1
            self.channel_sessions.add(session)

    async def forget(self, student: Student, *, retry: bool = False) -> bool:
        self.report.actions["/forgetme"] += 1
        channel = self.where(student).channel
        itx = await self.send(self.double.slash, "forgetme", {}, user=student.user, channel=channel)
        text = await self.told(itx)
        if text is None or TRY_AGAIN.search(text):
            if not retry:
                student.pending.append("forgetme")
            return False
        asked = itx.callback.message if itx.callback else None
        labels = [b.get("label") for b in asked.buttons] if asked is not None else []
        if "Yes, delete it all" in labels:
            yes = await self.send(
                self.double.click, asked, label="Yes, delete it all", user=student.user
            )
            done = await self.told(yes)
            if done is None or TRY_AGAIN.search(done):
                self.maybe_forgotten.update(s.session for s in student.sessions)
                self.maybe_forgotten.update(key.split(":")[0] for key in student.votes)
                if not retry:
                    student.pending.append("forgetme")
                return False
        self.forgotten.update(s.session for s in student.sessions)
        student.sessions, student.quiz = [], None
        student.votes.clear()
        return True

    async def moderator_step(self, place: Place) -> None:
        """A server's moderator: a schedule first, then channel quizzes, /post, /assign and
        uploads (a good and a broken file), all in their own server."""
        double, mod, rng, here = self.double, place.moderator, place.rng, place.channel
        roll = rng.random()
        if not place.schedule_made and roll < 0.5:
            await self.schedule(place)
        elif roll < 0.35:
            if open_channel_question(double, place.news) is None:
                options = {"briefing": place.briefing, "mode": "channel", "timer": 0, "count": 2}
                self.report.actions["/quiz channel"] += 1
                await self.told(
                    await self.send(double.slash, "quiz", options, user=mod, channel=place.news)
                )
            else:
                await self.close_question(place)
        elif roll < 0.5:
            options = {"briefing": place.briefing, "part": "summary", "channel": place.news}
            await self.command("post", options, mod, channel=here)
        elif roll < 0.65:
            due = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).strftime("%Y-%m-%d")
            options = {"briefing": place.briefing, "due_date": due, "due_time": "18:00"}
            await self.command("assign", options, mod, channel=here)
        elif roll < 0.72:
            await self.command("report", {"briefing": place.briefing}, mod, channel=here)
        elif roll < 0.8:
            await self.article_step(place)
        elif roll < 0.85:
            good = {"file": (f"{place.briefing}.yaml", place.upload[0].encode())}
            await self.command("briefing upload", good, mod, channel=here)
        else:
            self.report.actions["/briefing upload (broken)"] += 1
            broken = {"file": ("broken.yaml", place.upload[1].encode())}
            await self.told(
                await self.send(double.slash, "briefing upload", broken, user=mod, channel=here)
            )

    async def article_step(self, place: Place) -> None:
        """The moderator drafts the article, reviews the draft (`/briefing show`), uploads it
        with its placeholders written and publishes it; in half the steps does that again
        (a second version), rolls back (students must get the version published first) and
        unpublishes it; then deletes it. Each command is sent again (up to 3 tries) until it
        is done, as a moderator told to try again would (`benchmarks/chaos_articles.py`)."""
        published = await self.draft_published(place)
        if published is None:
            return
        slug, said = published
        first, options = NOW_GET.search(said), {"briefing": slug}
        if first is not None and place.rng.random() < 0.5:
            again = await self.draft_published(place)
            if again is None or again[0] != slug:
                return
            back = NOW_GET.search(await self.tried("briefing rollback", options, place) or "")
            if back is None:
                return
            self.report.checked[INVARIANTS[10]] += 1
            if back.group(1) != first.group(1):
                self.report.violate(
                    INVARIANTS[10],
                    f"{place.name}: {slug} rolled back to version {back.group(1)}, not to "
                    f"version {first.group(1)} published before",
                )
            if not await self.tried("briefing unpublish", options, place):
                return
        await self.delete(place, slug)

    async def draft_published(self, place: Place) -> tuple[str, str] | None:
        """The article drafted, reviewed, its file uploaded with the placeholders written, and
        published: its id and what the publish said (None: a step not done in 3 tries)."""
        drafts = self.drafts[place.name]
        article = {"article": ("water.txt", ARTICLE.encode())}
        shown = None
        for _ in range(3):
            self.report.actions["/briefing draft"] += 1
            itx = await self.send(
                self.double.slash,
                "briefing draft",
                article,
                user=place.moderator,
                channel=place.channel,
            )
            shown = await self.seen(itx)
            if shown is not None and shown.files:
                break
        if shown is None or not shown.files:
            drafts.unanswered()
            return None
        ((name, data),) = shown.files.items()
        slug = str(name).removesuffix(".yaml")
        drafts.drafted(slug)
        options = {"briefing": slug}
        if not await self.tried("briefing show", options, place):
            return None
        upload = {"file": (name, filled(data))}
        if not await self.tried("briefing upload", upload, place):
            drafts.unanswered()  # a version may be stored, never shown
            return None
        drafts.drafted(slug)
        published = await self.tried("briefing publish", options, place)
        return None if published is None else (slug, published)

    async def delete(self, place: Place, slug: str) -> None:
        """`/briefing remove` and its **Yes, delete it**, up to 3 tries."""
        for _ in range(3):
            self.report.actions["/briefing remove"] += 1
            itx = await self.send(
                self.double.slash,
                "briefing remove",
                {"briefing": slug},
                user=place.moderator,
                channel=place.channel,
            )
            ask = await self.seen(itx)
            if ask is None or "Yes, delete it" not in str(ask.buttons):
                continue
            click = await self.send(
                self.double.click, ask, label="Yes, delete it", user=place.moderator
            )
            done = await self.told(click)
            if done is not None and not TRY_AGAIN.search(done):
                self.drafts[place.name].removed(slug)
                return

    async def tried(self, name: str, options: dict[str, Any], place: Place) -> str | None:
        """A moderator's command sent up to 3 times until it is done: what it said then."""
        for _ in range(3):
            text = await self.said(name, options, place.moderator, channel=place.channel)
            if text is not None and not TRY_AGAIN.search(text):
                return text
        return None

    async def check_articles(self) -> None:
        """After the last restart: each server's drafts of the article hold the flow's
        invariant (`draft_findings`)."""
        for place in self.places:
            drafts = self.drafts[place.name]
            if not drafts.sent:
                continue
            rows = await self.fetch(
                "SELECT b.slug, b.title, v.yaml_text FROM server_briefings b"
                " JOIN server_briefing_versions v ON v.briefing_id = b.id"
                f" WHERE b.guild_id = {int(place.guild.id)}"
            )
            stored: dict[str, list[str]] = {}
            titles: dict[str, str] = {}
            for slug, title, text in rows:
                stored.setdefault(str(slug), []).append(str(text))
                titles[str(slug)] = str(title)
            self.report.checked[INVARIANTS[10]] += drafts.sent
            for finding in draft_findings(drafts, stored, titles):
                self.report.violate(INVARIANTS[10], f"{place.name}: {finding}")

    async def schedule(self, place: Place) -> None:
        """The moderator schedules the server's briefing daily in its students' channel, two
        hours from the first try (a retry asks for the same, as a moderator retrying would:
        was two hours from each try, so a retry after a lost reply made a second schedule)."""
        later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).strftime("%H:%M")
        place.schedule_time = place.schedule_time or later
        options = {"what": "briefing", "time": place.schedule_time, "briefing": place.briefing}
        options["channel"] = place.channel
        place.schedule_made = await self.command(
            "schedule", options, place.moderator, channel=place.channel
        )

    async def close_every_question(self, place: Place) -> None:
        """After the last restart, every question open in a server's news channel closes
        (its votes become answers): one quiz at a time there, or a violation naming them.
        Was: only the last one was closed, so the votes on a second quiz's question (a
        given-up start's quiz, resumed beside its retry's) were reported lost."""
        reported: set[tuple[int, ...]] = set()
        for _ in range(2 * MAX_CLOSES):
            questions = open_channel_questions(self.double, place.news)
            if not questions:
                return
            if len(questions) > 1 and tuple(q.id for q in questions) not in reported:
                reported.add(tuple(q.id for q in questions))  # once, not at every close
                self.report.violate(
                    INVARIANTS[4],
                    f"{len(questions)} channel quizzes open at once in {place.name}'s news "
                    f"channel: {[quiz_of(q) for q in questions]}: {questions}",
                )
            if not await self.close_question(place, questions[0]):
                self.report.violate(
                    INVARIANTS[4], f"{place.name}'s open channel question could not be closed"
                )
                return

    async def close_question(self, place: Place, question: Any = None) -> bool:
        question = question or open_channel_question(self.double, place.news)
        if question is None:
            return True
        self.report.actions["close channel question"] += 1
        click = await self.send(
            self.double.click, question, label="Close question", user=place.moderator
        )
        return await self.told(click) is not None

    async def publish_own(self) -> None:
        """Before the faults, each server's moderator uploads and publishes its own briefing."""
        for place in self.places:
            upload = {"file": (f"{place.briefing}.yaml", place.text.encode())}
            uploaded = await self.said(
                "briefing upload", upload, place.moderator, channel=place.channel
            )
            published = await self.said(
                "briefing publish",
                {"briefing": place.briefing},
                place.moderator,
                channel=place.channel,
            )
            if published is None or place.briefing not in published:
                raise RuntimeError(
                    f"{place.name} could not publish its briefing: {uploaded!r} {published!r}"
                )

    # ----- the end -----------------------------------------------------------------------

    async def run(self) -> ChaosReport:
        seed = self.report.seed
        first = self.places[0]
        self.students = [
            Student(
                await self.double.add_member(f"pupil{n}"),
                random.Random(f"{seed}:{n}"),
                places=[first],
            )
            for n in range(3)
        ]
        if len(self.places) > 1:
            self.students += [
                Student(
                    self.double.second.student, random.Random(f"{seed}:b"), places=[self.places[1]]
                ),
                Student(self.double.student, random.Random(f"{seed}:both"), places=self.places),
            ]
        await self.start()
        await self.publish_own()
        users = asyncio.create_task(self.users())
        try:
            await self.faults()
        except Exception as error:  # a start that failed, a stop that hung: end the run here
            users.cancel()  # (they would wait for ever for a bot that is not coming back)
            await asyncio.gather(users, return_exceptions=True)
            where = traceback.extract_tb(error.__traceback__)[-1]
            at = f"{Path(where.filename).name}:{where.lineno} {where.line}"
            self.report.violate(INVARIANTS[6], f"the run ended early: {error!r} at {at}"[:600])
            return self.kept_logs()
        await users
        self.clear_discord_faults()
        await self.final_restart()
        await self.check_messages()
        self.check_unknown()
        self.burst_figures()
        await self.check_answers()
        await self.check_servers()
        await self.check_articles()
        code = await self.stop(signal.SIGTERM)
        self.report.checked[INVARIANTS[6]] += len(self.outputs)
        for how, exit_code, output in self.outputs:
            if how == "SIGTERM" and exit_code != 0:
                self.report.violate(INVARIANTS[6], f"SIGTERM exited {exit_code}: {output[-400:]}")
            if "Traceback" in output:
                at = output.index("Traceback")
                self.report.violate(INVARIANTS[6], f"{how} run printed {output[at : at + 600]}")
        del code
        return self.kept_logs()

    def kept_logs(self) -> ChaosReport:
        """The report; after a violation, the bot's own words and the faults' timeline kept
        in a file for whoever looks into it."""
        if self.report.violations:
            kept = Path(tempfile.gettempdir()) / f"chaos-seed-{self.report.seed}.log"
            runs = [f"===== {how} exit {c} =====\n{out}" for how, c, out in self.outputs]
            timeline = [f"{f}: {a:.1f}s to {b:.1f}s" for f, a, b in self.timeline]
            kept.write_text("\n".join([*timeline, *runs]), encoding="utf-8")
            self.report.logs = str(kept)
        return self.report

    async def final_restart(self) -> None:
        """The last restart: a kill, each server's schedule due while down, then every open
        quiz goes on, every pending retry works and each due post is posted once."""
        self._calm = True
        await self.check_jumped_runs()
        for place in self.places:
            if not place.schedule_made:
                await self.schedule(place)
        await self.stop(signal.SIGKILL)
        self.set_clock_offset(0.0)  # set right while down: the post due is the real clock's
        self.report.faults[FAULTS[0]] += 1

        def posted() -> int:
            return sum(len(posts_in(self.double, p.channel)) for p in self.places)

        before = posted()
        ((made,),) = await self.fetch("SELECT count(*) FROM schedules")
        if made:
            await self.downtime_passed()
        began = time.monotonic()
        self.windows.append((began, await self.start()))

        async def retries(student: Student) -> None:
            student.trail.append(f"{time.monotonic():.1f} restarted; pending {student.pending}")
            while student.pending:
                await self.retry(student, student.pending.pop(0))

        await asyncio.gather(*(retries(s) for s in [*self.students, *self.crowd]))
        self.report.checked[INVARIANTS[4]] += 1
        for student in self.students:
            if student.quiz is not None and not await self.answer(student, retry=True):
                message = student.quiz.message if student.quiz else None
                shown = "" if message is None else f": {message.text[-300:]!r} {labels_of(message)}"
                self.report.violate(
                    INVARIANTS[4],
                    f"{student.user.username}'s solo quiz stuck{shown}; {student.trail[-6:]}",
                )
        for place in self.places:
            await self.close_every_question(place)
        self.report.checked[INVARIANTS[5]] += 1
        try:
            await self.double.wait_for(lambda: posted() - before >= made or None, timeout=60)
        except (AssertionError, TimeoutError):
            self.report.violate(INVARIANTS[5], f"of {made} posts due while down, not all came")
        await asyncio.sleep(4.0)  # four more ticks: none may post it again
        came = posted() - before
        ((schedules,),) = await self.fetch("SELECT count(*) FROM schedules")
        if came != schedules:  # each schedule once
            self.report.violate(
                INVARIANTS[5], f"{schedules} schedules due while down, {came} posts came"
            )
        twice = await self.fetch(
            "SELECT guild_id, count(*) FROM schedules GROUP BY guild_id HAVING count(*) > 1"
        )
        for guild_id, count in twice:  # one /schedule per server, retried as asked: one
            self.report.violate(
                INVARIANTS[5], f"server {guild_id} holds {count} schedules of one /schedule"
            )

    async def check_messages(self) -> None:
        """Every message the bot sent, every version of it: no traceback, no exception name,
        nothing that could ping; every interaction answered in time or excused and retried."""
        state = self.double.state
        for message in list(state.messages.values()):
            if message.author_id != state.bot_user.id:
                continue
            for version in [*message.history, message.data]:
                self.report.checked[INVARIANTS[3]] += 1
                text = "\n".join(_texts(version))
                if EXCEPTION_NAME.search(text):
                    self.report.violate(INVARIANTS[3], f"message shows {text[:200]!r}")
                if PING.search(text) and message.allowed_mentions not in ({"parse": []},):
                    self.report.violate(INVARIANTS[3], f"message may ping: {text[:200]!r}")
        for itx in list(state.interactions.values()):
            self.report.checked[INVARIANTS[1]] += 1
            late = itx.callback is None or itx.callback.elapsed > WINDOW_S
            tried = bool(itx.callback or itx.rejected)
            if late and not self.excused(itx.dispatched_at, answered=tried):
                refused = [f"{c.elapsed:.1f}s {c.error or ''}"[:80] for c in itx.rejected]
                what = (
                    f"never answered (refused: {refused})"
                    if itx.callback is None
                    else f"answered after {itx.callback.elapsed:.1f}s"
                )
                at = itx.dispatched_at - self.began
                near = [
                    (f, round(a, 1), round(b, 1))
                    for f, a, b in self.timeline
                    if a - 10 < at < b + 10
                ]
                self.report.violate(
                    INVARIANTS[1],
                    f"{itx!r} at {at:.1f}s {what}, no process or Discord fault on; near: {near}",
                )

    def excused(self, at: float, *, answered: bool) -> bool:
        """A process or Discord fault was on when the interaction created at `at` needed
        answering: it began at most 3 s after `at` for a late answer, at most the bot's own
        give-up time (10 s, then "try again") after it for one never answered at all, and
        had not ended before `at` (a restart ends when the new session is ready)."""
        before = WINDOW_S if answered else GIVE_UP_S
        return any(start - before <= at <= end for start, end in self.windows)

    async def check_servers(self) -> None:
        """Nothing one server was shown holds another's data; each answer is stored in the
        server its quiz was started in; each server's /score (for each of its students) and
        /leaderboard count exactly the answers stored there."""
        if len(self.places) < 2:
            return
        self.report.checked[INVARIANTS[7]] += len(self.double.state.messages)
        for leak in leaks(self.double, self.places):
            self.report.violate(INVARIANTS[7], leak)
        stored = await self.fetch(
            "SELECT session_id, guild_id, count(*) FROM answers"
            " WHERE session_id IS NOT NULL GROUP BY session_id, guild_id"
        )
        for session, guild_id, count in stored:
            place = self.session_places.get(str(session))
            self.report.checked[INVARIANTS[8]] += count
            if place is not None and guild_id != place.guild.id:
                self.report.violate(
                    INVARIANTS[8], f"{count} answers of {place.name}'s {session} in {guild_id}"
                )
        counts = {
            (int(user), int(guild)): (int(right), int(answered))
            for user, guild, right, answered in await self.fetch(
                "SELECT user_id, guild_id, SUM(CASE WHEN correct THEN 1 ELSE 0 END), count(*)"
                " FROM answers WHERE guild_id IS NOT NULL GROUP BY user_id, guild_id"
            )
        }
        for place in self.places:
            here = place.guild.id
            members = [s for s in self.students if place in s.places]
            for student in members:
                stored = counts.get((student.user.id, here), (0, 0))
                await self.check_counted("score", student, place, stored, score_counts)
            asker = members[0]
            on_board = {user: c for (user, guild), c in counts.items() if guild == here and c[0]}
            await self.check_counted(
                "leaderboard",
                asker,
                place,
                {"rows": True},
                lambda t, a=asker, b=on_board: board_holds(t, a.user.id, b),
            )

    async def calm_said(self, name: str, student: Student, place: Place) -> str | None:
        """A student's command after the faults, once more after a "slow down" (a cooldown)."""
        for _ in range(3):
            text = await self.said(name, {}, student.user, channel=place.channel)
            if text is None or not TRY_AGAIN.search(text):
                return text
            await asyncio.sleep(5.0)
        return text

    async def check_counted(
        self,
        name: str,
        student: Student,
        place: Place,
        stored: object,
        read: Callable[[str], object],
    ) -> None:
        """`/name`, run by `student` in `place` after the faults, shows the counts `stored`
        there (as `read` reads them from its text: right and given answers)."""
        text = await self.calm_said(name, student, place)
        shown = None if text is None else read(text)
        self.report.checked[INVARIANTS[8]] += 1
        if shown != stored:
            self.report.violate(
                INVARIANTS[8],
                f"/{name} by {student.user.username} in {place.name} shows {shown} (right,"
                f" answered); the store holds {stored} there: {(text or '')[:300]!r}",
            )

    async def check_answers(self) -> None:
        """Each acknowledged answer is one row; no answer is stored twice."""
        doubled = await self.fetch(
            "SELECT session_id, user_id, question_id, count(*) FROM answers"
            " WHERE session_id IS NOT NULL GROUP BY session_id, user_id, question_id"
            " HAVING count(*) > 1"
        )
        rows = {
            str(key): count
            for key, count in await self.fetch(
                "SELECT session_id || ':' || user_id, count(*) FROM answers"
                " WHERE session_id IS NOT NULL GROUP BY session_id, user_id"
            )
        }
        for row in doubled:
            self.report.violate(INVARIANTS[0], f"stored {row[3]} times: {row[:3]}")
        for student in [*self.students, *self.crowd]:
            uid = student.user.id
            for solo in student.sessions:
                self.report.checked[INVARIANTS[0]] += len(solo.acknowledged)
                kept = rows.get(f"{solo.session}:{uid}", 0)
                if kept == 0 and solo.session in self.maybe_forgotten:
                    continue  # its student's deletion went through, unanswered
                if kept < len(solo.acknowledged):
                    self.report.violate(
                        INVARIANTS[0],
                        f"{student.user.username} solo {solo.session}: "
                        f"{len(solo.acknowledged)} acknowledged, {kept} stored",
                    )
            per_session = Counter(key.split(":")[0] for key in student.votes)
            for session, votes in per_session.items():
                self.report.checked[INVARIANTS[0]] += votes
                kept = rows.get(f"{session}:{uid}", 0)
                if kept == 0 and session in self.maybe_forgotten:
                    continue
                if kept < votes:
                    self.report.violate(
                        INVARIANTS[0],
                        f"{student.user.username} channel {session}: "
                        f"{votes} registered, {kept} stored "
                        f"({[t for t in student.trail if session in t]})",
                    )
        for session in self.forgotten:
            if any(key.startswith(f"{session}:") for key in rows):
                self.report.violate(INVARIANTS[0], f"forgotten session {session} still stored")


def _texts(data: dict[str, Any]) -> list[str]:
    out = [str(data.get("content") or "")]
    for embed in data.get("embeds") or []:
        out += [str(embed.get(k) or "") for k in ("title", "description")]
        out += [f"{f.get('name')} {f.get('value')}" for f in embed.get("fields") or []]
    return out


BOARD_SIZE = 10
"""The learners /leaderboard lists (then the asker's own row, when not among them)."""


def board_holds(text: str, asker: int, stored: dict[int, tuple[int, int]]) -> dict[str, Any]:
    """`{"rows": True}` when a /leaderboard `text` shows every learner `stored` with their
    counts, or, with more learners than it lists (a burst's crowd), its top `BOARD_SIZE` rows
    each as stored; else what it showed."""
    shown = board_counts(text, asker)
    if len(stored) <= BOARD_SIZE:
        return {"rows": True} if shown == stored else {"shown": shown}
    wrong = {user: c for user, c in shown.items() if stored.get(user) != c}
    full = len(shown.keys() - {asker}) >= BOARD_SIZE - 1  # the asker may be among the top
    return {"rows": True} if full and not wrong else {"shown": shown}


def _set_id(how: Callable[[str], str]) -> Callable[[int], Change]:
    return lambda fresh: lambda p: p["data"].update(custom_id=how(str(p["data"]["custom_id"])))


def _gone_message(fresh: int) -> Change:
    return lambda p: p["message"].update(id=str(fresh))


def _gone_channel(fresh: int) -> Change:
    def change(payload: dict[str, Any]) -> None:
        payload["channel_id"] = str(fresh)
        payload["channel"] = {**payload.get("channel", {}), "id": str(fresh)}
        if "message" in payload:
            payload["message"] = {**payload["message"], "channel_id": str(fresh)}

    return change


def _left_guild(fresh: int) -> Change:
    def change(payload: dict[str, Any]) -> None:
        payload["guild_id"] = str(fresh)
        payload["guild"] = {**payload.get("guild", {}), "id": str(fresh)}
        payload["authorizing_integration_owners"] = {"0": str(fresh)}

    return change


def _bare(fresh: int) -> Change:
    del fresh

    def change(payload: dict[str, Any]) -> None:
        for optional in ("locale", "guild_locale", "channel"):  # "?" in Discord's reference
            payload.pop(optional, None)
        for optional in ("nick", "avatar", "premium_since", "joined_at"):
            payload.get("member", {}).pop(optional, None)

    return change


UNKNOWN: dict[str, tuple[int, Callable[[int], Change], bool]] = {
    "an unknown custom_id": (3, _set_id(lambda _: "zz:gone:1"), False),
    "an older version's custom_id": (3, _set_id(lambda c: re.sub(r"^\w+:", "b0:", c)), False),
    "a component of a deleted message": (3, _gone_message, True),
    "a component in a deleted channel": (3, _gone_channel, False),
    "a command in a server the bot left": (2, _left_guild, False),
    "a click with no optional fields": (3, _bare, False),
    "a command with no optional fields": (2, _bare, False),
}
"""Interactions the bot cannot know: (interaction type, the change to a real one's payload,
whether its message is gone)."""
TOLD_PRIVATELY = {
    "an unknown custom_id",
    "an older version's custom_id",
    "a command in a server the bot left",
}


def quiz_of(question: Any) -> str:
    """The session id a channel question's buttons name."""
    return str(question.buttons[0].get("custom_id", "")).split(":")[2]


def labels_of(message: Any) -> list[str]:
    return [str(b.get("label")) for b in message.buttons]


def question_number(text: str) -> int | None:
    found = re.search(r"Question (\d+)/\d+", text)
    return int(found.group(1)) if found else None


def open_channel_question(double: DiscordDouble, channel: Any) -> Any:
    """The last channel-quiz question in `channel` still taking answers, if any."""
    found = open_channel_questions(double, channel)
    return found[-1] if found else None


def open_channel_questions(double: DiscordDouble, channel: Any) -> list[Any]:
    """Every channel-quiz question in `channel` still taking answers, oldest first: one at
    most, as one quiz runs in a channel at a time."""
    found = []
    for message in double.bot_messages_in(channel):
        ids = [str(b.get("custom_id", "")) for b in message.buttons]
        closable = any(b.get("label") == "Close question" for b in message.buttons)
        if (
            closable
            and not message.deleted
            and any(i.startswith(("b1:qg:", "bb:qg:")) for i in ids)
        ):
            found.append(message)
    return found


def posts_in(double: DiscordDouble, channel: Any) -> list[Any]:
    """The bot's briefing posts in a channel (they carry the Quiz me button)."""
    return [
        m
        for m in double.bot_messages_in(channel)
        if any(b.get("label") == "Quiz me" for b in m.buttons)
    ]


@contextlib.contextmanager
def postgres_server(wanted: bool) -> Iterator[PostgresServer | None]:
    """A PostgreSQL server of the run's own (as the tests start it), or None."""
    if not wanted:
        yield None
        return
    with PostgresServer.running() as server:
        yield server


@contextlib.contextmanager
def small_disk() -> Any:
    """A fresh folder on a tmpfs of its own (TMPFS_MB), or a plain temporary folder where
    mounting is not allowed (then "disk full" is not drawn)."""
    folder = Path(tempfile.mkdtemp(prefix="chaos-"))
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_MB}m", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    try:
        yield folder, mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
        with contextlib.suppress(OSError):
            for path in sorted(folder.rglob("*"), reverse=True):
                path.unlink() if not path.is_dir() else path.rmdir()
            folder.rmdir()


async def run_chaos(
    seed: int, seconds: float, only: str = "", *, postgres: bool = False
) -> ChaosReport:
    """One seeded run of `seconds` of faults and users, then the end checks; `only`: draw
    only the faults whose names contain one of its comma-separated words (all when empty);
    `postgres`: the store on a PostgreSQL server of the run's own, not a SQLite file."""
    with (
        small_disk() as (folder, mounted),
        postgres_server(postgres) as server,
        tempfile.TemporaryDirectory(prefix="chaos-clock-") as clock_dir,
    ):
        work = make_workdir(folder)
        async with DiscordDouble(second_guild=True) as double:
            chaos = Chaos(double, work, seed, seconds, Path(clock_dir) / "clock-offset")
            chaos.can_fill_disk = mounted
            if server is not None:
                chaos.use_postgres(server)
            else:
                disk = SlowDisk(Path(clock_dir), chaos.database.name)
                if disk.usable:
                    chaos.use_slow_disk(disk)
            wanted = [w.strip() for w in only.split(",") if w.strip()]
            drawn = chaos.drawn
            chaos.drawn = tuple(f for f in drawn if any(w in f for w in wanted)) or drawn
            try:
                return await chaos.run()
            finally:
                if chaos.process is not None and chaos.process.returncode is None:
                    with contextlib.suppress(ProcessLookupError):
                        chaos.process.send_signal(signal.SIGCONT)
                        chaos.process.kill()
                    await chaos.process.wait()


def main(argv: list[str] | None = None) -> int:
    """Run seeds `--seed` .. `--seed + --seeds - 1`, `--minutes` each; exit 1 on a violation."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chaos", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", type=int, default=1, help="how many seeds in a row")
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument(
        "--only", default="", help="draw only faults whose name has one of these (commas)"
    )
    parser.add_argument(
        "--postgres", action="store_true", help="the store on PostgreSQL, with its faults"
    )
    args = parser.parse_args(argv)
    failed = 0
    for seed in range(args.seed, args.seed + args.seeds):
        report = asyncio.run(run_chaos(seed, args.minutes * 60, args.only, postgres=args.postgres))
        print(report.table(), flush=True)
        print(flush=True)
        failed += bool(report.violations)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
