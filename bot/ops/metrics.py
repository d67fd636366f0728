"""Prometheus metrics for one bot process, in a registry of its own (no global state).

Served by `bot.ops.http` when METRICS_PORT is set. What moves each metric:

- `briefbot_interactions_total{command,outcome}`: a slash command, button or form handled.
- `briefbot_interactions_given_up_total{kind}`: a slash command, button or form still without
  its reply `GIVE_UP_AFTER` s after the click, stopped and its user asked to try again.
- `briefbot_reply_seconds{kind}`: from Discord creating the interaction to our handling's end.
- `briefbot_db_commit_seconds`: a write transaction (answers, sessions, settings) committing.
- `briefbot_answers_committed_total`, `briefbot_answer_commits_total`: the answer writer's
  batches; answers per commit (the batch size) is the ratio of their rates.
- `briefbot_open_quizzes{kind}`: read from the database at each scrape.
- `briefbot_scheduled_runs_total{result}`: the scheduler posting, skipping or failing a run.
- `briefbot_gateway_latency_seconds{shard}`: the heartbeat round trip, read at each scrape.
- `briefbot_gateway_connects_total`, `_resumes_total`, `_disconnects_total` `{shard}`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from bot.store.sql import time_write_transactions
from bot.store.sqlite_writer import time_commits

__all__ = ["CONTENT_TYPE", "Metrics"]

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

_REPLY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)
_COMMIT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class _WriterCollector(Collector):
    """The answer writer's own counters, read at each scrape."""

    def __init__(self, stats: Callable[[], Any]) -> None:
        self.stats = stats

    def collect(self) -> Iterator[CounterMetricFamily]:
        stats = self.stats()
        yield CounterMetricFamily(
            "briefbot_answers_committed", "Answers committed by the answer writer", stats.answers
        )
        yield CounterMetricFamily(
            "briefbot_answer_commits", "Transactions the answer writer committed", stats.batches
        )


class Metrics:
    """Every metric of one process; `render()` is the Prometheus text format."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.interactions = Counter(
            "briefbot_interactions", "Interactions handled", ["command", "outcome"], registry=r
        )
        self.given_up = Counter(
            "briefbot_interactions_given_up",
            "Interactions stopped without a reply, their user asked to try again",
            ["kind"],
            registry=r,
        )
        self.reply_seconds = Histogram(
            "briefbot_reply_seconds",
            "Seconds from the interaction's creation to the end of our handling",
            ["kind"],
            buckets=_REPLY_BUCKETS,
            registry=r,
        )
        self.commit_seconds = Histogram(
            "briefbot_db_commit_seconds",
            "Seconds a write transaction took, BEGIN to COMMIT",
            buckets=_COMMIT_BUCKETS,
            registry=r,
        )
        self.open_quizzes = Gauge(
            "briefbot_open_quizzes",
            "Quiz sessions not yet finished or expired",
            ["kind"],
            registry=r,
        )
        self.scheduled_runs = Counter(
            "briefbot_scheduled_runs", "Scheduled runs by result", ["result"], registry=r
        )
        self.gateway_latency = Gauge(
            "briefbot_gateway_latency_seconds",
            "Heartbeat round trip per shard",
            ["shard"],
            registry=r,
        )
        self.gateway_connects = Counter(
            "briefbot_gateway_connects", "Gateway connections per shard", ["shard"], registry=r
        )
        self.gateway_resumes = Counter(
            "briefbot_gateway_resumes", "Gateway sessions resumed per shard", ["shard"], registry=r
        )
        self.gateway_disconnects = Counter(
            "briefbot_gateway_disconnects",
            "Gateway disconnections per shard",
            ["shard"],
            registry=r,
        )
        self._watching = False
        self._stop_timing: list[Callable[[], None]] = []

    def watch_writer(self, stats: Callable[[], Any]) -> None:
        """Export the answer writer's counters (`stats()` returns its `WriterStats`)."""
        self.registry.register(_WriterCollector(stats))

    def watch_commits(self) -> None:
        """Time every write transaction in this process, until `close()`: the SQLite answer
        writer's and plain SQL port's, and (when SQLAlchemy is loaded: PostgreSQL, or a
        migration) every SQLAlchemy engine's."""
        stop_writer = time_commits(self.commit_seconds.observe)
        stop_port = time_write_transactions(self.commit_seconds.observe)
        stops = [stop_writer, stop_port]
        if "sqlalchemy" in sys.modules:  # never imported for this: SQLite runs without it
            from sqlalchemy import Engine, event

            event.listen(Engine, "begin", _began)
            event.listen(Engine, "commit", self._committed)

            def stop_engines() -> None:
                event.remove(Engine, "begin", _began)
                event.remove(Engine, "commit", self._committed)

            stops.append(stop_engines)
        self._stop_timing = stops
        self._watching = True

    def close(self) -> None:
        """Stop timing transactions."""
        if self._watching:
            for stop in self._stop_timing:
                stop()
            self._stop_timing = []
            self._watching = False

    def _committed(self, conn: Any) -> None:
        began = conn.info.pop("briefbot_began", None)
        if began is not None:
            self.commit_seconds.observe(time.perf_counter() - began)

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)


def _began(conn: Any) -> None:
    if conn.get_execution_options().get("briefbot_write", False):
        conn.info["briefbot_began"] = time.perf_counter()
