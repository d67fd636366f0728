"""`python -m benchmarks --quick` runs and prints every row (figures are not checked here).

The rows run in two processes side by side (`--only`), each about half of the run's time, so
this test (the suite's longest) ends sooner while `make test`'s other worker goes on.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = ["a1", "a2", "a3", "a4", "b1", "b2", "c1", "c2", "d1", "d2", "d3", "e1", "e2", "e3"]
ROWS += ["f1", "f2"]
ROWS += ["g1", "g2", "g3", "g4", "g5", "h1", "h2", "i1", "i2", "j1"]
HALVES = ("abdeg", "cfhij")
"""Every section, in two groups of about equal time (one `_sections` call each, smoke sizes, at
load 7: a 3-7 s, b 15, c 18-20, d 2, e 14, f 19, g 2, h 2; `--only` halves run side by side
took abdg 31 s and cefhij 44 s, then abdeg 34 s and cfhij 27 s)."""
WITHIN = 300
"""Seconds each half may take: a hang guard (timings are `make bench`'s, never asserted)."""


@pytest.mark.timeout(WITHIN + 30)
def test_the_quick_benchmark_run_prints_every_row_with_a_verdict():
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks", "--quick", "--only", half],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in HALVES
    ]
    out = ""
    try:
        for run in runs:
            stdout, stderr = run.communicate(timeout=WITHIN)
            assert run.returncode == 0, stderr[-3000:]
            assert "Python 3." in stdout and "CPUs" in stdout
            out += stdout
    finally:
        for run in runs:
            if run.poll() is None:  # the other half, after a failure
                run.kill()
            for stream in (run.stdout, run.stderr):  # a half not read: its pipes closed here,
                if stream is not None:  # not by the collector in a later test of this worker
                    stream.close()
            run.wait()
    for key in ROWS:
        line = re.search(rf"^\| {key} +\|.*$", out, re.MULTILINE)
        assert line is not None, f"row {key} missing from:\n{out}"
        assert re.search(r"\| (PASS|MISS|info) +\|$", line.group(0)), line.group(0)
