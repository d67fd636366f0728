"""Where the bot finds its own files when no setting names them: beside the package.

The project folder is the one holding the `bot` package, so the bundled briefings, the
`.env` file and the default SQLite store are the same whatever the working directory
(a newcomer running `/path/to/briefbot/.venv/bin/briefbot` from their home folder gets
the token and the answers kept before, not an empty store and the console). A package
installed into site-packages has no project folder: its files are the working directory's.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["BUNDLED_CONTENT", "DEFAULT_DATABASE_URL", "ENV_FILE", "PROJECT_DIR"]


def _project_dir() -> Path:
    """The clone holding the `bot` package (it has the project's `pyproject.toml`); for a
    package installed into site-packages, where no project folder exists, the working
    directory, as before."""
    beside = Path(__file__).resolve().parent.parent
    return beside if (beside / "pyproject.toml").is_file() else Path.cwd()


PROJECT_DIR = _project_dir()
"""The folder holding the `bot` package in a clone; the working directory for an installed one."""

BUNDLED_CONTENT = PROJECT_DIR / "content"
"""The briefings that come with the bot, read when BRIEFBOT_CONTENT names none."""

ENV_FILE = PROJECT_DIR / ".env"
"""The `.env` read at start; the process environment wins over every line of it."""

DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_DIR / 'data' / 'briefbot.sqlite3'}"
"""The SQLite file under the project's `data/` folder, used when DATABASE_URL names none."""
