"""`python -m benchmarks.languages`: what speaking French costs the core.

Renders one quiz question screen, its verdict and the end-of-quiz summary in English and
under `use_language("fr")`, and prints the best time per round for each. Translation is a
dictionary lookup per message, so both figures should be within a few percent.
"""

from __future__ import annotations

import random
import timeit
from pathlib import Path

from bot.core.loader import load_briefing
from bot.core.quiz import AnswerResult, QuizSummary, present
from bot.core.views import answer_reply, question_reply, summary_reply
from bot.i18n import use_language

ROUNDS = 2000
FIXTURE = Path(__file__).resolve().parents[1] / "tests/fixtures/mini_briefing.yaml"


def main() -> None:
    """Print the time per question + verdict + summary in each shipped language."""
    briefing = load_briefing(FIXTURE).briefing
    assert briefing is not None
    qq = present(briefing, briefing.questions[0], random.Random(1))
    result = AnswerResult(qq, "3", qq.right_key, True, 2.0)
    summary = QuizSummary(2, 3, 40.0, (qq,), planned=3)

    def screens() -> None:
        question_reply(qq, 1, 3)
        answer_reply(result, briefing)
        summary_reply(summary, briefing)

    for language in ("en", "fr"):
        with use_language(language):
            best = min(timeit.repeat(screens, number=ROUNDS, repeat=5)) / ROUNDS
        print(f"{language}: {best * 1e6:.1f} µs per question + verdict + summary")


if __name__ == "__main__":
    main()
