"""How good `briefbot draft` is on labeled articles, and how long it takes.

Run `python -m benchmarks.draft_quality` for the full report: the articles written for the
tests (tests/authoring/labeled), then the real published articles (labeled/real: the tuning
set; labeled/real/heldout, kept out of sight while tuning; labeled/real/fresh, a second
held-out set from other outlets, labeled before the second tuning round and scored only
before and after it; labeled/real/fresh2 and labeled/real/fresh3, labeled before the third
and the fourth round; labeled/real/fresh4, labeled after the fourth round's changes and
scored once; labeled/real/fresh5, labeled before the fifth round's changes; labeled/real/fresh6,
labeled at the fifth round's end from 23 outlets not used before; labeled/real/fresh7, real
articles, seventh fresh set, labeled at main's c488d21 from outlets not used before;
labeled/real/fresh8, real articles, eighth fresh set, labeled at main's 2158d32 from 22
outlets not used before; labeled/real/fresh9, real articles, ninth fresh set, labeled at
main's 81569b0 from 23 outlets not used before; labeled/real/fresh10, real articles, tenth
fresh set, labeled at main's 4661f92 from 27 outlets not used before; labeled/real/fresh11,
real articles, eleventh fresh set, labeled at main's ebd87ac from 25 outlets not used before;
labeled/real/fresh12, real articles, twelfth fresh set, labeled at main's c2c993b from 29
outlets not used before; labeled/real/fresh13, real articles, thirteenth fresh set, labeled at
main's 878d346 from 30 outlets not used before; labeled/real/fresh14, real articles, fourteenth
fresh set, labeled at main's 8f8a44f from 30 outlets not used before; labeled/real/fresh15, real
articles, fifteenth fresh set, labeled at main's 8233c01 from 27 outlets in the Americas and
Europe not used before; labeled/real/fresh16, real articles, sixteenth fresh set, labeled at
main's 8233c01 from 34 outlets in Africa, Asia and Oceania not used before; labeled/real/fresh17,
real articles, seventeenth fresh set, labeled at main's 03dfa98 from 27 outlets in the Americas
and Europe not used before; labeled/real/fresh18, real articles, eighteenth fresh set, labeled at
main's 03dfa98 from 36 outlets in Africa, Asia and Oceania not used before;
labeled/real/fresh19, real articles, nineteenth fresh set, labeled at main's ee3112c from 30
outlets in the Americas and Europe not used before; labeled/real/fresh20, real articles,
twentieth fresh set, labeled at main's ee3112c from 38 outlets in Africa, Asia and Oceania
not used before; labeled/real/fresh21, real articles, twenty-first fresh set, labeled at
main's 7241fb2 from 35 outlets in the Americas, Europe, Africa, Asia and Oceania not used
before; labeled/real/fresh22, real articles, twenty-second fresh set, labeled at main's
00602ea from 29 outlets in the Americas and Europe not used before; labeled/real/fresh23, real
articles, twenty-third fresh set, labeled at main's 00602ea from 39 outlets in Africa, Asia and
Oceania not used before; labeled/real/fresh24, real articles, twenty-fourth fresh set, labeled at
main's d55a610 from outlets in the Americas and Europe not used before; labeled/real/fresh25,
real articles, twenty-fifth fresh set, labeled at main's d55a610 from outlets in Africa, Asia and
Oceania not used before; labeled/real/fresh26, real articles, twenty-sixth fresh set, labeled at
main's f1da3e7 from 26 outlets in the Americas and Europe not used before; labeled/real/fresh27,
real articles, twenty-seventh fresh set, labeled at main's f1da3e7 from 25 outlets in Africa, Asia
and Oceania not used before; labeled/real/fresh28, real articles, twenty-eighth fresh set, labeled
at main's ac472ba from 14 outlets in the Americas and Europe not used before; labeled/real/fresh29,
real articles, twenty-ninth fresh set, labeled at main's ac472ba from 26 outlets in Africa, Asia,
Oceania and the Middle East not used before; labeled/real/fresh30, real articles, thirtieth fresh
set, labeled at main's 4ff3814 from 26 outlets in the Americas and Europe not used before;
labeled/real/fresh31, real articles, thirty-first fresh set, labeled at main's 4ff3814 from 28
outlets in Africa, Asia, Oceania and the Middle East not used before; labeled/real/fresh32, real
articles, thirty-second fresh set, labeled at main's f443f4b from 28 outlets in the Americas and
Europe not used before; labeled/real/fresh33, real articles, thirty-third fresh set, labeled at
main's f443f4b from 26 outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh34, real articles, thirty-fourth fresh set, labeled at main's 01cb771 from 25
outlets in the Americas and Europe not used before;
labeled/real/fresh35, real articles, thirty-fifth fresh set, labeled at main's 01cb771 from 25
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh36, real articles, thirty-sixth fresh set, labeled at main's b3078fb from 24
outlets in the Americas and Europe not used before;
labeled/real/fresh37, real articles, thirty-seventh fresh set, labeled at main's b3078fb from 23
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh38, real articles, thirty-eighth fresh set, labeled at main's f823484 from 26
outlets in the Americas and Europe not used before;
labeled/real/fresh39, real articles, thirty-ninth fresh set, labeled at main's f823484 from 27
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh40, real articles, fortieth fresh set, labeled at main's b460419 from 24
outlets in the Americas and Europe not used before;
labeled/real/fresh41, real articles, forty-first fresh set, labeled at main's b460419 from 17
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh42, real articles, forty-second fresh set, labeled at main's 464147c from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh43, real articles, forty-third fresh set, labeled at main's 464147c from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh44, real articles, forty-fourth fresh set, labeled at main's 5d15b3a from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh45, real articles, forty-fifth fresh set, labeled at main's 5d15b3a from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh46, real articles, forty-sixth fresh set, labeled at main's 7bdd83d from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh47, real articles, forty-seventh fresh set, labeled at main's 7bdd83d from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh48, real articles, forty-eighth fresh set, labeled at main's 8bb4b5b from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh49, real articles, forty-ninth fresh set, labeled at main's 8bb4b5b from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh50, real articles, fiftieth fresh set, labeled at main's 8119c79 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh51, real articles, fifty-first fresh set, labeled at main's 8119c79 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh52, real articles, fifty-second fresh set, labeled at main's 4fa6139 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh53, real articles, fifty-third fresh set, labeled at main's 4fa6139 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh54, real articles, fifty-fourth fresh set, labeled at main's 462a0ba from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh55, real articles, fifty-fifth fresh set, labeled at main's 462a0ba from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh56, real articles, fifty-sixth fresh set, labeled at main's e196042 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh57, real articles, fifty-seventh fresh set, labeled at main's e196042 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh58, real articles, fifty-eighth fresh set, labeled at main's 7af948d from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh59, real articles, fifty-ninth fresh set, labeled at main's 7af948d from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh60, real articles, sixtieth fresh set, labeled at main's 2d83816 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh61, real articles, sixty-first fresh set, labeled at main's 2d83816 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh62, real articles, sixty-second fresh set, labeled at main's 57a08d0 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh63, real articles, sixty-third fresh set, labeled at main's 57a08d0 from 18
outlets in the Americas and Europe not used before;
labeled/real/fresh64, real articles, sixty-fourth fresh set, labeled at main's a828da9 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh65, real articles, sixty-fifth fresh set, labeled at main's a828da9 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh66, real articles, sixty-sixth fresh set, labeled at main's 31e9182 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh67, real articles, sixty-seventh fresh set, labeled at main's 31e9182 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh68, real articles, sixty-eighth fresh set, labeled at main's cbf7e0a from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh69, real articles, sixty-ninth fresh set, labeled at main's cbf7e0a from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh70, real articles, seventieth fresh set, labeled at main's 8ce9f6a from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh71, real articles, seventy-first fresh set, labeled at main's 8ce9f6a from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh72, real articles, seventy-second fresh set, labeled at main's c0e1145 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh73, real articles, seventy-third fresh set, labeled at main's c0e1145 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh74, real articles, seventy-fourth fresh set, labeled at main's b0fcb5e from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh75, real articles, seventy-fifth fresh set, labeled at main's b0fcb5e from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh76, real articles, seventy-sixth fresh set, labeled at main's 7c9f3c7 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh77, real articles, seventy-seventh fresh set, labeled at main's 7c9f3c7 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh78, real articles, seventy-eighth fresh set, labeled at main's fd5d630 from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh79, real articles, seventy-ninth fresh set, labeled at main's fd5d630 from 20
outlets in the Americas and Europe not used before;
labeled/real/fresh80, real articles, eightieth fresh set, labeled at main's 3ef5ced from 20
outlets in Africa, Asia, Oceania and the Middle East not used before;
labeled/real/fresh81, real articles, eighty-first fresh set, labeled at main's 3ef5ced from 20
outlets in the Americas and Europe not used before), each with quotes
attributed to the right speaker, figures with their role, page clutter kept out of the draft,
and the drafted questions as a teacher judged them (labeled/real/question_judgments.yaml). The
targets are checked on the real articles.
`--unjudged` prints the drafted questions that have no judgment yet, ready to be judged
(`--unjudged FOLDER` of one folder only); `FOLDER` reports on one folder only.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from bot.authoring import draft_briefing
from bot.authoring.evaluate import (
    ArticleScore,
    Score,
    question_key,
    score_labeled_set,
)

ROOT = Path(__file__).resolve().parent.parent
LABELED = ROOT / "tests" / "authoring" / "labeled"
REAL = LABELED / "real"
HELD_OUT = REAL / "heldout"
FRESH = REAL / "fresh"
FRESH2 = REAL / "fresh2"
FRESH3 = REAL / "fresh3"
FRESH4 = REAL / "fresh4"
FRESH5 = REAL / "fresh5"
FRESH6 = REAL / "fresh6"
FRESH7 = REAL / "fresh7"
FRESH8 = REAL / "fresh8"
FRESH9 = REAL / "fresh9"
FRESH10 = REAL / "fresh10"
FRESH11 = REAL / "fresh11"
FRESH12 = REAL / "fresh12"
FRESH13 = REAL / "fresh13"
FRESH14 = REAL / "fresh14"
FRESH15 = REAL / "fresh15"
FRESH16 = REAL / "fresh16"
FRESH17 = REAL / "fresh17"
FRESH18 = REAL / "fresh18"
FRESH19 = REAL / "fresh19"
FRESH20 = REAL / "fresh20"
FRESH21 = REAL / "fresh21"
FRESH22 = REAL / "fresh22"
FRESH23 = REAL / "fresh23"
FRESH24 = REAL / "fresh24"
FRESH25 = REAL / "fresh25"
FRESH26 = REAL / "fresh26"
FRESH27 = REAL / "fresh27"
FRESH28 = REAL / "fresh28"
FRESH29 = REAL / "fresh29"
FRESH30 = REAL / "fresh30"
FRESH31 = REAL / "fresh31"
FRESH32 = REAL / "fresh32"
FRESH33 = REAL / "fresh33"
FRESH34 = REAL / "fresh34"
FRESH35 = REAL / "fresh35"
FRESH36 = REAL / "fresh36"
FRESH37 = REAL / "fresh37"
FRESH38 = REAL / "fresh38"
FRESH39 = REAL / "fresh39"
FRESH40 = REAL / "fresh40"
FRESH41 = REAL / "fresh41"
FRESH42 = REAL / "fresh42"
FRESH43 = REAL / "fresh43"
FRESH44 = REAL / "fresh44"
FRESH45 = REAL / "fresh45"
FRESH46 = REAL / "fresh46"
FRESH47 = REAL / "fresh47"
FRESH48 = REAL / "fresh48"
FRESH49 = REAL / "fresh49"
FRESH50 = REAL / "fresh50"
FRESH51 = REAL / "fresh51"
FRESH52 = REAL / "fresh52"
FRESH53 = REAL / "fresh53"
FRESH54 = REAL / "fresh54"
FRESH55 = REAL / "fresh55"
FRESH56 = REAL / "fresh56"
FRESH57 = REAL / "fresh57"
FRESH58 = REAL / "fresh58"
FRESH59 = REAL / "fresh59"
FRESH60 = REAL / "fresh60"
FRESH61 = REAL / "fresh61"
FRESH62 = REAL / "fresh62"
FRESH63 = REAL / "fresh63"
FRESH64 = REAL / "fresh64"
FRESH65 = REAL / "fresh65"
FRESH66 = REAL / "fresh66"
FRESH67 = REAL / "fresh67"
FRESH68 = REAL / "fresh68"
FRESH69 = REAL / "fresh69"
FRESH70 = REAL / "fresh70"
FRESH71 = REAL / "fresh71"
FRESH72 = REAL / "fresh72"
FRESH73 = REAL / "fresh73"
FRESH74 = REAL / "fresh74"
FRESH75 = REAL / "fresh75"
FRESH76 = REAL / "fresh76"
FRESH77 = REAL / "fresh77"
FRESH78 = REAL / "fresh78"
FRESH79 = REAL / "fresh79"
FRESH80 = REAL / "fresh80"
FRESH81 = REAL / "fresh81"
# (heading, folder, per-article details): the held-out sets print only their totals.
REAL_SETS = (
    ("real articles, tuning set", REAL, True),
    ("real articles, held out", HELD_OUT, True),
    ("real articles, fresh held-out set", FRESH, False),
    ("real articles, second fresh set", FRESH2, False),
    ("real articles, third fresh set", FRESH3, False),
    ("real articles, fourth fresh set", FRESH4, False),
    ("real articles, fifth fresh set", FRESH5, False),
    ("real articles, sixth fresh set", FRESH6, False),
    ("real articles, seventh fresh set", FRESH7, False),
    ("real articles, eighth fresh set", FRESH8, False),
    ("real articles, ninth fresh set", FRESH9, False),
    ("real articles, tenth fresh set", FRESH10, False),
    ("real articles, eleventh fresh set", FRESH11, False),
    ("real articles, twelfth fresh set", FRESH12, False),
    ("real articles, thirteenth fresh set", FRESH13, False),
    ("real articles, fourteenth fresh set", FRESH14, False),
    ("real articles, fifteenth fresh set", FRESH15, False),
    ("real articles, sixteenth fresh set", FRESH16, False),
    ("real articles, seventeenth fresh set", FRESH17, False),
    ("real articles, eighteenth fresh set", FRESH18, False),
    ("real articles, nineteenth fresh set", FRESH19, False),
    ("real articles, twentieth fresh set", FRESH20, False),
    ("real articles, twenty-first fresh set", FRESH21, False),
    ("real articles, twenty-second fresh set", FRESH22, False),
    ("real articles, twenty-third fresh set", FRESH23, False),
    ("real articles, twenty-fourth fresh set", FRESH24, False),
    ("real articles, twenty-fifth fresh set", FRESH25, False),
    ("real articles, twenty-sixth fresh set", FRESH26, False),
    ("real articles, twenty-seventh fresh set", FRESH27, False),
    ("real articles, twenty-eighth fresh set", FRESH28, False),
    ("real articles, twenty-ninth fresh set", FRESH29, False),
    ("real articles, thirtieth fresh set", FRESH30, False),
    ("real articles, thirty-first fresh set", FRESH31, False),
    ("real articles, thirty-second fresh set", FRESH32, False),
    ("real articles, thirty-third fresh set", FRESH33, False),
    ("real articles, thirty-fourth fresh set", FRESH34, False),
    ("real articles, thirty-fifth fresh set", FRESH35, False),
    ("real articles, thirty-sixth fresh set", FRESH36, False),
    ("real articles, thirty-seventh fresh set", FRESH37, False),
    ("real articles, thirty-eighth fresh set", FRESH38, False),
    ("real articles, thirty-ninth fresh set", FRESH39, False),
    ("real articles, fortieth fresh set", FRESH40, False),
    ("real articles, forty-first fresh set", FRESH41, False),
    ("real articles, forty-second fresh set", FRESH42, False),
    ("real articles, forty-third fresh set", FRESH43, False),
    ("real articles, forty-fourth fresh set", FRESH44, False),
    ("real articles, forty-fifth fresh set", FRESH45, False),
    ("real articles, forty-sixth fresh set", FRESH46, False),
    ("real articles, forty-seventh fresh set", FRESH47, False),
    ("real articles, forty-eighth fresh set", FRESH48, False),
    ("real articles, forty-ninth fresh set", FRESH49, False),
    ("real articles, fiftieth fresh set", FRESH50, False),
    ("real articles, fifty-first fresh set", FRESH51, False),
    ("real articles, fifty-second fresh set", FRESH52, False),
    ("real articles, fifty-third fresh set", FRESH53, False),
    ("real articles, fifty-fourth fresh set", FRESH54, False),
    ("real articles, fifty-fifth fresh set", FRESH55, False),
    ("real articles, fifty-sixth fresh set", FRESH56, False),
    ("real articles, fifty-seventh fresh set", FRESH57, False),
    ("real articles, fifty-eighth fresh set", FRESH58, False),
    ("real articles, fifty-ninth fresh set", FRESH59, False),
    ("real articles, sixtieth fresh set", FRESH60, False),
    ("real articles, sixty-first fresh set", FRESH61, False),
    ("real articles, sixty-second fresh set", FRESH62, False),
    ("real articles, sixty-third fresh set", FRESH63, False),
    ("real articles, sixty-fourth fresh set", FRESH64, False),
    ("real articles, sixty-fifth fresh set", FRESH65, False),
    ("real articles, sixty-sixth fresh set", FRESH66, False),
    ("real articles, sixty-seventh fresh set", FRESH67, False),
    ("real articles, sixty-eighth fresh set", FRESH68, False),
    ("real articles, sixty-ninth fresh set", FRESH69, False),
    ("real articles, seventieth fresh set", FRESH70, False),
    ("real articles, seventy-first fresh set", FRESH71, False),
    ("real articles, seventy-second fresh set", FRESH72, False),
    ("real articles, seventy-third fresh set", FRESH73, False),
    ("real articles, seventy-fourth fresh set", FRESH74, False),
    ("real articles, seventy-fifth fresh set", FRESH75, False),
    ("real articles, seventy-sixth fresh set", FRESH76, False),
    ("real articles, seventy-seventh fresh set", FRESH77, False),
    ("real articles, seventy-eighth fresh set", FRESH78, False),
    ("real articles, seventy-ninth fresh set", FRESH79, False),
    ("real articles, eightieth fresh set", FRESH80, False),
    ("real articles, eighty-first fresh set", FRESH81, False),
)
JUDGMENTS = REAL / "question_judgments.yaml"
SEED = ROOT / "tests" / "fixtures" / "seed_article.txt"
QUOTE_RECALL_TARGET = 0.92
QUOTE_PRECISION_TARGET = 0.97
FIGURE_TARGET = 0.85
GOOD_TARGET = 0.60
BAD_LIMIT = 0.05


def _timed(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        draft_briefing(text)
        best = min(best, time.perf_counter() - start)
    return best


def _report(name: str, folder: Path, *, details: bool) -> tuple[Score, Score, list[ArticleScore]]:
    start = time.perf_counter()
    quotes, figures, articles = score_labeled_set(folder)
    elapsed = time.perf_counter() - start
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"{name}: {shown} ({len(articles)} articles, {elapsed:.2f} s)")
    if details:
        for article in articles:
            print(
                f"  {article.name:34} quotes {article.quotes.right}/{article.quotes.expected}"
                f" (named {article.quotes.found})   figures {article.figures.right}/"
                f"{article.figures.expected} (drafted {article.figures.found})"
            )
            for miss in article.misses:
                print(f"      - {miss}")
    _totals(quotes, figures, articles)
    if folder != LABELED:
        counts, _ = _questions(articles)
        print(
            f"  drafted questions: {counts['good']} good, {counts['weak']} weak, "
            f"{counts['bad']} bad, {counts['unjudged']} not judged"
        )
    return quotes, figures, articles


def _totals(quotes: Score, figures: Score, articles: list[ArticleScore]) -> None:
    clutter = Score()
    for article in articles:
        clutter.add(article.clutter)
    print(
        f"  quotes with the right speaker: precision {quotes.precision:.1%} "
        f"({quotes.right}/{quotes.found} named), recall {quotes.recall:.1%} "
        f"({quotes.right}/{quotes.expected})"
    )
    print(
        f"  figures with their role:       precision {figures.precision:.1%}, "
        f"recall {figures.recall:.1%} ({figures.right}/{figures.expected})"
    )
    if clutter.expected:
        print(f"  page clutter in the draft:     {clutter.found} of {clutter.expected} strings")


def _judgments() -> dict[str, dict[str, str]]:
    if not JUDGMENTS.is_file():
        return {}
    data = yaml.safe_load(JUDGMENTS.read_text(encoding="utf-8")) or {}
    return {
        article: {question_key(j["prompt"], j["answer"]): j["judgment"] for j in items or []}
        for article, items in data.items()
    }


def _questions(articles: list[ArticleScore]) -> tuple[Counter[str], list[str]]:
    judged = _judgments()
    counts: Counter[str] = Counter()
    unjudged: list[str] = []
    for article in articles:
        known = judged.get(article.name, {})
        for prompt, answer in article.questions:
            verdict = known.get(question_key(prompt, answer))
            counts[verdict or "unjudged"] += 1
            if verdict is None:
                unjudged.append(
                    f"{article.name}:\n  - prompt: {yaml.safe_dump(prompt, width=10_000).strip()}"
                    f"\n    answer: {yaml.safe_dump(answer).strip().removesuffix('...').strip()}"
                    "\n    judgment: "
                )
    return counts, unjudged


def _timings(folder: Path) -> None:
    if not SEED.is_file():
        return
    seed = SEED.read_text(encoding="utf-8")
    print(f"seed article ({len(seed):,} chars): {_timed(seed, 5) * 1000:.1f} ms per draft")
    parts = [seed, *(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))]
    # The seed's comment form ("Leave a Comment") ends an article: left in, every copy after
    # the first would be dropped as the page's and the megabyte would not be drafted.
    unit = "\n\n".join(parts).replace("\nLeave a Comment\n", "\n")
    big = (unit + "\n\n") * (1_000_000 // (len(unit) + 2) + 1)
    print(f"1 MB article ({len(big):,} chars): {_timed(big, 1):.2f} s per draft")
    hostile = "<html><body>" + "<a " * 333_333
    print(f"1 MB of hostile HTML (unclosed tags): {_timed(hostile, 1):.2f} s per draft")
    paragraphs = "<html><body>" + "<p>x" * 250_000
    print(f"1 MB of hostile HTML (unclosed <p>): {_timed(paragraphs, 1):.2f} s per draft")


USAGE = """usage: python -m benchmarks.draft_quality [FOLDER | --unjudged [FOLDER ...]]
  (nothing)            the full report: the written set, then every real set
  FOLDER               one folder of labeled articles, article by article
  --unjudged [FOLDER]  the drafted questions not yet judged (every real set by default)"""


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit status 1 when a target on the real articles is missed."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print(USAGE)
        return 0
    missing = [a for a in args if a != "--unjudged" and not Path(a).is_dir()]
    if missing:
        print(f"{missing[0]}: no such folder of labeled articles\n{USAGE}", file=sys.stderr)
        return 2
    if args and args[0] != "--unjudged":
        _report("labeled set", Path(args[0]).resolve(), details=True)
        return 0
    if args:
        folders = [Path(a).resolve() for a in args[1:]] or [f for _, f, _ in REAL_SETS]
        every = [a for folder in folders for a in score_labeled_set(folder)[2]]
        print("\n".join(_questions(every)[1]))
        return 0
    _report("articles written for the tests", LABELED, details=False)
    quotes, figures = Score(), Score()
    every: list[ArticleScore] = []
    for heading, folder, details in REAL_SETS:
        print()
        set_quotes, set_figures, articles = _report(heading, folder, details=details)
        quotes.add(set_quotes)
        figures.add(set_figures)
        every += articles
    print()
    print(f"real articles, all {len(every)}:")
    _totals(quotes, figures, every)
    counts, _ = _questions(every)
    judged = counts["good"] + counts["weak"] + counts["bad"]
    good = counts["good"] / judged if judged else 0.0
    bad = counts["bad"] / judged if judged else 1.0
    print(
        f"  drafted questions, as a teacher judged them: {counts['good']} good, "
        f"{counts['weak']} weak, {counts['bad']} bad ({good:.0%} good, {bad:.0%} bad)"
        f"; {counts['unjudged']} not judged yet"
    )
    clutter = sum(a.clutter.found for a in every)
    print()
    _timings(LABELED)
    met = (
        quotes.recall >= QUOTE_RECALL_TARGET
        and quotes.precision >= QUOTE_PRECISION_TARGET
        and figures.recall >= FIGURE_TARGET
        and clutter == 0
        and good >= GOOD_TARGET
        and bad <= BAD_LIMIT
        and counts["unjudged"] == 0
    )
    print(
        f"targets (real articles): quotes recall >= {QUOTE_RECALL_TARGET:.0%} with precision"
        f" >= {QUOTE_PRECISION_TARGET:.0%}, figures with role >= {FIGURE_TARGET:.0%}, no clutter,"
        f" questions >= {GOOD_TARGET:.0%} good and <= {BAD_LIMIT:.0%} bad"
    )
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
