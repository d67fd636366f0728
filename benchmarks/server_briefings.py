"""What a server's own briefings cost: upload, publish, and how soon another process serves it.

Run `python -m benchmarks.server_briefings`. On SQLite in a temporary folder, two content
services on one database stand for two bot processes: it prints the median time to check
and store an upload (the mini briefing), to publish it, the idle change check every process
makes every 2 s, and the time from a publish to the other process's refresh serving it
(polled as the bot polls, so bounded by the 2 s interval plus this refresh).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

from benchmarks.workspace import MINI, ROOT, scratch
from bot.authoring.checklist import draft_with_checklist
from bot.core.clock import SystemClock
from bot.core.content import Catalog, ContentService
from bot.core.library import Library
from bot.store import open_store

ROUNDS = 30


async def _median_ms(step: Callable[[int], Awaitable[object]], rounds: int = ROUNDS) -> float:
    times = []
    for n in range(rounds):
        start = time.perf_counter()
        await step(n)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _service(store: object) -> ContentService:
    bundled = Library(ROOT / "content")
    bundled.reload()
    repo = store.server_briefings  # type: ignore[attr-defined]
    return ContentService(repo, Catalog(bundled), SystemClock(), draft_with_checklist)


async def main() -> None:
    text = MINI.read_text()
    with scratch() as root:
        url = f"sqlite+aiosqlite:///{root}/data/briefbot.sqlite3"
        first, second = await open_store(url), await open_store(url)
        try:
            one, two = _service(first), _service(second)
            await two.refresh()

            def upload(n: int) -> Awaitable[object]:
                raw = text.replace("id: mini", f"id: b{n}").encode()
                return one.upload(1, f"b{n}.yaml", raw)

            rows = {"upload (check + store a draft)": await _median_ms(upload)}
            rows["publish (and refresh this process)"] = await _median_ms(
                lambda n: one.publish(1, f"b{n}")
            )
            await two.refresh()
            rows["idle change check (every 2 s)"] = await _median_ms(lambda n: two.refresh())

            async def seen_by_the_other(n: int) -> None:
                await one.upload(2, "x.yaml", text.replace("id: mini", f"id: x{n}").encode())
                await one.publish(2, f"x{n}")
                await two.refresh()
                two.catalog.for_guild(2).get(f"x{n}~{n + ROUNDS + 1}")

            rows["upload, publish, other process serves it"] = await _median_ms(seen_by_the_other)
        finally:
            await first.close()
            await second.close()
    for name, ms in rows.items():
        print(f"{name:45} {ms:8.2f} ms (median of {ROUNDS})")


if __name__ == "__main__":
    asyncio.run(main())
