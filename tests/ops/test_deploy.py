"""The deployment files: the systemd unit verifies cleanly and is hardened; compose fits the bot."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from bot.config import load_settings
from bot.store.engine import normalise_url

ROOT = Path(__file__).resolve().parents[2]


def _unit_here(tmp_path: Path) -> Path:
    """The shipped unit, its ExecStart pointed at this machine's Python (nothing in /opt here)."""
    text = (ROOT / "deploy" / "briefbot.service").read_text()
    text = text.replace("/opt/briefbot/.venv/bin/briefbot run", f"{sys.executable} -m bot run")
    unit = tmp_path / "briefbot.service"
    unit.write_text(text)
    return unit


def test_the_systemd_unit_verifies_without_a_word(tmp_path):
    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze (the systemd package) checks the unit"
    result = subprocess.run(
        [analyze, "verify", str(_unit_here(tmp_path))], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stderr


def test_the_systemd_unit_is_rated_well_hardened(tmp_path):
    analyze = shutil.which("systemd-analyze")
    assert analyze
    result = subprocess.run(
        [analyze, "security", "--offline=true", str(_unit_here(tmp_path))],
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"Overall exposure level for briefbot.service: ([\d.]+)", result.stdout)
    assert found, result.stdout[-500:] + result.stderr
    assert float(found.group(1)) <= 2.0, "systemd rates 0-10, lower is safer; 2.0 and under is OK"


def test_compose_runs_the_bot_on_its_postgresql_once_healthy():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    bot, db = compose["services"]["bot"], compose["services"]["db"]
    settings = load_settings(
        env_file=None, environ={k: str(v) for k, v in bot["environment"].items()}
    )
    url = normalise_url(settings.database_url)
    assert url.get_backend_name() == "postgresql" and url.host == "db"
    assert bot["depends_on"]["db"]["condition"] == "service_healthy" and "healthcheck" in db
    assert settings.metrics_port is not None and settings.log_format == "json"
    assert bot["restart"] == "on-failure"
