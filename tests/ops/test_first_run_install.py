"""Set-up walk 46c: what `make run` shows while it installs, on a fresh clone's first run."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STAND_IN_PYTHON = """#!/bin/sh
# `python3 -m venv .venv`: a .venv whose python (pip) does nothing and whose briefbot speaks
mkdir -p "$3/bin"
printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/python"
printf '#!/bin/sh\\necho "the bot, given: $*"\\n' > "$3/bin/briefbot"
chmod +x "$3/bin/python" "$3/bin/briefbot"
"""


def test_the_first_make_run_says_it_is_installing(tmp_path: Path) -> None:
    """From a fresh clone, `make run` echoed `python3 -m venv .venv` and two `pip install
    --quiet` lines, then nothing for about 110 s (measured on this machine) before the
    console's first line: nothing said it was installing or for how long. It now says so in
    one line first, and "Installed." once done (a stand-in Python here: nothing is
    installed); a second run goes straight to the bot, as before."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("")
    python = tmp_path / "stand-in-python"
    python.write_text(STAND_IN_PYTHON)
    python.chmod(0o755)
    shell = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}

    def make_run() -> list[str]:
        done = subprocess.run(
            ["make", "run", f"PYTHON={python}"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=shell,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    first = make_run()
    assert first == [
        "Installing briefbot and its dependencies into .venv (first run only: a minute or two)...",
        "Installed.",
        "the bot, given: run",
    ], first
    assert make_run() == ["the bot, given: run"]
