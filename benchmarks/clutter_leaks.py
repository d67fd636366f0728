"""Every labeled clutter string whose words show in a draft, where, and whether it counts.

The scorer (`bot.authoring.evaluate`, through `bot.authoring.leaked_clutter.leaked_labels`)
counts a label as leaked only where the draft shows it as clutter: a whole item, a run cut
off from the story's sentence, a piece glued on; not where the story's own sentence uses the
same words. This listing names, for each label whose whole words stand somewhere in the
draft's visible places, where they land (`point`, `point (run)`, `point (in a sentence)`,
`section+point`, ...) and the verdict: "clutter" (counted) or "story words" (not counted).

Run `python -m benchmarks.clutter_leaks [FOLDER ...]` (default: every real set of
`benchmarks.draft_quality`).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

from bot.authoring.draft import draft_briefing
from bot.authoring.evaluate import labeled_articles
from bot.authoring.leaked_clutter import leaked_labels, where_shown


def main(argv: list[str] | None = None) -> int:
    """Print every label shown in a draft with where it lands and the scorer's verdict."""
    from benchmarks.draft_quality import REAL_SETS

    args = sys.argv[1:] if argv is None else argv
    folders = [Path(a) for a in args] or [folder for _, folder, _ in REAL_SETS]
    verdicts: Counter[str] = Counter()
    for folder in folders:
        for article, labels in labeled_articles(folder):
            wanted = yaml.safe_load(labels.read_text(encoding="utf-8")) or {}
            every = [str(j) for j in wanted.get("clutter") or []]
            if not every:
                continue
            text = article.read_text(encoding="utf-8")
            data = yaml.safe_load(draft_briefing(text, source_file=article.name))
            counted = leaked_labels(every, data)
            for junk in every:
                where = where_shown(junk, data)
                if not where:
                    continue
                verdict = "clutter" if junk in counted else "story words"
                verdicts[verdict] += 1
                places = ", ".join(where)
                print(f"{verdict:11} {folder.name}/{article.stem}: {junk[:100]!r} [{places}]")
    print(
        f"{sum(verdicts.values())} labels shown in the drafts: {verdicts['clutter']} clutter "
        f"(counted), {verdicts['story words']} story words"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
