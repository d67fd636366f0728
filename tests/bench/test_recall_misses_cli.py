"""`python -m benchmarks.recall_misses` answers --help and a wrong folder plainly, not with a
traceback (it read "--help" as a folder name)."""

from __future__ import annotations

import pytest

from benchmarks.recall_misses import main


def test_help_prints_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--help"])
    assert ended.value.code == 0
    assert "--examples" in capsys.readouterr().out


def test_a_folder_that_does_not_exist_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["tests/authoring/labeled/real/fresh9999"])
    assert ended.value.code == 2
    assert "fresh9999 is not a folder of labeled articles" in capsys.readouterr().err
