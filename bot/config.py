"""Settings from the environment and an optional `.env` file, read once at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

__all__ = ["DEFAULT_DATABASE_URL", "Secret", "Settings", "load_settings"]

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/briefbot.sqlite3"


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
    content_dir: Path = Path("content")
    database_url: str = DEFAULT_DATABASE_URL
    dev_guild_id: int | None = None
    message_content_intent: bool = False
    members_intent: bool = False  # lets class reports list who has not started an assignment
    quiz_timer_seconds: int = 20
    log_level: str | None = None
    api_base: str | None = None  # another Discord API base URL (a proxy, or a test double)
    extra: dict[str, str] = field(default_factory=dict)


def _int_or_none(value: str | None, name: str) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        return int(value)
    except ValueError:
        raise SystemExit(f"{name} must be a number, got {value!r}") from None


def load_settings(
    env_file: Path | None = Path(".env"), environ: dict[str, str] | None = None
) -> Settings:
    """Settings from `.env` (if present) overridden by the process environment."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)
    token = values.get("DISCORD_TOKEN", "").strip()
    timer = _int_or_none(values.get("QUIZ_TIMER_SECONDS"), "QUIZ_TIMER_SECONDS")
    return Settings(
        discord_token=Secret(token) if token else None,
        content_dir=Path(values.get("BRIEFBOT_CONTENT", "content")),
        database_url=values.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        dev_guild_id=_int_or_none(values.get("DEV_GUILD_ID"), "DEV_GUILD_ID"),
        message_content_intent=values.get("MESSAGE_CONTENT_INTENT", "").lower()
        in ("1", "true", "yes"),
        members_intent=values.get("MEMBERS_INTENT", "").lower() in ("1", "true", "yes"),
        quiz_timer_seconds=timer if timer is not None else 20,
        log_level=(values.get("LOG_LEVEL") or "").upper() or None,
        api_base=values.get("DISCORD_API_BASE") or None,
    )
