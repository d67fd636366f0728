"""What row c1's batches execute: `python -m benchmarks.answers_statements [users] [each]`.

Runs row c1's workload (ours only, SQLite with `synchronous=FULL`) and prints, per kind of
statement the answer writer runs inside its transactions (`BEGIN` and `COMMIT` aside), how
many it ran per batch and how many values it bound per answer. Counts, not times: the same
whatever the machine's load. A measuring aid, not a row of `make bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.answers import _check, _update, _users
from bot.core.progress import AnswerRecord
from bot.core.review import ReviewScheduler
from bot.store import open_store, sqlite_writer

__all__ = ["count", "main"]


@contextmanager
def _counting(statements: Counter[str], values: Counter[str]) -> Iterator[None]:
    """Count the writer's statements by their first words, and the values each bound."""
    transaction = sqlite_writer._Transaction  # the writer's own, wrapped while measuring
    run = transaction.exec_driver_sql

    def counted(self: Any, statement: str, parameters: Any = (), /) -> Any:
        kind = " ".join(statement.split()[:3])
        statements[kind] += 1
        values[kind] += len(parameters)
        return run(self, statement, parameters)

    transaction.exec_driver_sql = counted  # type: ignore[method-assign]
    try:
        yield
    finally:
        transaction.exec_driver_sql = run  # type: ignore[method-assign]


async def count(users: int, each: int) -> tuple[int, int, Counter[str], Counter[str]]:
    """(answers, batches, statements by kind, values bound by kind) of one run."""
    scheduler = ReviewScheduler()
    statements: Counter[str] = Counter()
    values: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        store = await open_store(f"sqlite+aiosqlite:///{Path(folder) / 'c1.sqlite3'}")
        try:

            async def answer(rec: AnswerRecord) -> None:
                if not await store.answers.record_answer(rec, _update(scheduler, rec)):
                    raise RuntimeError(f"answer not recorded as new: {rec}")

            with _counting(statements, values):
                await _users(users, each, answer)
            await _check(store, users, each)
            batches = store.answers.stats.batches
        finally:
            await store.close()
    return users * each, batches, statements, values


def main(argv: list[str] | None = None) -> None:
    """Run and print the counts."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.answers_statements")
    parser.add_argument("users", nargs="?", type=int, default=1000)
    parser.add_argument("each", nargs="?", type=int, default=5)
    args = parser.parse_args(argv)
    answers, batches, statements, values = asyncio.run(count(args.users, args.each))
    print(f"{answers} answers in {batches} batches (BEGIN and COMMIT not counted)")
    print(f"{'statement':32} {'per batch':>10} {'values per answer':>18}")
    for kind, ran in statements.items():
        print(f"{kind:32} {ran / batches:10.2f} {values[kind] / answers:18.2f}")
    total = sum(statements.values()) / batches
    print(f"{'all':32} {total:10.2f} {sum(values.values()) / answers:18.2f}")


if __name__ == "__main__":
    main()
