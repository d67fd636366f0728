"""A newcomer runs the bot from another folder (`cd ~ && /path/to/briefbot/.venv/bin/briefbot`):
the project's `.env` and its SQLite store under `data/` are the ones found beside the package,
as the bundled briefings are, not files of the working directory (was: no token, no language,
and a new empty store in whatever folder the bot was started from)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from tests.console.test_console_process import run_console

ROOT = Path(__file__).resolve().parents[2]
SET_ELSEWHERE = ("DATABASE_URL", "BRIEFBOT_CONTENT", "BRIEFBOT_LANG")


def _project(tmp_path: Path, *, clone: bool = True) -> Path:
    """A copy of the project (the package and its briefings) with a `.env` in French;
    without `clone`, no `pyproject.toml` beside the package, as in site-packages."""
    project = tmp_path / "briefbot"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "bot", project / "bot", ignore=ignore)
    shutil.copytree(ROOT / "content", project / "content", ignore=ignore)
    if clone:
        shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    (project / ".env").write_text("BRIEFBOT_LANG=fr\n", encoding="utf-8")
    return project


def _run(project: Path, cwd: Path, script: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The copy's `briefbot run` from `cwd`, nothing set in the environment but where the
    package is (and `env`)."""
    return run_console(
        script, "run", env={"PYTHONPATH": str(project), **env}, cwd=cwd, unset=SET_ELSEWHERE
    )


def test_from_any_folder_the_project_env_and_store_are_used(tmp_path):
    project = _project(tmp_path)
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()

    first = _run(project, home, "/quiz 1\n1\n")
    assert first.returncode == 0, first.stderr
    greeting = first.stdout.splitlines()[0]
    assert "Aucun DISCORD_TOKEN" in greeting, "the project's .env (French) was read"
    assert str(project / ".env") in greeting, "it names the .env it reads, wherever that is"
    assert (project / "data" / "briefbot.sqlite3").is_file()
    assert not (home / "data").exists(), "no store of its own in the working directory"

    second = _run(project, elsewhere, "/score\n")
    assert second.returncode == 0, second.stderr
    assert re.search(r"Bonnes réponses\W+[01]/1\b", second.stdout), "the answer given before"
    assert not (elsewhere / "data").exists()


def test_an_env_file_named_in_the_environment_and_its_database_url_win(tmp_path):
    """BRIEFBOT_ENV_FILE names another `.env` (the project's is then not read), and the
    DATABASE_URL it gives wins over the project's store."""
    project = _project(tmp_path)
    mine, env_file = tmp_path / "mine.sqlite3", tmp_path / "elsewhere.env"
    env_file.write_text(f"DATABASE_URL=sqlite:///{mine}\n", encoding="utf-8")

    done = _run(project, tmp_path, "/quiz 1\n1\n", BRIEFBOT_ENV_FILE=str(env_file))

    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("No DISCORD_TOKEN set") and str(env_file) in first, first
    assert mine.is_file() and not (project / "data").exists()


def test_an_installed_package_keeps_its_files_in_the_working_directory(tmp_path):
    """Installed into site-packages (no project beside the package), the bot writes no store
    among the installed files: `.env`, `data/` and `content/` are the working directory's."""
    project = _project(tmp_path, clone=False)
    workdir = tmp_path / "club"
    shutil.copytree(ROOT / "content", workdir / "content")
    (workdir / ".env").write_text("BRIEFBOT_LANG=fr\n", encoding="utf-8")

    done = _run(project, workdir, "/quiz 1\n1\n")

    assert done.returncode == 0, done.stderr
    assert str(workdir / ".env") in done.stdout.splitlines()[0]
    assert (workdir / "data" / "briefbot.sqlite3").is_file()
    assert not (project / "data").exists(), "nothing written beside the installed package"
