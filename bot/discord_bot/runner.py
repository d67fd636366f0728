"""Start the Discord bot; stop it promptly; every start-up problem is one clear line.

Exit codes are `bot.ops.exitcodes.ExitCode`: 2 a rejected token or missing intent, 3 Discord
unreachable, 4 a database that cannot be used, 5 another process running on the same
SQLite file or serving the same shard on PostgreSQL. SIGTERM (and SIGINT, SIGHUP) stops the bot
within `STOP_WITHIN` seconds whatever Discord or the database do: the interactions being
answered get their replies, or (a commit waiting on a locked database) a note to try again,
before the link to Discord closes (`bot.discord_bot.last_answers`), then the store is
flushed under a time limit, and a last-resort timer ends the process if a thread is still stuck
(every answer a student was told about is already committed, so nothing acknowledged is lost).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import aiohttp
import discord

from bot.app import Services, build_services
from bot.config import Settings
from bot.discord_bot.client import BriefBot
from bot.discord_bot.last_answers import answer_the_last
from bot.discord_bot.observe import start_ops_server
from bot.discord_bot.reconnect_logs import quiet_reconnect_tracebacks
from bot.ops.exitcodes import ExitCode
from bot.ops.instance_lock import AlreadyRunningError, hold_instance_lock
from bot.ops.memory import settle_after_start
from bot.ops.shard_lock import hold_shard_lock
from bot.store.health import DatabaseProblem

if TYPE_CHECKING:  # loaded only when METRICS_PORT is set (prometheus_client, aiohttp.web)
    from bot.ops.http import OpsServer
    from bot.ops.metrics import Metrics

__all__ = ["STOP_WITHIN", "run_discord"]

log = logging.getLogger("briefbot")

STOP_WITHIN = 5.0
"""Seconds from SIGTERM to exit, at most."""

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
"""Each stops the bot the same orderly way (a terminal's Ctrl-C or hang-up as systemd's stop)."""

_CLOSE_GATEWAY = 2.0
_CLOSE_STORE = 2.0


async def _run(settings: Settings) -> None:
    token = settings.discord_token
    assert token is not None
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base.rstrip("/")
    stopping = asyncio.Event()
    _stop_on_signals(stopping)
    shards = await hold_shard_lock(settings.database_url, settings.shard_ids)
    keeper = None if shards is None else asyncio.create_task(shards.keep(_stop_now(stopping)))
    try:
        await _serve_settings(settings, token.reveal(), stopping)
    finally:
        if keeper is not None:
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
        if shards is not None:
            await shards.release()
    if shards is not None and shards.taken_by_another.is_set():
        raise AlreadyRunningError("another process took this process's shards")


def _stop_now(stopping: asyncio.Event) -> Callable[[], Awaitable[None]]:
    """Stop serving, as a stop signal does (the shard lock went to another process)."""

    async def stop() -> None:
        if not stopping.is_set():
            stopping.set()
            _exit_anyway_after(STOP_WITHIN - 0.5)

    return stop


async def _serve_settings(settings: Settings, token: str, stopping: asyncio.Event) -> None:
    services = await build_services(settings)
    for problem in services.load_problems():  # a broken briefing file, before anyone asks
        log.warning("content: %s", problem)
    metrics = _metrics() if settings.metrics_port is not None else None
    ops: OpsServer | None = None
    try:
        async with BriefBot(services, metrics=metrics, **_shard_options(settings)) as bot:
            settle_after_start()  # start-up is over: freeze it, return freed pages
            if metrics is not None and settings.metrics_port is not None:
                try:
                    ops = await start_ops_server(
                        bot, metrics, settings.metrics_host, settings.metrics_port
                    )
                except OSError as exc:
                    raise MetricsPortError(
                        f"cannot serve metrics on {settings.metrics_host}:"
                        f"{settings.metrics_port} ({exc.strerror}): choose another METRICS_PORT"
                    ) from None
            await _serve(bot, token, stopping)
    finally:
        if ops is not None:
            await ops.close()
        await _close_services(services)


def _metrics() -> Metrics:
    from bot.ops.metrics import Metrics

    return Metrics()


class MetricsPortError(Exception):
    """METRICS_PORT cannot be bound (taken, or not allowed)."""


def _shard_options(settings: Settings) -> dict[str, object]:
    """SHARD_COUNT and SHARD_IDS as discord.py takes them (none: Discord's recommendation)."""
    options: dict[str, object] = {}
    if settings.shard_count is not None:
        options["shard_count"] = settings.shard_count
    if settings.shard_ids is not None:
        options["shard_ids"] = list(settings.shard_ids)
    return options


def _stop_on_signals(stopping: asyncio.Event) -> None:
    """Each of `STOP_SIGNALS` sets `stopping` (no signal handlers on Windows)."""
    loop = asyncio.get_running_loop()
    for sig in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, _on_stop_signal, stopping, sig)


def _on_stop_signal(stopping: asyncio.Event, sig: signal.Signals) -> None:
    if stopping.is_set():
        return
    log.info("%s: stopping", sig.name)
    stopping.set()
    _exit_anyway_after(STOP_WITHIN - 0.5)


def _exit_anyway_after(seconds: float) -> None:
    """A daemon timer that ends the process if the orderly stop has not finished by then."""

    def hard_exit() -> None:
        log.warning("still stopping after %.1f s: exiting without waiting further", seconds)
        logging.shutdown()
        os._exit(ExitCode.OK)

    timer = threading.Timer(seconds, hard_exit)
    timer.daemon = True
    timer.start()


async def _settle_when_ready(bot: BriefBot) -> None:
    """Once connected (cogs loaded, commands synced, READY parsed): settle again, so what
    connecting built is frozen too and the pages it freed go back to the system."""
    await bot.wait_until_ready()
    settle_after_start()


async def _serve(bot: BriefBot, token: str, stopping: asyncio.Event) -> None:
    """Run the bot until it ends by itself (re-raising its error) or `stopping` is set."""
    running = asyncio.create_task(bot.start(token), name="discord")
    waiting = asyncio.create_task(stopping.wait(), name="sigterm")
    settling = asyncio.create_task(_settle_when_ready(bot), name="settle")
    done, _ = await asyncio.wait({running, waiting}, return_when=asyncio.FIRST_COMPLETED)
    settling.cancel()
    if running in done:
        waiting.cancel()
        running.result()
        return
    await answer_the_last(bot, bot.in_flight)
    try:  # close the gateway politely, but do not wait out a reconnect backoff or a dead link
        async with asyncio.timeout(_CLOSE_GATEWAY):
            await bot.close()
    except TimeoutError:
        log.warning("Discord did not confirm the disconnect in %.0f s", _CLOSE_GATEWAY)
    running.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await running


async def _close_services(services: Services) -> None:
    try:
        async with asyncio.timeout(_CLOSE_STORE):
            await services.close()
    except TimeoutError:
        log.warning(
            "the database did not finish closing in %.0f s; answers still being written "
            "were never acknowledged to anyone",
            _CLOSE_STORE,
        )


def _intents_refused(settings: Settings) -> str:
    """The line for Discord refusing a privileged intent: the ones this process asked for, each
    with the switch to turn on in the Developer Portal and the setting that asked for it."""
    asked = [
        f"{switch} ({setting}=true)"
        for switch, setting, on in (
            ("Server Members Intent", "MEMBERS_INTENT", settings.members_intent),
            ("Message Content Intent", "MESSAGE_CONTENT_INTENT", settings.message_content_intent),
        )
        if on
    ]
    return (
        f"Discord refused a privileged intent this bot asks for: {', '.join(asked)}. Turn it on "
        "in the Developer Portal (Bot page), or unset the setting."
    )


def run_discord(settings: Settings) -> int:
    """Run until stopped; returns the exit status."""
    try:
        lock = hold_instance_lock(settings.database_url, settings.shard_ids)
    except AlreadyRunningError as exc:
        log.error("%s", exc)
        return ExitCode.ALREADY_RUNNING
    quiet_reconnect_tracebacks()
    try:
        asyncio.run(_run(settings))
    except AlreadyRunningError as exc:  # on PostgreSQL (`bot.ops.shard_lock`)
        log.error("%s", exc)
        return ExitCode.ALREADY_RUNNING
    except DatabaseProblem as problem:
        log.error("Database: %s", problem)
        return ExitCode.DATABASE
    except MetricsPortError as exc:
        log.error("%s", exc)
        return ExitCode.CONFIGURATION
    except discord.LoginFailure:
        log.error("Discord rejected the token: check DISCORD_TOKEN (Developer Portal > Bot).")
        return ExitCode.CONFIGURATION
    except discord.PrivilegedIntentsRequired:
        log.error("%s", _intents_refused(settings))
        return ExitCode.CONFIGURATION
    except (aiohttp.ClientConnectionError, OSError) as exc:
        log.error("Cannot reach Discord (%s): check the network connection.", type(exc).__name__)
        return ExitCode.DISCORD_UNREACHABLE
    except KeyboardInterrupt:
        return ExitCode.OK
    finally:
        if lock is not None:
            lock.release()
    return ExitCode.OK
