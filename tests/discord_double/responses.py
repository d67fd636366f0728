"""Discord-shaped HTTP responses and request bookkeeping shared by the REST handlers."""

from __future__ import annotations

import json
import re
from typing import Any

from aiohttp import web

from . import limits
from .state import Request

RECORD = web.RequestKey("record", Request)


def json_response(data: Any, status: int = 200) -> web.Response:
    """JSON with the bare ``application/json`` type discord.py looks for (no charset)."""
    body = json.dumps(data).encode()
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json"})


def error(status: int, code: int, message: str, **extra: Any) -> web.Response:
    """A JSON error the way Discord words them."""
    return json_response({"code": code, "message": message, **extra}, status=status)


def cloudflare_banned(retry_after: float) -> web.Response:
    """Cloudflare's 429 in front of Discord (too many invalid requests from one address): an
    HTML page without Discord's `Via` header or JSON body."""
    page = "<html><body>error code: 1015 (You are being rate limited)</body></html>"
    response = web.Response(status=429, text=page, content_type="text/html")
    response.headers["Retry-After"] = str(max(1, round(retry_after)))
    return response


def rate_limited(retry_after: float) -> web.Response:
    """Discord's 429 for an exhausted per-route bucket: wait `retry_after` seconds."""
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
    response = json_response(body, status=429)
    response.headers.update(
        {
            "Retry-After": str(max(1, round(retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(retry_after),
            "X-RateLimit-Bucket": "injected",
            "X-RateLimit-Scope": "user",
            "Via": "1.1 google",  # discord.py reads a 429 without it as a Cloudflare ban
        }
    )
    return response


def problems_response(problems: list[limits.Problem]) -> web.Response:
    """A 400 listing what Discord would have rejected."""
    return json_response(limits.error_body(problems), status=400)


def snowflake(value: Any) -> int:
    """A snowflake from a path or body; 0 for anything that is not one."""
    text = str(value)
    return int(text) if re.fullmatch(r"\d{1,20}", text) else 0
