"""A corpus of broken briefings: each is refused with a clear message on the right line, none
crashes or hangs the loader, and the good briefings beside them keep serving."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.core.library import FileStatus, Library
from bot.core.loader import load_briefing

HERE = Path(__file__).parent
CORPUS = HERE / "briefings"
EXPECTED: dict[str, dict[str, object]] = yaml.safe_load(
    (HERE / "expected.yaml").read_text(encoding="utf-8")
)
ROOT = HERE.parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini_briefing.yaml"
SEED = ROOT / "content" / "nk-troops-russia.yaml"


def test_every_corpus_file_has_an_expectation_and_there_are_enough_kinds():
    files = sorted(p.name for p in CORPUS.iterdir())
    assert files == sorted(EXPECTED)
    assert len(files) >= 30


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_file_is_refused_with_its_line_and_a_clear_message(name):
    path = CORPUS / name
    result = load_briefing(path, name=name)

    assert not result.ok and result.briefing is None
    want = EXPECTED[name]
    rendered = result.messages()
    assert any(
        p.line == want["line"] and str(want["says"]) in text
        for p, text in zip(result.problems, rendered, strict=True)
    ), f"expected line {want['line']} saying {want['says']!r}, got {rendered}"
    lines = path.read_bytes().count(b"\n") + 1
    for problem, text in zip(result.problems, rendered, strict=True):
        assert text.startswith(f"{name}:{problem.line}:{problem.column}: ")
        assert "\n" not in text and "Traceback" not in text and "<unicode string>" not in text
        assert problem.message.strip() and problem.fix.strip()
        assert 1 <= problem.line <= lines and problem.column >= 1


@pytest.mark.timeout(20)
def test_good_briefings_beside_the_broken_ones_keep_serving(tmp_path):
    for path in CORPUS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(MINI, tmp_path / "zz_mini.yaml")
    shutil.copy(SEED, tmp_path / "zz_seed.yaml")
    with_bom = b"\xef\xbb\xbf" + MINI.read_bytes().replace(b"id: mini\n", b"id: mini-bom\n", 1)
    (tmp_path / "zz_bom.yaml").write_bytes(with_bom)
    crlf = MINI.read_bytes().replace(b"id: mini\n", b"id: mini-crlf\n", 1).replace(b"\n", b"\r\n")
    (tmp_path / "zz_crlf.yaml").write_bytes(crlf)

    library = Library(tmp_path)
    reports = {Path(r.path).name: r for r in library.reload()}

    assert library.ids() == ["mini", "mini-bom", "mini-crlf", "nk-troops-russia"]
    assert library.find("mini").title == "A small test briefing"
    assert len(library.get("nk-troops-russia").questions) > 10
    for name in EXPECTED:
        report = reports[name]
        assert report.status is FileStatus.FAILED and report.briefing_id is None
        assert report.problems and all(name in p for p in report.problems)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", ["08_unclosed_quote.yaml", "26_alias_bomb.yaml", "01_empty.yaml"])
def test_a_briefing_broken_on_reload_keeps_its_last_good_version(tmp_path, name):
    target = tmp_path / "mini.yaml"
    shutil.copy(MINI, target)
    library = Library(tmp_path)
    library.reload()

    shutil.copy(CORPUS / name, target)
    (report,) = library.reload()

    assert report.status is FileStatus.KEPT
    assert report.problems
    assert library.get("mini").title == "A small test briefing"
