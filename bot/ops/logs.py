"""Logging for operators: text or JSON lines, an optional rotating file, secrets never written.

Every line passes `redact` on its way out, whatever logger wrote it and at any level: the bot
token, and the interaction tokens that discord.py puts in webhook URLs (`/webhooks/<app>/<token>`,
`/interactions/<id>/<token>/callback`) and in raw gateway payloads at DEBUG, become `[redacted]`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from bot.ops.log_writer import StderrOutput, background_writers, stderr_stream

__all__ = [
    "LOG_FILE_BYTES",
    "LOG_FILE_COUNT",
    "JsonFormatter",
    "LogFileError",
    "RedactingFormatter",
    "configure_logging",
    "redact",
]

LOG_FILE_BYTES = 10 * 1024 * 1024
"""A log file is rotated when it reaches this size..."""
LOG_FILE_COUNT = 5
"""...and this many old files are kept (`briefbot.log.1` ... `.5`)."""


class LogFileError(Exception):
    """`LOG_FILE` cannot be opened at start; the message says which file, why and the fix."""

    def __init__(self, file: Path, cause: OSError) -> None:
        super().__init__(
            f"LOG_FILE {file} cannot be opened ({cause.strerror or cause}): make it (and its "
            "folder) writable by the user briefbot runs as, or set LOG_FILE to another file "
            "(unset, the log goes to stderr only)"
        )


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[redacted]"

_TOKEN_PATTERNS = (
    re.compile(r"(/webhooks/\d+/)[^/\s?'\"]+"),
    re.compile(r"(/interactions/\d+/)[^/\s?'\"]+"),
    re.compile(r"""(["']token["']\s*:\s*["'])[^"']+"""),
    re.compile(r"(Authorization['\"]?\s*[:=]\s*['\"]?Bot\s+)[^\s'\",}]+", re.IGNORECASE),
)

_EXTRA_FIELDS = ("guild", "command", "outcome", "user", "latency_ms", "shard")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret and every interaction token replaced by `[redacted]`."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    for pattern in _TOKEN_PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats with `inner`, then redacts the whole line (message, arguments and traceback)."""

    def __init__(self, inner: logging.Formatter, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.inner = inner
        self.secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        return redact(self.inner.format(record), self.secrets)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the event's fields, traceback."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in _EXTRA_FIELDS:
            if (value := getattr(record, name, None)) is not None:
                entry[name] = value
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(
    level: str,
    *,
    fmt: str = "text",
    file: Path | None = None,
    secrets: Iterable[str] = (),
    max_bytes: int = LOG_FILE_BYTES,
) -> list[logging.Handler]:
    """Send the root logger's records to stderr (and `file`, rotated) through a writer
    thread each (`bot.ops.log_writer`: logging never blocks the bot); returns the root's new
    handlers. `LogFileError` (nothing configured) when `file` cannot be opened."""
    inner = JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT)
    formatter = RedactingFormatter(inner, secrets)
    outputs: list[logging.Handler] = [StderrOutput(stderr_stream())]
    if file is not None:
        from bot.ops.log_file import FileOutput  # loaded only with a log file

        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            opened = FileOutput(
                file, maxBytes=max_bytes, backupCount=LOG_FILE_COUNT, encoding="utf-8"
            )
        except OSError as exc:
            raise LogFileError(file, exc) from None
        outputs.append(opened)
    writers = background_writers(outputs)
    root = logging.getLogger()
    for writer in writers:
        writer.setFormatter(formatter)
        root.addHandler(writer)
    root.setLevel(level)
    return list(writers)
