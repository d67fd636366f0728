"""Settings from the environment and an optional `.env` file, read once at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from dotenv import dotenv_values

from bot.paths import BUNDLED_CONTENT, DEFAULT_DATABASE_URL, ENV_FILE

__all__ = [
    "BUNDLED_CONTENT",
    "DEFAULT_DATABASE_URL",
    "ENV_FILE",
    "Secret",
    "Settings",
    "env_file_of",
    "load_settings",
    "parse_shard_ids",
]


class Secret:
    """A value that never shows itself in logs, reprs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself; call only where it is sent to its owner."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the bot reads from its environment."""

    discord_token: Secret | None = None
    content_dir: Path = BUNDLED_CONTENT
    database_url: str = DEFAULT_DATABASE_URL
    dev_guild_id: int | None = None
    message_content_intent: bool = False
    members_intent: bool = False  # lets class reports list who has not started an assignment
    quiz_timer_seconds: int = 20
    log_level: str | None = None
    api_base: str | None = None  # another Discord API base URL (a proxy, or a test double)
    log_format: str = "text"  # or "json": one JSON object per line
    log_file: Path | None = None  # also log there, rotated at 10 MiB, 5 files kept
    metrics_port: int | None = None  # serve /metrics and /healthz on this port (off if None)
    metrics_host: str = "127.0.0.1"
    shard_count: int | None = None  # None: as many as Discord recommends
    shard_ids: tuple[int, ...] | None = None  # None: every shard in this process
    schedule_tick_seconds: float = 30.0  # how often the scheduler looks for due runs
    content_poll_seconds: float = 5.0  # how often a process checks for a /reload elsewhere
    language: str | None = None  # BRIEFBOT_LANG: the console's language (`--lang` wins)
    clock_offset_file: Path | None = None  # CLOCK_OFFSET_FILE: seconds the wall clock is moved
    extra: dict[str, str] = field(default_factory=dict)


def _int_or_none(value: str | None, name: str) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        return int(value)
    except ValueError:
        raise SystemExit(f"{name} must be a number, got {value!r}") from None


def parse_shard_ids(value: str | None, shard_count: int | None) -> tuple[int, ...] | None:
    """`SHARD_IDS` as "0,2,5", a range "0-3", or both ("0-3,8"); checked against the count."""
    if value is None or not value.strip():
        return None
    if shard_count is None:
        raise SystemExit("SHARD_IDS needs SHARD_COUNT (the total number of shards)")
    ids: list[int] = []
    try:
        for part in value.replace(" ", "").split(","):
            first, _, last = part.partition("-")
            ids.extend(range(int(first), int(last or first) + 1))
    except ValueError:
        raise SystemExit(f"SHARD_IDS must look like 0,1 or 0-3, got {value!r}") from None
    if not ids or any(i < 0 or i >= shard_count for i in ids):
        raise SystemExit(
            f"SHARD_IDS {value!r} must lie between 0 and SHARD_COUNT-1 ({shard_count - 1})"
        )
    return tuple(sorted(set(ids)))


def _seconds(value: str | None, default: float) -> float:
    if value is None or not value.strip():
        return default
    try:
        seconds = float(value)
    except ValueError:
        raise SystemExit(f"expected a number of seconds, got {value!r}") from None
    if not seconds > 0:
        raise SystemExit(f"expected a positive number of seconds, got {value!r}")
    return seconds


def _log_format(value: str | None) -> str:
    fmt = (value or "text").strip().lower()
    if fmt not in ("text", "json"):
        raise SystemExit(f"LOG_FORMAT must be text or json, got {value!r}")
    return fmt


def env_file_of(environ: Mapping[str, str]) -> Path:
    """The `.env` read at start: the file BRIEFBOT_ENV_FILE names, else the project's own
    (`bot.paths.ENV_FILE`), whatever the working directory."""
    named = environ.get("BRIEFBOT_ENV_FILE", "").strip()
    return Path(named).expanduser() if named else ENV_FILE


def load_settings(
    env_file: Path | Literal["auto"] | None = "auto", environ: dict[str, str] | None = None
) -> Settings:
    """Settings from a `.env` file (if present; "auto": `env_file_of` the environment)
    overridden by the process environment; paths left unset are the project's own
    (`bot.paths`), whatever the working directory."""
    if env_file == "auto":
        env_file = env_file_of(os.environ if environ is None else environ)
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)
    token = values.get("DISCORD_TOKEN", "").strip()
    timer = _int_or_none(values.get("QUIZ_TIMER_SECONDS"), "QUIZ_TIMER_SECONDS")
    shard_count = _int_or_none(values.get("SHARD_COUNT"), "SHARD_COUNT")
    if shard_count is not None and shard_count < 1:
        raise SystemExit("SHARD_COUNT must be 1 or more")
    return Settings(
        discord_token=Secret(token) if token else None,
        content_dir=Path(values.get("BRIEFBOT_CONTENT") or BUNDLED_CONTENT),
        database_url=values.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        dev_guild_id=_int_or_none(values.get("DEV_GUILD_ID"), "DEV_GUILD_ID"),
        message_content_intent=values.get("MESSAGE_CONTENT_INTENT", "").lower()
        in ("1", "true", "yes"),
        members_intent=values.get("MEMBERS_INTENT", "").lower() in ("1", "true", "yes"),
        quiz_timer_seconds=timer if timer is not None else 20,
        log_level=(values.get("LOG_LEVEL") or "").upper() or None,
        language=values.get("BRIEFBOT_LANG") or None,
        api_base=values.get("DISCORD_API_BASE") or None,
        log_format=_log_format(values.get("LOG_FORMAT")),
        log_file=Path(values["LOG_FILE"]) if values.get("LOG_FILE") else None,
        metrics_port=_int_or_none(values.get("METRICS_PORT"), "METRICS_PORT"),
        metrics_host=values.get("METRICS_HOST") or "127.0.0.1",
        shard_count=shard_count,
        shard_ids=parse_shard_ids(values.get("SHARD_IDS"), shard_count),
        schedule_tick_seconds=_seconds(values.get("SCHEDULE_TICK_SECONDS"), 30.0),
        content_poll_seconds=_seconds(values.get("CONTENT_POLL_SECONDS"), 5.0),
        clock_offset_file=Path(values["CLOCK_OFFSET_FILE"])
        if values.get("CLOCK_OFFSET_FILE")
        else None,
    )
