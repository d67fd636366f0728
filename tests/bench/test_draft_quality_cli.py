"""`python -m benchmarks.draft_quality` answers a mistyped call with its usage, not a traceback."""

from __future__ import annotations

import pytest

from benchmarks.draft_quality import USAGE, main


def test_help_prints_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert capsys.readouterr().out.strip() == USAGE


def test_a_folder_that_does_not_exist_is_named_with_the_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["tests/authoring/labeled/real/fresh9999"]) == 2
    err = capsys.readouterr().err
    assert "fresh9999: no such folder of labeled articles" in err
    assert "usage:" in err
