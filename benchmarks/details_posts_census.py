"""Census for matching-31: over every phrasing set, the right answers refused and the wrong
answers that share two shapes: an answer with a detail set apart by a comma (`seville, spain`,
`evans, 33`; one side alone is accepted at the question), and a post word in French, Spanish or
Portuguese (`maire`, `alcaldesa`, `président`). Run: `.venv/bin/python -m
benchmarks.details_posts_census`.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from benchmarks import phrasing_sets
from benchmarks.phrasing_sets import is_accepted, load_briefings

_SETS = sorted(
    p.stem
    for p in Path(__file__).parent.glob("matching_*.py")
    if p.stem not in {"matching_speed", "matching_quality"}
)
_CASE_SETS = ("matching_quality", "matching_heldout", "matching_after_rules")

# Post words of the three languages (either gender), with or without accents; never a word
# English spells the same way (`president`, `director`, `chef`, `patron`).
_POSTS = re.compile(
    r"\b(?:maire|mairesse|alcalde|alcaldesa|prefeit[oa]|présidente?|presidente|presidenta|"
    r"ministr[oa]|ministre|conseill[eè]re?|concejala?|vereadora?|consejer[oa]|"
    r"porte-parole|portavoz|porta-voz|gouverneure?|gobernadora?|governadora?|"
    r"directeur|directrice|directora|diretora?|entra[iî]neu(?:r|se)|entrenadora?|"
    r"treinadora?|d[ée]put[ée]e?|diputad[oa]|deputad[oa]|s[ée]nat(?:eur|rice)|"
    r"senadora?|jueza?|juiz|ju[ií]za|juge|pdg|pr[ée]fet|secr[ée]taire|secretari[oa]|"
    r"jefe|jefa|propri[ée]taire|due[ñn][oa]|dono|capit[aá]n|capitaine|hincha|torcedor)\b",
    re.IGNORECASE,
)


def _phrasings(name: str) -> list[tuple[str, str, bool, object]]:
    module = importlib.import_module(f"benchmarks.{name}")
    if name in _CASE_SETS:
        briefing = load_briefings((phrasing_sets.BRIEFING,))
        return [(q, t, r, briefing[q]) for q, t, r in module.CASES]
    source = Path(module.__file__ or "").read_text()
    called = re.search(r"report\(PHRASINGS(?:, (\w+))?\)", source)
    paths = (phrasing_sets.BRIEFING,)
    if called and called.group(1):
        paths = getattr(module, called.group(1), None) or getattr(phrasing_sets, called.group(1))
    by_question = load_briefings(paths)
    return [(p.question_id, p.typed, p.right, by_question[p.question_id]) for p in module.PHRASINGS]


def _with_detail(briefing: object, question_id: str, typed: str) -> bool:
    """A comma sets two sides apart and one side alone is accepted at the question."""
    parts = [part.strip() for part in typed.split(",")]
    if len(parts) != 2 or not all(parts):
        return False
    return any(is_accepted(briefing, question_id, part) for part in parts)  # type: ignore[arg-type]


def main() -> None:
    """Print, per set and in all, each shape's right refused and wrong sharing it."""
    totals = {"detail": [0, 0, 0], "post": [0, 0, 0]}
    for name in (*_CASE_SETS, *_SETS):
        rows = {"detail": [], "post": []}  # type: dict[str, list[str]]
        for question_id, typed, right, briefing in _phrasings(name):
            shapes = []
            if _POSTS.search(typed):
                shapes.append("post")
            if "," in typed and _with_detail(briefing, question_id, typed):
                shapes.append("detail")
            if not shapes:
                continue
            accepted = is_accepted(briefing, question_id, typed)  # type: ignore[arg-type]
            for shape in shapes:
                mark = (
                    ("right refused" if not accepted else "right accepted")
                    if right
                    else ("WRONG ACCEPTED" if accepted else "wrong refused")
                )
                rows[shape].append(f"  {shape} {mark}: {question_id}: {typed!r}")
                if right and not accepted:
                    totals[shape][0] += 1
                elif right:
                    totals[shape][1] += 1
                else:
                    totals[shape][2] += 1
        for shape in rows:
            for row in rows[shape]:
                print(f"{name}{row}")
    for shape, (refused, accepted, wrong) in totals.items():
        print(f"{shape}: right refused {refused}, right accepted {accepted}, wrong sharing {wrong}")


if __name__ == "__main__":
    main()
