"""Precision of `briefbot draft`'s quote attributions, per method of finding the speaker.

Each drafted quote records how its speaker was found ("the sentence", "the paragraph
before", ...). Run `python -m benchmarks.attribution_methods FOLDER [FOLDER ...]` on labeled
folders (see bot/authoring/evaluate.py): per method, the speakers named, how many are right
and the precision, matched as `benchmarks.draft_quality` matches them. A quote the draft
holds back ("speaker? NAME (HOW): check", left unattributed) is counted under
"held: HOW", so a held-back method can still be measured. `--wrong` also lists each wrong
speaker: the article, the method, the speaker named, the labeled one and the quote's start.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bot.authoring.draft import UNATTRIBUTED_ID, build_draft
from bot.authoring.evaluate import Score, _same_name, labeled_articles, match_quotes
from bot.authoring.yamlout import Commented

TAKEN = re.compile(r"speaker taken from (.+)$")
HELD = re.compile(r"speaker\? (.+) \((.+)\): check")


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Commented) else value


def _method(comments: tuple[str, ...], speaker: str | None) -> tuple[str, str | None]:
    """(method, speaker named or held back) from a drafted quote's comment lines."""
    for line in comments:
        if held := HELD.search(line):
            return f"held: {held.group(2)}", held.group(1)
        if speaker is not None and (taken := TAKEN.search(line)):
            return taken.group(1), speaker
    return ("not recorded" if speaker else "unattributed"), speaker


def drafted_quotes(text: str, name: str) -> list[tuple[str, str | None, str]]:
    """(text, speaker, method) of each quote the draft of one article holds."""
    data, _ = build_draft(text, source_file=name)
    out = []
    for row in _plain(data["figures"]):
        figure = _plain(row)
        named = None if figure["id"] == UNATTRIBUTED_ID else figure["name"]
        for quote in figure.get("quotes", []):
            comments = quote.comments if isinstance(quote, Commented) else ()
            method, speaker = _method(comments, named)
            out.append((_plain(quote)["text"], speaker, method))
    return out


def score_methods(folder: Path, wrong: list[str] | None = None) -> dict[str, Score]:
    """Per method: found (speakers named), right, expected unused; each wrong speaker is
    added to `wrong` as a line when a list is given."""
    scores: dict[str, Score] = defaultdict(Score)
    for article, labels in labeled_articles(folder):
        want: list[dict[str, Any]] = (yaml.safe_load(labels.read_text(encoding="utf-8")) or {}).get(
            "quotes"
        ) or []
        found = drafted_quotes(article.read_text(encoding="utf-8"), article.name)
        for hit, (text, speaker, method) in match_quotes(want, found):
            if speaker is None:
                continue
            scores[method].found += 1
            if hit is not None and _same_name(hit.get("speaker"), speaker):
                scores[method].right += 1
            elif wrong is not None:
                labeled = hit.get("speaker") if hit is not None else "(no such quote)"
                wrong.append(f"{article.name}: {method}: {speaker}, not {labeled}: {text[:60]!r}")
    return dict(scores)


def main(args: list[str]) -> None:
    """Print the per-method table of each folder, then of all of them together (with
    `--wrong`, each folder's wrong speakers under its table)."""
    if not args or "-h" in args or "--help" in args:
        print("usage: python -m benchmarks.attribution_methods [--wrong] FOLDER [FOLDER ...]")
        return
    show_wrong = "--wrong" in args
    folders = [a for a in args if a != "--wrong"]
    total: dict[str, Score] = defaultdict(Score)
    for folder in folders:
        wrong: list[str] = []
        scores = score_methods(Path(folder), wrong)
        print(folder)
        _print(scores)
        if show_wrong:
            print("\n".join(f"    wrong: {line}" for line in wrong))
        for method, score in scores.items():
            total[method].add(score)
    if len(folders) > 1:
        print("all folders")
        _print(total)


def _print(scores: dict[str, Score]) -> None:
    for method, s in sorted(scores.items(), key=lambda kv: -kv[1].found):
        print(f"  {method:48} named {s.found:3}  right {s.right:3}  precision {s.precision:6.1%}")


if __name__ == "__main__":
    main(sys.argv[1:])
