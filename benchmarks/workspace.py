"""Throwaway folders with content and a database, and the services built on them."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from bot.app import Services, build_services
from bot.config import Settings

__all__ = ["MINI", "ROOT", "SEED", "scratch", "services_in", "settings_in"]

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "nk-troops-russia.yaml"
MINI = ROOT / "tests" / "fixtures" / "mini_briefing.yaml"


@contextlib.contextmanager
def scratch(prefix: str = "briefbot-bench-", under: Path | None = None) -> Iterator[Path]:
    """A temporary folder holding `content/` (the seed and the mini briefing), then deleted;
    in `under` if given (the system's temporary folder otherwise)."""
    root = Path(tempfile.mkdtemp(prefix=prefix, dir=under))
    try:
        content = root / "content"
        content.mkdir()
        shutil.copy(SEED, content / SEED.name)
        shutil.copy(MINI, content / "mini.yaml")
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def settings_in(root: Path) -> Settings:
    """Settings for a bot whose content and SQLite database live under `root`."""
    return Settings(
        content_dir=root / "content",
        database_url=f"sqlite+aiosqlite:///{root}/data/briefbot.sqlite3",
    )


@contextlib.asynccontextmanager
async def services_in(root: Path) -> AsyncIterator[Services]:
    """The bot's services over `root`, closed afterwards."""
    services = await build_services(settings_in(root))
    try:
        yield services
    finally:
        await services.close()
