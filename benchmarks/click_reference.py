"""Row b1's reference beside one that sends our reply: `python -m benchmarks.click_reference`.

Row b1 compares our answer click with a bare discord.py click (`end_to_end._bare`) that edits
a one-button message to "ok". Ours edits a question (an embed and its buttons) into a verdict
(an embed and three or four buttons), which discord.py parses on the way in and out and the
double copies and checks. This prints, per round, the p50 click-to-reply of the bare click,
of the same bare bot sending our recorded verdict on a message like our question
(`SameReplyBot`, as rows a use; checked to be the same reply), and of ours: how much of b1's
ratio is the size of the reply. `[clicks] [rounds]`, default 200 and 3. A measuring aid, not
a row of `make bench`; the rounds alternate, and a loaded machine moves them all.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import warnings
from typing import Any

from benchmarks.end_to_end import NO_WINDOW, WARM_UP, _bare, _ours
from benchmarks.same_reply import CLICK, SameReplyBot, same_reply
from benchmarks.table import percentile
from tests.discord_double import CallbackType, DiscordDouble, callbacks

__all__ = ["main"]

_recorded: dict[str, dict[str, Any]] = {}


def _record_ours() -> None:
    """Keep the first quiz question our bot sends and the first verdict on a right answer."""
    apply = callbacks.InteractionRoutes._apply_callback

    async def recording(self: Any, itx: Any, attempt: Any, files: Any) -> Any:
        rows = attempt.data.get("components") or []
        if attempt.type == CallbackType.MESSAGE and rows:
            _recorded.setdefault("quiz", dict(attempt.data))
        if attempt.type == CallbackType.UPDATE_MESSAGE and "guessed" in str(rows):
            _recorded.setdefault(CLICK, dict(attempt.data))
        return await apply(self, itx, attempt, files)

    callbacks.InteractionRoutes._apply_callback = recording  # type: ignore[method-assign]


async def _same_reply(clicks: int) -> list[float]:
    """The bare bot, its clicked message our question and its reply our verdict."""
    async with DiscordDouble(timeout=30, ack_window=NO_WINDOW) as double:
        await double.start(SameReplyBot(_recorded))
        message = (await (await double.slash("reply", {"kind": "quiz"})).response()).message
        assert message is not None
        first = message.buttons[0]["custom_id"]
        # Once edited, the message is our verdict: later clicks press its first live button.
        again = next(
            button["custom_id"]
            for row in _recorded[CLICK]["components"]
            for button in row["components"]
            if button.get("custom_id") and not button.get("disabled")
        )
        timed: list[float] = []
        for number in range(clicks + WARM_UP):
            gc.collect()
            click = await double.click(message, first if number == 0 else again)
            reply = await click.response()
            if not same_reply(reply.data, _recorded[CLICK]):
                raise RuntimeError("the reference sent a reply other than ours")
            timed.append(reply.elapsed * 1000)
        return timed[WARM_UP:]


async def _rounds(clicks: int, rounds: int) -> None:
    _record_ours()
    await _ours(WARM_UP + 20)  # records our question and verdict
    for _ in range(rounds):
        bare = percentile(await _bare(clicks), 50)
        same = percentile(await _same_reply(clicks), 50)
        ours = percentile(await _ours(clicks), 50)
        print(
            f"load {os.getloadavg()[0]:5.2f}  p50 ms: bare {bare:.3f}  same reply {same:.3f}"
            f"  ours {ours:.3f}  same/bare {same / bare:.2f}  ours/bare {ours / bare:.2f}"
            f"  ours/same {ours / same:.2f}",
            flush=True,
        )


def main(argv: list[str]) -> None:
    """Print `rounds` alternating rounds of the three clicks' p50."""
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    logging.basicConfig(level=logging.ERROR)
    numbers = [int(a) for a in argv if a.isdigit()]
    clicks, rounds = (numbers + [200, 3][len(numbers) :])[:2]
    asyncio.run(_rounds(clicks, rounds))


if __name__ == "__main__":
    main(sys.argv[1:])
