"""How often typed answers to the bundled briefing are judged as a student would expect.

`python -m benchmarks.matching_quality` prints the accuracy of `bot.core.quiz.judge` (the path
every typed answer takes) on realistic phrasings, right and wrong, for the short-answer
questions of content/nk-troops-russia.yaml and for text typed on its choice questions. The
phrasings were written before the matcher was tuned; every third one is held out (never
looked at while tuning) and reported apart. An answer the quiz refuses to read (for example a
choice it cannot tell) counts as not accepted. It also prints the mean time per judged answer.

A second section scores benchmarks.matching_heldout: answers written the way people type in chat
by someone who had not read the matcher (its misses then guided general rules), and a third
benchmarks.matching_after_rules, written after those rules and never tuned on. Each reports right
answers accepted, wrong answers refused, and lists every wrong answer accepted (the worst
outcome: it teaches a wrong fact) apart from right answers refused.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bot.core.errors import InvalidInput
from bot.core.loader import load_briefing_bytes
from bot.core.models import Briefing
from bot.core.quiz import judge, present_all

from .matching_after_rules import CASES as FRESH_CASES
from .matching_heldout import CASES as HELDOUT_CASES

__all__ = ["CASES", "accuracy", "main"]

BRIEFING = Path(__file__).resolve().parent.parent / "content" / "nk-troops-russia.yaml"

# (question id, what a student types, whether it should count as right)
CASES: tuple[tuple[str, str, bool], ...] = (
    # q-who-confirmed and q-fair-game-speaker became source-criticism choices (issue 14: "Article:
    # Austin; briefing: Kirby"); their phrasings below were rewritten for that form afterwards.
    ("q-who-confirmed", "Article: Austin; briefing: Kirby", True),
    ("q-who-confirmed", "article austin, briefing kirby", True),
    ("q-who-confirmed", "Austin; Kirby", True),
    ("q-who-confirmed", "Article: Kirby; briefing: Kirby", False),
    ("q-who-confirmed", "Kirby", False),
    ("q-who-confirmed", "Austin", False),
    ("q-who-confirmed", "article: austin; briefing: austin", False),
    ("q-who-confirmed", "Austin, then Kirby", True),
    ("q-who-confirmed", "Kirby; Austin", False),
    ("q-who-confirmed", "Biden", False),
    ("q-combat-country", "ukraine", True),
    ("q-combat-country", "in Ukraine", True),
    ("q-combat-country", "the Ukraine", True),
    ("q-combat-country", "Russia", False),
    ("q-combat-country", "Ukriane", True),
    ("q-port-ocean", "pacific ocean", True),
    ("q-port-ocean", "The Pacific.", True),
    ("q-port-ocean", "Atlantic", False),
    ("q-port-ocean", "Arctic", False),
    ("q-port-ocean", "it's the Pacific", True),
    ("q-awkward-country", "china", True),
    ("q-awkward-country", "Beijing", True),
    ("q-awkward-country", "the PRC", True),
    ("q-awkward-country", "North Korea", False),
    ("q-awkward-country", "Russia", False),
    ("q-awkward-country", "China and Russia", False),
    ("q-years-of-ties", "75", True),
    ("q-years-of-ties", "75 yrs", True),
    ("q-years-of-ties", "seventy five years", True),
    ("q-years-of-ties", "70", False),
    ("q-years-of-ties", "57", False),
    ("q-years-of-ties", "about 75", True),
    ("q-years-of-ties", "over 75", False),
    ("q-alliances-leader", "US", True),
    ("q-alliances-leader", "the US", True),
    ("q-alliances-leader", "U.S.A.", True),
    ("q-alliances-leader", "America", True),
    ("q-alliances-leader", "the united states", True),
    ("q-alliances-leader", "Washington", True),
    ("q-alliances-leader", "Japan", False),
    ("q-alliances-leader", "China", False),
    ("q-alliances-leader", "UK", False),
    ("q-alliances-leader", "Britain", False),
    ("q-tech-exchange-parties", "North Korea", True),
    ("q-tech-exchange-parties", "n korea", True),
    ("q-tech-exchange-parties", "DPRK", True),
    ("q-tech-exchange-parties", "Korea", False),
    ("q-tech-exchange-parties", "South Korea", False),
    ("q-tech-exchange-parties", "NK", True),
    ("q-tech-exchange-parties", "the Koreas", False),
    ("q-tech-exchange-parties", "ROK", False),
    ("q-expert-surname", "Cha", True),
    ("q-expert-surname", "victor cha", True),
    ("q-expert-surname", "Dr. Cha", True),
    ("q-expert-surname", "Chan", False),
    ("q-expert-surname", "Kirby", False),
    ("q-expert-surname", "Prof Cha", True),
    ("q-fair-game-words", "fair game", True),
    ("q-fair-game-words", "Fair-game", True),
    ("q-fair-game-words", "'fair game'", True),
    ("q-fair-game-words", "fair target", False),
    ("q-fair-game-words", "legitimate targets", False),
    ("q-xi-speaker", "Xi", True),
    ("q-xi-speaker", "President Xi", True),
    ("q-xi-speaker", "xi jinping", True),
    ("q-xi-speaker", "Xi Jingping", True),
    ("q-xi-speaker", "Putin", False),
    ("q-xi-speaker", "Kim Jong Un", False),
    ("q-xi-speaker", "Austin", False),
    ("q-xi-oil", "oil", True),
    ("q-xi-oil", "fuel", True),  # accepted since issue 14: "oil to the fire" is a translation
    ("q-xi-oil", "Oil.", True),
    ("q-oil-purchases", "oil", True),
    ("q-oil-purchases", "Russian oil", True),
    ("q-oil-purchases", "gas", False),
    ("q-oil-purchases", "oil and gas", False),
    ("q-oil-purchases", "crude", True),
    ("q-arrival-port", "the port of Vladivostok", True),
    ("q-arrival-port", "Vladivostock", True),
    ("q-arrival-port", "Murmansk", False),
    ("q-who-revealed-arrival", "Kirby", True),
    ("q-who-revealed-arrival", "Jon Kirby", True),
    ("q-who-revealed-arrival", "Austin", False),
    ("q-who-revealed-arrival", "mr kirby", True),
    ("q-fair-game-speaker", "article Austin, briefing Kirby", True),
    ("q-fair-game-speaker", "Cha", False),
    ("q-summit-kind", "emerging market countries", True),
    ("q-summit-kind", "G7", False),
    ("q-invasion-date", "Feb 2022", True),
    ("q-invasion-date", "2022", False),
)


def held_out(index: int) -> bool:
    """Every third case is held out: never looked at while tuning."""
    return index % 3 == 2


def _accepted(briefing: Briefing, question_id: str, typed: str) -> bool:
    (qq,) = present_all(briefing, [question_id], seed=0)
    try:
        right, _ = judge(briefing, qq, typed)
    except InvalidInput:
        return False
    return right


def accuracy(briefing: Briefing, *, held: bool) -> tuple[int, int, list[str]]:
    """Cases judged as expected, cases in all, and the misses, for one half of the set."""
    misses = []
    cases = [c for i, c in enumerate(CASES) if held_out(i) == held]
    for question_id, typed, expected in cases:
        if _accepted(briefing, question_id, typed) != expected:
            verdict = "refused" if expected else "accepted"
            misses.append(f"{question_id}: {typed!r} {verdict}")
    return len(cases) - len(misses), len(cases), misses


def heldout_report(
    briefing: Briefing, cases: tuple[tuple[str, str, bool], ...] = HELDOUT_CASES
) -> tuple[tuple[int, int], tuple[int, int], list[str], list[str]]:
    """(right accepted, right in all), (wrong refused, wrong in all), false accepts, refusals."""
    false_accepts: list[str] = []
    refusals: list[str] = []
    right_total = sum(1 for _q, _t, expected in cases if expected)
    for question_id, typed, expected in cases:
        accepted = _accepted(briefing, question_id, typed)
        if accepted and not expected:
            false_accepts.append(f"{question_id}: {typed!r}")
        elif expected and not accepted:
            refusals.append(f"{question_id}: {typed!r}")
    wrong_total = len(cases) - right_total
    return (
        (right_total - len(refusals), right_total),
        (wrong_total - len(false_accepts), wrong_total),
        false_accepts,
        refusals,
    )


def _print_chat_set(
    briefing: Briefing, title: str, cases: tuple[tuple[str, str, bool], ...]
) -> None:
    report = heldout_report(briefing, cases)
    (good_right, right), (good_wrong, wrong), false_accepts, refusals = report
    total = right + wrong
    print(f"{title} ({total} phrasings):")
    print(f"  judged as a teacher would: {good_right + good_wrong}/{total}", end=" ")
    print(f"= {(good_right + good_wrong) / total:.0%}")
    print(f"  right answers accepted: {good_right}/{right} = {good_right / right:.0%}")
    print(f"  wrong answers refused: {good_wrong}/{wrong} = {good_wrong / wrong:.0%}")
    for miss in false_accepts:
        print(f"  WRONG ACCEPTED {miss}")
    for miss in refusals:
        print(f"  right refused {miss}")


def main() -> None:
    """Print accuracy on the tuning half and the held-out half, with every miss."""
    result = load_briefing_bytes(BRIEFING.read_bytes(), BRIEFING.name)
    briefing = result.briefing
    if briefing is None:
        sys.exit(f"{BRIEFING} does not load")
    for name, held in (("tuning", False), ("held-out", True)):
        good, total, misses = accuracy(briefing, held=held)
        print(f"{name}: {good}/{total} = {good / total:.0%}")
        for miss in misses:
            print(f"  miss {miss}")
    _print_chat_set(briefing, "chat-typed set (benchmarks/matching_heldout.py)", HELDOUT_CASES)
    _print_chat_set(
        briefing,
        "chat-typed, written after the rules (benchmarks/matching_after_rules.py)",
        FRESH_CASES,
    )
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for question_id, typed, _expected in CASES:
            _accepted(briefing, question_id, typed)
    per_answer = (time.perf_counter() - start) / (rounds * len(CASES))
    print(f"time: {per_answer * 1e6:.0f} µs per judged answer", end=" ")
    print(f"(mean over {rounds} rounds of the {len(CASES)} cases, present_all included)")


if __name__ == "__main__":
    main()
