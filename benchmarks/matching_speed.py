"""How long the quiz takes to judge one typed answer: every phrasing of the twelfth set
(`matching_eleventh`, 2,083 phrasings of 91 questions), CPU time per phrasing on a first pass
(each guess new, the briefings' own words already read) and the best of three passes.

Run: `.venv/bin/python -m benchmarks.matching_speed`. Timings are noisy on a shared machine:
compare a base and a branch alternately, several times.
"""

from __future__ import annotations

import time

from benchmarks.matching_eleventh import PHRASINGS
from benchmarks.phrasing_sets import TWELFTH_SET_BRIEFINGS, is_accepted, load_briefings

__all__ = ["main"]

_PASSES = 3
_WARM = 50  # phrasings judged before timing: imports and the briefings' words


def main() -> None:
    """Print the first pass's and the best pass's CPU microseconds per judged phrasing."""
    by_question = load_briefings(TWELFTH_SET_BRIEFINGS)
    for p in PHRASINGS[:_WARM]:
        is_accepted(by_question[p.question_id], p.question_id, p.typed)
    took = []
    for _ in range(_PASSES):
        start = time.process_time()
        for p in PHRASINGS:
            is_accepted(by_question[p.question_id], p.question_id, p.typed)
        took.append((time.process_time() - start) / len(PHRASINGS) * 1e6)
    print(
        f"first pass {took[0]:.0f} us, best of {_PASSES} {min(took):.0f} us per judged phrasing"
        f" ({len(PHRASINGS)} phrasings)"
    )


if __name__ == "__main__":
    main()
