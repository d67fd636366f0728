"""Row a: interactions handled per second in-process, ours against a bare "ok" bot.

`INTERACTION_CREATE` payloads go straight to each bot's gateway parser (and from there to its
command tree or its interaction handler); discord.py's HTTP layer is answered in-process
(`StubDiscord`), so no network is involved. A batch of payloads arrives at once, as a busy
gateway delivers them, and the rate is the batch size over the time until the last reply.
Our answer clicks are committed to SQLite (with their review state) before each reply.
"""

from __future__ import annotations

import gc
import time
from typing import Any

from benchmarks.bare import BUTTON_ID, BareBot
from benchmarks.stub_discord import StubDiscord
from benchmarks.table import Row, at_least, median
from benchmarks.workspace import scratch, services_in
from bot.discord_bot.client import BriefBot

__all__ = ["measure"]

ERROR_COLOUR = 0xC05621
BRIEFING = "nk-troops-russia"
ANSWER_KEYS = {"A", "B", "C", "D", "E", "true", "false"}


async def _rate(stub: StubDiscord, bot: Any, batch: list[dict[str, Any]]) -> float:
    # Objects alive before the batch (both bots, prepared payloads) are frozen out of the
    # collector, so a full collection of the benchmark's own set-up cannot land in one
    # batch and not another.
    gc.collect()
    gc.freeze()
    try:
        with stub:
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


async def measure(batch: int, runs: int) -> list[Row]:
    """Rows a1-a4: /brief, /quote, /quiz start and an answer click, per second."""
    bare_stub, our_stub = StubDiscord(), StubDiscord()
    samples: dict[str, list[float]] = {
        k: [] for k in ("bare", "bare_click", "brief", "quote", "quiz", "click")
    }
    with scratch() as root:
        async with services_in(root) as services:
            bare, ours = BareBot(), BriefBot(services)
            try:
                with bare_stub:
                    await bare_stub.login(bare)
                with our_stub:
                    await our_stub.login(ours)
                bare_users = bare_stub.users(50)
                await _rate(bare_stub, bare, [bare_stub.slash(bare_users[0], "button", {})])
                ok_message = bare_stub.message(next(iter(bare_stub.replies.values()))["data"], 0)
                for _ in range(runs):
                    users = our_stub.users(batch)
                    samples["bare"].append(
                        await _rate(
                            bare_stub,
                            bare,
                            [bare_stub.slash(bare_users[i % 50], "ok", {}) for i in range(batch)],
                        )
                    )
                    samples["brief"].append(
                        await _rate(
                            our_stub,
                            ours,
                            [our_stub.slash(u, "brief", {"briefing": BRIEFING}) for u in users],
                        )
                    )
                    samples["quote"].append(
                        await _rate(
                            our_stub,
                            ours,
                            [
                                our_stub.slash(
                                    u, "quote", {"person": "austin", "briefing": BRIEFING}
                                )
                                for u in users
                            ],
                        )
                    )
                    quizzes = [our_stub.slash(u, "quiz", {"briefing": BRIEFING}) for u in users]
                    samples["quiz"].append(await _rate(our_stub, ours, quizzes))
                    by_user = {int(p["member"]["user"]["id"]): p for p in quizzes}
                    clicks = []
                    for user in users:
                        payload = by_user[user.id]
                        click = _answer_click(our_stub, user, our_stub.replies[int(payload["id"])])
                        if click is not None:
                            clicks.append(click)
                    samples["bare_click"].append(
                        await _rate(
                            bare_stub,
                            bare,
                            [
                                bare_stub.click(bare_users[i % 50], ok_message, BUTTON_ID)
                                for i in range(len(clicks))
                            ],
                        )
                    )
                    samples["click"].append(await _rate(our_stub, ours, clicks))
            finally:
                await bare.close()
                await ours.close()
    bare_rate, bare_click = median(samples["bare"]), median(samples["bare_click"])
    target = at_least(0.5, ">= 0.5x bare", ratio=True)
    slash_ref = "bare /ok"
    return [
        Row(
            "a1",
            "/brief handled",
            "/s",
            median(samples["brief"]),
            bare_rate,
            slash_ref,
            target,
            runs,
        ),
        Row(
            "a2",
            "/quote handled",
            "/s",
            median(samples["quote"]),
            bare_rate,
            slash_ref,
            target,
            runs,
        ),
        Row(
            "a3",
            "/quiz start handled (saved)",
            "/s",
            median(samples["quiz"]),
            bare_rate,
            slash_ref,
            target,
            runs,
        ),
        Row(
            "a4",
            "quiz answer click (committed)",
            "/s",
            median(samples["click"]),
            bare_click,
            "bare click",
            target,
            runs,
        ),
    ]
