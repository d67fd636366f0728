"""Row d: loading and validating briefings against bare C-loader parsing of the same files.

Ours is `Library.reload()` over a folder of briefings: read, hash, parse with the positioned
reader (duplicate keys, aliases and size refused), validate with the models and cross-check
every id and reference. The reference only parses each file with
`yaml.load(text, Loader=yaml.CSafeLoader)` and checks nothing. The files are the bundled
briefing under 1,000 different ids (45 KB each). Then two hostile files: an alias bomb
("billion laughs") and a file over the size limit, each refused with a message; their
reference is the C loader on the same file (which expands or parses it all).
"""

from __future__ import annotations

import contextlib
import gc
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import yaml

from benchmarks.table import Row, at_most, median
from benchmarks.workspace import SEED
from bot.core.library import FileStatus, Library
from bot.core.loader import load_briefing_bytes

__all__ = ["alias_bomb", "measure", "oversized"]

SEED_ID = "nk-troops-russia"


def alias_bomb(levels: int = 9) -> bytes:
    """A "billion laughs" document: each level names the one before ten times."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        refs = ",".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


def oversized(megabytes: float = 2.0) -> bytes:
    """A well-formed briefing padded with a long glossary to `megabytes`."""
    text = SEED.read_text(encoding="utf-8")
    entry = "  - term: padding term {n}\n    meaning: " + "words to make the file large " * 8 + "\n"
    parts = [text.rstrip("\n"), "\nglossary:\n"] if "\nglossary:" not in text else [text]
    size = sum(len(p) for p in parts)
    n = 0
    while size < megabytes * 1024 * 1024:
        piece = entry.format(n=n)
        parts.append(piece)
        size += len(piece)
        n += 1
    return "".join(parts).encode()


@contextlib.contextmanager
def _folder(count: int) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="briefbot-bench-content-"))
    try:
        text = SEED.read_text(encoding="utf-8")
        assert f"id: {SEED_ID}\n" in text
        for n in range(count):
            (root / f"b{n:04d}.yaml").write_text(
                text.replace(f"id: {SEED_ID}\n", f"id: {SEED_ID}-{n:04d}\n", 1), encoding="utf-8"
            )
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _ours(folder: Path, count: int) -> float:
    gc.collect()
    start = time.perf_counter()
    library = Library(folder)
    reports = library.reload()
    elapsed = time.perf_counter() - start
    loaded = sum(r.status == FileStatus.LOADED for r in reports)
    if loaded != count:
        raise RuntimeError(f"only {loaded} of {count} briefings loaded: {reports[0]}")
    return elapsed * 1000


def _bare(folder: Path) -> float:
    gc.collect()
    start = time.perf_counter()
    for path in sorted(folder.glob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return (time.perf_counter() - start) * 1000


def _refusal(raw: bytes, expect: str) -> float:
    start = time.perf_counter()
    result = load_briefing_bytes(raw, "hostile.yaml")
    elapsed = (time.perf_counter() - start) * 1000
    if result.ok or not any(expect in p.message for p in result.problems):
        raise RuntimeError(f"expected a refusal mentioning {expect!r}: {result.messages()}")
    return elapsed


def _bare_parse(raw: bytes) -> float:
    start = time.perf_counter()
    yaml.load(raw.decode("utf-8"), Loader=yaml.CSafeLoader)
    return (time.perf_counter() - start) * 1000


def measure(count: int, runs: int) -> list[Row]:
    """Rows d1 (load ratio <= 2), d2 (alias bomb < 10 ms), d3 (oversized file < 10 ms)."""
    ours: list[float] = []
    bare: list[float] = []
    with _folder(count) as folder:
        for _ in range(runs):
            bare.append(_bare(folder))
            ours.append(_ours(folder, count))
    bomb, big = alias_bomb(), oversized()
    bomb_ours = [_refusal(bomb, "more than") for _ in range(max(runs, 5))]
    bomb_bare = [_bare_parse(bomb) for _ in range(max(runs, 5))]
    big_ours = [_refusal(big, "limit") for _ in range(max(runs, 5))]
    big_bare = [_bare_parse(big) for _ in range(runs)]
    return [
        Row(
            "d1",
            f"load + validate {count:,} briefings",
            "ms",
            median(ours),
            median(bare),
            "yaml CSafeLoader, no checks",
            at_most(2.0, "ratio <= 2", ratio=True),
            runs,
        ),
        Row(
            "d2",
            "alias bomb refused",
            "ms",
            median(bomb_ours),
            median(bomb_bare),
            "CSafeLoader loads it",
            at_most(10.0, "< 10 ms"),
            len(bomb_ours),
        ),
        Row(
            "d3",
            f"oversized file ({len(big) / 2**20:.0f} MB) refused",
            "ms",
            median(big_ours),
            median(big_bare),
            "CSafeLoader parses it",
            at_most(10.0, "< 10 ms"),
            len(big_ours),
        ),
    ]
