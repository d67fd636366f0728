"""`python -m benchmarks --quick` runs and prints every row (figures are not checked here)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROWS = ["a1", "a2", "a3", "a4", "b1", "b2", "c1", "c2", "d1", "d2", "d3", "e1", "e2", "e3"]
ROWS += ["f1", "f2"]
ROWS += ["g1", "g2", "g3", "g4", "g5", "h1", "h2", "i1", "i2", "j1"]


def test_the_quick_benchmark_run_prints_every_row_with_a_verdict():
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "Python 3." in out and "CPUs" in out
    for key in ROWS:
        line = re.search(rf"^\| {key} +\|.*$", out, re.MULTILINE)
        assert line is not None, f"row {key} missing from:\n{out}"
        assert re.search(r"\| (PASS|MISS|info) +\|$", line.group(0)), line.group(0)
