"""Train and score a learned speaker ranker (issue 14, round 56: an experiment, not shipped).

Every quote the drafter leaves without a speaker, in every labeled folder of
tests/authoring/labeled/real but fresh80 and fresh81, becomes one group of rows: one row per
person the draft found, with `benchmarks.speaker_ranker_features.candidate_features` and
whether that person is the labeled speaker (a quote labeled with nobody, with someone the
draft never found, or not labeled at all is a group of "no" rows the ranker must refuse).
A logistic regression (scikit-learn's, a dev-only tool: `.venv/bin/pip install
-e '.[train]'`) is fitted on fresh40 and older, fresh78/79 and the named sets; the threshold
is chosen by cross-validation over those sets (five folds by set); the held-out sets
fresh41-fresh77 are scored once, never trained or tuned on.

    python -m benchmarks.speaker_ranker_train [--rows /tmp/ranker-rows.json] [--at T M]

prints the cross-validated precision-recall table, the chosen rule, the weights, the ranking
alone, the held-out table at several thresholds, per-set gains and quotes precision against
a saved full `benchmarks.draft_quality` report (`--baseline FILE`) at the chosen rule (or
at `--at THRESHOLD MARGIN`, for a look only), and a two-stage variant (rank, then refuse).
The rows are cached in `--rows`: delete the file to extract again
(about four minutes on two workers)."""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

from benchmarks.speaker_ranker_features import FEATURES, ArticleView, candidate_features
from bot.authoring.article import read_article
from bot.authoring.draft import MAX_INPUT_CHARS
from bot.authoring.evaluate import _same_name, labeled_articles, match_quotes
from bot.authoring.people import find_people
from bot.authoring.quotes import find_quotes
from bot.authoring.speaker_names import settle_speakers

REAL = Path(__file__).resolve().parent.parent / "tests/authoring/labeled/real"
NEVER = ("fresh80", "fresh81")  # the round's unseen pair: not opened, not run


def held_out(set_name: str) -> bool:
    """fresh41-fresh77: scored once, never trained or tuned on."""
    return set_name.startswith("fresh") and set_name[5:].isdigit() and 41 <= int(set_name[5:]) <= 77


def folders() -> list[Path]:
    subs = sorted(p for p in REAL.iterdir() if p.is_dir() and p.name not in NEVER)
    return [REAL, *subs]


def article_groups(set_name: str, article: Path, labels: Path) -> list[dict[str, Any]]:
    """One group per unattributed quote: candidate keys, features, the right key or None."""
    text = article.read_text(encoding="utf-8")
    want = (yaml.safe_load(labels.read_text(encoding="utf-8")) or {}).get("quotes") or []
    art = read_article(text[:MAX_INPUT_CHARS])
    people = find_people(art.blocks, hints=[art.title, *art.captions])
    raw = find_quotes(art.blocks, people)
    people, quotes = settle_speakers(art.blocks, people, raw, art.captions)
    quotes = [q if q.speaker in people.by_key else _nobody(q) for q in quotes]
    if not people.persons:
        return []
    view = ArticleView.of(art.blocks, people)
    named = [
        (q.text, people.by_key[q.speaker].name if q.speaker else None, i)
        for i, q in enumerate(quotes)
    ]
    groups = []
    for hit, (_, speaker, i) in match_quotes(want, named):
        if speaker is not None:
            continue
        labeled = hit.get("speaker") if hit else None
        keys = [p.key for p in people.persons]
        right = next(
            (p.key for p in people.persons if labeled and _same_name(str(labeled), p.name)), None
        )
        kind = "extra" if hit is None else "none" if not labeled else "pos" if right else "absent"
        groups.append(
            {
                "set": set_name,
                "article": article.name,
                "quote": quotes[i].text[:80],
                "kind": kind,
                "keys": keys,
                "right": right,
                "x": [candidate_features(view, quotes, i, p) for p in people.persons],
            }
        )
    return groups


def _nobody(quote: Any) -> Any:
    from dataclasses import replace

    return replace(quote, speaker=None)


def _folder_groups(folder: Path) -> list[dict[str, Any]]:
    name = "real" if folder == REAL else folder.name
    out: list[dict[str, Any]] = []
    for article, labels in labeled_articles(folder):
        out += article_groups(name, article, labels)
    return out


def extract(workers: int) -> list[dict[str, Any]]:
    with ProcessPoolExecutor(workers) as pool:
        return [g for gs in pool.map(_folder_groups, folders()) for g in gs]


_SET_LINE = re.compile(r"^real articles, .*: tests/authoring/labeled/real(?:/(\S+))? \(")
_QUOTES_LINE = re.compile(
    r"quotes with the right speaker: precision .*\((\d+)/(\d+) named\), recall .*\((\d+)/(\d+)\)"
)


def baseline_quotes(report: Path) -> dict[str, tuple[int, int, int]]:
    """Per set of a `benchmarks.draft_quality` report: (right, named, labeled with a speaker)."""
    out: dict[str, tuple[int, int, int]] = {}
    current = None
    for line in report.read_text(encoding="utf-8").splitlines():
        if (head := _SET_LINE.match(line)) is not None:
            current = head.group(1) or "real"
        elif current and (q := _QUOTES_LINE.search(line)) is not None:
            out[current] = (int(q.group(1)), int(q.group(2)), int(q.group(4)))
            current = None
    return out


def _fit(groups: list[dict[str, Any]], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    xs = [x for g in groups for x in g["x"]]
    ys = [int(k == g["right"]) for g in groups for k in g["keys"]]
    model = LogisticRegression(C=c, max_iter=2000, class_weight=None)
    model.fit(xs, ys)
    return model


def _decide(model: Any, groups: list[dict[str, Any]]) -> list[tuple[float, float, bool]]:
    """Per group: (best probability, margin over the second, best is the right key)."""
    out = []
    for g in groups:
        probs = model.predict_proba(g["x"])[:, 1]
        order = sorted(range(len(probs)), key=lambda k: -probs[k])
        best = float(probs[order[0]])
        second = float(probs[order[1]]) if len(order) > 1 else 0.0
        out.append((best, best - second, g["keys"][order[0]] == g["right"]))
    return out


def _table(decided: list[tuple[float, float, bool]], t: float, m: float) -> tuple[int, int]:
    right = sum(1 for b, d, ok in decided if b >= t and d >= m and ok)
    wrong = sum(1 for b, d, ok in decided if b >= t and d >= m and not ok)
    return right, wrong


THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97)
MARGINS = (0.0, 0.2, 0.4)


def two_stage(train: list[dict[str, Any]], test: list[dict[str, Any]]) -> None:
    """The ranking and the refusal apart: a ranker fitted only on quotes whose speaker is
    among the candidates, then a second regression over the best candidate's numbers and
    its probability deciding whether the quote has its speaker among them at all;
    attribute when the product passes the threshold."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    def fit(groups: list[dict[str, Any]]) -> Any:
        ranker = _fit([g for g in groups if g["kind"] == "pos"], 1.0)

        def top(g: dict[str, Any]) -> tuple[list[float], bool, float]:
            probs = ranker.predict_proba(g["x"])[:, 1]
            order = sorted(range(len(probs)), key=lambda k: -probs[k])
            best = float(probs[order[0]])
            second = float(probs[order[1]]) if len(order) > 1 else 0.0
            return [best, best - second, *g["x"][order[0]]], g["keys"][order[0]] == g["right"], best

        refuse = LogisticRegression(max_iter=3000).fit(
            [top(g)[0] for g in groups], [int(g["kind"] == "pos") for g in groups]
        )

        def decide(g: dict[str, Any]) -> tuple[float, float, bool]:
            row, ok, best = top(g)
            return float(refuse.predict_proba([row])[0, 1]) * best, 1.0, ok

        return decide

    sets = sorted({g["set"] for g in train})
    cv: list[tuple[float, float, bool]] = []
    for f in range(5):
        out_sets = set(sets[f::5])
        decide = fit([g for g in train if g["set"] not in out_sets])
        cv += [decide(g) for g in train if g["set"] in out_sets]
    decide = fit(train)
    held = [decide(g) for g in test]
    auc = roc_auc_score([g["kind"] == "pos" for g in test], [d[0] for d in held])
    print("\ntwo stages (rank, then refuse): right/wrong, cross-validated | held out")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        r, w = _table(cv, t, 0.0)
        r2, w2 = _table(held, t, 0.0)
        print(f"  threshold {t:.2f}: {r:4d} {w:4d} | {r2:4d} {w2:4d}")
    print(f"  held-out AUC of 'the speaker is among the candidates': {auc:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, default=Path("/tmp/ranker-rows.json"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("-C", type=float, default=1.0)
    parser.add_argument("--at", type=float, nargs=2, metavar=("THRESHOLD", "MARGIN"))
    parser.add_argument("--baseline", type=Path, default=Path("/tmp/draft-quality-baseline.txt"))
    args = parser.parse_args()
    if args.rows.exists():
        groups = json.loads(args.rows.read_text())
    else:
        groups = extract(args.workers)
        args.rows.write_text(json.dumps(groups))
    train = [g for g in groups if not held_out(g["set"])]
    test = [g for g in groups if held_out(g["set"])]
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g in groups:
        kinds[g["kind"]][int(held_out(g["set"]))] += 1
    print("unattributed quotes (train / held out):", {k: tuple(v) for k, v in kinds.items()})

    # Cross-validation by set inside the training sets.
    sets = sorted({g["set"] for g in train})
    folds = 5
    cv: list[tuple[float, float, bool]] = []
    for f in range(folds):
        out_sets = set(sets[f::folds])
        model = _fit([g for g in train if g["set"] not in out_sets], args.C)
        cv += _decide(model, [g for g in train if g["set"] in out_sets])
    pos_train = sum(1 for g in train if g["right"])
    print(
        f"\ncross-validated on the training sets ({len(train)} quotes, "
        f"{pos_train} with the speaker among the candidates):"
    )
    print("threshold margin  right wrong precision")
    best_rule = None
    for m in MARGINS:
        for t in THRESHOLDS:
            r, w = _table(cv, t, m)
            p = r / (r + w) if r + w else 0.0
            print(f"  {t:.2f}    {m:.1f}  {r:5d} {w:5d}  {100 * p:5.1f}%")
            if r >= 10 and p >= 0.98 and (best_rule is None or r > best_rule[2]):
                best_rule = (t, m, r)
    print("chosen (most right, at least 10, at >= 98% cross-validated precision):", best_rule)
    if args.at is not None:
        best_rule = (args.at[0], args.at[1], 0)
        print("scoring instead the rule given by --at (not a shippable choice):", best_rule)

    model = _fit(train, args.C)
    print("\nweights:")
    for name, c in sorted(zip(FEATURES, model.coef_[0], strict=True), key=lambda fc: -abs(fc[1])):
        print(f"  {name:26s} {c:+.3f}")
    print(f"  intercept                  {model.intercept_[0]:+.3f}")

    ranked = _fit([g for g in train if g["kind"] == "pos"], args.C)
    only_pos = _decide(ranked, [g for g in test if g["kind"] == "pos"])
    print("\nranking alone (trained and scored on quotes whose speaker is among the candidates):")
    print(f"  top candidate right on held-out: {sum(ok for _, _, ok in only_pos)}/{len(only_pos)}")
    for t in THRESHOLDS:
        r, w = _table(only_pos, t, 0.0)
        print(f"  threshold {t:.2f}: {r} right {w} wrong")

    decided = _decide(model, test)
    pos_test = sum(1 for g in test if g["right"])
    print(
        f"\nheld out fresh41-fresh77 ({len(test)} quotes, "
        f"{pos_test} with the speaker among the candidates):"
    )
    print("threshold margin  right wrong precision")
    for m in MARGINS:
        for t in THRESHOLDS:
            r, w = _table(decided, t, m)
            p = r / (r + w) if r + w else 0.0
            print(f"  {t:.2f}    {m:.1f}  {r:5d} {w:5d}  {100 * p:5.1f}%")
    if best_rule is not None:
        t, m, _ = best_rule
        per_set: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for g in groups:
            d = _decide(model, [g])[0]
            if d[0] >= t and d[1] >= m:
                per_set[g["set"]][0 if d[2] else 1] += 1
        base = baseline_quotes(args.baseline) if args.baseline.exists() else {}
        print(
            f"\nper set at threshold {t} margin {m} (right, wrong gained; quotes precision after):"
        )
        for s, (r, w) in sorted(per_set.items()):
            right, named, expected = base.get(s, (0, 0, 0))
            after = (right + r) / (named + r + w) if named + r + w else 1.0
            mark = "  (held out)" if held_out(s) else ""
            print(f"  {s:10s} +{r} right +{w} wrong  {100 * after:5.1f}%{mark}")
        for label, pick in (("held out", held_out), ("all", lambda s: True)):
            r = sum(v[0] for k, v in per_set.items() if pick(k))
            w = sum(v[1] for k, v in per_set.items() if pick(k))
            right = sum(v[0] for k, v in base.items() if pick(k))
            named = sum(v[1] for k, v in base.items() if pick(k))
            expected = sum(v[2] for k, v in base.items() if pick(k))
            print(
                f"{label}: before precision {right}/{named}, recall {right}/{expected}; "
                f"after precision {right + r}/{named + r + w} "
                f"({100 * (right + r) / max(1, named + r + w):.1f}%), "
                f"recall {right + r}/{expected} ({100 * (right + r) / max(1, expected):.1f}%)"
            )
        wrong_examples = [
            (g["set"], g["article"], g["quote"], g["kind"])
            for g in groups
            if (d := _decide(model, [g])[0])[0] >= t and d[1] >= m and not d[2]
        ]
        print("\nwrong attributions:")
        for e in wrong_examples:
            print("  ", e)
    two_stage(train, test)


if __name__ == "__main__":
    main()
