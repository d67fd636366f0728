"""Row a: interactions handled per second in-process, ours against a bare "ok" bot.

`INTERACTION_CREATE` payloads go straight to each bot's gateway parser (and from there to its
command tree or its interaction handler); discord.py's HTTP layer is answered in-process
(`StubDiscord`), so no network is involved. A batch of payloads arrives at once, as a busy
gateway delivers them, and the rate is the batch size over the time until the last reply.
Our answer clicks are committed to SQLite (with their review state) before each reply.

A batch is a crowd to our bot: above `answer_in_time.CROWD` interactions at once it defers
each as it is taken up and sends the reply as an edit, two requests where the reference sends
one (that path is measured by `python -m benchmarks.crowd_at_ready`). Row a compares the same
reply sent once, so the crowd's threshold is set above the batch while it runs.
"""

from __future__ import annotations

import gc
import time
from typing import Any

from benchmarks.collector import as_in_our_process
from benchmarks.same_reply import CLICK, SameReplyBot, same_reply
from benchmarks.stub_discord import StubDiscord
from benchmarks.table import Row, at_least, median
from benchmarks.workspace import scratch, services_in
from bot.discord_bot import answer_in_time
from bot.discord_bot.client import BriefBot

__all__ = ["measure"]

ERROR_COLOUR = 0xC05621
BRIEFING = "nk-troops-russia"
ANSWER_KEYS = {"A", "B", "C", "D", "E", "true", "false"}
SLASH_OPTIONS: dict[str, dict[str, str]] = {
    "brief": {"briefing": BRIEFING},
    "quote": {"person": "austin", "briefing": BRIEFING},
    "quiz": {"briefing": BRIEFING},
}
"""Row a's slash commands (a1 to a3) and the options each request gives."""


async def _rate(stub: StubDiscord, bot: Any, batch: list[dict[str, Any]]) -> float:
    # Objects alive before the batch (both bots, prepared payloads) are frozen out of the
    # collector, so a full collection of the benchmark's own set-up cannot land in one
    # batch and not another. Each bot runs with its own process's collector thresholds.
    gc.collect()
    gc.freeze()
    try:
        with stub, as_in_our_process(isinstance(bot, BriefBot)):
            start = time.perf_counter()
            await stub.feed(bot, batch)
            elapsed = time.perf_counter() - start
    finally:
        gc.unfreeze()
    _check(stub)
    return len(batch) / elapsed


def _check(stub: StubDiscord) -> None:
    """Refuse to report a rate made of error replies."""
    for body in stub.replies.values():
        for embed in (body.get("data") or {}).get("embeds") or []:
            if embed.get("color") == ERROR_COLOUR:
                raise RuntimeError(f"benchmark got an error reply: {embed.get('description')}")


def _answer_click(stub: StubDiscord, user: Any, reply: dict[str, Any]) -> dict[str, Any] | None:
    """A click on the first answer button of a quiz question reply (None: a typed answer)."""
    message = stub.message(reply.get("data") or {}, 0)
    for row in message["components"]:
        for button in row.get("components") or []:
            custom_id = str(button.get("custom_id", ""))
            if custom_id.rsplit(":", 1)[-1] in ANSWER_KEYS:
                return stub.click(user, message, custom_id)
    return None


async def _record(stub: StubDiscord, ours: BriefBot) -> dict[str, dict[str, Any]]:
    """One of each request to our bot; the reply bodies the reference will send."""
    recorded: dict[str, dict[str, Any]] = {}
    # Until a quiz opens on a question with answer buttons and the click's verdict is its
    # reply (type 7): on a loaded machine the commit may pass `DEFER_AFTER`, and the reply is
    # then a deferral (type 6) with the verdict in a later edit.
    for user in stub.users(50):
        for kind, options in SLASH_OPTIONS.items():
            payload = stub.slash(user, kind, options)
            await _rate(stub, ours, [payload])
            recorded[kind] = dict(stub.replies[int(payload["id"])]["data"])
        click = _answer_click(stub, user, {"data": recorded["quiz"]})
        if click is None:
            continue
        await _rate(stub, ours, [click])
        reply = stub.replies[int(click["id"])]
        if reply.get("type") == 7:
            recorded[CLICK] = dict(reply["data"])
            return recorded
    raise AssertionError("no quiz opened on a question with answer buttons answered in one step")


def _check_same(stub: StubDiscord, recorded: dict[str, Any]) -> None:
    """Refuse a reference rate unless every reply it sent is the recorded one."""
    for body in stub.replies.values():
        if not same_reply(body.get("data") or {}, recorded):
            raise RuntimeError("the reference sent a reply other than ours")


async def measure(batch: int, runs: int) -> list[Row]:
    """Rows a1-a4: /brief, /quote, /quiz start and an answer click, per second."""
    crowd = answer_in_time.CROWD
    answer_in_time.CROWD = max(crowd, batch)  # one reply each, as the reference sends
    try:
        return await _measure(batch, runs)
    finally:
        answer_in_time.CROWD = crowd


async def _measure(batch: int, runs: int) -> list[Row]:
    bare_stub, our_stub = StubDiscord(), StubDiscord()
    kinds = ("brief", "quote", "quiz", CLICK)
    ours_rate: dict[str, list[float]] = {k: [] for k in kinds}
    bare_rate: dict[str, list[float]] = {k: [] for k in kinds}
    with scratch() as root:
        async with services_in(root) as services:
            ours = BriefBot(services)
            with our_stub:
                await our_stub.login(ours)
            recorded = await _record(our_stub, ours)
            bare = SameReplyBot(recorded)
            try:
                with bare_stub:
                    await bare_stub.login(bare)
                bare_users = bare_stub.users(50)
                question = bare_stub.message(recorded["quiz"], 0)
                answer_id = question["components"][0]["components"][0]["custom_id"]
                for _ in range(runs):
                    users = our_stub.users(batch)
                    for kind, options in SLASH_OPTIONS.items():
                        bare_batch = [
                            bare_stub.slash(bare_users[i % 50], "reply", {"kind": kind})
                            for i in range(batch)
                        ]
                        bare_rate[kind].append(await _rate(bare_stub, bare, bare_batch))
                        _check_same(bare_stub, recorded[kind])
                        our_batch = [our_stub.slash(u, kind, options) for u in users]
                        ours_rate[kind].append(await _rate(our_stub, ours, our_batch))
                    quizzes = {
                        int(p["member"]["user"]["id"]): our_stub.replies[int(p["id"])]
                        for p in our_batch
                    }
                    clicks = [
                        click
                        for user in users
                        if (click := _answer_click(our_stub, user, quizzes[user.id])) is not None
                    ]
                    bare_clicks = [
                        bare_stub.click(bare_users[i % 50], question, answer_id)
                        for i in range(len(clicks))
                    ]
                    bare_rate[CLICK].append(await _rate(bare_stub, bare, bare_clicks))
                    _check_same(bare_stub, recorded[CLICK])
                    ours_rate[CLICK].append(await _rate(our_stub, ours, clicks))
            finally:
                await bare.close()
                await ours.close()
    target = at_least(0.5, ">= 0.5x bare", ratio=True)
    rows = (
        ("a1", "/brief handled", "brief"),
        ("a2", "/quote handled", "quote"),
        ("a3", "/quiz start handled (saved)", "quiz"),
        ("a4", "quiz answer click (committed)", CLICK),
    )
    return [
        Row(
            key,
            what,
            "/s",
            median(ours_rate[kind]),
            median(bare_rate[kind]),
            "bare, same reply",
            target,
            runs,
        )
        for key, what, kind in rows
    ]
