"""The operator's HTTP endpoint: `/metrics` (Prometheus) and `/healthz`, off unless METRICS_PORT.

Bound to 127.0.0.1 unless METRICS_HOST says otherwise: the numbers name no user, but there is
no reason to show them to the world. `/healthz` answers 200 with `{"ready": true, ...}` when
every check passes, 503 with the same fields otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.ops.metrics import CONTENT_TYPE, Metrics

__all__ = ["HealthCheck", "OpsServer"]

log = logging.getLogger(__name__)

HealthCheck = Callable[[], Awaitable[dict[str, bool]]]
"""Returns each named check's result (for example ready, gateway, database)."""


class OpsServer:
    """A small aiohttp server; `start()` binds it, `close()` releases the port."""

    def __init__(
        self,
        metrics: Metrics,
        health: HealthCheck,
        refresh: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.metrics = metrics
        self.health = health
        self.refresh = refresh
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        self._runner = web.AppRunner(app, access_log=None)
        self.port = 0

    async def start(self, host: str, port: int) -> None:
        """Listen on `host:port` (port 0: any free port, then read `self.port`)."""
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else port
        log.info("metrics and health on http://%s:%d/metrics and /healthz", host, self.port)

    async def close(self) -> None:
        """Stop serving."""
        await self._runner.cleanup()

    async def _metrics(self, _request: web.Request) -> web.Response:
        if self.refresh is not None:
            try:
                await self.refresh()
            except Exception as exc:  # a database outage must not hide the other numbers
                log.warning("metrics refresh failed: %r", exc)
        return web.Response(body=self.metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    async def _healthz(self, _request: web.Request) -> web.Response:
        checks = await self.health()
        healthy = all(checks.values())
        return web.json_response(checks, status=200 if healthy else 503)
