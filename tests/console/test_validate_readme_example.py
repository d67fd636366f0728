"""`briefbot validate` on the briefing the README shows: it loads, counted in plain English."""

from __future__ import annotations

import re
from pathlib import Path

from bot.cli import main

ROOT = Path(__file__).parent.parent.parent


def _readme_example() -> str:
    """The YAML block of "Write a briefing": the example a newcomer copies."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL)
    return next(block for block in blocks if "id: harbour-reopens" in block)


def test_the_readme_example_briefing_validates_with_each_count_in_the_singular(tmp_path, capsys):
    content = tmp_path / "content"
    content.mkdir()
    (content / "harbour-reopens.yaml").write_text(_readme_example(), encoding="utf-8")
    assert main(["validate", str(content)]) == 0
    out = capsys.readouterr().out
    assert (  # was "1 sections"
        "harbour-reopens.yaml: ok (harbour-reopens): 1 section, 1 figure, 1 quote, 1 fact, "
        "1 question\n" in out
    )


def test_validate_counts_the_bundled_briefing_in_the_plural(capsys):
    assert main(["validate", str(ROOT / "content" / "nk-troops-russia.yaml")]) == 0
    out = capsys.readouterr().out
    assert re.search(r": ok \(nk-troops-russia\): \d+ sections, \d+ figures, \d+ quotes, ", out)
