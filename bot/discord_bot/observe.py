"""What the bot does, for operators: one log line per interaction, metrics, health.

`Observer.interaction` is called once per handled slash command, button or form (from the
bot's completion and error events and from the router) and writes one line with the server,
the command and the outcome; with metrics on, it also counts it and times the reply.
`Observer.given_up` counts one the answer-in-time watch stopped without a reply.
`OpsCog` counts gateway connects, resumes and disconnects per shard and scheduled runs.
`start_ops_server` serves `/metrics` and `/healthz` when METRICS_PORT is set.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.discord_bot.click_age import seconds_since_click
from bot.store.health import database_reachable
from bot.store.sql import open_sql

if TYPE_CHECKING:
    from bot.discord_bot.client import BriefBot
    from bot.ops.http import OpsServer
    from bot.ops.metrics import Metrics

__all__ = ["Observer", "OpsCog", "start_ops_server"]

log = logging.getLogger("briefbot.interactions")


class Observer:
    """Logs (and, with `metrics`, counts and times) every handled interaction."""

    def __init__(self, metrics: Metrics | None = None) -> None:
        self.metrics = metrics

    def interaction(self, interaction: discord.Interaction, command: str, outcome: str) -> None:
        """One line: server, command, outcome, milliseconds since Discord created it.

        Nothing is measured or built when neither the log line nor metrics are wanted."""
        logging_on = log.isEnabledFor(logging.INFO)
        if not logging_on and self.metrics is None:
            return
        seconds = max(0.0, seconds_since_click(interaction))
        if logging_on:
            self._log(interaction, command, outcome, seconds)
        if self.metrics is not None:
            self.metrics.interactions.labels(command, outcome).inc()
            self.metrics.reply_seconds.labels(_kind(interaction)).observe(seconds)

    def given_up(self, interaction: discord.Interaction) -> None:
        """Count `interaction` as given up (no reply in time), by its kind only."""
        if self.metrics is not None:
            self.metrics.given_up.labels(_kind(interaction)).inc()

    @staticmethod
    def _log(interaction: discord.Interaction, command: str, outcome: str, seconds: float) -> None:
        log.info(
            "%s in server %s: %s (%.0f ms)",
            command,
            interaction.guild_id or "DM",
            outcome,
            seconds * 1000,
            extra={
                "guild": interaction.guild_id,
                "command": command,
                "outcome": outcome,
                "latency_ms": round(seconds * 1000),
                "shard": _shard_of(interaction),
            },
        )


def _kind(interaction: discord.Interaction) -> str:
    return {
        discord.InteractionType.application_command: "command",
        discord.InteractionType.component: "button",
        discord.InteractionType.modal_submit: "form",
    }.get(interaction.type, "other")


def _shard_of(interaction: discord.Interaction) -> int | None:
    guild = interaction.guild
    return guild.shard_id if guild is not None else None


class OpsCog(commands.Cog):
    """Gateway and scheduler events into metrics (listeners only, no commands)."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    @commands.Cog.listener()
    async def on_shard_connect(self, shard_id: int) -> None:
        """A shard connected (identified)."""
        self.metrics.gateway_connects.labels(str(shard_id)).inc()

    @commands.Cog.listener()
    async def on_shard_resumed(self, shard_id: int) -> None:
        """A shard resumed its session after a drop."""
        self.metrics.gateway_resumes.labels(str(shard_id)).inc()

    @commands.Cog.listener()
    async def on_shard_disconnect(self, shard_id: int) -> None:
        """A shard lost its connection."""
        self.metrics.gateway_disconnects.labels(str(shard_id)).inc()

    @commands.Cog.listener()
    async def on_schedule_tick(self, tick: Any) -> None:
        """The scheduler's results: runs posted, skipped and failed."""
        for result in ("posted", "skipped", "failed"):
            if count := len(getattr(tick, result)):
                self.metrics.scheduled_runs.labels(result).inc(count)


async def start_ops_server(bot: BriefBot, metrics: Metrics, host: str, port: int) -> OpsServer:
    """Serve `/metrics` and `/healthz` for `bot`; close the returned server when done."""
    from bot.ops.http import OpsServer  # aiohttp.web: loaded only when metrics are served

    services = bot.services
    probe = open_sql(services.settings.database_url, pooled=False)
    metrics.watch_writer(services.store_stats)
    metrics.watch_commits()

    async def refresh() -> None:
        for shard_id, latency in bot.latencies:
            if latency == latency and latency != float("inf"):  # NaN before the first heartbeat
                metrics.gateway_latency.labels(str(shard_id)).set(latency)
        now = services.clock.now()
        kinds = Counter(s.kind for s in await services.store.sessions.active_sessions(now))
        for kind in {"solo", "channel", *kinds}:
            metrics.open_quizzes.labels(kind).set(kinds.get(kind, 0))

    async def health() -> dict[str, bool]:
        shards = bot.shards.values()
        gateway = not bot.is_closed() and bool(shards) and all(not s.is_closed() for s in shards)
        return {
            "ready": bot.is_ready(),
            "gateway": gateway,
            "database": await database_reachable(probe),
        }

    server = OpsServer(metrics, health, refresh)
    await server.start(host, port)
    original_close = server.close

    async def close() -> None:
        metrics.close()
        await original_close()
        await probe.close()

    server.close = close  # type: ignore[method-assign]
    return server
